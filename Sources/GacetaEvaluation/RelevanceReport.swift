/// Mean ranking quality over a set of judged queries.
public struct RelevanceReport: Sendable, Hashable {
    /// The cut-off of `ndcg` and `mrr`.
    public var cutoff: Int
    /// Queries run and averaged over.
    public var queriesEvaluated: Int = 0
    /// Queries left out because nothing is relevant to them.
    public var queriesSkipped: Int = 0
    /// Mean nDCG at `cutoff`.
    public var ndcg: Double = 0
    /// Mean reciprocal rank at `cutoff`.
    public var mrr: Double = 0
    /// Mean fraction of the relevant articles found in the top 100.
    public var recallAt100: Double = 0
    /// Mean fraction of the relevant articles found in the top 1000.
    public var recallAt1000: Double = 0
    /// Mean wall-clock time of one search, in seconds.
    public var meanLatencySeconds: Double = 0

    /// A report of no queries yet, for nDCG and MRR at `cutoff`.
    public init(cutoff: Int) {
        self.cutoff = cutoff
    }

    /// Adds one query's scores to the running means.
    mutating func add(ranked: [String], relevant: Set<String>, seconds: Double) {
        let n = Double(queriesEvaluated + 1)
        func update(_ mean: inout Double, _ value: Double) { mean += (value - mean) / n }
        update(&ndcg, RelevanceMetrics.ndcg(ranked: ranked, relevant: relevant, k: cutoff))
        update(&mrr, RelevanceMetrics.reciprocalRank(ranked: ranked, relevant: relevant, k: cutoff))
        update(&recallAt100, RelevanceMetrics.recall(ranked: ranked, relevant: relevant, k: 100))
        update(&recallAt1000, RelevanceMetrics.recall(ranked: ranked, relevant: relevant, k: 1000))
        update(&meanLatencySeconds, seconds)
        queriesEvaluated += 1
    }
}
