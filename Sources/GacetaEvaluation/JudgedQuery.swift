import Gaceta

/// A query with the ids of the articles that answer it (binary relevance).
public struct JudgedQuery: Sendable, Hashable {
    /// The query's id in its file (`qid`), or the article a known-item query was taken from.
    public var id: String
    /// The words to search for, run as plain keywords (`Query.keywords`).
    public var text: String
    /// The query's language as the judgments file says it; informational.
    public var language: Language?
    /// The ids of the articles that answer the query; none makes the query one to skip.
    public var relevant: Set<String>

    /// A judged query with these fields.
    public init(id: String, text: String, language: Language? = nil, relevant: Set<String>) {
        self.id = id
        self.text = text
        self.language = language
        self.relevant = relevant
    }
}
