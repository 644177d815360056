import Testing
@testable import Gaceta

/// Analysis through a stem cache gives exactly the tokens analysis without
/// one gives, in both languages, also while a small cache keeps starting over.
@Suite struct StemCacheTests {
    static let words = ["tariffs", "Tariff", "aranceles", "arancel", "ÉXITOS", "éxito", "running", "runs", "U.S.",
                        "EE.UU.", "niño", "nino", "organización", "organizacion", "the", "el", "3,5", "don't", "skies",
                        "dying", "yearly", "canciones", "ñandú", "mexico", "México", "x", "zz"]

    @Test(arguments: [4, 1 << 17])
    func cachedTermsEqualFreshOnes(capacity: Int) {
        let analyzer = Analyzer()
        let stems = StemCache(capacity: capacity)
        var random = SplitMix64(seed: UInt64(capacity))
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1..<25, using: &random))
                .map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ")
            for language in Language.allCases {
                #expect(analyzer.tokens(in: text, language: language, stems: stems) == analyzer.tokens(in: text, language: language))
            }
            #expect(stems.count <= capacity)
        }
    }

    @Test func theSameBytesKeepOneTermPerLanguage() {
        let analyzer = Analyzer()
        let stems = StemCache()
        let english = analyzer.tokens(in: "runs", language: .english, stems: stems).map(\.term)
        let spanish = analyzer.tokens(in: "runs", language: .spanish, stems: stems).map(\.term)
        #expect(english == analyzer.tokens(in: "runs", language: .english).map(\.term))
        #expect(spanish == analyzer.tokens(in: "runs", language: .spanish).map(\.term))
        #expect(english != spanish)
        #expect(stems.count == 2)
    }
}
