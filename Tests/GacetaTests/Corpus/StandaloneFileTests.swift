import Foundation
import Testing
@testable import Gaceta

/// `CorpusReader.read(files:)`: single files outside any corpus directory.
@Suite struct StandaloneFileTests {
    func read(_ paths: [String]) throws -> (ids: [String], messages: [String]) {
        var ids: [String] = []
        var messages: [String] = []
        try CorpusReader.read(files: paths, onArticle: { article, _ in ids.append(article.id) }, onDiagnostic: { messages.append($0.description) })
        return (ids, messages)
    }

    @Test func filesOfEveryFormatInOrderWithCorpusDiagnostics() throws {
        let scratch = try TemporaryDirectory()
        let lines = try scratch.write("a/news.jsonl", #"{"id": "j1", "body": "one"}"# + "\nnot json\n" + #"{"id": "j2", "body": "two"}"# + "\n")
        let text = try scratch.write("b/note.md", "---\nid: m1\n---\nTitle\n\nBody.\n")
        let json = try scratch.write("c.json", #"[{"id": "j1", "body": "again"}]"#)
        let result = try read([lines, text, json])
        #expect(result.ids == ["j1", "j2", "m1", "j1"])
        #expect(result.messages.count == 2)
        #expect(result.messages.first?.hasPrefix("\(lines):2: error: invalid JSON") == true)
        #expect(result.messages.last == "\(json): warning: article 1: duplicate id `j1`: this article replaces the one at \(lines):1")
    }

    @Test func generatedIdsDependOnTheFileNameNotItsDirectory() throws {
        let scratch = try TemporaryDirectory()
        let first = try scratch.write("one/story.txt", "Title\nThe same body.")
        let second = try scratch.write("two/story.txt", "Title\nThe same body.")
        let other = try scratch.write("two/other.txt", "Title\nThe same body.")
        let ids = try read([first, second, other]).ids
        #expect(ids[0] == ids[1])
        #expect(ids[0] != ids[2])
        #expect(ids[0].hasPrefix("auto-"))
    }

    @Test(arguments: [
        ("missing.jsonl", CorpusError.Kind.fileNotFound, "no such file"),
        ("dir", .fileIsADirectory, "is a directory"),
        ("notes.csv", .unsupportedFile, "not an article file"),
    ])
    func unreadableFilesFailBeforeAnythingIsRead(name: String, kind: CorpusError.Kind, message: String) throws {
        let scratch = try TemporaryDirectory()
        let good = try scratch.write("good.jsonl", #"{"id": "g", "body": "text"}"#)
        try scratch.write("dir/inside.md", "Title\nBody")
        try scratch.write("notes.csv", "a,b")
        var delivered = 0
        let error = #expect(throws: CorpusError.self) {
            try CorpusReader.read(files: [good, scratch.path + "/" + name], onArticle: { _, _ in delivered += 1 }, onDiagnostic: { _ in })
        }
        #expect(error?.kind == kind)
        #expect(error?.message.hasPrefix(message) == true)
        #expect(delivered == 0)
    }
}
