@testable import Gaceta

/// A committed index of a few articles in a temporary directory, and a
/// searcher over it: the fixture of the search tests.
struct SearchableArticles {
    let directory: TemporaryDirectory
    let searcher: Searcher

    init(_ articles: [Article]) throws {
        directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        for article in articles { writer.add(article) }
        try writer.commit()
        searcher = Searcher(reader: try IndexReader(path: directory.path))
    }
}
