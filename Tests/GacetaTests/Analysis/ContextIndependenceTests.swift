import Testing
@testable import Gaceta

/// A token means the same thing wherever it stands: analysing the original
/// text of one token on its own, as a query, gives exactly that token's term.
/// This is what lets a query typed from a document's words find it.
@Suite struct ContextIndependenceTests {
    static func violations(in text: String, language: Language, analyzer: Analyzer) -> [String] {
        let bytes = Array(text.utf8)
        var found: [String] = []
        for token in analyzer.tokens(in: text, language: language) {
            let word = String(decoding: bytes[token.byteRange], as: UTF8.self)
            let alone = analyzer.queryWords(in: word, language: language)
            if alone.count != 1 || alone[0].terms[language] != token.term {
                found.append("\(word.debugDescription) → \(token.term) in text, \(alone.compactMap { $0.terms[language] }) alone")
            }
        }
        return found
    }

    @Test func trickyText() {
        let analyzer = Analyzer()
        let text = """
        Trump’s U.S. tariffs (80%) on EE.UU. steel, said O'Brien at 5 p.m.; see https://example.com/a?b=1 \
        or mail news@bbc.co.uk. @user123 #MeToo ex-presidente 3,5 1.000.000 end.The pala\u{200B}bra \
        extra\u{00AD}ordinario año niño organización \(String(repeating: "x", count: 90)) 1__ a_b
        """
        for language in Language.allCases {
            #expect(Self.violations(in: text, language: language, analyzer: analyzer) == [])
        }
    }

    static let news = [("news-en.jsonl.gz", Language.english), ("news-es.jsonl.gz", .spanish)]

    /// The first 100 lines (times GACETA_FUZZ_SCALE) of each language's news.
    @Test(.tags(.sharedData), .enabled(if: SharedData.has(news.map(\.0)), "needs ../shared/data"))
    func newsText() throws {
        let analyzer = Analyzer()
        for (name, language) in Self.news {
            for (number, line) in try SharedData.lines(of: name, limit: TestSize.rounds(100)).enumerated() {
                let problems = Self.violations(in: String(decoding: line, as: UTF8.self), language: language, analyzer: analyzer)
                #expect(problems.isEmpty, "\(name) line \(number + 1): \(problems.prefix(5))")
                if !problems.isEmpty { break }
            }
        }
    }
}
