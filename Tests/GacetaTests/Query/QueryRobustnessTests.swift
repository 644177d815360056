import Foundation
import Testing
@testable import Gaceta

/// Strange input never crashes the parser: it returns a query that reads
/// back from its description, or a `QuerySyntaxError` whose caret points
/// inside the query (or just after it). A parse that hung would keep the run
/// from finishing; no test here times the parser, whose speed depends on the
/// machine's load.
@Suite struct QueryRobustnessTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Parses `text` and checks the outcome is sane: a query that its own
    /// description parses back to, or an error pointing inside the text.
    /// Returns whether `text` parsed, so that a sweep can check it met both
    /// outcomes (a parser that refused everything would pass every check).
    @discardableResult
    func survives(_ text: String, _ comment: String) -> Bool {
        do {
            let query = try QueryParser().parse(text)
            #expect(try QueryParser().parse(query.description) == query, "\(comment): \(query)")
            return true
        } catch {
            #expect((0...text.count).contains(error.offset), "\(comment): offset \(error.offset)")
            #expect(!error.message.isEmpty && !error.message.contains("\n"), "\(comment): \(error.message)")
            #expect(error.description.hasPrefix(error.message), "\(comment)")
            return false
        }
    }

    @Test func nastyQueriesFixture() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("nasty-queries.txt"))
        var outcomes: Set<Bool> = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            outcomes.insert(survives(String(decoding: line, as: UTF8.self), "nasty-queries.txt:\(number + 1)"))
        }
        #expect(outcomes == [true, false], "the fixture holds queries that parse and queries that do not")
    }

    /// Inputs the fuzzer (Fuzz/run-query-fuzzer.sh) once broke the parser with.
    @Test func fuzzerFindingsReplay() throws {
        let folder = Self.fixtures.appendingPathComponent("crashes")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        try #require(!names.isEmpty, "no findings in \(folder.path)")
        for name in names.sorted() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            survives(String(decoding: data, as: UTF8.self), "crashes/\(name)")
        }
    }

    @Test func generatedQueries() {
        let longWord = String(repeating: "fentanilo", count: 455)
        let cases: [(String, String)] = [
            (String(repeating: "(", count: 10_000), "10k open parentheses"),
            (String(repeating: ")", count: 10_000), "10k close parentheses"),
            (String(repeating: "()", count: 5_000), "5k empty pairs"),
            (String(repeating: "(a ", count: 3_000), "deep unclosed groups"),
            (String(repeating: "(a OR ", count: 500) + "b" + String(repeating: ")", count: 500), "deep ORs"),
            (String(repeating: "a AND ", count: 600) + "b", "long AND chain"),
            (String(repeating: "a OR ", count: 800) + "b", "long OR chain"),
            (String(repeating: "-a ", count: 1_300), "only exclusions"),
            (String(repeating: "\"", count: 4_000), "4k quotes"),
            (String(repeating: "\\", count: 4_000), "4k backslashes"),
            (String(repeating: "*", count: 4_000), "4k stars"),
            (String(repeating: "title:", count: 600), "600 fields"),
            (String(repeating: "date:", count: 800), "800 dates"),
            (String(repeating: "+", count: 4_000) + "a", "4k pluses"),
            (String(repeating: "NOT ", count: 1_000) + "a", "1k NOTs"),
            (longWord, "one 4k-character word"),
            (String(repeating: "a ", count: 1_000_000), "two million characters"),
            (String(repeating: "🇲🇽", count: 4_000), "4k flags"),
            (String(repeating: "e\u{301}", count: 4_000), "4k combining accents"),
            (String(repeating: "\u{0}", count: 4_000), "4k NULs"),
            (String(repeating: "\u{202E}مرحبا ", count: 600), "right-to-left overrides"),
            (String(decoding: [0xD800, 0x61, 0xDFFF, 0x22, 0xDC00] as [UInt16], as: UTF16.self), "lone surrogates"),
            (String(decoding: [0xC0, 0x80, 0xFF, 0xFE, 0x22, 0xF4, 0x90, 0x80, 0x80] as [UInt8], as: UTF8.self), "invalid UTF-8"),
            ("\"\u{301}a\"\u{301}", "quotes with combining marks"),
            ("(\u{301}a)\u{301}", "parentheses with combining marks"),
            ("\\\u{301}", "escaped combining mark"),
            ("date:" + String(repeating: "9", count: 4_000), "huge date"),
            ("date:" + String(repeating: ".", count: 4_000), "dots"),
            ("lang:" + String(repeating: "e", count: 4_000), "huge language"),
        ]
        for (text, comment) in cases {
            survives(text, comment)
        }
    }

    @Test func everyShortCombinationOfSpecialCharacters() {
        let alphabet: [Character] = ["a", " ", "(", ")", "\"", "«", "»", "+", "-", "*", ":", "\\", "t", "."]
        var outcomes: Set<Bool> = []
        for first in alphabet {
            for second in alphabet {
                for third in alphabet {
                    for fourth in ["A", "N", "D", "O", "R", "l", "e", ":", "d", "9"] as [Character] {
                        outcomes.insert(survives(String([first, second, third, fourth]), "\(first)\(second)\(third)\(fourth)"))
                    }
                }
            }
        }
        #expect(outcomes == [true, false])
    }

    /// 3,000 random mixtures (times GACETA_FUZZ_SCALE).
    @Test(.tags(.randomised, .long))
    func fieldSoup() {
        let pieces = ["title:", "body:", "source:", "lang:", "date:", "(", ")", "\"", "a", "es", "2025", "..", "-", "+", " ", "*", "OR", "AND", "NOT"]
        var generator = SplitMix64(seed: TestSeed.resolve(6))
        var outcomes: Set<Bool> = []
        for round in 0..<TestSize.rounds(3_000) {
            var text = ""
            for _ in 0..<Int(generator.next() % 24) {
                text += pieces[Int(generator.next() % UInt64(pieces.count))]
            }
            outcomes.insert(survives(text, "soup \(round): \(text)"))
        }
        #expect(outcomes == [true, false])
    }
}
