import Gaceta

/// Adds articles through an `IndexWriter` opened at the first one, so that
/// input without articles never creates an index, and counts the ids that
/// were already indexed.
struct ArticleAddition {
    let index: String
    private var writer: IndexWriter?
    private var before: IndexReader?
    /// Distinct ids added, and how many of them replaced an indexed article.
    private(set) var added: Set<String> = []
    private(set) var replaced = 0

    init(index: String) {
        self.index = index
    }

    mutating func add(_ article: Article) throws {
        if writer == nil {
            writer = try IndexWriter(path: index)
            // Opened under the writer's lock, so no other commit comes between.
            do {
                before = try IndexReader(path: index)
            } catch let error as IndexError where error.kind == .notFound {
                before = nil
            }
        }
        if added.insert(article.id).inserted, try before?.contains(articleID: article.id) == true {
            replaced += 1
        }
        writer!.add(article)
    }

    /// Commits what was added; nil when nothing was.
    func commit() throws -> IndexStatistics? {
        try writer?.commit()
    }
}
