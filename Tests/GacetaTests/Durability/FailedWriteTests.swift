import Foundation
import Testing
@testable import Gaceta

/// A write that fails mid-commit ends with a clean `IndexError`, leaves the
/// previous commit intact and readable, and leaves nothing a new writer does
/// not sweep away. Tests run as root, whom permissions do not stop, so the
/// failures come from a name that is already taken, or from a file size limit.
@Suite struct FailedWriteTests {
    static func articles(_ range: Range<Int>, version: Int) -> ArticleVersions {
        Dictionary(uniqueKeysWithValues: range.map { ("c\($0)", version) })
    }

    static func add(_ articles: ArticleVersions, to writer: IndexWriter) {
        for (id, version) in articles.sorted(by: { $0.key < $1.key }) {
            writer.add(GeneratedCorpus.article(id: id, version: version))
        }
    }

    /// The commit after `committed`: half of its articles replaced, as many new.
    static let changes = articles(0..<50, version: 2).merging(articles(100..<150, version: 1)) { $1 }

    @Test func aFailedUserDataWriteKeepsThePreviousCommitAndStopsTheWriter() throws {
        let directory = try TemporaryDirectory()
        let committed = Self.articles(0..<100, version: 1)
        let writer = try IndexWriter(path: directory.path)
        Self.add(committed, to: writer)
        try writer.commit(userData: [1])
        let generation = try IndexReader(path: directory.path).generation

        // The next commit's user data file cannot be created: its name is taken.
        let obstacle = directory.path + "/commit-\(generation + 1).\(FileKind.userData.fileExtension)"
        try FileManager.default.createDirectory(atPath: obstacle, withIntermediateDirectories: false)
        Self.add(Self.articles(100..<150, version: 1), to: writer)
        let error = #expect(throws: IndexError.self) { try writer.commit(userData: [2]) }
        #expect(error?.kind == .io)
        #expect(error?.description.contains("cannot create") == true)
        #expect(try IndexContents.mismatch(index: directory.path, expected: committed) == nil)
        #expect(try IndexReader(path: directory.path).userData() == [1])

        // Its new segments are no longer tracked: committing again would
        // succeed without their articles, which would be lost unnoticed.
        try FileManager.default.removeItem(atPath: obstacle)
        let refusal = #expect(throws: IndexError.self) { try writer.commit() }
        #expect(refusal?.kind == .writerFailed)
        #expect(try IndexContents.mismatch(index: directory.path, expected: committed) == nil)
    }

    @Test func aFailedSegmentWriteKeepsThePreviousCommit() throws {
        let directory = try TemporaryDirectory()
        let committed = Self.articles(0..<100, version: 1)
        do {
            let writer = try IndexWriter(path: directory.path)
            Self.add(committed, to: writer)
            try writer.commit()
            // The next segment's first file cannot be created.
            let next = try IndexReader(path: directory.path).manifest.nextSegmentNumber
            try FileManager.default.createDirectory(atPath: directory.path + String(format: "/seg-%06d.terms", next), withIntermediateDirectories: false)
            Self.add(Self.changes, to: writer)
            let error = #expect(throws: IndexError.self) { try writer.commit() }
            #expect(error?.kind == .io)
            #expect(try IndexContents.mismatch(index: directory.path, expected: committed) == nil)
        }
        // A new writer sweeps the obstacle and whatever the failed commit wrote, and works.
        let writer = try IndexWriter(path: directory.path)
        #expect(try IndexContents.unreferencedFiles(index: directory.path) == [])
        Self.add(Self.changes, to: writer)
        try writer.commit()
        #expect(try IndexContents.mismatch(index: directory.path, expected: committed.merging(Self.changes) { $1 }) == nil)
    }

    /// `ulimit -f` in the shell that runs `gaceta`, with SIGXFSZ ignored, so
    /// that writes past the limit fail with EFBIG instead of killing it.
    @Test func aFileSizeLimitFailsTheCommandCleanly() throws {
        let scratch = try TemporaryDirectory()
        var corpus = GeneratedCorpus(directory: scratch.path + "/corpus")
        try corpus.create(fileCount: 2, articlesPerFile: 20)
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let committed = corpus.articles
        var random = GeneratedCorpus.Random(seed: 5)
        while corpus.articles.count < 1000 { try corpus.update(&random) }

        let limited = try GacetaProcess.start(
            ["-c", #"trap '' XFSZ; ulimit -f 16 && exec "$0" "$@""#, GacetaProcess.executable.path, "index"],
            in: scratch.path, program: URL(fileURLWithPath: "/bin/sh")
        ).wait()
        #expect(limited.status == 2)
        // The corpus repeats ids, which `gaceta index` warns about.
        let lines = limited.standardError.split(separator: "\n").filter { !$0.contains(": warning: duplicate id") }
        #expect(lines.count == 1, "\(limited.standardError)")
        #expect(lines.first?.hasPrefix("gaceta: ./index/") == true)
        #expect(lines.first?.contains("File too large") == true, "\(limited.standardError)")
        #expect(try IndexContents.mismatch(index: scratch.path + "/index", expected: committed) == nil)

        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        #expect(try IndexContents.mismatch(index: scratch.path + "/index", expected: corpus.articles) == nil)
        #expect(try IndexContents.unreferencedFiles(index: scratch.path + "/index") == [])
    }
}
