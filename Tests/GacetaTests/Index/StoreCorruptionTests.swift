import Foundation
import Testing
@testable import Gaceta

/// Damage to the store that its CRC cannot see (the file resealed with a
/// valid checksum): the reader refuses it with an error and `gaceta check`
/// names the store, instead of trusting the bytes.
@Suite struct StoreCorruptionTests {
    /// Reads the little-endian u32 or u64 at `offset`.
    static func load(_ bytes: [UInt8], at offset: Int, width: Int) -> Int {
        (0..<width).reduce(0) { $0 | Int(bytes[offset + $1]) << (8 * $1) }
    }

    static func store(_ bytes: inout [UInt8], _ value: Int, at offset: Int, width: Int) {
        for index in 0..<width { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    /// Trailer fields, as offsets from the trailer's start.
    enum Trailer {
        static let sourceCount = 8
        static let dictionarySize = 12
        static let passageOffsets = 32
    }

    @Test func damageBehindAValidChecksumIsRefused() throws {
        // 300 articles of 40 words: enough text for a dictionary.
        let directory = try CorruptionTests.buildIndex()
        // The larger of the two workers' segments: which worker takes which
        // batch depends on timing.
        let segment = try #require(IndexReader.readManifest(directory: directory.path).segments.max { $0.passages < $1.passages })
        let name = segment.fileName(.store)
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + name)))
        let trailer = original.count - FileEnvelope.footerSize - StoredFieldsWriter.trailerSize
        try #require(Self.load(original, at: trailer + Trailer.dictionarySize, width: 4) > 0, "the store needs a dictionary")
        let passageOffsets = Self.load(original, at: trailer + Trailer.passageOffsets, width: 8)
        let groups = (segment.passages + RecordOffsets.groupSize - 1) / RecordOffsets.groupSize
        try #require(groups >= 2)

        var damages: [(String, [UInt8])] = []
        var bytes = original
        // The dictionary's magic number.
        bytes[FileEnvelope.headerSize] ^= 0x40
        damages.append(("dictionary magic", bytes))
        bytes = original
        Self.store(&bytes, Self.load(original, at: trailer + Trailer.sourceCount, width: 4) + 1, at: trailer + Trailer.sourceCount, width: 4)
        damages.append(("one source more", bytes))
        bytes = original
        // The second group starts a byte late: every lookup still lies in
        // the section, only reading the records in order can tell.
        let secondGroup = passageOffsets + 8
        Self.store(&bytes, Self.load(original, at: secondGroup, width: 8) + 1, at: secondGroup, width: 8)
        damages.append(("group start", bytes))
        bytes = original
        Self.store(&bytes, 1 << 62, at: secondGroup, width: 8)
        damages.append(("group start past the file", bytes))
        bytes = original
        // Passage 1 ends before it starts.
        Self.store(&bytes, 0, at: passageOffsets + groups * 8 + 4, width: 4)
        damages.append(("passage end", bytes))

        for (what, damaged) in damages {
            try IndexCheckerTests.reseal(name, with: damaged, in: directory)
            let report = IndexChecker(path: directory.path).check()
            #expect(report.problems.contains { $0.file == name }, "\(what): \(report.problems)")
            #expect(throws: IndexError.self, "\(what)") {
                try CorruptionTests.exercise(directory.path)
                // The searches may not touch the damaged record; a merge reads them all.
                let reader = try IndexReader(path: directory.path)
                for segment in reader.segments {
                    try segment.store.forEachPassage { _ in }
                    _ = try segment.store.allArticles()
                }
            }
        }
        try IndexCheckerTests.reseal(name, with: original, in: directory)
        #expect(IndexChecker(path: directory.path).check().isHealthy)
    }
}
