import Testing
@testable import Gaceta

/// Random bytes and random mixtures of tricky characters: the analyzer never
/// crashes and its output always keeps its invariants.
@Suite struct FuzzTests {
    static func checkInvariants(_ text: String, analyzer: Analyzer) {
        let length = text.utf8.count
        for language in Language.allCases {
            let tokens = analyzer.tokens(in: text, language: language)
            var previousEnd = 0
            for (index, token) in tokens.enumerated() {
                #expect(token.position == index)
                #expect(token.byteRange.lowerBound >= previousEnd)
                #expect(token.byteRange.upperBound <= length)
                #expect(!token.byteRange.isEmpty)
                #expect(!token.term.isEmpty)
                #expect(token.term.utf8.count <= analyzer.configuration.maxTermBytes)
                previousEnd = token.byteRange.upperBound
            }
            // Query analysis finds the same words with the same terms.
            let words = analyzer.queryWords(in: text, language: language)
            #expect(words.map(\.byteRange) == tokens.map(\.byteRange))
            #expect(words.map { $0.terms[language] } == tokens.map(\.term))
            // Highlighting, which skips stemming words that cannot match,
            // finds exactly the tokens whose terms are wanted.
            let distinct = Array(Set(tokens.map(\.term))).sorted()
            let wanted = Set(distinct.enumerated().filter { $0.offset % 2 == 0 }.map(\.element) + ["zz", "ñ"])
            #expect(analyzer.ranges(of: WantedTerms(wanted), in: text, language: language)
                    == tokens.filter { wanted.contains($0.term) }.map(\.byteRange))
        }
        let sentences = analyzer.sentenceRanges(in: text)
        var expectedStart = 0
        for range in sentences {
            #expect(range.lowerBound == expectedStart)
            #expect(!range.isEmpty)
            expectedStart = range.upperBound
        }
        #expect(expectedStart == length)
        _ = analyzer.detectLanguage(of: text)
    }

    /// 500 strings of random bytes (times GACETA_FUZZ_SCALE).
    @Test(.tags(.randomised, .long))
    func randomBytes() {
        let analyzer = Analyzer()
        var generator = SplitMix64(seed: TestSeed.resolve(1))
        for _ in 0..<TestSize.rounds(500) {
            let count = Int.random(in: 0..<200, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            Self.checkInvariants(String(decoding: bytes, as: UTF8.self), analyzer: analyzer)
        }
    }

    /// 1,500 random mixtures (times GACETA_FUZZ_SCALE).
    @Test(.tags(.randomised, .long))
    func randomTrickyText() {
        let pieces = ["a", "B", "ñ", "É", "1", "0", ".", ",", "'", "’", "-", "_", "@", "#", " ", "\n\n", "¿", "¡",
                      "«", "»", "U.S.", "EE.UU.", "Sr.", "don't", "3,5", "%", "😀", "👨‍👩‍👧", "\u{200B}", "\u{200D}",
                      "\u{00AD}", "\u{0301}", "\u{FEFF}", "ﬁ", "ß", "İ", "中文", "ｶﾀｶﾅ", "Ω", "\u{FFFD}", "http://x.y/z",
                      String(repeating: "x", count: 70), String(repeating: "ж", count: 40), "organización", "tariffs",
                      "Yearly", "skies", "dying", "Ñandúes", "ÉXITOS", "y", "canciones"]
        let analyzers = [Analyzer(), Analyzer(configuration: AnalyzerConfiguration(maxTermBytes: 5, stemming: false))]
        var generator = SplitMix64(seed: TestSeed.resolve(2))
        for round in 0..<TestSize.rounds(1_500) {
            let count = Int.random(in: 0..<30, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            Self.checkInvariants(text, analyzer: analyzers[round % 2])
        }
    }
}
