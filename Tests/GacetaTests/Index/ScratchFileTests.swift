import Foundation
import Testing
@testable import Gaceta

@Suite struct ScratchFileTests {
    /// What goes in comes back in order, whatever the chunk size, and the
    /// file is never seen in its directory.
    @Test(arguments: [1, 7, 4096, 1 << 20])
    func bytesComeBackInOrder(chunkSize: Int) throws {
        let directory = try TemporaryDirectory()
        var scratch = try ScratchFile(path: directory.path + "/scratch")
        defer { scratch.discard() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        var random = SplitMix64(seed: TestSeed.resolve(17))
        var expected: [UInt8] = []
        for length in [0, 1, 100, 5000, 70_000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            try scratch.append(bytes)
            expected += bytes
        }
        #expect(scratch.count == expected.count)
        var read: [UInt8] = []
        try scratch.forEachChunk(of: chunkSize) { chunk in
            #expect(chunk.count <= chunkSize)
            read += chunk
        }
        #expect(read == expected)
    }
}
