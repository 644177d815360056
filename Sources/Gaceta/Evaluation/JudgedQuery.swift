/// A query with the ids of the articles that answer it (binary relevance).
public struct JudgedQuery: Sendable, Hashable {
    public var id: String
    public var text: String
    /// The query's language as the judgments file says it; informational.
    public var language: Language?
    public var relevant: Set<String>

    public init(id: String, text: String, language: Language? = nil, relevant: Set<String>) {
        self.id = id
        self.text = text
        self.language = language
        self.relevant = relevant
    }
}
