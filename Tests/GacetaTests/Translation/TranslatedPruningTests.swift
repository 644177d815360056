import Foundation
import Testing
@testable import Gaceta

/// Block-max MaxScore over translated queries: random bilingual corpora and
/// random lexicons, the pruned ranking against every match scored, across
/// several segments, replacements and deletions; and the alternatives
/// clauses' bounds against every passage they match.
@Suite struct TranslatedPruningTests {
    static let english = (0..<30).map { "w\($0)x" }
    static let spanish = (0..<30).map { "v\($0)x" }

    /// Skewed choice: low indices are frequent, so that the frequent words
    /// fill several postings blocks per segment and block bounds matter.
    static func word(from vocabulary: [String], _ random: inout SplitMix64) -> String {
        vocabulary[Int(Double(vocabulary.count) * pow(Double.random(in: 0..<1, using: &random), 2))]
    }

    /// An article mostly in its language's words, now and then one of the
    /// other's (a name, a loan word), which a translated word's own spelling finds.
    static func article(id: String, _ random: inout SplitMix64) -> Article {
        let language: Language = Bool.random(using: &random) ? .english : .spanish
        func words(_ count: Int) -> String {
            (0..<count).map { _ in
                let own = Int.random(in: 0..<12, using: &random) > 0
                return word(from: (language == .english) == own ? english : spanish, &random)
            }.joined(separator: " ")
        }
        let body = words(Int.random(in: 1...60, using: &random))
        return Article(id: id, title: words(Int.random(in: 0...5, using: &random)), body: body, language: language)
    }

    /// Up to five translations of most words, with agreements 1 to 4, keyed
    /// by the terms the analyzer makes of them.
    static func lexicon(_ random: inout SplitMix64) -> BilingualLexicon {
        let analyzer = Analyzer()
        func term(_ word: String, _ language: Language) -> String {
            analyzer.queryWords(in: word, languages: [language]).first!.terms[language]!
        }
        var entries: [Language: [String: [BilingualLexicon.Translation]]] = [:]
        for (language, words, others) in [(Language.english, english, spanish), (.spanish, spanish, english)] {
            for word in words where Int.random(in: 0..<5, using: &random) > 0 {
                let targets = Set((0..<Int.random(in: 1...5, using: &random)).map { _ in others.randomElement(using: &random)! })
                entries[language, default: [:]][term(word, language)] = targets.sorted().map {
                    .init(term: term($0, language == .english ? .spanish : .english), agreement: Int.random(in: 1...4, using: &random))
                }.sorted { $0.agreement > $1.agreement }
            }
        }
        return BilingualLexicon(fingerprint: "random", entries: entries)
    }

    /// An index of three rounds of adds, replacements and deletions, each round a segment.
    static func index(in directory: TemporaryDirectory, _ random: inout SplitMix64) throws -> IndexReader {
        var configuration = IndexConfiguration()
        configuration.ramBudgetBytes = 4 << 20
        var ids: [String] = []
        for round in 0..<3 {
            let writer = try IndexWriter(path: directory.path, configuration: configuration)
            for index in 0..<Int.random(in: 500...900, using: &random) {
                let replacing = !ids.isEmpty && Int.random(in: 0..<8, using: &random) == 0
                let id = replacing ? ids.randomElement(using: &random)! : "r\(round)-\(index)"
                writer.add(article(id: id, &random))
                if !replacing { ids.append(id) }
                if Int.random(in: 0..<10, using: &random) == 0 { writer.delete(articleID: ids.randomElement(using: &random)!) }
            }
            try writer.commit()
        }
        return try IndexReader(path: directory.path)
    }

