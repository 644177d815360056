/// A node of a query compiled for one segment: it walks the passages that
/// match, in increasing order, and scores the one it stands on. A new matcher
/// stands on its first match; `exhausted` means no more.
protocol PassageMatcher: AnyObject {
    var document: UInt32 { get }
    /// Moves to the first match at or after `target`; returns it or `exhausted`.
    @discardableResult
    func advance(to target: UInt32) throws -> UInt32
    /// The score of the current match.
    func score() throws -> Double
    /// No match scores higher.
    var maxScore: Double { get }
}

extension PassageMatcher {
    static var exhausted: UInt32 { PostingsCursor.exhausted }

    @discardableResult
    func next() throws -> UInt32 {
        document == PostingsCursor.exhausted ? document : try advance(to: document + 1)
    }
}
