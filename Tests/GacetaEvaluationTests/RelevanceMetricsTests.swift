import Foundation
import Testing
@testable import GacetaEvaluation

/// Each expected value is worked out by hand in the comment beside it.
@Suite struct RelevanceMetricsTests {
    private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-9 }

    @Test func oneRelevantAtRankTwo() {
        let ranked = ["a", "b", "c"]
        // DCG = 1/log2(3); ideal DCG = 1/log2(2) = 1.
        #expect(close(RelevanceMetrics.ndcg(ranked: ranked, relevant: ["b"], k: 10), 1 / log2(3.0)))
        #expect(close(RelevanceMetrics.reciprocalRank(ranked: ranked, relevant: ["b"], k: 10), 0.5))
        #expect(RelevanceMetrics.recall(ranked: ranked, relevant: ["b"], k: 1) == 0)
        #expect(RelevanceMetrics.recall(ranked: ranked, relevant: ["b"], k: 2) == 1)
    }

    @Test func twoRelevantWithAGap() {
        // DCG = 1 + 1/log2(4) = 1.5; ideal = 1 + 1/log2(3) ≈ 1.630930 → ≈ 0.919721.
        let value = RelevanceMetrics.ndcg(ranked: ["a", "x", "c"], relevant: ["a", "c"], k: 10)
        #expect(close(value, 1.5 / (1 + 1 / log2(3.0))))
        #expect(abs(value - 0.919721) < 1e-6)
        #expect(RelevanceMetrics.reciprocalRank(ranked: ["a", "x", "c"], relevant: ["a", "c"], k: 10) == 1)
    }

    @Test func idealGainIsCappedAtK() {
        // Three relevant, k = 2: ideal = 1 + 1/log2(3); DCG = 1/log2(3) → ≈ 0.386853.
        let value = RelevanceMetrics.ndcg(ranked: ["x", "a", "b"], relevant: ["a", "b", "c"], k: 2)
        #expect(abs(value - 0.386853) < 1e-6)
        // b sits at rank 3, beyond the cut-off; recall counts a only.
        #expect(close(RelevanceMetrics.recall(ranked: ["x", "a", "b"], relevant: ["a", "b", "c"], k: 2), 1.0 / 3))
    }

    @Test func relevantBeyondTheCutOffScoresNothing() {
        let ranked = (0..<11).map { "d\($0)" }
        #expect(RelevanceMetrics.ndcg(ranked: ranked, relevant: ["d10"], k: 10) == 0)
        #expect(RelevanceMetrics.reciprocalRank(ranked: ranked, relevant: ["d10"], k: 10) == 0)
        #expect(close(RelevanceMetrics.reciprocalRank(ranked: ranked, relevant: ["d10"], k: 11), 1.0 / 11))
    }

    @Test func perfectRankingScoresOne() {
        #expect(close(RelevanceMetrics.ndcg(ranked: ["a", "b", "x"], relevant: ["b", "a"], k: 10), 1))
    }

    @Test func aRepeatedIdCountsOnce() {
        // DCG = 1 (the second "a" adds nothing); ideal = 1 + 1/log2(3).
        let ranked = ["a", "a"]
        #expect(close(RelevanceMetrics.ndcg(ranked: ranked, relevant: ["a", "b"], k: 10), 1 / (1 + 1 / log2(3.0))))
        #expect(RelevanceMetrics.recall(ranked: ranked, relevant: ["a", "b"], k: 10) == 0.5)
    }

    @Test func nothingRelevantOrNothingRetrievedScoresZero() {
        #expect(RelevanceMetrics.ndcg(ranked: ["a"], relevant: [], k: 10) == 0)
        #expect(RelevanceMetrics.recall(ranked: ["a"], relevant: [], k: 10) == 0)
        #expect(RelevanceMetrics.ndcg(ranked: [], relevant: ["a"], k: 10) == 0)
        #expect(RelevanceMetrics.reciprocalRank(ranked: [], relevant: ["a"], k: 10) == 0)
    }

    @Test func reportAveragesQueries() {
        var report = RelevanceReport(cutoff: 10)
        report.add(ranked: ["a"], relevant: ["a"], seconds: 0.002)
        report.add(ranked: ["x", "b"], relevant: ["b"], seconds: 0.004)
        // nDCG: (1 + 1/log2(3)) / 2; MRR: (1 + 0.5) / 2.
        #expect(report.queriesEvaluated == 2)
        #expect(close(report.ndcg, (1 + 1 / log2(3.0)) / 2))
        #expect(close(report.mrr, 0.75))
        #expect(close(report.recallAt100, 1))
        #expect(close(report.meanLatencySeconds, 0.003))
    }
}
