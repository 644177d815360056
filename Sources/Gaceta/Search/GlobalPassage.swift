/// A passage of an index snapshot: the index of its segment among the
/// reader's segments, and its number in that segment.
///
/// Both live in one integer, the segment above the passage, so that the top-k
/// collector orders and compares passages with one integer comparison, in
/// the order the snapshot holds them.
struct GlobalPassage: Hashable, Comparable, Sendable {
    let packed: UInt64

    init(segment: Int, number: UInt32) {
        packed = UInt64(segment) << 32 | UInt64(number)
    }

    var segment: Int { Int(packed >> 32) }
    /// The passage's number in its segment.
    var number: UInt32 { UInt32(truncatingIfNeeded: packed) }

    static func < (lhs: GlobalPassage, rhs: GlobalPassage) -> Bool {
        lhs.packed < rhs.packed
    }
}
