/// Every term occurrence of a `SegmentBuffer`, in the order added: the term
/// id and position of each, and where each passage's occurrences end.
///
/// Appending to one flat log touches memory in order, where a growing array
/// per term touched a different heap object for every occurrence;
/// `InvertedPostings` groups the log by term when the buffer is written.
/// Fixed-size blocks keep growth free of copies and make the bytes held exact.
struct OccurrenceLog {
    struct Occurrence {
        var term: UInt32
        var position: UInt32
    }

    static let blockSize = 1 << 16

    private(set) var fullBlocks: [[Occurrence]] = []
    private(set) var lastBlock: [Occurrence] = []
    /// Per passage, the number of occurrences logged up to its end.
    private(set) var passageEnds: [Int] = []

    var count: Int { fullBlocks.count * Self.blockSize + lastBlock.count }
    var passageCount: Int { passageEnds.count }
    /// Bytes held, for the writer's memory accounting.
    var memoryBytes: Int {
        (fullBlocks.count * Self.blockSize + lastBlock.capacity) * MemoryLayout<Occurrence>.stride
            + passageEnds.capacity * MemoryLayout<Int>.stride
    }

    mutating func append(term: Int, position: Int) {
        if lastBlock.count == Self.blockSize {
            fullBlocks.append(lastBlock)
            lastBlock = []
        }
        if lastBlock.isEmpty { lastBlock.reserveCapacity(Self.blockSize) }
        lastBlock.append(Occurrence(term: UInt32(term), position: UInt32(position)))
    }

    /// Closes the current passage: the occurrences since the last call are its own.
    mutating func endPassage() {
        passageEnds.append(count)
    }
}
