import Foundation
import CGacetaSupport
import Testing
@testable import Gaceta

@Suite struct RobustnessTests {
    @Test func byteRangesPointAtTheOriginalWords() {
        let text = "¿Qué dijo García? Trump’s «tariffs» on EE.UU. ex-presidente"
        #expect(spans(text, .spanish)
                == ["Qué", "dijo", "García", "Trump’s", "tariffs", "on", "EE.UU", "ex", "presidente"])
        let tokens = Analyzer().tokens(in: text, language: .spanish)
        #expect(tokens.map(\.position) == Array(0..<tokens.count))
    }

    @Test func invalidUTF8IsReplacedNotFatal() {
        let text = String(decoding: [0x61, 0xFF, 0x62, 0x20, 0xC3, 0x28, 0x63, 0xE2, 0x82], as: UTF8.self)
        #expect(terms(text, .english) == ["a", "b", "c"])
        #expect(Analyzer().sentenceRanges(in: text).last?.upperBound == text.utf8.count)
    }

    @Test func zeroWidthCharactersInsideWords() {
        #expect(terms("pala\u{200B}bra", .spanish) == ["palabr"])             // ZWSP
        #expect(terms("extra\u{00AD}ordinario", .spanish) == ["extraordinari"])  // soft hyphen
        #expect(terms("news\u{200D}room", .english) == ["newsroom"])           // ZWJ
        #expect(terms("\u{FEFF}hello", .english) == ["hello"])                 // BOM
        #expect(spans("pala\u{200B}bra", .spanish) == ["pala\u{200B}bra"])
    }

    @Test func absurdlyLongTokensAreBounded() {
        let long = String(repeating: "a", count: 100_000)
        let tokens = Analyzer().tokens(in: "x \(long) y", language: .english)
        #expect(tokens.map(\.term) == ["x", String(repeating: "a", count: 64), "y"])
        #expect(tokens[1].byteRange == 2..<100_002)
        // Truncation never splits a character: 1 + 31 × 2 bytes.
        let cyrillic = "x" + String(repeating: "ж", count: 100)
        #expect(terms(cyrillic, .english) == ["x" + String(repeating: "ж", count: 31)])
        let small = Analyzer(configuration: AnalyzerConfiguration(maxTermBytes: 8))
        #expect(terms("internationalization", .english, analyzer: small) == ["internat"])
    }

    @Test func emptyAndBlankInputs() {
        let analyzer = Analyzer()
        for text in ["", " ", "\n\n", "...", "😀", "—", "\u{200B}"] {
            #expect(analyzer.tokens(in: text, language: .english).isEmpty)
            #expect(analyzer.queryWords(in: text, language: nil).isEmpty)
        }
        #expect(analyzer.sentenceRanges(in: "").isEmpty)
    }

    @Test func fastFoldingAgreesWithICU() {
        var samples: [String] = (0xC0...0xFF).map { "x" + String(UnicodeScalar(UInt8($0))) + "y" }
        samples += ["O’Brien", "it‘s", "soft\u{00AD}hyphen", "ABCxyz", "Ñandú", "n\u{0303}o", "é\u{0301}"]
        for sample in samples {
            let bytes = Array(sample.utf8)
            var fast = [UInt8](repeating: 0, count: 64)
            var slow = [UInt8](repeating: 0, count: 64)
            let fastLength = gaceta_fold(bytes, bytes.count, &fast, 64)
            let slowLength = gaceta_fold_icu(bytes, bytes.count, &slow, 64)
            #expect(fastLength == slowLength, "\(sample)")
            #expect(fast.prefix(Int(max(fastLength, 0))) == slow.prefix(Int(max(slowLength, 0))), "\(sample)")
        }
    }

    @Test func concurrentUseGivesTheSameTokens() async {
        let analyzer = Analyzer()
        let texts = [
            "Los aranceles de EE.UU. subieron un 3,5% según el ex-presidente García.",
            "Trump’s tariffs on U.S. steel hurt O'Brien's anti-drug programme in 1985.",
        ]
        let expected = texts.map { analyzer.tokens(in: $0, language: .spanish) }
        await withTaskGroup(of: Bool.self) { group in
            for worker in 0..<8 {
                group.addTask {
                    for round in 0..<200 {
                        let index = (worker + round) % texts.count
                        if analyzer.tokens(in: texts[index], language: .spanish) != expected[index] { return false }
                    }
                    return true
                }
            }
            for await ok in group { #expect(ok) }
        }
    }
}
