import Foundation
import Testing
@testable import Gaceta

/// A block's (frequency, length) pairs bound every passage of the block, for
/// any BM25 parameters, and are exact while the frontier fits.
@Suite struct BlockImpactsTests {
    private func saturation(_ frequency: Int, _ length: Int, k1: Double, b: Double, average: Double) -> Double {
        BM25(k1: k1, b: b).saturation(termFrequency: frequency, length: length, averageLength: average)
    }

    /// 500 random blocks (times GACETA_FUZZ_SCALE).
    @Test(.tags(.randomised, .long))
    func pairsBoundEveryPassageForAnyParameters() throws {
        var random = SplitMix64(seed: TestSeed.resolve(20261127))
        for round in 0..<TestSize.rounds(500) {
            let count = Int.random(in: 1...128, using: &random)
            let passages = (0..<count).map { _ in
                let length = Int.random(in: 1...(round % 2 == 0 ? 60 : 2000), using: &random)
                return (frequency: Int.random(in: 1...min(length, 12), using: &random), length: length)
            }
            let impacts = BlockImpacts(frontierOf: passages)
            #expect(impacts.isWellFormed)
            #expect(passages.allSatisfy { impacts.bounds(frequency: $0.frequency, length: $0.length) })
            for _ in 0..<5 {
                let k1 = Double.random(in: 0.1...3, using: &random)
                let b = Double.random(in: 0...1, using: &random)
                let average = Double.random(in: 5...500, using: &random)
                let best = passages.map { saturation($0.frequency, $0.length, k1: k1, b: b, average: average) }.max()!
                let bound = impacts.maximum { saturation($0, $1, k1: k1, b: b, average: average) }
                #expect(bound >= best)
            }
        }
    }

    @Test func aShortFrontierIsExact() {
        let passages: [(frequency: Int, length: Int)] = [(1, 8), (3, 40), (3, 45), (2, 9), (7, 200), (1, 300)]
        let impacts = BlockImpacts(frontierOf: passages)
        let best = passages.map { saturation($0.frequency, $0.length, k1: 1.2, b: 0.75, average: 50) }.max()!
        #expect(impacts.maximum { saturation($0, $1, k1: 1.2, b: 0.75, average: 50) } == best)
        // The frontier: (1, 8), (2, 9), (3, 40), (7, 200).
        #expect(impacts.bounds(frequency: 2, length: 9) && !impacts.bounds(frequency: 2, length: 8))
        #expect(!impacts.bounds(frequency: 8, length: 1000))
    }

    @Test func aLongFrontierIsNarrowedToItsCapacity() {
        let passages = (1...20).map { (frequency: $0, length: $0 * 10) }
        let impacts = BlockImpacts(frontierOf: passages)
        #expect(impacts.isWellFormed)
        #expect(passages.allSatisfy { impacts.bounds(frequency: $0.frequency, length: $0.length) })
        var used = 0
        _ = impacts.maximum { _, _ in
            used += 1
            return 0
        }
        #expect(used == BlockImpacts.capacity)
    }

    @Test func encodingRoundTrips() {
        let impacts = BlockImpacts(frontierOf: [(4, 90), (1, 3), (2, 30)])
        var writer = ByteWriter()
        impacts.encode(into: &writer)
        #expect(writer.bytes.count == BlockImpacts.encodedSize)
        let decoded = writer.bytes.withUnsafeBytes { BlockImpacts(loading: $0, at: 0) }
        #expect(decoded == impacts)
    }
}
