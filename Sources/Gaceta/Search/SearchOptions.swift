/// What a search returns and how it ranks.
public struct SearchOptions: Sendable, Hashable {
    /// How many passages to return.
    public var limit: Int = 10
    /// Restrict matches to articles in this language.
    public var language: Language? = nil
    /// At most this many passages of the same article.
    public var perArticle: Int = 1
    /// BM25 term-frequency saturation.
    public var k1: Double = 1.2
    /// BM25 length normalisation.
    public var b: Double = 0.75
    /// How much a match in the article's title counts against one in the passage.
    public var titleWeight: Double = 1.0
    /// Skips blocks that cannot reach the top k (Block-Max pruning); turning it
    /// off scores every matching passage, with identical results.
    public var pruning: Bool = true

    public init() {}
}
