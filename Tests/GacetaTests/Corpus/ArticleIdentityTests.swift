import Testing
@testable import Gaceta

@Suite struct ArticleIdentityTests {
    @Test func automaticIDsAreStableAndDependOnPathAndContent() throws {
        let id = AutomaticArticleID.make(relativePath: "a/b.txt", title: "Title", body: "Body")
        #expect(id == AutomaticArticleID.make(relativePath: "a/b.txt", title: "Title", body: "Body"))
        #expect(id != AutomaticArticleID.make(relativePath: "a/c.txt", title: "Title", body: "Body"))
        #expect(id != AutomaticArticleID.make(relativePath: "a/b.txt", title: "Titl", body: "eBody"))
        #expect(id.count == "auto-".count + 16)
        // Ids must never change between releases: pin the published FNV-1a 64 test
        // vector and one id, so a change to either shows.
        var hash = FNV1a64()
        hash.add("a")
        #expect(hash.value == 0xaf63_dc4c_8601_ec8c)
        #expect(AutomaticArticleID.make(relativePath: "", title: "", body: "") == "auto-0a99c907b6f64763")
    }

    @Test func automaticIDsDoNotDependOnWhereTheCorpusLives() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        defer { first.remove(); second.remove() }
        for corpus in [first, second] {
            try corpus.write("x/untitled.jsonl", #"{"title": "No id", "body": "Some text"}"#)
        }
        let ids = try [first, second].map { try CorpusReadResult(directory: $0.path).ids }
        #expect(ids[0] == ids[1])
        #expect(ids[0] == [AutomaticArticleID.make(relativePath: "x/untitled.jsonl", title: "No id", body: "Some text")])
    }

    @Test func duplicateIDsWarnNamingBothPlacesAndTheLastWins() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let jsonl = try corpus.write("a.jsonl", """
            {"id": "dup", "title": "First", "body": "one"}
            {"id": "dup", "title": "Second", "body": "two"}
            """)
        let markdown = try corpus.write("b.md", "---\nid: dup\n---\nThird\nthree")
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.ids == ["dup", "dup", "dup"])
        #expect(result.article("dup")?.title == "Third")
        #expect(result.messages == [
            "\(jsonl):2: warning: duplicate id `dup`: this article replaces the one at \(jsonl):1",
            "\(markdown): warning: duplicate id `dup`: this article replaces the one at \(jsonl):2",
        ])
    }

    @Test(arguments: [
        ("2025", true), ("2025-03", true), ("2025-03-04", true), ("2025-03-04T10:15", true),
        ("2025-03-04T10:15:30Z", true), ("2025-03-04T10:15:30.25+01:00", true), ("2025-03-04 10:15:30-0500", true),
        ("2025-13-01", false), ("25-03-04", false), ("2025/03/04", false), ("March 4, 2025", false), ("2025-03-04T", false),
        ("2024-02-29", true), ("2023-02-29", false), ("2025-02-30", false), ("2025-04-31", false), ("2025-12-31", true),
    ])
    func iso8601Dates(text: String, isValid: Bool) {
        #expect(ISO8601Date.isValid(text) == isValid)
    }
}
