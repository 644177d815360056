/// The (term frequency, field length) pairs that bound every passage of one
/// postings block: each passage has at most the frequency and at least the
/// length of one of the pairs. BM25 grows with the frequency and falls with
/// the length, so no passage of the block scores more than the best pair,
/// whatever k1, b and average length the query uses.
///
/// The pairs are the Pareto frontier of the block's passages. A single pair
/// (highest frequency, shortest length) is a loose bound: the most frequent
/// and the shortest passage are rarely the same one, and with BM25's
/// saturation that bound sits near the top score of every block. A frontier
/// longer than `capacity` is narrowed by merging neighbours into the pair that
/// dominates both, which is still a bound (docs/FORMAT.md, "Postings").
struct BlockImpacts: Equatable, Sendable {
    static let capacity = 4
    /// Bytes the pairs take in a `SkipEntry`: per pair, the frequency (u16) then the length (u16).
    static let encodedSize = capacity * 4

    /// Pair `i` is `(frequencies[i], lengths[i])`, by increasing frequency and
    /// length; unused pairs, after the used ones, have frequency 0.
    private(set) var frequencies = SIMD4<UInt16>()
    private(set) var lengths = SIMD4<UInt16>()

    /// One pair: the bound of a term without a skip table.
    init(frequency: Int, length: Int) {
        frequencies[0] = UInt16(clamping: frequency)
        lengths[0] = UInt16(clamping: length)
    }

    /// The narrowed frontier of `passages` (frequency ≥ 1, length), which
    /// must not be empty. Frequencies never exceed lengths, which are 16-bit.
    init(frontierOf passages: [(frequency: Int, length: Int)]) {
        precondition(!passages.isEmpty && passages.allSatisfy { $0.frequency >= 1 && $0.frequency <= Int(UInt16.max) })
        var frontier = Self.frontier(of: passages)
        let averageLength = Double(passages.reduce(0) { $0 + $1.length }) / Double(passages.count)
        while frontier.count > Self.capacity {
            // Merge the neighbours whose merged pair raises the bound least,
            // judged at typical BM25 parameters: the choice only decides how
            // tight the bound is, never whether it holds.
            var best = (index: 0, excess: Double.infinity)
            for index in 0..<(frontier.count - 1) {
                let low = frontier[index]
                let high = frontier[index + 1]
                let merged = Self.typicalScore(frequency: high.frequency, length: low.length, averageLength: averageLength)
                let excess = merged - max(
                    Self.typicalScore(frequency: low.frequency, length: low.length, averageLength: averageLength),
                    Self.typicalScore(frequency: high.frequency, length: high.length, averageLength: averageLength)
                )
                if excess < best.excess { best = (index, excess) }
            }
            frontier[best.index] = (frontier[best.index + 1].frequency, frontier[best.index].length)
            frontier.remove(at: best.index + 1)
        }
        for (index, pair) in frontier.enumerated() {
            frequencies[index] = UInt16(pair.frequency)
            lengths[index] = UInt16(pair.length)
        }
    }

    /// The Pareto frontier by increasing frequency and length: a passage is on
    /// it when it is shorter than every more frequent one. Frequencies are
    /// small, so the shortest length of each is kept in a table indexed by
    /// frequency rather than found by sorting (a block's frontier is built
    /// for every block written, merges included).
    private static func frontier(of passages: [(frequency: Int, length: Int)]) -> [(frequency: Int, length: Int)] {
        let highest = passages.reduce(0) { max($0, $1.frequency) }
        var frontier: [(frequency: Int, length: Int)] = []
        withUnsafeTemporaryAllocation(of: Int.self, capacity: highest + 1) { shortest in
            shortest.initialize(repeating: Int.max)
            for passage in passages {
                shortest[passage.frequency] = min(shortest[passage.frequency], min(passage.length, Int(UInt16.max)))
            }
            var best = Int.max
            for frequency in stride(from: highest, through: 1, by: -1) where shortest[frequency] < best {
                best = shortest[frequency]
                frontier.append((frequency, best))
            }
        }
        frontier.reverse()
        return frontier
    }

    /// Reads the pairs at `offset` of `bytes`, which the caller has checked.
    init(loading bytes: UnsafeRawBufferPointer, at offset: Int) {
        for index in 0..<Self.capacity {
            frequencies[index] = bytes.loadUnaligned(fromByteOffset: offset + index * 4, as: UInt16.self).littleEndian
            lengths[index] = bytes.loadUnaligned(fromByteOffset: offset + index * 4 + 2, as: UInt16.self).littleEndian
        }
    }

    func encode(into writer: inout ByteWriter) {
        for index in 0..<Self.capacity {
            writer.appendUInt16(frequencies[index])
            writer.appendUInt16(lengths[index])
        }
    }

    /// The highest `score` of a pair: a bound of the block's scores when
    /// `score` grows with the frequency and falls with the length.
    func maximum(_ score: (_ frequency: Int, _ length: Int) -> Double) -> Double {
        var best = 0.0
        for index in 0..<Self.capacity where frequencies[index] > 0 {
            best = max(best, score(Int(frequencies[index]), Int(lengths[index])))
        }
        return best
    }

    /// Calls `body` with every pair, by increasing frequency and length.
    func forEachPair(_ body: (_ frequency: Int, _ length: Int) -> Void) {
        for index in 0..<Self.capacity where frequencies[index] > 0 {
            body(Int(frequencies[index]), Int(lengths[index]))
        }
    }

    /// Whether a passage with `frequency` and `length` is bounded by a pair.
    func bounds(frequency: Int, length: Int) -> Bool {
        (0..<Self.capacity).contains { index in
            frequencies[index] > 0 && frequency <= Int(frequencies[index]) && min(length, Int(UInt16.max)) >= Int(lengths[index])
        }
    }

    /// Whether the pairs are as the writer leaves them: at least one, used
    /// ones first, frequencies and lengths strictly increasing.
    var isWellFormed: Bool {
        guard frequencies[0] > 0 else { return false }
        for index in 1..<Self.capacity {
            if frequencies[index] == 0 {
                if lengths[index] != 0 { return false }
                continue
            }
            if frequencies[index - 1] == 0 || frequencies[index] <= frequencies[index - 1]
                || lengths[index] <= lengths[index - 1] { return false }
        }
        return true
    }

    private static func typicalScore(frequency: Int, length: Int, averageLength: Double) -> Double {
        let tf = Double(frequency)
        return tf / (tf + 0.25 + 0.75 * Double(length) / max(averageLength, 1))
    }
}
