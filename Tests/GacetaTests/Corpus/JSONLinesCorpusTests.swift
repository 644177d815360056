import Foundation
import Testing
@testable import Gaceta

@Suite struct JSONLinesCorpusTests {
    @Test func readsEveryFieldOfEachLine() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("news.jsonl", """
            {"id": "a1", "title": "Aranceles", "body": "El gobierno anunció aranceles.", "date": "2025-03-04", "source": "Gaceta", "url": "https://example.org/a1", "lang": "es"}
            {"id": "a2", "title": "Tariffs", "text": "The government announced tariffs.", "lang": "EN-us"}
            """)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.ids == ["a1", "a2"])
        #expect(result.article("a1") == Article(
            id: "a1", title: "Aranceles", body: "El gobierno anunció aranceles.", date: "2025-03-04",
            source: "Gaceta", url: "https://example.org/a1", language: .spanish))
        #expect(result.article("a2")?.body == "The government announced tariffs.")
        #expect(result.article("a2")?.language == .english)
        #expect(result.articles[1].origin == ArticleOrigin(file: corpus.path + "/news.jsonl", line: 2))
    }

    @Test func malformedLinesAreReportedAndSkippedWithoutLosingOthers() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let file = try corpus.write("news.jsonl", """
            {"id": "1", "title": "One", "body": "first"}
            {"id": "2", "title": "Two", "body": "sec
            [1, 2]

            {"id": "3", "title": "Three", "body": "third"}\r
            "just a string"
            {"id": "4", "title": "Four", "body": "fourth"}
            """)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.ids == ["1", "3", "4"])
        #expect(result.diagnostics.map(\.line) == [2, 3, 6])
        #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.file == file })
        #expect(result.messages[0].hasPrefix("\(file):2: error: invalid JSON"))
        #expect(result.messages[1] == "\(file):3: error: expected an article object, found an array; line skipped")
    }

    @Test func numericIDsBecomeStringsAndWrongTypesAreDropped() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("news.jsonl", """
            {"id": 42, "title": "Answer", "body": "text", "source": ["a", "b"]}
            {"id": 7.5, "title": 2025, "body": "text"}
            {"id": true, "title": "Flag", "body": "text"}
            """)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.ids[0] == "42")
        #expect(result.ids[1] == "7.5")
        #expect(result.article("7.5")?.title == "2025")
        #expect(result.ids[2].hasPrefix("auto-"))
        #expect(result.messages.count == 2)
        #expect(result.messages[0].hasSuffix(":1: warning: field `source` should be a string, found an array; ignored"))
        #expect(result.messages[1].hasSuffix(":3: warning: field `id` should be a string, found a boolean; ignored"))
    }

    @Test func articlesWithoutBodyAreSkippedWithAWarning() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("news.jsonl", """
            {"id": "empty", "title": "Only a title", "body": "  \\n "}
            {"id": "none", "title": "Nothing"}
            {"id": "text", "title": "Uses text", "body": "", "text": "the text field"}
            """)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.ids == ["text"])
        #expect(result.article("text")?.body == "the text field")
        #expect(result.diagnostics.map(\.line) == [1, 2])
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning && $0.message.contains("no body") })
    }

    @Test func invalidUTF8IsReplacedAndTheArticleKept() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        var bytes = Array(#"{"id": "x", "title": "Caf"#.utf8)
        bytes += [0xE9]  // Latin-1 "é" is not UTF-8.
        bytes += Array(#"", "body": "ok"}"#.utf8)
        try corpus.write("latin1.jsonl", bytes: bytes)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.article("x")?.title == "Caf\u{FFFD}")
        #expect(result.messages.count == 1)
        #expect(result.messages[0].contains(":1: warning: invalid UTF-8"))
    }

    @Test func unknownLanguagesAreReportedAndLeftForDetection() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("news.jsonl", """
            {"id": "fr", "title": "Bonjour", "body": "texte", "lang": "fr"}
            {"id": "mx", "title": "Hola", "body": "texto", "lang": "es-MX"}
            """)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.article("fr")?.language == nil)
        #expect(result.article("mx")?.language == .spanish)
        #expect(result.messages.count == 1)
        #expect(result.messages[0].hasSuffix(":1: warning: unknown lang `fr` (Gaceta knows en and es); the language will be detected"))
    }

    @Test func datesThatAreNotISO8601AreKeptWithAWarning() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("news.jsonl", """
            {"id": "a", "body": "x", "date": "2025-03-04T10:15:00Z"}
            {"id": "b", "body": "x", "date": "March 4, 2025"}
            """)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.article("b")?.date == "March 4, 2025")
        #expect(result.diagnostics.map(\.line) == [2])
    }

    @Test func overlongLinesAreSkipped() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let long = #"{"id": "long", "body": ""# + String(repeating: "x", count: 300) + #""}"#
        let file = try corpus.write("news.jsonl", long + "\n" + #"{"id": "short", "body": "ok"}"#)
        var lines: [CompressedLineReader.Line] = []
        let reader = try CompressedLineReader(path: file, maximumLineBytes: 100, bufferSize: 64)
        while let line = try reader.nextLine() { lines.append(line) }
        guard lines.count == 2, case .tooLong(let count) = lines[0], case .text(let text) = lines[1] else {
            Issue.record("unexpected lines \(lines)")
            return
        }
        #expect(count == long.utf8.count)
        #expect(String(decoding: text, as: UTF8.self) == #"{"id": "short", "body": "ok"}"#)
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("windows.jsonl", "\u{FEFF}{\"id\": \"w1\", \"body\": \"x\"}\r\n{\"id\": \"w2\", \"body\": \"y\"}\r\n")
        try corpus.write("windows.json", "\u{FEFF}{\"id\": \"w3\", \"body\": \"z\"}")
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.ids == ["w3", "w1", "w2"])
    }

    @Test func anErrorFromTheConsumerStopsReading() throws {
        struct Full: Error {}
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("news.jsonl", #"{"id": "1", "body": "x"}"# + "\n" + #"{"id": "2", "body": "y"}"#)
        var seen: [String] = []
        #expect(throws: Full.self) {
            try CorpusReader(directory: corpus.path).read(
                onArticle: { article, _ in
                    seen.append(article.id)
                    throw Full()
                },
                onDiagnostic: { Issue.record("unexpected \($0)") })
        }
        #expect(seen == ["1"])
    }
}
