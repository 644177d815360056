/// Scores a translated query word (`AlternativesPlan`) over one segment: the
/// postings of its translations merged, a passage's frequency the sum of
/// each translation's frequency times its share, saturated once. Two
/// translations in one passage raise the score as two occurrences of one
/// word would, not as two words.
final class AlternativesScorer: PassageMatcher {
    private let cursors: [PostingsCursor]
    private let shares: [Double]
    private let scoring: FieldScoring
    private(set) var document: UInt32
    /// Saturation never reaches k1 + 1, whatever the frequency and length.
    let maxScore: Double

    init(cursors: [PostingsCursor], shares: [Double], scoring: FieldScoring) {
        self.cursors = cursors
        self.shares = shares
        self.scoring = scoring
        document = cursors.map(\.document).min() ?? PostingsCursor.exhausted
        maxScore = scoring.factor * (scoring.bm25.k1 + 1)
    }

    func advance(to target: UInt32) throws -> UInt32 {
        var lowest = PostingsCursor.exhausted
        for cursor in cursors {
            lowest = min(lowest, cursor.document < target ? try cursor.advance(to: target) : cursor.document)
        }
        document = lowest
        return document
    }

    func score() throws -> Double {
        var frequency = 0.0
        for (cursor, share) in zip(cursors, shares) where cursor.document == document {
            frequency += share * Double(cursor.termFrequency)
        }
        return scoring.score(termFrequency: frequency, passage: document)
    }
}
