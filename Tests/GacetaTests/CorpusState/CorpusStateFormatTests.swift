import Foundation
import Testing
@testable import Gaceta

/// The corpus state's two layouts, root and state file: what is written
/// reads back, damage is refused with an error, never a crash or a wrong answer.
@Suite struct CorpusStateFormatTests {
    typealias Random = SplitMix64

    static func randomParts(_ random: inout Random) -> [[String: UInt64]] {
        // Few distinct ids, so that parts share some, as files sharing ids do.
        (0..<Int.random(in: 1...6, using: &random)).map { _ in
            var part: [String: UInt64] = [:]
            for _ in 0..<Int.random(in: 0...200, using: &random) {
                part["id-\(Int.random(in: 0..<300, using: &random))-é"] = random.next()
            }
            return part
        }
    }

    static func mapped(_ bytes: [UInt8], in scratch: TemporaryDirectory, name: String = "corpus-000001.state") throws -> MappedFile {
        try MappedFile(path: scratch.write(name, bytes: bytes))
    }

    @Test(.tags(.randomised))
    func stateFilesRoundTrip() throws {
        var random = Random(seed: TestSeed.resolve(71))
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        for round in 0..<20 {
            let parts = Self.randomParts(&random)
            let reader = try ArticleStateReader(file: Self.mapped(try ArticleStateFile.encode(parts: parts), in: scratch, name: "s\(round).state"))
            #expect(reader.partCount == parts.count)
            #expect(reader.recordCount == parts.reduce(0) { $0 + $1.count })
            for (number, part) in parts.enumerated() {
                let read = try reader.articles(ofPart: number)
                #expect(Dictionary(read, uniquingKeysWith: { first, _ in first }) == part)
                #expect(try reader.recordCount(ofPart: number) == part.count)
            }
            // Lookups in sorted order (galloping) and in random order (a stale hint).
            let ids = Set(parts.flatMap(\.keys)).union(["absent", "", "id-999"])
            var hint = 0
            for id in ids.sorted() + ids.shuffled(using: &random) {
                let expected = parts.enumerated().compactMap { number, part in part[id].map { ArticleStateReader.Holding(part: number, hash: $0) } }
                #expect(try reader.holdings(of: Array(id.utf8), hint: &hint) == expected, "\(id)")
            }
        }
    }

    @Test(.tags(.randomised))
    func rootsRoundTrip() throws {
        var random = Random(seed: TestSeed.resolve(72))
        for _ in 0..<50 {
            var root = CorpusStateRoot()
            for file in 0..<Int.random(in: 0...8, using: &random) {
                let parts = (0..<Int.random(in: 0...3, using: &random)).map { _ in
                    CorpusStateRoot.PartReference(stateFile: "corpus-00000\(Int.random(in: 1...4, using: &random)).state", part: Int.random(in: 0...9, using: &random))
                }
                root.files["dir/ñ-\(file).jsonl"] = CorpusStateRoot.FileEntry(
                    size: Int.random(in: 0...1 << 40, using: &random), modified: Int64.random(in: Int64.min...Int64.max, using: &random),
                    complete: Bool.random(using: &random), parts: parts)
            }
            #expect(try CorpusStateRoot.decode(root.encoded()) == root)
        }
    }

    @Test func anotherVersionIsRefusedAsSuch() throws {
        // Version 1 was JSON.
        let json = Array(#"{"files":{},"version":1}"#.utf8)
        #expect(throws: CorpusStateRoot.DecodingFailure.unknownVersion(UInt32(littleEndian: json.withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }))) {
            try CorpusStateRoot.decode(json)
        }
        var bytes = CorpusStateRoot().encoded()
        bytes[0] = 3
        #expect(throws: CorpusStateRoot.DecodingFailure.unknownVersion(3)) { try CorpusStateRoot.decode(bytes) }

        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        var file = try ArticleStateFile.encode(parts: [["a": 1]])
        file[8] = 9
        #expect { try ArticleStateReader(file: Self.mapped(file, in: scratch)) } throws: { ($0 as? IndexError)?.kind == .unsupportedVersion }
    }

    @Test func everyTruncatedRootIsRefused() throws {
        var root = CorpusStateRoot()
        root.files["a.jsonl"] = .init(size: 10, modified: 5, complete: true, parts: [.init(stateFile: "corpus-000002.state", part: 1)])
        root.files["b.md"] = .init(size: 300, modified: -5, complete: false, parts: [])
        let bytes = root.encoded()
        for length in 0..<bytes.count {
            #expect(throws: CorpusStateRoot.DecodingFailure.self) { try CorpusStateRoot.decode(Array(bytes.prefix(length))) }
        }
        #expect(throws: CorpusStateRoot.DecodingFailure.self) { try CorpusStateRoot.decode(bytes + [0]) }
    }

    /// Any byte of a state file changed: the checksum says so, and reading it
    /// regardless throws or reads on, within bounds.
    @Test(.tags(.randomised))
    func damagedStateFilesNeverCrashAReader() throws {
        var random = Random(seed: TestSeed.resolve(73))
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let original = try ArticleStateFile.encode(parts: Self.randomParts(&random))
        for trial in 0..<300 {
            var bytes = original
            let position = trial < 64 ? bytes.count - 1 - trial : Int.random(in: 0..<bytes.count, using: &random)
            bytes[position] ^= UInt8.random(in: 1...255, using: &random)
            let file = try Self.mapped(bytes, in: scratch, name: "d\(trial).state")
            // The end marker is checked by the frame, everything before it by the CRC.
            #expect(throws: IndexError.self) {
                _ = try FileEnvelope.payload(of: file.bytes, kind: .corpusState, file: file.path)
                try FileEnvelope.verifyChecksum(of: file.bytes, file: file.path)
            }
            guard let reader = try? ArticleStateReader(file: file) else { continue }
            var hint = 0
            for part in 0..<reader.partCount { _ = try? reader.articles(ofPart: part) }
            for id in ["id-1-é", "id-150-é", "zzz"] { _ = try? reader.holdings(of: Array(id.utf8), hint: &hint) }
        }
    }
}
