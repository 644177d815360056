/// The stored half of a segment being written: passage texts and article
/// records, with the count of articles per language that the manifest
/// records. `SegmentWriter` owns one and can lend it to another thread, so
/// that a merge copies the store while it merges the terms.
struct SegmentStoreWriter {
    private var fields: StoredFieldsWriter
    private(set) var articlesByLanguage: [String: Int] = [:]

    init(path: String) throws {
        fields = try StoredFieldsWriter(path: path)
    }

    var articleCount: Int { fields.articleCount }

    mutating func addPassageText(_ text: String) throws {
        try fields.addPassage(text)
    }

    mutating func addArticle(_ record: StoredArticleRecord) throws {
        articlesByLanguage[record.article.language.rawValue, default: 0] += 1
        try fields.addArticle(record)
    }

    /// Completes the store file and flushes it to disk.
    mutating func finish() throws -> FileRecord {
        try fields.finish()
    }

    /// Removes what was written, after a failure.
    func abandon() {
        fields.abandon()
    }
}
