import Foundation
import Testing
@testable import Gaceta

/// Damaged files must give an `IndexError` naming the file, never a crash.
@Suite struct CorruptionTests {
    static func buildIndex() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        for index in 0..<300 {
            let words = (0..<40).map { "palabra\(($0 * 7 + index) % 97)" }.joined(separator: " ")
            writer.add(Article(id: "a\(index)", title: "Título \(index % 13)", body: words, language: index % 2 == 0 ? .spanish : .english))
        }
        writer.delete(articleID: "a7")
        try writer.commit()
        return directory
    }

    static func exercise(_ path: String) throws {
        let reader = try IndexReader(path: path)
        let searcher = Searcher(reader: reader)
        for query in ["palabra3", "palabra1 palabra50 titulo", "palabra96"] {
            for pruning in [true, false] {
                var options = SearchOptions()
                options.pruning = pruning
                _ = try searcher.search(query, options: options)
            }
        }
        _ = try reader.article(id: "a3")
    }

    static func files(in directory: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("seg-") || $0 == "gaceta.manifest" }.sorted()
    }

    /// Damage is a kind a program can act on, told without the advice of any
    /// one program (the `gaceta` tool adds its own).
    static func expectLibraryTerms(_ error: IndexError?, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let error else { return }
        #expect([.corrupt, .unsupportedVersion].contains(error.kind), "\(error)", sourceLocation: sourceLocation)
        #expect(!error.message.contains("gaceta "), "\(error)", sourceLocation: sourceLocation)
    }

    @Test func truncatedFilesAreRefusedOnOpen() throws {
        let directory = try Self.buildIndex()
        for name in try Self.files(in: directory) {
            let path = directory.path + "/" + name
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            for cut in [0, 5, original.count / 2, original.count - 1] {
                try original.prefix(cut).write(to: URL(fileURLWithPath: path))
                let error = #expect(throws: IndexError.self, "\(name) cut to \(cut) bytes") { try Self.exercise(directory.path) }
                #expect(error?.description.contains(name) == true || name == "gaceta.manifest")
                Self.expectLibraryTerms(error)
            }
            try original.write(to: URL(fileURLWithPath: path))
        }
        try Self.exercise(directory.path)
    }

    @Test(.tags(.randomised))
    func flippedBytesFailSearchWithAClearError() throws {
        let directory = try Self.buildIndex()
        var random = SplitMix64(seed: TestSeed.resolve(99))
        for name in try Self.files(in: directory) {
            let path = directory.path + "/" + name
            let original = try Data(contentsOf: URL(fileURLWithPath: path))
            for _ in 0..<25 {
                var damaged = original
                let offset = Int.random(in: 0..<damaged.count, using: &random)
                damaged[offset] ^= UInt8.random(in: 1...255, using: &random)
                try damaged.write(to: URL(fileURLWithPath: path))
                // A small index is checksummed whole on open: any damaged byte
                // fails the search with an error naming the file.
                let error = #expect(throws: IndexError.self, "\(name) byte \(offset)") { try Self.exercise(directory.path) }
                #expect(error?.description.contains(name) == true || name == Manifest.fileName, "\(String(describing: error))")
                Self.expectLibraryTerms(error)
            }
            try original.write(to: URL(fileURLWithPath: path))
        }
        try IndexReader(path: directory.path).verifyChecksums()
    }
}
