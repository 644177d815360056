import Foundation
import Testing
@testable import Gaceta

@Suite struct CorpusDirectoryTests {
    @Test func readsRecursivelyInSortedOrderAndIgnoresOtherFiles() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("b.txt", "B\nbody")
        try corpus.write("a/z.md", "AZ\nbody")
        try corpus.write("a/b/c.json", #"{"id": "abc", "body": "body"}"#)
        try corpus.write("notes.csv", "not,an,article")
        try corpus.write("image.png", bytes: [0x89, 0x50])
        try corpus.write(".git/config.json", #"{"id": "git", "body": "hidden directory"}"#)
        let hidden = try corpus.write(".draft.md", "Draft\nbody")
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.articles.map(\.origin.file) == ["a/b/c.json", "a/z.md", "b.txt"].map { corpus.path + "/" + $0 })
        #expect(result.messages == ["\(hidden): warning: hidden file skipped; rename it without the leading dot to index it"])
    }

    @Test func aMissingDirectoryThrowsNamingIt() throws {
        let error = #expect(throws: CorpusError.self) {
            try CorpusReadResult(directory: "/nonexistent/gaceta-corpus")
        }
        #expect(error?.kind == .directoryNotFound)
        #expect(error?.description == "/nonexistent/gaceta-corpus: no corpus directory here")
    }

    @Test(.enabled(if: getuid() != 0, "root can read any file"))
    func unreadableFilesAreReportedAndSkipped() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let locked = try corpus.write("locked.jsonl", #"{"id": "locked", "body": "x"}"#)
        try corpus.write("open.jsonl", #"{"id": "open", "body": "x"}"#)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.ids == ["open"])
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.file == locked)
    }

    @Test func aDirectoryInsteadOfAFileIsReportedAndSkipped() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try FileManager.default.createDirectory(atPath: corpus.path + "/odd.jsonl", withIntermediateDirectories: true)
        try corpus.write("odd.jsonl/inside.txt", "Inside\nbody")
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.articles.count == 1)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func symbolicLinksAreFollowedAndSizedByTheirTarget() throws {
        let corpus = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        defer { corpus.remove(); outside.remove() }
        let target = try outside.write("archive.jsonl", #"{"id": "linked", "body": "\#(String(repeating: "x", count: 500))"}"#)
        try FileManager.default.createSymbolicLink(atPath: corpus.path + "/linked.jsonl", withDestinationPath: target)
        try FileManager.default.createSymbolicLink(atPath: corpus.path + "/loop", withDestinationPath: corpus.path)
        var total = 0
        var ids: [String] = []
        try CorpusReader(directory: corpus.path).read(
            onArticle: { article, _ in ids.append(article.id) },
            onDiagnostic: { Issue.record("unexpected \($0)") },
            onProgress: { total = $0.totalBytes })
        #expect(ids == ["linked"])
        #expect(total == (try FileManager.default.attributesOfItem(atPath: target)[.size] as? NSNumber)?.intValue)
    }
}
