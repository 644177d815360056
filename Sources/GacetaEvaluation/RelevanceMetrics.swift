import Foundation

/// Ranking-quality measures with binary relevance, as in TREC and BEIR.
///
/// `ranked` is a result list, best first; an id repeated further down counts
/// only at its first position, so a list with duplicates cannot score more
/// than the same list without them.
public enum RelevanceMetrics {
    /// Normalised discounted cumulative gain at `k`: the sum of
    /// `1 / log2(rank + 1)` over relevant results in the top `k`, divided by the
    /// same sum for an ideal list that has `min(relevant.count, k)` relevant
    /// results first. Zero when nothing is relevant.
    public static func ndcg(ranked: [String], relevant: Set<String>, k: Int) -> Double {
        let idealHits = min(relevant.count, k)
        guard idealHits > 0 else { return 0 }
        var gain = 0.0
        for rank in firstRanksOfRelevant(ranked: ranked, relevant: relevant, k: k) {
            gain += discount(rank)
        }
        var ideal = 0.0
        for rank in 1...idealHits { ideal += discount(rank) }
        return gain / ideal
    }

    /// Reciprocal rank of the first relevant result in the top `k`, or zero.
    public static func reciprocalRank(ranked: [String], relevant: Set<String>, k: Int) -> Double {
        guard let first = firstRanksOfRelevant(ranked: ranked, relevant: relevant, k: k).first else { return 0 }
        return 1 / Double(first)
    }

    /// The fraction of the relevant ids found in the top `k`. Zero when nothing is relevant.
    public static func recall(ranked: [String], relevant: Set<String>, k: Int) -> Double {
        guard !relevant.isEmpty else { return 0 }
        let found = firstRanksOfRelevant(ranked: ranked, relevant: relevant, k: k).count
        return Double(found) / Double(relevant.count)
    }

    /// 1-based ranks, within the top `k`, at which a relevant id appears for the first time.
    private static func firstRanksOfRelevant(ranked: [String], relevant: Set<String>, k: Int) -> [Int] {
        var seen: Set<String> = []
        var ranks: [Int] = []
        for (index, id) in ranked.prefix(max(k, 0)).enumerated() where relevant.contains(id) {
            if seen.insert(id).inserted { ranks.append(index + 1) }
        }
        return ranks
    }

    private static func discount(_ rank: Int) -> Double {
        1 / log2(Double(rank) + 1)
    }
}
