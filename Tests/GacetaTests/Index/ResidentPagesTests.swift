import Foundation
import Testing
@testable import Gaceta

/// A writer reading segments to merge them drops their pages as it goes:
/// the pages leave the process, the bytes read stay the same.
@Suite struct ResidentPagesTests {
    /// This process's resident kilobytes of its mappings of `path`, from /proc.
    private func residentKilobytes(of path: String) throws -> Int {
        // Read to the end: /proc files report no size, and a read by size stops short.
        let data = try FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/smaps")).readToEnd() ?? Data()
        let maps = String(decoding: data, as: UTF8.self)
        var total = 0
        var inFile = false
        for line in maps.split(separator: "\n") {
            let fields = line.split(separator: " ")
            // A mapping's line starts with its address range; its fields follow.
            if let range = fields.first, range.contains("-"), range.allSatisfy({ $0.isHexDigit || $0 == "-" }) {
                inFile = fields.last.map(String.init) == path
            } else if inFile, fields.first == "Rss:", fields.count > 1 {
                total += Int(fields[1]) ?? 0
            }
        }
        return total
    }

    @Test func droppedPagesLeaveTheProcessAndReadTheSame() throws {
        guard FileManager.default.fileExists(atPath: "/proc/self/smaps") else { return }
        var random = SplitMix64(seed: TestSeed.resolve(91))
        let bytes = (0..<(2 << 20)).map { _ in UInt8.random(in: 0...255, using: &random) }
        let directory = try TemporaryDirectory()
        // /proc names the mapping by its resolved path.
        let path = URL(fileURLWithPath: directory.path + "/mapped").resolvingSymlinksInPath().path
        try DurableFile.write(bytes, to: path)
        let file = try MappedFile(path: path)
        #expect(Array(file.bytes) == bytes)
        #expect(try residentKilobytes(of: path) >= 3 << 9)
        file.dropResidentPages()
        #expect(try residentKilobytes(of: path) == 0)
        #expect(Array(file.bytes) == bytes)
    }

    /// Dropping the inputs' pages after every term writes the same files as
    /// dropping them rarely: reads after a drop see the same bytes.
    @Test(.tags(.randomised))
    func mergeDroppingAfterEveryTermWritesTheSameSegment() throws {
        var random = SplitMix64(seed: TestSeed.resolve(92))
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        // A buffer this small flushes every article: a segment each, never merged.
        configuration.ramBudgetBytes = 20_000
        configuration.mergeFactor = 1_000
        let writer = try IndexWriter(path: directory.path, configuration: configuration)
        for index in 0..<200 { writer.add(SearcherOracleTests.article(id: "a\(index % 150)", &random)) }
        try writer.commit()
        writer.close()
        let manifest = try IndexReader.readManifest(directory: directory.path)
        #expect(manifest.segments.count > 2)
        let readers = try manifest.segments.map { try SegmentReader(info: $0, directory: directory.path) }
        let rarely = try SegmentMerger.merge(readers, name: "seg-900000", directory: directory.path)
        let always = try SegmentMerger.merge(readers, name: "seg-900001", directory: directory.path, dropEvery: 1)
        #expect(rarely.passages == manifest.segments.reduce(0) { $0 + $1.livePassages })
        for kind in [FileKind.terms, .postings, .positions, .passages, .store] {
            let expected = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + rarely.fileName(kind)))
            let actual = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + always.fileName(kind)))
            #expect(actual == expected, "\(kind)")
        }
    }
}
