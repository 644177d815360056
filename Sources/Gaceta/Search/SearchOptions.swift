/// What a search returns and how it ranks.
public struct SearchOptions: Sendable, Hashable {
    /// How many passages to return.
    public var limit: Int = 10
    /// Restrict matches to articles in this language.
    public var language: Language? = nil
    /// At most this many passages of the same article.
    public var perArticle: Int = 1
    /// BM25 term-frequency saturation (docs/RELEVANCE.md, "Tuning").
    public var k1: Double = 1.0
    /// BM25 length normalisation.
    public var b: Double = 0.75
    /// How much a match in the article's title counts against one in the passage.
    public var titleWeight: Double = 1.0
    /// Soft AND: a passage's score is multiplied by
    /// `1 − coordination · (1 − matched / words)`, where `words` counts the
    /// query's words (members of its top-level group) and `matched` those the
    /// passage has. 0 is pure OR; small values lift passages that match more
    /// of the words above close ones that match fewer.
    public var coordination: Double = 0.2
    /// Term proximity: on queries of two or more words, the best
    /// `proximityDepth` passages get a bonus of this weight times a score of
    /// how close together the query words stand in them (docs/RELEVANCE.md,
    /// "Term proximity"). 0 ranks by BM25 and soft AND alone. Applies to
    /// plain keyword queries, filtered or not, sorted by relevance without
    /// recency.
    public var proximityWeight: Double = 0.5
    /// How many of the best passages by BM25 the proximity bonus may reorder.
    public var proximityDepth: Int = 20
    /// Whole-article evidence: the best passages of the best
    /// `articleDepth` articles get this weight times their article's BM25,
    /// the article scored as one document (docs/RELEVANCE.md, "Whole-article
    /// BM25"), so that a story whose paragraphs together match the query
    /// is not judged by one paragraph alone. 0 ranks passages by their own
    /// evidence. Applies where the proximity bonus does.
    public var articleWeight: Double = 1
    /// How many of the best articles, by their best passage, the article
    /// bonus may reorder.
    public var articleDepth: Int = 50
    /// Skips blocks that cannot reach the top k (block-max MaxScore) on plain
    /// keyword queries, with or without `-word` exclusions; turning it off
    /// scores every matching passage through the general matcher tree, with
    /// identical results.
    public var pruning: Bool = true
    /// Relevance (the default) or newest first.
    public var sort: SearchSort = .relevance
    /// When set, a passage's score is multiplied by a factor that halves its
    /// distance to 1/2 every `recencyHalfLifeDays` of article age, counted
    /// back from the newest article in the index: new stories rise, old ones
    /// keep at least half their score.
    public var recencyHalfLifeDays: Double? = nil
    /// Restrictions on the articles that may match, applied as if they were
    /// filters in the query (`source:`, `lang:`, `date:`); they change no score.
    public var filters: [QueryFilter] = []
    /// Cross-lingual search: with a lexicon, each query word is also looked
    /// for in the other language, as its translations there, weighted so
    /// that together they count as one word (docs/CROSSLINGUAL.md); words the
    /// lexicon does not know, such as names, are looked for as they are
    /// spelled. The query's language is told from its words, or, when
    /// `language` restricts the results, taken to be the other one: an
    /// English query with `language` `.spanish` finds Spanish passages only.
    /// Phrases and prefixes are not translated. Nil (the default) matches each
    /// word in its own spelling only. ``BilingualLexicon/installed(cacheDirectory:)``
    /// gives the lexicon.
    public var translation: BilingualLexicon? = nil
    /// How far to count the matching passages (`SearchResults.totalHits`):
    /// exactly up to 1,000 by default and "at least" beyond, which spares a
    /// broad keyword query the reading of every posting that pruning skips.
    /// It changes no passage, score or order.
    public var hitCount: HitCount = .upTo(1000)

    /// The defaults above: the ten best passages, one per article, in either language.
    public init() {}

    /// Refuses options no search can honour.
    func validate() throws {
        guard limit > 0, perArticle > 0 else {
            throw IndexError(.invalidArgument, "limit and passages per article must be at least 1")
        }
        guard hitCount.threshold > 0 else {
            throw IndexError(.invalidArgument, "the hit count threshold must be at least 1")
        }
    }
}

/// How exactly a search counts its matching passages.
public enum HitCount: Sendable, Hashable {
    /// Every match, however many: a keyword query then reads every posting
    /// of every word, even those block-max pruning would skip.
    case exact
    /// Exactly while fewer than this many passages match (at least 1); from
    /// this many on, a count of at least this many that may fall short of the
    /// true one (`HitCountRelation.atLeast`). Queries that score every match
    /// anyway (phrases, operators, filters, date order, recency, pruning off)
    /// always count exactly.
    case upTo(Int)
}

/// Whether `totalHits` is the number of matching passages or a lower bound of
/// it: Elasticsearch's `total.relation`.
public enum HitCountRelation: String, Sendable, Hashable, CaseIterable {
    /// `totalHits` passages match.
    case equal = "eq"
    /// At least `totalHits` passages match, and at least the threshold of
    /// `HitCount.upTo`; possibly more.
    case atLeast = "gte"
}

/// The order of results.
public enum SearchSort: String, Sendable, Hashable, CaseIterable {
    /// Best BM25 score first.
    case relevance
    /// Newest article first; ties by score.
    case date
}
