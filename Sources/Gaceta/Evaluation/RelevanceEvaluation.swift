import Foundation

/// Runs judged queries against an index and measures how well it ranks the
/// relevant articles.
///
/// Passages are what the searcher retrieves, but judgments name articles:
/// each query asks for up to `depth` passages with at most one per article,
/// so the result list ranks articles by their best passage.
///
/// The ranking is `Searcher`'s own, exactly as `Searcher.search` with
/// `perArticle` 1 orders it, but the hits are not turned into passages with
/// highlights: at a depth of 1000 that would cost far more than the ranking
/// and swamp the latency figure. Article ids come from a table read once.
public struct RelevanceEvaluation: Sendable {
    /// The searcher whose ranking is measured.
    public let searcher: Searcher
    /// Ranking options; `limit` and `perArticle` are set by the evaluation.
    public var options: SearchOptions
    /// The cut-off of nDCG and MRR.
    public var cutoff: Int = 10
    /// How many articles to retrieve per query (the deepest cut-off measured).
    public var depth: Int = 1000
    /// Article ids by segment, then by article ordinal.
    private let articleIDs: [[String]]

    /// Reads the article ids of every segment of the searcher's index.
    public init(searcher: Searcher, options: SearchOptions = .init()) throws {
        self.searcher = searcher
        self.options = options
        articleIDs = try searcher.reader.segments.map { segment in
            try segment.store.allArticles().map(\.article.id)
        }
    }

    /// Means over the queries that have at least one relevant article; the
    /// others are counted as skipped.
    public func run(_ queries: [JudgedQuery]) throws -> RelevanceReport {
        var report = RelevanceReport(cutoff: cutoff)
        let clock = ContinuousClock()
        for query in queries {
            guard !query.relevant.isEmpty else {
                report.queriesSkipped += 1
                continue
            }
            let started = clock.now
            let ranked = try rankedArticles(query.text)
            let elapsed = clock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            report.add(ranked: ranked, relevant: query.relevant, seconds: seconds)
        }
        return report
    }

    /// The ids of the best articles for `query`, best first, each ranked by its best passage.
    func rankedArticles(_ query: String) throws -> [String] {
        var options = self.options
        options.limit = max(depth, cutoff)
        options.perArticle = 1
        return try searcher.rank(.keywords(query), options: options).ranked.entries.map { entry in
            let segment = Int(entry.globalPassage >> 32)
            let ordinal = try searcher.reader.segments[segment].articleOrdinal(of: UInt32(truncatingIfNeeded: entry.globalPassage))
            return articleIDs[segment][ordinal]
        }
    }
}
