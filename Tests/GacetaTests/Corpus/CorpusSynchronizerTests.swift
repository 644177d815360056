import Foundation
import Testing
@testable import Gaceta

/// Incremental updates: only what changed is read and indexed, and the index
/// always ends up holding exactly the corpus's articles.
@Suite struct CorpusSynchronizerTests {
    let scratch: TemporaryDirectory
    var corpus: String { scratch.path + "/corpus" }
    var index: String { scratch.path + "/index" }

    init() throws {
        scratch = try TemporaryDirectory()
        try scratch.write("corpus/a.jsonl", Self.lines(["a1": "tariffs on steel", "a2": "rain on the coast"]))
        try scratch.write("corpus/b.md", "---\nid: b1\ntitle: Aranceles\nlang: es\n---\nLos aranceles al acero suben otra vez.\n")
    }

    static func lines(_ articles: [String: String]) -> String {
        articles.sorted { $0.key < $1.key }
            .map { #"{"id": "\#($0.key)", "title": "T \#($0.key)", "body": "\#($0.value)", "lang": "en"}"# }
            .joined(separator: "\n") + "\n"
    }

    func sync(rebuild: Bool = false) throws -> CorpusSynchronizer.Summary {
        try CorpusSynchronizer(corpus: corpus, index: index).synchronize(rebuild: rebuild, onDiagnostic: { _ in })
    }

    func ids() throws -> Set<String> {
        let reader = try IndexReader(path: index)
        var found: Set<String> = []
        for id in ["a1", "a2", "a3", "b1", "c1", "x1"] where try reader.article(id: id) != nil { found.insert(id) }
        return found
    }

    /// Filesystems keep modification times coarsely; make the change visible
    /// by moving the time a minute past both now and the file's last one, so
    /// that touching a file twice changes it twice.
    func touchLater(_ relativePath: String) throws {
        let path = corpus + "/" + relativePath
        let last = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date ?? .distantPast
        let future = max(Date(), last).addingTimeInterval(60)
        try FileManager.default.setAttributes([.modificationDate: future], ofItemAtPath: path)
    }

    @Test func anUnchangedCorpusMakesNoCommit() throws {
        let first = try sync()
        #expect(first.added == 3 && first.filesRead == 2)
        let generation = try IndexReader(path: index).generation
        let second = try sync()
        #expect(second.statistics == nil && second.filesRead == 0)
        #expect(try IndexReader(path: index).generation == generation)
    }

    @Test func newChangedAndVanishedArticles() throws {
        _ = try sync()
        try scratch.write("corpus/a.jsonl", Self.lines(["a1": "tariffs on aluminium now", "a3": "a new story"]))
        try touchLater("a.jsonl")
        try scratch.write("corpus/c.json", #"{"id": "c1", "title": "C", "body": "culture and music", "lang": "en"}"#)
        let update = try sync()
        #expect(update.filesRead == 2)
        #expect(update.added == 2 && update.changed == 1 && update.deleted == 1 && update.unchanged == 0)
        #expect(try ids() == ["a1", "a3", "b1", "c1"])
        let searcher = Searcher(reader: try IndexReader(path: index))
        #expect(try searcher.search("aluminium").hits.map(\.article.id) == ["a1"])
        #expect(try searcher.search("steel").hits.isEmpty)
    }

    @Test func aRemovedFileDeletesItsArticlesAndAMovedArticleSurvives() throws {
        _ = try sync()
        try FileManager.default.removeItem(atPath: corpus + "/a.jsonl")
        try scratch.write("corpus/moved.jsonl", Self.lines(["a2": "rain on the coast"]))
        let update = try sync()
        #expect(update.deleted == 1 && update.unchanged == 1 && update.added == 0)
        #expect(try ids() == ["a2", "b1"])
    }

    @Test func touchingAFileReadsItButIndexesNothing() throws {
        _ = try sync()
        let segments = try IndexReader(path: index).segments.count
        try touchLater("b.md")
        let update = try sync()
        #expect(update.filesRead == 1 && update.unchanged == 1 && update.added == 0 && update.changed == 0)
        #expect(try IndexReader(path: index).segments.count == segments)
    }

    @Test func articlesAddedOutsideTheCorpusSurviveUpdates() throws {
        _ = try sync()
        do {
            let writer = try IndexWriter(path: index)
            writer.add(Article(id: "x1", title: "Wire", body: "an article from the wire", language: .english))
            try writer.commit()
        }
        try scratch.write("corpus/a.jsonl", Self.lines(["a1": "tariffs on steel"]))
        try touchLater("a.jsonl")
        _ = try sync()
        #expect(try ids() == ["a1", "b1", "x1"])
        _ = try sync(rebuild: true)
        #expect(try ids() == ["a1", "b1"])
    }
}
