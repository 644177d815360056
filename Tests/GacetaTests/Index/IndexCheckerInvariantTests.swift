import Foundation
import Testing
@testable import Gaceta

/// What `IndexChecker` requires of article ids and of the commit's user
/// data (docs/FORMAT.md, "Checking an index"): replaced versions kept as
/// deleted articles are healthy, an id live twice is not, and the user data
/// file must be intact.
@Suite struct IndexCheckerInvariantTests {
    static func article(_ id: String, _ body: String) -> Article {
        Article(id: id, title: "Title \(id)", body: body, language: .english)
    }

    /// One segment holding `a2` twice (the first version deleted) and `a3`
    /// deleted, from a single commit: one analysis thread puts every
    /// addition in the same buffer.
    static func buildReplacedWithinOneCommit() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.analysisThreads = 1
        let writer = try IndexWriter(path: directory.path, configuration: configuration)
        for number in 1...5 { writer.add(article("a\(number)", "first words of article \(number)")) }
        writer.add(article("a2", "corrected words of article two"))
        writer.delete(articleID: "a3")
        try writer.commit()
        return directory
    }

    /// The manifest as if nothing had been deleted: every article live again.
    static func undeleteEverything(in directory: TemporaryDirectory) throws {
        var manifest = try IndexReader.readManifest(directory: directory.path)
        for index in manifest.segments.indices {
            var info = manifest.segments[index]
            guard info.deletedArticles > 0 else { continue }
            info.articlesByLanguage["en", default: 0] += info.deletedArticles
            (info.deletedPassages, info.deletedArticles, info.deletedBodyLength, info.deletedTitleLength) = (0, 0, 0, 0)
            info.deletionsGeneration = nil
            info.files[FileKind.deletions.rawValue] = nil
            manifest.segments[index] = info
        }
        try Data(manifest.encoded()).write(to: URL(fileURLWithPath: directory.path + "/" + Manifest.fileName))
    }

    @Test func replacedVersionsInTheSameSegmentAreHealthy() throws {
        let directory = try Self.buildReplacedWithinOneCommit()
        let manifest = try IndexReader.readManifest(directory: directory.path)
        try #require(manifest.segments.count == 1)
        #expect(manifest.segments[0].articles == 6 && manifest.segments[0].deletedArticles == 2)
        #expect(IndexChecker(path: directory.path).check().problems == [])

        let statistics = try IndexWriter(path: directory.path).optimize()
        #expect(statistics.articles == 4 && statistics.deletedPassages == 0)
        #expect(IndexChecker(path: directory.path).check().problems == [])
    }

    @Test func anIdLiveTwiceInOneSegmentIsReported() throws {
        let directory = try Self.buildReplacedWithinOneCommit()
        try Self.undeleteEverything(in: directory)
        let problems = IndexChecker(path: directory.path).check().problems
        #expect(problems.contains { $0.file == "seg-000001.store" && $0.message.contains("'a2' is live twice") }, "\(problems)")
        // a3 had one version: live again, but live once.
        #expect(!problems.contains { $0.message.contains("'a3'") }, "\(problems)")
    }

    @Test func anIdLiveInTwoSegmentsIsReported() throws {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        writer.add(Self.article("x", "the first version"))
        writer.add(Self.article("y", "another article"))
        writer.add(Self.article("z", "one more article"))
        try writer.commit()
        writer.add(Self.article("x", "the second version"))
        try writer.commit()
        #expect(IndexChecker(path: directory.path).check().problems == [])

        try Self.undeleteEverything(in: directory)
        let problems = IndexChecker(path: directory.path).check().problems
        #expect(problems.contains { $0.message.contains("'x' is live here and in seg-000001") }, "\(problems)")
        #expect(problems.count == 1, "\(problems)")
    }

    // MARK: - User data

    /// An index built from a small corpus, and its corpus state file's name.
    static func buildFromCorpus() throws -> (index: TemporaryDirectory, userData: String) {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        try corpus.write("a.jsonl", RepeatedArticleIDTests.line("a1", "tariffs on steel") + RepeatedArticleIDTests.line("a2", "rain on the coast"))
        let index = try TemporaryDirectory()
        _ = try CorpusSynchronizer(corpus: corpus.path, index: index.path).synchronize(onDiagnostic: { _ in })
        let name = try #require(try IndexReader.readManifest(directory: index.path).userDataFile)
        return (index, name)
    }

    static func problems(_ index: String, _ content: IndexChecker.UserDataContent) -> [IndexProblem] {
        IndexChecker(path: index, userData: content).check().problems
    }

    @Test func aDamagedCorpusStateIsReported() throws {
        let (directory, name) = try Self.buildFromCorpus()
        let index = directory.path
        let path = index + "/" + name
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(Self.problems(index, .corpusState) == [])

        // Any changed byte, in the frame or the JSON, fails the frame or the CRC.
        var random = SplitMix64(seed: 16)
        for offset in IndexCheckerTests.sample(count: original.count, &random) {
            var damaged = original
            damaged[offset] ^= UInt8.random(in: 1...255, using: &random)
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            for content in [IndexChecker.UserDataContent.opaque, .corpusState] {
                let problems = Self.problems(index, content)
                #expect(problems.map(\.file) == [name], "byte \(offset): \(problems)")
            }
        }

        // Garbage behind a valid frame and CRC is only wrong for a corpus state.
        let garbage = Array(original[..<FileEnvelope.headerSize]) + Array(#"{"files": 3}"#.utf8) + [0, 0, 0, 0] + Array("GEND".utf8)
        try IndexCheckerTests.reseal(name, with: garbage, in: directory)
        #expect(Self.problems(index, .opaque) == [])
        #expect(Self.problems(index, .corpusState).contains { $0.file == name && $0.message.contains("corpus state") })
        let check = try GacetaProcess.run(["check", "--index", index], in: index)
        #expect(check.status == 2 && check.standardOutput.contains(name), "\(check.standardOutput)")

        try FileManager.default.removeItem(atPath: path)
        #expect(Self.problems(index, .opaque).map(\.file) == [name])
    }

    @Test func aUserDataFileNamedOutsideTheIndexIsNotRead() throws {
        let (directory, _) = try Self.buildFromCorpus()
        let index = directory.path
        var manifest = try IndexReader.readManifest(directory: index)
        for name in ["../corpus/a.jsonl", "commit-0.data", "commit-\(manifest.generation + 1).data", "commit-01.data"] {
            manifest.userDataFile = name
            try Data(manifest.encoded()).write(to: URL(fileURLWithPath: index + "/" + Manifest.fileName))
            let problems = Self.problems(index, .corpusState)
            #expect(problems.count == 1 && problems[0].file == Manifest.fileName && problems[0].message.contains("user data"), "\(name): \(problems)")
        }
    }
}
