import Testing
@testable import Gaceta

/// The ranking collector keeps exactly what a sort of every match would
/// give: the best passages whatever their articles, and the best passage of
/// each of the best articles, ties going to the earlier passage.
@Suite struct RankingCollectorTests {
    /// Matches in increasing passage order over two segments, each article a
    /// run of consecutive passages, scores drawn from a few values so that
    /// ties are common.
    private func matches(seed: UInt64) -> [(entry: TopKCollector.Entry, article: Int)] {
        var random = SplitMix64(seed: seed)
        var result: [(entry: TopKCollector.Entry, article: Int)] = []
        for segment in 0..<2 {
            var number: UInt32 = 0
            for article in 0..<Int.random(in: 1...40, using: &random) {
                for _ in 0..<Int.random(in: 1...5, using: &random) {
                    if Bool.random(using: &random) {
                        let score = Double(Int.random(in: 1...6, using: &random))
                        result.append((.init(score: score, passage: GlobalPassage(segment: segment, number: number)), segment * 1000 + article))
                    }
                    number += 1
                }
            }
        }
        return result
    }

    @Test(arguments: 0..<40)
    func keepsWhatASortOfEveryMatchKeeps(seed: UInt64) throws {
        let all = matches(seed: seed)
        let articleOf = Dictionary(uniqueKeysWithValues: all.map { ($0.entry.passage, $0.article) })
        let ranked = all.map(\.entry).sorted { $1.ranksBelow($0) }
        let passageCapacity = Int(seed % 7)
        let articleCapacity = 1 + Int(seed % 11)

        var collector = RankingCollector(passageCapacity: passageCapacity, articleCapacity: articleCapacity) {
            articleOf[$0]! % 1000
        }
        for match in all where match.entry.score > collector.threshold { try collector.insert(match.entry) }

        var seenArticles = Set<Int>()
        let bestOfArticles = ranked.filter { seenArticles.insert(articleOf[$0.passage]!).inserted }.prefix(articleCapacity)
        let expected = Set(ranked.prefix(passageCapacity).map(\.passage)).union(bestOfArticles.map(\.passage))
        let kept = collector.sorted()
        #expect(Set(kept.map(\.passage)) == expected)
        #expect(kept.count == expected.count)
        #expect(kept.map(\.passage) == ranked.map(\.passage).filter(expected.contains))
    }
}
