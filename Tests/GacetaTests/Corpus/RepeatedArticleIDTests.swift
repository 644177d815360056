import Foundation
import Testing
@testable import Gaceta

/// A corpus that repeats article ids, as news feeds do: the copy read last
/// is indexed, each id is counted once, and the index passes its own check,
/// after a build, a rebuild and every update.
@Suite struct RepeatedArticleIDTests {
    let scratch: TemporaryDirectory
    var corpus: String { scratch.path + "/corpus" }
    var index: String { scratch.path + "/index" }

    init() throws {
        scratch = try TemporaryDirectory()
    }

    static func line(_ id: String, _ body: String) -> String {
        #"{"id": "\#(id)", "title": "Title \#(id)", "body": "\#(body)", "lang": "en"}"# + "\n"
    }

    /// Two paragraphs of words that differ with `seed`, so that articles
    /// have two passages and a corrected body differs in every one.
    static func body(_ seed: Int) -> String {
        let words = ["tariffs", "steel", "coast", "rain", "market", "court", "river", "harvest", "budget", "storm", "bridge"]
        func paragraph(_ shift: Int) -> String {
            (0..<40).map { words[($0 * 7 + seed * 3 + shift) % words.count] }.joined(separator: " ") + " w\(seed)x."
        }
        return paragraph(0) + #"\n\n"# + paragraph(5)
    }

    func sync(rebuild: Bool = false) throws -> CorpusSynchronizer.Summary {
        try CorpusSynchronizer(corpus: corpus, index: index).synchronize(rebuild: rebuild, onDiagnostic: { _ in })
    }

    func expectHealthy(_ comment: Comment? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let problems = IndexChecker(path: index, userData: .corpusState).check().problems
        #expect(problems == [], comment, sourceLocation: sourceLocation)
    }

    /// The seed of the body the index holds for `id`, read from its `wNx` word.
    func version(of id: String) throws -> Int? {
        guard let body = try IndexReader(path: index).article(id: id)?.body else { return nil }
        return body.split(separator: " ").last { $0.hasPrefix("w") && $0.hasSuffix("x.") }.flatMap { Int($0.dropFirst().dropLast(2)) }
    }

