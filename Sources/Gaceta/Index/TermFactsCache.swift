import Foundation

/// What every query of a snapshot would otherwise work out again for each of
/// its terms in each segment: the dictionary entry and the live document
/// frequency (a walk of the postings in a segment with deletions). A snapshot
/// never changes, so neither do these; the cache lives as long as its
/// `IndexReader` and is shared by every search of it, on any thread.
///
/// Bounded: once it holds `capacity` terms it stops taking new ones, which are
/// then worked out per query as without it. Title queries reuse a vocabulary
/// far smaller than that.
final class TermFactsCache: @unchecked Sendable {
    /// One term in one segment.
    struct Facts: Sendable {
        /// The dictionary entry; nil when the segment lacks the term.
        var info: TermInfo?
        /// Passages of the segment holding the term, deleted ones excluded.
        var liveFrequency: Int
    }

    static let defaultCapacity = 100_000

    let capacity: Int
    // Guards `entries` and `count`: searches on several threads share the cache.
    private let lock = NSLock()
    private var entries: [[[UInt8]: Facts]]
    private var count = 0

    init(segmentCount: Int, capacity: Int = TermFactsCache.defaultCapacity) {
        entries = Array(repeating: [:], count: segmentCount)
        self.capacity = capacity
    }

    /// The facts of `key` in segment `segment`, from `compute` the first time.
    /// `compute` runs outside the lock: two threads may both work out a new
    /// term, and as the snapshot is immutable they get the same answer.
    func facts(segment: Int, key: [UInt8], compute: () throws -> Facts) rethrows -> Facts {
        if let known = lock.withLock({ entries[segment][key] }) { return known }
        let facts = try compute()
        lock.withLock {
            guard count < capacity, entries[segment][key] == nil else { return }
            entries[segment][key] = facts
            count += 1
        }
        return facts
    }

    /// Terms held, for tests of the bound.
    var termCount: Int { lock.withLock { count } }
}
