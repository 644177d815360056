import Foundation
@_spi(Benchmarking) import Gaceta

/// The index the postings, term-lookup and top-k benchmarks read: 20,000
/// synthetic articles (about 70,000 passages) in a single segment.
struct SyntheticIndex: Sendable {
    static let articleCount = 20_000

    /// Built on first use, in a benchmark's set-up, never at registration:
    /// the tool starts the executable once only to list the benchmarks, then
    /// once more for each benchmark, so every benchmark pays for one build.
    static let shared: SyntheticIndex = {
        do {
            return try SyntheticIndex()
        } catch {
            fatalError("cannot build the synthetic index: \(error)")
        }
    }()

    let reader: IndexReader
    let searcher: Searcher
    let passageCount: Int
    /// The most frequent English content word's key, and its passage count:
    /// the longest list that a query word (not a stopword) walks.
    let longestKey: [UInt8]
    let longestLength: Int

    private static let analyzer = Analyzer()

    private init() throws {
        let clock = ContinuousClock()
        let start = clock.now
        var configuration = IndexConfiguration()
        // One analysis thread and a budget the corpus cannot fill: a single
        // segment whose passages are numbered the same on every run.
        configuration.analysisThreads = 1
        configuration.ramBudgetBytes = 2 << 30
        reader = try openTemporaryIndex(configuration: configuration) { writer in
            var corpus = SyntheticCorpus(seed: 20_260_101)
            for number in 0..<Self.articleCount {
                writer.add(corpus.article(number: number))
            }
        }
        precondition(reader.segmentCount == 1, "expected one segment, got \(reader.segmentCount)")
        searcher = Searcher(reader: reader)
        let statistics = reader.statistics
        passageCount = statistics.passages

        let lookup = reader.termLookup(inSegment: 0)
        var longest: (key: [UInt8], length: Int) = ([], 0)
        for word in ZipfVocabulary.english.words.prefix(10) {
            let key = Self.key(of: word, in: .english)
            if let length = try lookup.documentFrequency(ofKey: key), length > longest.length {
                longest = (key, length)
            }
        }
        precondition(longest.length > 0, "no head word of the vocabulary is in the index")
        (longestKey, longestLength) = longest

        let elapsed = (clock.now - start).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
        let summary = "synthetic index: \(statistics.articles) articles, \(passageCount) passages, "
            + "\(statistics.terms) terms, longest content-word list \(longestLength) passages, "
            + "built in \(String(format: "%.1f", seconds)) s\n"
        FileHandle.standardError.write(Data(summary.utf8))
    }

    /// The body-field key under which `word` is indexed (stemmed and folded
    /// as the indexer does it).
    static func key(of word: String, in language: Language) -> [UInt8] {
        let tokens = analyzer.tokens(in: word, language: language)
        precondition(tokens.count == 1, "'\(word)' is not one token")
        return TermLookup.bodyKey(tokens[0].term, language: language)
    }
}
