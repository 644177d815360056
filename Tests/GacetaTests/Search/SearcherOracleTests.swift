import Foundation
import Testing
@testable import Gaceta

/// Random corpora, random queries: the index and the naive oracle must return
/// the same passages with the same scores, with pruning on and off, across
/// several segments, replacements and deletions.
@Suite struct SearcherOracleTests {
    static let vocabulary = (0..<40).map { "w\($0)x" }

    static func word(_ random: inout SplitMix64) -> String {
        // Skewed choice: low indices are frequent, like real text.
        let index = Int(Double(vocabulary.count) * pow(Double.random(in: 0..<1, using: &random), 2))
        return vocabulary[index]
    }

    static func article(id: String, _ random: inout SplitMix64) -> Article {
        let bodyWords = (0..<Int.random(in: 1...40, using: &random)).map { _ in word(&random) }
        let titleWords = (0..<Int.random(in: 0...5, using: &random)).map { _ in word(&random) }
        return Article(
            id: id, title: titleWords.joined(separator: " "), body: bodyWords.joined(separator: " "),
            language: Bool.random(using: &random) ? .english : .spanish
        )
    }

    /// Seeds 1 to 6 (times GACETA_FUZZ_SCALE), each three rounds of adds,
    /// replacements and deletions and 60 queries.
    @Test(.tags(.randomised, .long), arguments: TestSeed.arguments(Array(1...UInt64(TestSize.rounds(6)))))
    func searcherAgreesWithOracle(seed: UInt64) throws {
        var random = SplitMix64(seed: TestSeed.resolve(seed))
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.ramBudgetBytes = 24_000
        var oracle = BM25Oracle()
        var ids: [String] = []

        for round in 0..<3 {
            let writer = try IndexWriter(path: directory.path, configuration: configuration)
            for index in 0..<Int.random(in: 60...160, using: &random) {
                let replacing = !ids.isEmpty && Int.random(in: 0..<8, using: &random) == 0
                let id = replacing ? ids.randomElement(using: &random)! : "r\(round)-\(index)"
                let article = Self.article(id: id, &random)
                writer.add(article)
                oracle.add(article)
                if !replacing { ids.append(id) }
                if !ids.isEmpty, Int.random(in: 0..<15, using: &random) == 0 {
                    let victim = ids.randomElement(using: &random)!
                    writer.delete(articleID: victim)
                    oracle.delete(victim)
                }
            }
            try writer.commit()
            // Ids replaced within the round can leave both versions in one segment.
            #expect(IndexChecker(path: directory.path).check().problems == [], "round \(round)")
        }

        let reader = try IndexReader(path: directory.path)
        #expect(reader.segments.count > 1, "the test must span several segments")
        #expect(reader.segments.contains { $0.deletions != nil }, "the test must include deletions")
        let searcher = Searcher(reader: reader)
        #expect(reader.statistics.passages == oracle.passages.count)
        #expect(reader.statistics.articles == Set(oracle.passages.map(\.articleID)).count)
        var relations = (equal: 0, atLeast: 0)
        for _ in 0..<60 {
            let words = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                Int.random(in: 0..<10, using: &random) == 0 ? "absent" : Self.word(&random)
            }
            // A third of the queries exclude a word, which pruning runs too.
            let exclusion = Int.random(in: 0..<3, using: &random) == 0 ? ["-" + Self.word(&random)] : []
            let query = (words + exclusion).joined(separator: " ")
            var options = SearchOptions()
            // Soft AND, proximity and article evidence are not in the oracle; they are checked separately below.
            options.coordination = 0
            options.proximityWeight = 0
            options.articleWeight = 0
            options.limit = Int.random(in: 1...15, using: &random)
            options.language = [nil, .english, .spanish].randomElement(using: &random)!
            options.titleWeight = [0.5, 1, 2].randomElement(using: &random)!
            let expected = try oracle.search(query, options: options, reader: reader)
            // Soft AND, proximity and article evidence are outside the
            // oracle: the pruned and exhaustive paths must still agree.
            // Shallow reranking depths make the limit matter.
            var coordinated = options
            coordinated.coordination = 0.4
            coordinated.proximityWeight = 1
            coordinated.proximityDepth = 5
            coordinated.articleWeight = 1
            coordinated.articleDepth = 3
            coordinated.pruning = true
            let pruned = try searcher.search(query, options: coordinated)
            coordinated.pruning = false
            let exhaustive = try searcher.search(query, options: coordinated)
            #expect(pruned.hits.count == exhaustive.hits.count, "\(query)")
            for (a, b) in zip(pruned.hits, exhaustive.hits) {
                #expect(abs(a.score - b.score) < 1e-9, "coordinated '\(query)'")
            }
            for pruning in [true, false] {
                options.pruning = pruning
                options.hitCount = [.exact, .upTo(1), .upTo(Int.random(in: 2...300, using: &random)), .upTo(1000)]
                    .randomElement(using: &random)!
                let results = try searcher.search(query, options: options)
                let context = "seed \(seed), query '\(query)', pruning \(pruning), limit \(options.limit), \(options.hitCount)"
                switch results.totalHitsRelation {
                case .equal:
                    relations.equal += 1
                    #expect(results.totalHits == expected.totalHits, "\(context)")
                case .atLeast:
                    relations.atLeast += 1
                    #expect(pruning, "only a pruned ranking may stop counting: \(context)")
                    #expect(results.totalHits <= expected.totalHits, "\(context)")
                    #expect(results.totalHits >= min(options.hitCount.threshold, expected.totalHits), "\(context)")
                }
                // However it counts, a search ranks the same passages the same.
                var exactly = options
                exactly.hitCount = .exact
                let counted = try searcher.search(query, options: exactly)
                #expect(counted.totalHitsRelation == .equal && counted.totalHits == expected.totalHits, "\(context)")
                #expect(counted.hits.map(\.passageID) == results.hits.map(\.passageID), "\(context)")
                #expect(counted.hits.map(\.score) == results.hits.map(\.score), "\(context)")
                #expect(results.hits.count == expected.hits.count, "\(context)")
                for (hit, oracleHit) in zip(results.hits, expected.hits) {
                    #expect(abs(hit.score - oracleHit.score) < 1e-4, "\(context)")
                    // Passages tied at a rank may come in another order; each
                    // must still be one the oracle scores the same.
                    let oracleScore = try #require(expected.scores[hit.article.id], "\(context)")
                    #expect(abs(oracleScore - hit.score) < 1e-4, "\(context)")
                }
            }
        }
        #expect(relations.equal > 0 && relations.atLeast > 0, "both relations must be tried: \(relations)")
    }
}