    /// Seeds 1 to 3 (times GACETA_FUZZ_SCALE), each 80 queries.
    @Test(.tags(.randomised, .long), arguments: TestSeed.arguments(Array(1...UInt64(TestSize.rounds(3)))))
    func prunedRankingEqualsEveryMatchScored(seed: UInt64) throws {
        var random = SplitMix64(seed: TestSeed.resolve(seed))
        let directory = try TemporaryDirectory()
        let reader = try Self.index(in: directory, &random)
        #expect(reader.segments.count > 1, "the test must span several segments")
        #expect(reader.segments.contains { $0.deletions != nil }, "the test must include deletions")
        let searcher = Searcher(reader: reader)
        let lexicon = Self.lexicon(&random)
        var prunedWithAlternatives = 0
        for _ in 0..<80 {
            let words = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                Int.random(in: 0..<12, using: &random) == 0 ? "absent" : Self.word(from: Bool.random(using: &random) ? Self.english : Self.spanish, &random)
            }
            let exclusion = Int.random(in: 0..<4, using: &random) == 0 ? ["-" + Self.word(from: Self.english + Self.spanish, &random)] : []
            let query = (words + exclusion).joined(separator: " ")
            var options = SearchOptions()
            options.translation = lexicon
            options.limit = Int.random(in: 1...8, using: &random)
            options.perArticle = Int.random(in: 1...2, using: &random)
            options.language = [nil, nil, .english, .spanish].randomElement(using: &random)!
            options.titleWeight = [0.5, 1, 2].randomElement(using: &random)!
            options.coordination = [0, 0.2, 0.6].randomElement(using: &random)!
            options.hitCount = [.exact, .upTo(1), .upTo(50)].randomElement(using: &random)!
            let plan = try QueryPlanner(analyzer: Analyzer(), unstemmed: Analyzer(), reader: reader, options: options)
                .plan(QueryParser().parse(query))
            if plan.prunable?.words.alternatives.isEmpty == false { prunedWithAlternatives += 1 }

            options.pruning = true
            let pruned = try searcher.search(query, options: options)
            options.pruning = false
            options.hitCount = .exact
            let exhaustive = try searcher.search(query, options: options)
            let context = "seed \(seed), query '\(query)', \(options.language.map(\.rawValue) ?? "both"), limit \(options.limit)"
            #expect(pruned.hits.count == exhaustive.hits.count, "\(context)")
            if pruned.totalHitsRelation == .equal {
                #expect(pruned.totalHits == exhaustive.totalHits, "\(context)")
            } else {
                #expect(pruned.totalHits <= exhaustive.totalHits, "\(context)")
            }
            for (a, b) in zip(pruned.hits, exhaustive.hits) {
                #expect(abs(a.score - b.score) < 1e-9, "\(context)")
                // Passages tied at a rank may come in another order.
                if a.passageID != b.passageID {
                    #expect(exhaustive.hits.contains { $0.passageID == a.passageID && abs($0.score - a.score) < 1e-9 }, "\(context)")
                }
            }
        }
        #expect(prunedWithAlternatives > 20, "most queries must be pruned with translated words: \(prunedWithAlternatives)")
    }

    /// Every passage an alternatives clause matches scores no more than its
    /// segment bound and the block bound of any window holding it.
    @Test(.tags(.randomised), arguments: TestSeed.arguments([11, 12]))
    func alternativesBoundsHoldForEveryPassage(seed: UInt64) throws {
        var random = SplitMix64(seed: TestSeed.resolve(seed))
        let directory = try TemporaryDirectory()
        let reader = try Self.index(in: directory, &random)
        var windows = 0
        for _ in 0..<30 {
            let field: Field = Bool.random(using: &random) ? .body : .title
            let words = Array(Set((0..<Int.random(in: 1...6, using: &random)).map { _ in Self.word(from: Self.spanish, &random) }))
            // Shares add up to 1, as a translated word's do: more would count the clause's
            // document frequency above the passages' and turn its idf negative.
            let weights = words.map { _ in Double.random(in: 0.05...1, using: &random) }
            let shares = weights.map { $0 / weights.reduce(0, +) }
            let terms = words.map { word in
                QueryTerm(key: TermKey(field: field, language: .spanish, term: word).bytes, field: field, language: .spanish, term: word, weight: 1)
            }
            let plan = AlternativesPlan(terms: terms, shares: shares)
            let statistics = try CollectionStatistics(reader: reader, keys: Set(terms.map(\.key)))
            for (index, segment) in reader.segments.enumerated() {
                let builder = SegmentMatcherBuilder(
                    segment: segment, segmentIndex: index, statistics: statistics, bm25: BM25(k1: 1.2, b: 0.75), coordination: 0
                )
                guard let walker = try builder.scorer(for: plan), let probe = try builder.scorer(for: plan) else { continue }
                var scores: [(passage: UInt32, score: Double)] = []
                while walker.document != PostingsCursor.exhausted {
                    scores.append((walker.document, walker.score()))
                    #expect(walker.score() <= walker.maxScore * (1 + 1e-12), "seed \(seed)")
                    try walker.next()
                }
                // Windows from increasing targets, as the evaluator asks, with the probe moved on meanwhile.
                var target = UInt32(0)
                while let window = probe.blockBound(atOrAfter: target) {
                    windows += 1
                    #expect(window.lastDocument >= target)
                    for entry in scores where entry.passage >= target && entry.passage <= window.lastDocument {
                        #expect(entry.score <= window.score * (1 + 1e-12), "seed \(seed), passage \(entry.passage)")
                    }
                    #expect(probe.blockMaxScore(at: target) == window.score)
                    if window.lastDocument == PostingsCursor.exhausted { break }
                    // The next target past this window or within it (a kept bound then answers).
                    let next = UInt32.random(in: (target + 1)...(window.lastDocument + 1), using: &random)
                    _ = try probe.advance(to: UInt32.random(in: target...next, using: &random))
                    target = next
                }
            }
        }
        #expect(windows > 100, "the bounds must be tried on many windows: \(windows)")
    }
}
