/// Scores a translated query word (`AlternativesPlan`) over one segment: the
/// postings of its translations merged, a passage's frequency the sum of
/// each translation's frequency times its share, saturated once. Two
/// translations in one passage raise the score as two occurrences of one
/// word would, not as two words.
///
/// As a `MaxScoreClause` it bounds its scores from its cursors' block
/// impacts, so that block-max MaxScore can prune translated queries too
/// (docs/CROSSLINGUAL.md, "Latency").
final class AlternativesScorer: PassageMatcher, MaxScoreClause {
    private let cursors: [PostingsCursor]
    private let shares: [Double]
    private let scoring: FieldScoring
    private(set) var document: UInt32
    let maxScore: Double
    var member = 0
    /// The last block bound asked for and the targets it holds for: from the
    /// target it was made for through the nearest end of the blocks it read.
    /// Pruning asks about the same window many times in a row.
    private var lastBound = (from: UInt32(1), through: UInt32(0), score: 0.0)
    /// Scratch for `sweptBound`, kept to spare an allocation per window.
    private var pairs: [(length: Int, frequency: Int, alternative: Int)] = []
    private var frequencies: [Int]

    init(cursors: [PostingsCursor], shares: [Double], scoring: FieldScoring) {
        self.cursors = cursors
        self.shares = shares
        self.scoring = scoring
        document = cursors.map(\.document).min() ?? PostingsCursor.exhausted
        frequencies = Array(repeating: 0, count: cursors.count)
        maxScore = Self.segmentBound(cursors: cursors, shares: shares, scoring: scoring)
    }

    /// Two bounds of the segment's scores, the lower kept. One is the score of
    /// Σ share × (the term's highest frequency) at the shortest length of any
    /// of the terms' passages. The other is the sum of each term's own bound
    /// with its frequencies scaled by its share: saturation is concave and
    /// zero at zero, so the score of a sum is at most the sum of the scores.
    /// The second is the tighter when the terms seldom meet, and for one term
    /// it is that term's bound as a `TermScorer` has it.
    private static func segmentBound(cursors: [PostingsCursor], shares: [Double], scoring: FieldScoring) -> Double {
        var frequency = 0.0
        var shortest = Int.max
        var separately = 0.0
        for (cursor, share) in zip(cursors, shares) {
            var highest = 0
            var best = 0.0
            cursor.forEachBlockBound { impacts in
                impacts.forEachPair { pairFrequency, length in
                    highest = max(highest, pairFrequency)
                    shortest = min(shortest, length)
                    best = max(best, scoring.bound(maxTermFrequency: share * Double(pairFrequency), minLength: length))
                }
            }
            frequency += share * Double(highest)
            separately += best
        }
        guard shortest < Int.max else { return 0 }
        return min(separately, scoring.bound(maxTermFrequency: frequency, minLength: shortest))
    }

    func advance(to target: UInt32) throws -> UInt32 {
        var lowest = PostingsCursor.exhausted
        for cursor in cursors {
            lowest = min(lowest, cursor.document < target ? try cursor.advance(to: target) : cursor.document)
        }
        document = lowest
        return document
    }

    /// Steps only the cursors on the current passage, where `advance` would
    /// look each of them up again.
    @discardableResult
    func next() throws -> UInt32 {
        guard document != PostingsCursor.exhausted else { return document }
        var lowest = PostingsCursor.exhausted
        for cursor in cursors {
            lowest = min(lowest, cursor.document == document ? try cursor.next() : cursor.document)
        }
        document = lowest
        return document
    }

    func score() -> Double {
        var frequency = 0.0
        for (cursor, share) in zip(cursors, shares) where cursor.document == document {
            frequency += share * Double(cursor.termFrequency)
        }
        return scoring.score(termFrequency: frequency, passage: document)
    }

    func blockMaxScore(at target: UInt32) -> Double {
        blockBound(atOrAfter: target)?.score ?? 0
    }

    /// Each cursor's passages from `target` through the nearest end of the
    /// cursors' blocks there lie in one block, bounded by its impacts. A
    /// cursor that has since moved past that end has no passage left in the
    /// window, so a kept bound stays a bound for later targets in it.
    func blockBound(atOrAfter target: UInt32) -> (score: Double, lastDocument: UInt32)? {
        if target >= lastBound.from, target <= lastBound.through { return (lastBound.score, lastBound.through) }
        pairs.removeAll(keepingCapacity: true)
        var end = PostingsCursor.exhausted
        for (alternative, cursor) in cursors.enumerated() {
            guard let block = cursor.block(atOrAfter: target) else { continue }
            end = min(end, block.lastDocument)
            cursor.impacts(ofBlock: block.index).forEachPair { frequency, length in
                pairs.append((length, frequency, alternative))
            }
        }
        guard !pairs.isEmpty else { return nil }
        lastBound = (target, end, sweptBound())
        return (lastBound.score, end)
    }

    /// The bound of `pairs`, each term's (frequency, length) pairs: a
    /// passage of length L holds each term at most as often as the term's
    /// most frequent pair no longer than L allows, so it scores at most
    /// Σ share × those frequencies at L. That sum only changes at a pair's
    /// length and the score falls with the length, so the best of it at
    /// each pair's length bounds every passage. Tighter than the highest
    /// frequencies at the shortest length, since a block's most frequent
    /// passages are seldom its shortest.
    private func sweptBound() -> Double {
        pairs.sort { $0.length < $1.length }
        for index in frequencies.indices { frequencies[index] = 0 }
        var best = 0.0
        var index = 0
        while index < pairs.count {
            let length = pairs[index].length
            while index < pairs.count, pairs[index].length == length {
                let pair = pairs[index]
                frequencies[pair.alternative] = max(frequencies[pair.alternative], pair.frequency)
                index += 1
            }
            // Added in the order `score` adds, so rounding cannot put a score above its bound.
            var frequency = 0.0
            for (alternative, share) in shares.enumerated() { frequency += share * Double(frequencies[alternative]) }
            best = max(best, scoring.bound(maxTermFrequency: frequency, minLength: length))
        }
        return best
    }
}
