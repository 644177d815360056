/// Which passage of an index, as ranking names it.
///
/// Stable for one commit of the index (a later commit keeps it while the
/// passage's segment is not merged away), and written `<segment>:<passage>`,
/// the form of `SearchHit.passageID`.
public struct PassageID: Sendable, Hashable, CustomStringConvertible {
    /// The name of the segment that holds the passage.
    let segment: String
    /// The passage's number within its segment.
    let number: UInt32

    /// `<segment>:<passage>`, as `gaceta search --json` prints it.
    public var description: String { "\(segment):\(number)" }
}
