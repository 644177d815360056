/// A set of one segment's passages, one bit each: counting the union of many
/// postings lists costs one bit per posting and a population count.
struct PassageBitSet {
    private var words: [UInt64]

    init(passageCount: Int) {
        words = [UInt64](repeating: 0, count: (passageCount + 63) / 64)
    }

    /// `passage` must be below the segment's passage count, as every posting
    /// a `PostingsCursor` yields is.
    mutating func insert(_ passage: UInt32) {
        words[Int(passage >> 6)] |= 1 << UInt64(passage & 63)
    }

    /// Removes the members of `other`, a set of the same segment.
    mutating func subtract(_ other: PassageBitSet) {
        for index in words.indices { words[index] &= ~other.words[index] }
    }

    /// Members not marked in `deletions`.
    func count(excluding deletions: DeletionSet?) -> Int {
        var count = words.reduce(0) { $0 + $1.nonzeroBitCount }
        guard let deletions else { return count }
        // The deletion bitmap numbers bits the same way, a byte at a time.
        for (index, deleted) in deletions.bits.enumerated() where deleted != 0 {
            let members = UInt8(truncatingIfNeeded: words[index >> 3] >> UInt64((index & 7) * 8))
            count -= (members & deleted).nonzeroBitCount
        }
        return count
    }
}
