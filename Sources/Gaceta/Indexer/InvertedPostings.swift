/// An `OccurrenceLog` grouped by term, for writing a segment.
///
/// A counting sort: occurrences are counted per term, the counts summed into
/// each term's start, and each occurrence scattered to its term's next slot.
/// The scatter is stable, so each term's passages and positions keep the
/// increasing order in which they were logged.
struct InvertedPostings {
    /// One term's postings as `PostingsWriter` takes them.
    struct Postings {
        var documents: [UInt32] = []
        var frequencies: [UInt32] = []
        var positions: [UInt32] = []
    }

    /// Bytes `init` allocates per occurrence and per term, which the buffer
    /// counts against the RAM budget before it needs them.
    static let bytesPerOccurrence = 8
    static let bytesPerTerm = 2 * MemoryLayout<Int>.stride

    /// Per term, where its occurrences start in `passages` and `positions`;
    /// one more entry closes the last term.
    private let starts: [Int]
    private let passages: [UInt32]
    private let positions: [UInt32]

    init(_ log: OccurrenceLog, termCount: Int) {
        var starts = [Int](repeating: 0, count: termCount + 1)
        for block in log.fullBlocks + [log.lastBlock] {
            for occurrence in block { starts[Int(occurrence.term) + 1] += 1 }
        }
        for term in 0..<termCount { starts[term + 1] += starts[term] }
        var next = starts
        var passages = [UInt32](repeating: 0, count: log.count)
        var positions = [UInt32](repeating: 0, count: log.count)
        var passage = 0
        var index = 0
        for block in log.fullBlocks + [log.lastBlock] {
            for occurrence in block {
                while index == log.passageEnds[passage] { passage += 1 }
                let slot = next[Int(occurrence.term)]
                next[Int(occurrence.term)] = slot + 1
                passages[slot] = UInt32(passage)
                positions[slot] = occurrence.position
                index += 1
            }
        }
        self.starts = starts
        self.passages = passages
        self.positions = positions
    }

    /// Replaces `postings` with those of `term`; reusing one value keeps the
    /// arrays' storage from term to term.
    func postings(of term: Int, into postings: inout Postings) {
        let range = starts[term]..<starts[term + 1]
        postings.documents.removeAll(keepingCapacity: true)
        postings.frequencies.removeAll(keepingCapacity: true)
        postings.positions.removeAll(keepingCapacity: true)
        for slot in range {
            let passage = passages[slot]
            if postings.documents.last == passage {
                postings.frequencies[postings.frequencies.count - 1] += 1
            } else {
                postings.documents.append(passage)
                postings.frequencies.append(1)
            }
        }
        postings.positions.append(contentsOf: positions[range])
    }
}
