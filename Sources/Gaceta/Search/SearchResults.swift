/// The ranked passages of one query.
public struct SearchResults: Sendable {
    /// Passages that matched at least one query term, before `limit`: all
    /// of them, or a lower bound as `totalHitsRelation` says.
    public var totalHits: Int
    /// `.equal` when `totalHits` is exact, `.atLeast` when more passages may
    /// match (`SearchOptions.hitCount`).
    public var totalHitsRelation: HitCountRelation
    /// The best passages, best first, at most `SearchOptions.limit` of them.
    public var hits: [SearchHit]
}

/// One ranked passage and the article it belongs to.
public struct SearchHit: Sendable {
    /// The position in the results, from 1.
    public var rank: Int
    /// The passage's score: BM25 with the soft AND, proximity and recency of
    /// `SearchOptions` applied. Comparable within one search only.
    public var score: Double
    /// Stable for one commit of the index: `<segment>:<passage>`.
    public var passageID: String
    /// The article the passage belongs to, without its body.
    public var article: StoredArticle
    /// The passage text as indexed.
    public var passage: String
    /// UTF-8 byte ranges in `passage` of every token that matched the query.
    public var highlights: [Range<Int>]
}

/// An article as stored in the index.
public struct StoredArticle: Sendable, Hashable {
    /// The article's id, as in ``Article/id``.
    public var id: String
    /// The article's title.
    public var title: String
    /// The publication date as given when the article was added.
    public var date: String?
    /// The publication or agency.
    public var source: String?
    /// Where the article can be read.
    public var url: String?
    /// The article's language, given or detected when it was added.
    public var language: Language
}
