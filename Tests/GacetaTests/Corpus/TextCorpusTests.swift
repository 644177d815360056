import Testing
@testable import Gaceta

@Suite struct TextCorpusTests {
    @Test func frontMatterGivesTheFields() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("2025/fentanilo.md", """
            ---
            id: es-0001
            title: "Decomiso de fentanilo en Sinaloa"
            date: 2025-02-10
            source: Gaceta
            url: https://example.org/es-0001
            lang: es
            author: someone
            ---

            Primer párrafo.

            Segundo párrafo.
            """)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.diagnostics.isEmpty)
        #expect(result.article("es-0001") == Article(
            id: "es-0001", title: "Decomiso de fentanilo en Sinaloa", body: "Primer párrafo.\n\nSegundo párrafo.",
            date: "2025-02-10", source: "Gaceta", url: "https://example.org/es-0001", language: .spanish))
    }

    @Test func withoutATitleTheFirstLineIsTheTitle() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("plain.txt", "\u{FEFF}\n\n  Tariffs rise again  \r\nThe body starts here.\r\n\r\nAnd goes on.\r\n")
        try corpus.write("heading.md", "---\nid: h1\n---\n# A *Markdown* heading\n\nBody text.\n")
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.diagnostics.isEmpty)
        let plain = try #require(result.articles.first { $0.origin.file.hasSuffix("plain.txt") }?.article)
        #expect(plain.title == "Tariffs rise again")
        #expect(plain.body == "The body starts here.\n\nAnd goes on.")
        #expect(plain.id.hasPrefix("auto-"))
        #expect(result.article("h1")?.title == "A *Markdown* heading")
        #expect(result.article("h1")?.body == "Body text.")
    }

    @Test func badFrontMatterLinesAreReported() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let file = try corpus.write("bad.md", "---\nid: b1\nthis line has no colon\n# a comment\n---\nTitle\nBody\n")
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.article("b1")?.title == "Title")
        #expect(result.messages == ["\(file):3: warning: front matter line is not `key: value`; ignored"])
    }

    @Test func unclosedFrontMatterIsReadAsText() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let file = try corpus.write("open.md", "---\nTitle line\nBody line\n")
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.articles.first?.article.title == "Title line")
        #expect(result.articles.first?.article.body == "Body line")
        #expect(result.messages == ["\(file):1: warning: front matter opened with `---` is never closed; the file is read as plain text"])
    }

    @Test func aTitleWithoutBodyIsSkipped() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let file = try corpus.write("title-only.txt", "Just a headline\n")
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.articles.isEmpty)
        #expect(result.messages == ["\(file): warning: article has no body (`body` or `text`); skipped"])
    }
}
