import Foundation
import Testing
@testable import Gaceta

/// `gaceta add`, `gaceta delete` and `gaceta optimize`: changing an index
/// without going through the corpus.
@Suite struct UpdateCommandTests {
    let scratch: TemporaryDirectory
    var index: String { scratch.path + "/index" }

    init() throws {
        scratch = try TemporaryDirectory()
    }

    static func line(_ id: String, _ body: String) -> String {
        #"{"id": "\#(id)", "title": "Title \#(id)", "body": "\#(body)", "lang": "en"}"#
    }

    func run(_ arguments: [String], input: String = "") throws -> GacetaProcess.Outcome {
        try GacetaProcess.run(arguments, in: scratch.path, input: input)
    }

    func ids() throws -> Set<String> {
        let reader = try IndexReader(path: index)
        var found: Set<String> = []
        for segment in reader.segments {
            for ordinal in 0..<segment.info.articles {
                let id = try segment.store.article(ordinal).article.id
                if try reader.contains(articleID: id) { found.insert(id) }
            }
        }
        return found
    }

    @Test func addReadsStandardInputReportsProblemsAndCreatesTheIndex() throws {
        let input = [Self.line("x1", "tariffs rose"), "not json", #"{"id": "x2", "title": "No body"}"#, Self.line("x3", "tariffs fell")]
            .joined(separator: "\n")
        let outcome = try run(["add"], input: input)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        let problems = outcome.standardError.split(separator: "\n")
        #expect(problems.count == 2)
        #expect(problems.first?.hasPrefix("/dev/stdin:2: error: invalid JSON") == true)
        #expect(problems.last == "/dev/stdin:3: warning: article has no body (`body` or `text`); skipped")
        #expect(outcome.standardOutput.hasPrefix("Added 2 articles (0 replaced) in "))
        #expect(outcome.standardOutput.hasSuffix("; index has 2 articles at ./index; 2 input problems reported above\n"))
        #expect(try ids() == ["x1", "x3"])
    }

    @Test func addReadsFilesOfEveryFormatAndReplaces() throws {
        try scratch.write("new/a.jsonl", Self.line("x1", "first version") + "\n")
        try scratch.write("new/b.md", "---\nid: x2\nlang: es\n---\nAranceles\n\nLos aranceles suben.\n")
        try scratch.write("new/c.jsonl.gz", bytes: GzipEncoder.gzip(Array((Self.line("x3", "compressed") + "\n").utf8)))
        try scratch.write("new/d.json", "[\(Self.line("x4", "an array")), \(Self.line("x1", "second version"))]")
        let first = try run(["add", "new/a.jsonl", "new/b.md", "new/c.jsonl.gz"])
        #expect(first.status == 0, "stderr: \(first.standardError)")
        #expect(first.standardOutput.hasPrefix("Added 3 articles (0 replaced)"))
        let second = try run(["add", "new/d.json"])
        #expect(second.standardOutput.hasPrefix("Added 2 articles (1 replaced)"))
        #expect(second.standardOutput.contains("index has 4 articles"))
        let reader = try IndexReader(path: index)
        #expect(try reader.article(id: "x1")?.body == "second version")
        #expect(try reader.article(id: "x2")?.language == .spanish)
    }

    @Test func addRefusesMissingDirectoriesAndUnknownFiles() throws {
        try scratch.write("new/notes.csv", "a,b")
        for (file, message) in [("missing.jsonl", "no such file"), ("new", "is a directory; give article files, or index a directory with `gaceta index --corpus`"), ("new/notes.csv", "not an article file")] {
            let outcome = try run(["add", file])
            #expect(outcome.status == 2)
            #expect(outcome.standardError.hasPrefix("gaceta: \(file): \(message)"))
            #expect(outcome.standardError.split(separator: "\n").count == 1)
        }
        #expect(!FileManager.default.fileExists(atPath: index))
    }

    @Test func strictAddCommitsNothingWhenTheInputHasAProblem() throws {
        _ = try run(["add"], input: Self.line("x1", "kept"))
        let generation = try IndexReader(path: index).generation
        let outcome = try run(["add", "--strict"], input: Self.line("x2", "good") + "\n" + #"{"id": "x3", "body": "b", "lang": "fr"}"#)
        #expect(outcome.status == 2)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.first?.hasPrefix("/dev/stdin:2: warning: unknown lang `fr`") == true)
        #expect(lines.last?.hasPrefix("gaceta: 1 problem in the input (above) and --strict is set; nothing was added") == true)
        #expect(try IndexReader(path: index).generation == generation)
        #expect(try ids() == ["x1"])

        let fresh = try GacetaProcess.run(["add", "--strict", "--index", "other"], in: scratch.path, input: "oops")
        #expect(fresh.status == 2)
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/other"))
    }

    @Test func addedArticlesSurviveIndexUpdatesButNotARebuild() throws {
        try scratch.write("corpus/news.jsonl", Self.line("c1", "corpus story") + "\n" + Self.line("c2", "another one") + "\n")
        #expect(try run(["index"]).status == 0)
        #expect(try run(["add"], input: Self.line("x1", "from elsewhere")).status == 0)
        try scratch.write("corpus/news.jsonl", Self.line("c1", "corpus story, changed") + "\n")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: scratch.path + "/corpus/news.jsonl")
        let update = try run(["index"])
        #expect(update.standardOutput.contains("1 deleted"), "\(update.standardOutput)")
        #expect(try ids() == ["c1", "x1"])
        #expect(try run(["index", "--rebuild"]).status == 0)
        #expect(try ids() == ["c1"])
    }

    @Test func deleteWarnsAboutUnknownIdsAndStrictRefuses() throws {
        _ = try run(["add"], input: [Self.line("x1", "one"), Self.line("x2", "two"), Self.line("x3", "three")].joined(separator: "\n"))
        let strict = try run(["delete", "--strict", "x1", "nope"])
        #expect(strict.status == 2)
        #expect(strict.standardError == "gaceta: not in ./index: `nope`; --strict is set, so nothing was deleted\n")
        #expect(try ids() == ["x1", "x2", "x3"])

        let outcome = try run(["delete", "x1", "nope", "x2", "x1"])
        #expect(outcome.status == 0)
        #expect(outcome.standardError == "gaceta: warning: no article with id `nope` in ./index; skipped\n")
        #expect(outcome.standardOutput.hasPrefix("Deleted 2 articles (1 id not in the index) in "))
        #expect(outcome.standardOutput.hasSuffix("; index has 1 article at ./index\n"))
        #expect(try ids() == ["x3"])

        let generation = try IndexReader(path: index).generation
        let nothing = try run(["delete", "nope"])
        #expect(nothing.status == 0)
        #expect(nothing.standardOutput == "Deleted 0 articles (1 id not in the index); the index at ./index was not changed\n")
        #expect(try IndexReader(path: index).generation == generation)
    }

    @Test(arguments: [["delete", "x1"], ["optimize"]])
    func deleteAndOptimizeNeedAnIndex(arguments: [String]) throws {
        let outcome = try run(arguments)
        #expect(outcome.status == 2)
        #expect(outcome.standardError == "gaceta: ./index: no index here; build one with `gaceta index`\n")
        #expect(!FileManager.default.fileExists(atPath: index))
    }

    @Test func optimizeLeavesOneSegmentWithoutDeletions() throws {
        for round in 0..<3 {
            let lines = (0..<5).map { Self.line("x\(round * 3 + $0)", "round \(round) article \($0)") }
            #expect(try run(["add"], input: lines.joined(separator: "\n")).status == 0)
        }
        let before = try IndexReader(path: index).statistics
        #expect(before.segments == 3 && before.deletedPassages == 4)
        let outcome = try run(["optimize"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix("Optimized ./index from 3 segments, "))
        #expect(outcome.standardOutput.contains(", 4 deleted passages to 1 segment, "))
        let after = try IndexReader(path: index).statistics
        #expect(after.segments == 1 && after.deletedPassages == 0 && after.articles == 11)
    }
}
