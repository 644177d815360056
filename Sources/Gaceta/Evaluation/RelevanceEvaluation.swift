import Foundation

/// Runs judged queries against an index and measures how well it ranks the
/// relevant articles.
///
/// Passages are what the searcher retrieves, but judgments name articles:
/// each query asks for up to `depth` passages with at most one per article,
/// so the result list ranks articles by their best passage.
public struct RelevanceEvaluation: Sendable {
    public var searcher: Searcher
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
    public func run(_ queries: [JudgedQuery]) throws -> RelevanceReport {
        var options = self.options
        options.limit = max(depth, cutoff)
        options.perArticle = 1
        var report = RelevanceReport(cutoff: cutoff)
        let clock = ContinuousClock()
        for query in queries {
            guard !query.relevant.isEmpty else {
                report.queriesSkipped += 1
                continue
            }
            let started = clock.now
            let results = try searcher.search(query.text, options: options)
            let elapsed = clock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            report.add(ranked: results.hits.map(\.article.id), relevant: query.relevant, seconds: seconds)
        }
        return report
    }
}
