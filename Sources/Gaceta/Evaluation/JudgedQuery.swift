/// A query with the ids of the articles that answer it (binary relevance).
public struct JudgedQuery: Sendable, Hashable {
    /// The query's id in its judgments file.
    public var id: String
    /// The query as a user would type it, in the query language.
    public var text: String
    /// The query's language as the judgments file says it; informational.
    public var language: Language?
    /// The ids of the articles that answer the query; none makes the query skipped.
    public var relevant: Set<String>

    /// A judged query with these fields.
    public init(id: String, text: String, language: Language? = nil, relevant: Set<String>) {
        self.id = id
        self.text = text
        self.language = language
        self.relevant = relevant
    }
}
