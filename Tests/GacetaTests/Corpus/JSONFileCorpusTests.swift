import Testing
@testable import Gaceta

@Suite struct JSONFileCorpusTests {
    @Test func readsOneObject() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("one.json", #"{"id": "one", "title": "Uno", "body": "Cuerpo", "lang": "es"}"#)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.article("one") == Article(id: "one", title: "Uno", body: "Cuerpo", language: .spanish))
        #expect(result.articles.first?.origin == ArticleOrigin(file: corpus.path + "/one.json"))
    }

    @Test func readsAnArrayAndReportsBadElementsByPosition() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let file = try corpus.write("many.json", """
            [{"id": "a", "body": "first"}, 3, {"id": "c", "title": "No body"}, {"id": "d", "body": "last"}]
            """)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.ids == ["a", "d"])
        #expect(result.messages == [
            "\(file): error: article 2: expected an article object, found a number; skipped",
            "\(file): warning: article 3: article has no body (`body` or `text`); skipped",
        ])
        #expect(result.articles[1].origin.description == "\(file) (article 4)")
    }

    @Test func aBrokenFileIsReportedAndTheRestStillRead() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let file = try corpus.write("a-broken.json", #"{"id": "x", "body": "#)
        try corpus.write("b-good.json", #"{"id": "good", "body": "fine"}"#)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.ids == ["good"])
        #expect(result.messages.count == 1)
        #expect(result.messages[0].hasPrefix("\(file): error: invalid JSON"))
        #expect(result.messages[0].hasSuffix("; file skipped"))
    }
}
