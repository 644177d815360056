import Foundation
import Testing

/// The `gaceta` executable's contract: exit statuses, one-line errors, help.
@Suite struct CommandLineTests {
    private func expectOneLineError(_ outcome: GacetaProcess.Outcome, status: Int32, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(outcome.status == status, "stderr: \(outcome.standardError)", sourceLocation: sourceLocation)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(outcome.standardError)", sourceLocation: sourceLocation)
        #expect(lines.first?.hasPrefix("gaceta: ") == true, sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        ["search"],
        ["search", "--limit", "0", "tariffs"],
        ["search", "--lang", "fr", "tariffs"],
        ["search", "--batch", "tariffs"],
        ["index", "--ram-budget", "0"],
        ["show"],
        ["delete"],
        ["frobnicate"],
        ["--no-such-option"],
    ])
    func usageErrorsExitOne(arguments: [String]) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let outcome = try GacetaProcess.run(arguments, in: scratch.path)
        expectOneLineError(outcome, status: 1)
        #expect(outcome.standardError.contains("--help"))
    }

    @Test(arguments: [
        ["search", "tariffs"],
        ["search", "--json", "tariffs"],
        ["stats"],
        ["stats", "--json"],
        ["show", "some-id"],
    ])
    func aMissingIndexExitsTwo(arguments: [String]) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let outcome = try GacetaProcess.run(arguments, in: scratch.path)
        expectOneLineError(outcome, status: 2)
        #expect(outcome.standardError.contains("gaceta index"))
        #expect(outcome.standardOutput.isEmpty)
    }

    @Test(arguments: ["index", "search", "stats", "show", "add", "delete", "optimize"])
    func everyCommandsHelpHasExamples(command: String) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let outcome = try GacetaProcess.run([command, "--help"], in: scratch.path)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Examples:"))
        #expect(outcome.standardOutput.contains("gaceta \(command)"))
    }

    @Test func indexingReportsBadInputAndStillSucceeds() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try scratch.write("corpus/news.jsonl", """
            {"id": "a", "title": "Aranceles", "body": "Los aranceles suben."}
            {"id": "b", "title": "No body"}
            not json
            """)
        let outcome = try GacetaProcess.run(["index"], in: scratch.path)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.contains("./corpus/news.jsonl:2: warning: article has no body"))
        #expect(outcome.standardError.contains("./corpus/news.jsonl:3: error: invalid JSON"))
        // Piped standard error: no progress bar escapes.
        #expect(!outcome.standardError.contains("\u{1B}"))
        let summary = outcome.standardOutput.split(separator: "\n")
        #expect(summary.count == 1)
        #expect(summary.first?.hasPrefix("Indexed ") == true)
        #expect(summary.first?.contains("at ./index") == true)
    }

    @Test func strictRefusesACorpusWithProblemsAndLeavesTheIndexAlone() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try scratch.write("corpus/news.jsonl", #"{"id": "a", "title": "Tariffs", "body": "Tariffs rose.", "lang": "fr"}"#)
        let outcome = try GacetaProcess.run(["index", "--strict", "--index", "strict-index"], in: scratch.path)
        #expect(outcome.status == 2)
        let lines = outcome.standardError.split(separator: "\n")
        #expect(lines.first?.hasPrefix("./corpus/news.jsonl:1: warning: unknown lang `fr`") == true)
        #expect(lines.last?.hasPrefix("gaceta: 1 problem in ./corpus") == true)
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/strict-index"))
    }

    @Test func aCorpusWithoutArticlesIsAnError() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try scratch.write("corpus/notes.csv", "a,b")
        let outcome = try GacetaProcess.run(["index"], in: scratch.path)
        expectOneLineError(outcome, status: 2)
        #expect(outcome.standardError.contains("no articles found in ./corpus"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/index"))
    }

    @Test func aMissingCorpusIsAnError() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let outcome = try GacetaProcess.run(["index", "--corpus", "elsewhere"], in: scratch.path)
        expectOneLineError(outcome, status: 2)
        #expect(outcome.standardError.contains("elsewhere: no corpus directory here; pass --corpus DIR or set GACETA_CORPUS"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/index"))
    }

    /// The library's errors say what happened; the tool adds which of its
    /// commands repairs the index.
    @Test(arguments: [
        ("seg-000001.postings", "GACETA", "NOTGAC", "run `gaceta check`, then rebuild the index with `gaceta index --rebuild`"),
        ("gaceta.manifest", "GACETA-MANIFEST 1 ", "GACETA-MANIFEST 9 ", "rebuild the index with this version: `gaceta index --rebuild`"),
    ])
    func aDamagedIndexNamesTheCommandsThatRepairIt(file: String, original: String, replacement: String, advice: String) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try scratch.write("corpus/news.jsonl", #"{"id": "a", "title": "Aranceles", "body": "Los aranceles suben."}"#)
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let path = scratch.path + "/index/" + file
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let range = try #require(bytes.range(of: Data(original.utf8)))
        bytes.replaceSubrange(range, with: Data(replacement.utf8))
        try bytes.write(to: URL(fileURLWithPath: path))
        let outcome = try GacetaProcess.run(["search", "aranceles"], in: scratch.path)
        expectOneLineError(outcome, status: 2)
        #expect(outcome.standardError.hasPrefix("gaceta: ./index/\(file): "))
        #expect(outcome.standardError.hasSuffix("; \(advice)\n"), "stderr: \(outcome.standardError)")
    }

    @Test func theCorpusAndIndexDefaultToTheEnvironment() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        try scratch.write("articles/one.md", "Title\nBody")
        let outcome = try GacetaProcess.run(["index"], in: scratch.path,
            environment: ["GACETA_CORPUS": "articles", "GACETA_INDEX": "idx"])
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardOutput.contains("at idx"))
    }
}
