/// The ranked passages of one query, with nothing fetched from the store:
/// what `Searcher.rankPassages(_:options:)` returns.
public struct PassageRanking: Sendable {
    /// Passages that matched at least one query term, before `limit`; the
    /// same count as `SearchResults.totalHits`, exact or a lower bound as
    /// `totalHitsRelation` says.
    public var totalHits: Int
    /// `.equal` when `totalHits` is exact, `.atLeast` when more passages may
    /// match (`SearchOptions.hitCount`).
    public var totalHitsRelation: HitCountRelation
    /// Best first: at most `SearchOptions.limit`, and at most
    /// `SearchOptions.perArticle` of any one article.
    public var passages: [RankedPassage]
}

/// One passage as ranking placed it: which passage, of which article, and its
/// score. Neither the text nor the article's fields are read to make it.
public struct RankedPassage: Sendable, Hashable {
    /// The passage; its `description` is the `SearchHit.passageID` that
    /// `search` gives the same passage.
    public var id: PassageID
    /// The article the passage belongs to; `Searcher.article(_:)` reads its fields.
    public var article: ArticleReference
    /// The score `search` gives the passage: BM25 with the query's options,
    /// proximity bonus and recency included.
    public var score: Double
}