    /// Later filesystem times than any before, so that an update sees the change.
    func write(_ name: String, _ lines: [String], at second: Int) throws {
        let path = try scratch.write("corpus/" + name, lines.joined())
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_800_000_000 + Double(second))], ofItemAtPath: path)
    }

    /// Issue #16: `a.jsonl` with 50 articles, `b.jsonl` with new bodies for
    /// the last 10 of them and 10 new ones.
    @Test func aCorpusRepeatingIdsAcrossFilesBuildsAHealthyIndex() throws {
        try write("a.jsonl", (0..<50).map { Self.line("r\($0)", Self.body($0)) }, at: 0)
        try write("b.jsonl", (40..<60).map { Self.line("r\($0)", Self.body($0 + 100)) }, at: 0)

        for rebuild in [false, true] {
            let summary = try sync(rebuild: rebuild)
            #expect(summary.added == 60 && summary.changed == 0 && summary.deleted == 0, "rebuild \(rebuild)")
            #expect(summary.statistics?.articles == 60)
            expectHealthy("rebuild \(rebuild)")
            #expect(try version(of: "r45") == 145)
            #expect(try version(of: "r39") == 39)
        }

        let cli = try GacetaProcess.run(["index", "--rebuild"], in: scratch.path)
        #expect(cli.status == 0)
        #expect(cli.standardOutput.contains("Indexed 60 articles") && cli.standardOutput.contains("60 new, 0 changed, 0 deleted"), "\(cli.standardOutput)")
        #expect(cli.standardError.components(separatedBy: "duplicate id").count - 1 == 10)
        let check = try GacetaProcess.run(["check"], in: scratch.path)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }

    @Test func aLaterLineOfTheSameFileWins() throws {
        try write("a.jsonl", [Self.line("x", Self.body(1)), Self.line("y", Self.body(2)), Self.line("x", Self.body(3))], at: 0)
        #expect(try sync().added == 2)
        #expect(try version(of: "x") == 3)
        expectHealthy()

        try write("a.jsonl", [Self.line("x", Self.body(3)), Self.line("y", Self.body(2)), Self.line("x", Self.body(1))], at: 1)
        let update = try sync()
        #expect(update.changed == 1 && update.unchanged == 1 && update.added == 0)
        #expect(try version(of: "x") == 1)
        expectHealthy()
    }

    /// Which copy is last can change without the file that holds it changing.
    @Test func anUpdateIndexesTheCopyReadLast() throws {
        try write("a.jsonl", [Self.line("x", Self.body(1))], at: 0)
        try write("b.jsonl", [Self.line("x", Self.body(2))], at: 0)
        _ = try sync()
        #expect(try version(of: "x") == 2)

        // A new copy in the earlier file: the later file's copy stays.
        try write("a.jsonl", [Self.line("x", Self.body(3))], at: 1)
        let earlier = try sync()
        #expect(earlier.added == 0 && earlier.changed == 0)
        #expect(try version(of: "x") == 2)
        expectHealthy()

        // The later file drops its copy: the earlier file's, unchanged, is now last.
        try write("b.jsonl", [Self.line("y", Self.body(4))], at: 2)
        let dropped = try sync()
        #expect(dropped.added == 1 && dropped.changed == 1 && dropped.deleted == 0)
        #expect(try version(of: "x") == 3)
        expectHealthy()

        // A later file brings a copy back, then disappears.
        try write("c.jsonl", [Self.line("x", Self.body(5))], at: 3)
        _ = try sync()
        #expect(try version(of: "x") == 5)
        try FileManager.default.removeItem(atPath: corpus + "/c.jsonl")
        let removed = try sync()
        #expect(removed.changed == 1 && removed.deleted == 0)
        #expect(try version(of: "x") == 3)
        expectHealthy()
    }

    /// Random corpus changes with repeated ids: after every update the index
    /// holds exactly the copies read last, passes its check, and counts what
    /// changed once per id.
    @Test(arguments: [3, 17] as [UInt64])
    func randomUpdatesKeepTheCopiesReadLast(seed: UInt64) throws {
        var generated = GeneratedCorpus(directory: corpus)
        try generated.create(fileCount: 6, articlesPerFile: 30)
        var random = GeneratedCorpus.Random(seed: seed)
        // A segment per update: replaced versions in earlier segments, both
        // versions in one when an update repeats an id, and merges past eight.
        let synchronizer = CorpusSynchronizer(corpus: corpus, index: index)
        var previous: ArticleVersions = [:]
        var segmentsWithTwoVersions = 0
        for step in 0..<12 {
            if step > 0 { try generated.update(&random) }
            let expected = generated.articles
            let summary = try synchronizer.synchronize(rebuild: step == 7, onDiagnostic: { _ in })
            #expect(try IndexContents.mismatch(index: index, expected: expected) == nil, "step \(step)")
            expectHealthy("step \(step)")
            for segment in try IndexReader(path: index).segments {
                let ids = try segment.store.allArticles().map(\.article.id)
                if Set(ids).count < ids.count { segmentsWithTwoVersions += 1 }
            }
            if step != 7 {
                let changed = expected.count { id, version in previous[id].map { $0 != version } ?? false }
                #expect(summary.added == expected.keys.count { previous[$0] == nil }, "step \(step)")
                #expect(summary.deleted == previous.keys.count { expected[$0] == nil }, "step \(step)")
                #expect(summary.changed >= changed, "step \(step)")
            }
            previous = expected
        }
        #expect(segmentsWithTwoVersions > 0, "no segment ever held two versions of an article: the test tests nothing new")
    }
}
