import Foundation
import Testing
@testable import Gaceta

/// `IndexChecker` finds damage in every file of an index without crashing,
/// and finds inconsistencies that checksums cannot see.
@Suite struct IndexCheckerTests {
    /// Three segments from three commits, terms with skip tables (more than
    /// 128 Spanish passages with "común" in the first segment), articles of
    /// one and two passages, dates, sources, both languages, and deletions in
    /// two segments. Kept small: every damaged copy is checked whole.
    static func buildIndex() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.minimumPassageWords = 1
        configuration.analysisThreads = 1
        let writer = try IndexWriter(path: directory.path, configuration: configuration)
        for index in 0..<200 {
            var body = "común palabra\(index % 17) dicho\(index % 5)."
            if index % 5 == 0 { body += "\n\nOtro párrafo \(index % 3)." }
            writer.add(Article(
                id: "a\(index)", title: "Noticia \(index % 13)", body: body,
                date: index % 3 == 0 ? nil : "2024-0\(index % 9 + 1)-1\(index % 10)", source: index % 2 == 0 ? "Diario del Norte" : nil,
                language: index % 5 == 1 ? .english : .spanish
            ))
        }
        writer.delete(articleID: "a7")
        try writer.commit()
        writer.add(Article(id: "late1", title: "Late news", body: "Something common happened.\n\nThen more.", language: .english))
        writer.add(Article(id: "late2", title: "Más noticias", body: "Algo común pasó.", date: "2025-01-02", language: .spanish))
        writer.delete(articleID: "a100")
        try writer.commit()
        writer.add(Article(id: "late3", title: "Last", body: "The last common word.", language: .english))
        writer.delete(articleID: "late1")
        try writer.commit()
        return directory
    }

    static func files(in directory: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix("seg-") || $0 == Manifest.fileName }.sorted()
    }

    /// Checks, expecting a problem naming `name` (or the manifest), and
    /// searches, which may throw `IndexError` but must not crash.
    static func expectProblem(in directory: TemporaryDirectory, naming name: String, _ what: String) {
        let report = IndexChecker(path: directory.path).check()
        #expect(report.problems.contains { $0.file == name || $0.file == Manifest.fileName }, "\(what): \(report.problems)")
        do {
            _ = try Searcher(reader: IndexReader(path: directory.path)).search("común palabra3 noticia dicho1")
        } catch is IndexError {
        } catch {
            Issue.record("\(what): search threw \(error)")
        }
    }

    @Test func aHealthyIndexHasNoProblem() throws {
        let directory = try Self.buildIndex()
        let report = IndexChecker(path: directory.path).check()
        #expect(report.problems == [])
        #expect(report.isHealthy)
        let manifest = try IndexReader.readManifest(directory: directory.path)
        #expect(report.segmentsChecked == manifest.segments.count)
        #expect(report.articlesChecked == manifest.segments.reduce(0) { $0 + $1.articles })
        #expect(report.passagesChecked == manifest.segments.reduce(0) { $0 + $1.passages })
        #expect(report.termsChecked > 50)
        #expect(report.postingsChecked > report.passagesChecked)
        let files = try Self.files(in: directory)
        #expect(files.contains { $0.hasSuffix(".deletions") })
        // At least one term has more than one block of postings, so skip tables are checked.
        let reader = try IndexReader(path: directory.path)
        var longest = 0
        for segment in reader.segments {
            try segment.terms.forEachTerm(withPrefix: [Field.body.rawValue]) { _, info in
                longest = max(longest, info.documentFrequency)
                return true
            }
        }
        #expect(longest > 128)
    }

    @Test func aMissingIndexIsOneProblem() throws {
        let directory = try TemporaryDirectory()
        let report = IndexChecker(path: directory.path).check()
        #expect(report.problems.map(\.file) == [Manifest.fileName])
    }

    @Test func everyTruncationIsFoundInEveryFile() throws {
        let directory = try Self.buildIndex()
        for name in try Self.files(in: directory) {
            let path = directory.path + "/" + name
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            for cut in Set([0, 11, original.count / 3, original.count - 9, original.count - 1]) where cut < original.count {
                try original.prefix(cut).write(to: URL(fileURLWithPath: path))
                Self.expectProblem(in: directory, naming: name, "\(name) cut to \(cut) bytes")
            }
            try FileManager.default.removeItem(atPath: path)
            Self.expectProblem(in: directory, naming: name, "\(name) removed")
            try original.write(to: URL(fileURLWithPath: path))
        }
        #expect(IndexChecker(path: directory.path).check().isHealthy)
    }

    @Test(.tags(.randomised))
    func everyFlippedByteIsFoundInEveryFile() throws {
        let directory = try Self.buildIndex()
        var random = SplitMix64(seed: TestSeed.resolve(7))
        for name in try Self.files(in: directory) {
            let path = directory.path + "/" + name
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            for offset in Self.sample(count: original.count, &random) {
                var damaged = original
                damaged[offset] ^= UInt8.random(in: 1...255, using: &random)
                try damaged.write(to: URL(fileURLWithPath: path))
                Self.expectProblem(in: directory, naming: name, "\(name) byte \(offset)")
            }
            try original.write(to: URL(fileURLWithPath: path))
        }
        #expect(IndexChecker(path: directory.path).check().isHealthy)
    }

    /// Every byte of a small file; the first and last 8 (frame and
    /// trailers) and 16 random ones of a larger one: every damaged copy is
    /// checked whole, which bounds how many the test can afford.
    static func sample(count: Int, _ random: inout SplitMix64) -> [Int] {
        guard count > 64 else { return Array(0..<count) }
        let ends = Array(0..<8) + Array(count - 8..<count)
        return ends + (0..<16).map { _ in Int.random(in: 8..<count - 8, using: &random) }
    }

    /// Damage behind valid checksums (the frame and manifest re-sealed)
    /// reaches every decoder: the checker must report or accept it, never crash.
    @Test(.tags(.randomised))
    func resealedGarbageNeverCrashesTheChecker() throws {
        let directory = try Self.buildIndex()
        var random = SplitMix64(seed: TestSeed.resolve(11))
        for name in try Self.files(in: directory) where name != Manifest.fileName {
            let path = directory.path + "/" + name
            let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            for round in 0..<10 {
                var damaged = original
                for _ in 0..<(round % 4 + 1) {
                    let offset = Int.random(in: FileEnvelope.headerSize..<damaged.count - FileEnvelope.footerSize, using: &random)
                    damaged[offset] = round % 5 == 0 ? 0xFF : UInt8.random(in: 0...255, using: &random)
                }
                try Self.reseal(name, with: damaged, in: directory)
                _ = IndexChecker(path: directory.path).check()
                do {
                    _ = try Searcher(reader: IndexReader(path: directory.path)).search("común palabra3 noticia dicho1")
                } catch is IndexError {}
            }
            try Self.reseal(name, with: original, in: directory)
        }
        #expect(IndexChecker(path: directory.path).check().problems == [])
    }

    @Test func inconsistenciesBehindValidChecksumsAreFound() throws {
        let directory = try Self.buildIndex()
        let manifest = try IndexReader.readManifest(directory: directory.path)
        let segment = manifest.segments[0]

        // Passage 1 moved to another article.
        let passages = segment.fileName(.passages)
        var table = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + passages)))
        let saved = table
        // The article column comes first, four bytes a passage.
        table[FileEnvelope.headerSize + 4] ^= 1
        try Self.reseal(passages, with: table, in: directory)
        #expect(IndexChecker(path: directory.path).check().problems.contains { $0.file == passages })
        try Self.reseal(passages, with: saved, in: directory)

        // A body length one token longer than its postings.
        table = saved
        // The body lengths follow the article column.
        table[FileEnvelope.headerSize + 4 * segment.passages] &+= 1
        try Self.reseal(passages, with: table, in: directory)
        let problems = IndexChecker(path: directory.path).check().problems
        #expect(problems.contains { $0.file == passages && $0.message.contains("body") })
        try Self.reseal(passages, with: saved, in: directory)

        // A skip entry whose frequency and length pairs no longer bound its
        // block: every passage is shorter than its first pair says.
        let postings = segment.fileName(.postings)
        let reader = try IndexReader(path: directory.path)
        let common = try #require(try reader.segments[0].terms.lookup(TermKey(field: .body, language: .spanish, term: "comun").bytes))
        try #require(common.documentFrequency > PostingsWriter.blockSize, "the term needs a skip table")
        var postingsBytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + postings)))
        let savedPostings = postingsBytes
        let firstPairLength = common.postingsOffset + 12 + 2
        postingsBytes[firstPairLength] = 0xFF
        postingsBytes[firstPairLength + 1] = 0x7F
        try Self.reseal(postings, with: postingsBytes, in: directory)
        #expect(IndexChecker(path: directory.path).check().problems.contains { $0.file == postings && $0.message.contains("does not bound") })
        try Self.reseal(postings, with: savedPostings, in: directory)

        // The manifest counts one article too many in a language.
        var edited = manifest
        edited.segments[0].articlesByLanguage["en", default: 0] += 1
        try Data(edited.encoded()).write(to: URL(fileURLWithPath: directory.path + "/" + Manifest.fileName))
        #expect(IndexChecker(path: directory.path).check().problems.contains { $0.file == Manifest.fileName && $0.message.contains("language") })
        try Data(manifest.encoded()).write(to: URL(fileURLWithPath: directory.path + "/" + Manifest.fileName))
        #expect(IndexChecker(path: directory.path).check().isHealthy)
    }

    /// Replaces a segment file, fixing its footer CRC and the manifest's
    /// size and CRC so that only deeper checks can find what changed.
    static func reseal(_ name: String, with bytes: [UInt8], in directory: TemporaryDirectory) throws {
        var bytes = bytes
        let crc = FileEnvelope.checksum(of: Array(bytes[..<(bytes.count - FileEnvelope.footerSize)]))
        withUnsafeBytes(of: crc.littleEndian) { bytes.replaceSubrange(bytes.count - 8..<bytes.count - 4, with: $0) }
        try Data(bytes).write(to: URL(fileURLWithPath: directory.path + "/" + name))
        var manifest = try IndexReader.readManifest(directory: directory.path)
        for index in manifest.segments.indices {
            for kind in FileKind.allCases where manifest.segments[index].fileName(kind) == name {
                manifest.segments[index].files[kind.rawValue] = FileRecord(size: bytes.count, crc32: FileEnvelope.checksum(of: bytes))
            }
        }
        try Data(manifest.encoded()).write(to: URL(fileURLWithPath: directory.path + "/" + Manifest.fileName))
    }

    @Test func theCommandExitsZeroWhenHealthyAndTwoNamingTheDamagedFile() throws {
        let directory = try Self.buildIndex()
        let healthy = try GacetaProcess.run(["check", "--index", directory.path], in: directory.path)
        #expect(healthy.status == 0, "\(healthy.standardError)")
        #expect(healthy.standardOutput.contains("healthy"))

        let manifest = try IndexReader.readManifest(directory: directory.path)
        let name = manifest.segments[1].fileName(.postings)
        let path = directory.path + "/" + name
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        bytes[bytes.count / 2] ^= 0x40
        try bytes.write(to: URL(fileURLWithPath: path))
        let damaged = try GacetaProcess.run(["check", "--index", directory.path], in: directory.path)
        #expect(damaged.status == 2)
        #expect((damaged.standardOutput + damaged.standardError).contains(name))

        let json = try GacetaProcess.run(["check", "--json", "--index", directory.path], in: directory.path)
        #expect(json.status == 2)
        #expect(json.standardOutput.contains("\"healthy\":false") && json.standardOutput.contains(name))
    }
}
