import Gaceta

/// Runs judged queries against an index and measures how well it ranks the
/// relevant articles.
///
/// Passages are what the searcher retrieves, but judgments name articles:
/// each query asks for up to `depth` passages with at most one per article,
/// so the result list ranks articles by their best passage — the order
/// `Searcher.search` gives with `perArticle` 1.
///
/// Queries are ranked with `Searcher.rankPassages`, which fetches nothing: at
/// a depth of 1000, turning hits into passages with highlights would cost far
/// more than the ranking and swamp the latency figure. The latency is that
/// ranking's alone; each article's id is read from the store once, the first
/// time a query ranks the article, outside the timing.
public struct RelevanceEvaluation: Sendable {
    /// The searcher whose ranking is measured.
    public let searcher: Searcher
    /// Ranking options; `limit` and `perArticle` are set by the evaluation.
    public var options: SearchOptions
    /// The cut-off of nDCG and MRR.
    public var cutoff: Int = 10
    /// How many articles to retrieve per query (the deepest cut-off measured).
    public var depth: Int = 1000

    public init(searcher: Searcher, options: SearchOptions = .init()) {
        self.searcher = searcher
        self.options = options
    }

    /// Means over the queries that have at least one relevant article; the
    /// others are counted as skipped.
    ///
    /// - Throws: `IndexError` when the index cannot be read.
    public func run(_ queries: [JudgedQuery]) throws -> RelevanceReport {
        var report = RelevanceReport(cutoff: cutoff)
        var articleIDs = ArticleIDs(searcher: searcher)
        let clock = ContinuousClock()
        for query in queries {
            guard !query.relevant.isEmpty else {
                report.queriesSkipped += 1
                continue
            }
            let started = clock.now
            let ranking = try rank(query.text)
            let elapsed = clock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            let ranked = try ranking.passages.map { try articleIDs.id(of: $0.article) }
            report.add(ranked: ranked, relevant: query.relevant, seconds: seconds)
        }
        return report
    }

    /// The best passage of each of the best articles for `query`, best first.
    func rank(_ query: String) throws -> PassageRanking {
        var options = self.options
        options.limit = max(depth, cutoff)
        options.perArticle = 1
        return try searcher.rankPassages(.keywords(query), options: options)
    }

    /// Article ids by reference, each read from the store the first time it is asked for.
    private struct ArticleIDs {
        let searcher: Searcher
        private var known: [ArticleReference: String] = [:]

        init(searcher: Searcher) {
            self.searcher = searcher
        }

        mutating func id(of article: ArticleReference) throws -> String {
            if let id = known[article] { return id }
            let id = try searcher.article(article).id
            known[article] = id
            return id
        }
    }
}
