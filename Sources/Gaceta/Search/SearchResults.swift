/// The ranked passages of one query.
public struct SearchResults: Sendable {
    /// Passages that matched at least one query term, before `limit`.
    public var totalHits: Int
    public var hits: [SearchHit]
}

/// One ranked passage and the article it belongs to.
public struct SearchHit: Sendable {
    public var rank: Int
    public var score: Double
    /// Stable for one commit of the index: `<segment>:<passage>`.
    public var passageID: String
    public var article: StoredArticle
    /// The passage text as indexed.
    public var passage: String
    /// UTF-8 byte ranges in `passage` of every token that matched the query.
    public var highlights: [Range<Int>]
}

/// An article as stored in the index.
public struct StoredArticle: Sendable, Hashable {
    public var id: String
    public var title: String
    public var date: String?
    public var source: String?
    public var url: String?
    public var language: Language
}
