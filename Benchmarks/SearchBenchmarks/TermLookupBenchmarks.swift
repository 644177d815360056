import Benchmark
@_spi(Benchmarking) import Gaceta

/// Dictionary lookups, as the planner makes one per query word, language and
/// field. Present terms are drawn evenly from the vocabulary, so mostly from
/// its long tail and from all over the dictionary, not only from the few
/// blocks of frequent words. Missing terms are those keys with a letter
/// added: they sort right after a real key, so a lookup still binary-searches
/// the block table and scans a block before giving up, like a misspelling.
struct TermLookupKeys: Sendable {
    /// One per inner iteration: the benchmarks run at scaling factor `.kilo`,
    /// so the figures are per lookup.
    static let count = 1_000

    static let shared = TermLookupKeys()

    let present: [[UInt8]]
    let missing: [[UInt8]]

    private init() {
        let lookup = SyntheticIndex.shared.reader.termLookup(inSegment: 0)
        var generator = SeededGenerator(seed: 7)
        var chosen: [[UInt8]] = []
        var seen: Set<[UInt8]> = []
        while chosen.count < Self.count {
            let vocabulary = generator.nextUnit() < 0.5 ? ZipfVocabulary.english : ZipfVocabulary.spanish
            let word = vocabulary.words[Int(generator.nextUnit() * Double(vocabulary.words.count))]
            let key = SyntheticIndex.key(of: word, in: vocabulary.language)
            // A rare tail word may be missing from the corpus; so may a key already chosen.
            guard (try? lookup.documentFrequency(ofKey: key)) != nil, seen.insert(key).inserted else { continue }
            chosen.append(key)
        }
        present = chosen
        missing = chosen.map { $0 + Array("q".utf8) }
        for key in missing {
            precondition((try? lookup.documentFrequency(ofKey: key)) == .some(nil), "a 'missing' key is in the index")
        }
    }
}

func registerTermLookupBenchmarks() {
    Benchmark(
        "term lookup: present terms",
        configuration: .search(scalingFactor: .kilo, setup: { _ = TermLookupKeys.shared })
    ) { benchmark in
        let lookup = SyntheticIndex.shared.reader.termLookup(inSegment: 0)
        let keys = TermLookupKeys.shared.present
        for index in benchmark.scaledIterations {
            blackHole(try lookup.documentFrequency(ofKey: keys[index]))
        }
    }

    Benchmark(
        "term lookup: missing terms",
        configuration: .search(scalingFactor: .kilo, setup: { _ = TermLookupKeys.shared })
    ) { benchmark in
        let lookup = SyntheticIndex.shared.reader.termLookup(inSegment: 0)
        let keys = TermLookupKeys.shared.missing
        for index in benchmark.scaledIterations {
            blackHole(try lookup.documentFrequency(ofKey: keys[index]))
        }
    }
}
