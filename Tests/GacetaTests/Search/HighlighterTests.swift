import Testing
@testable import Gaceta

@Suite struct HighlighterTests {
    @Test func marksEveryTokenWhoseTermMatches() {
        let text = "Aranceles: los aranceles suben."
        let analyzer = Analyzer()
        let terms = Set(analyzer.tokens(in: "aranceles", language: .spanish).map(\.term))
        let spans = Highlighter(analyzer: analyzer).spans(in: text, language: .spanish, terms: terms)
        let bytes = Array(text.utf8)
        let marked = spans.map { String(decoding: bytes[$0], as: UTF8.self).lowercased() }
        #expect(marked.contains("aranceles"))
        #expect(spans == spans.sorted { $0.lowerBound < $1.lowerBound })
        #expect(spans.allSatisfy { $0.upperBound <= bytes.count })
    }

    @Test func noTermsMarkNothing() {
        #expect(Highlighter(analyzer: Analyzer()).spans(in: "any text", language: .english, terms: []).isEmpty)
    }
}
