/// BM25 for one clause in one field of one segment: what turns a frequency
/// and a passage into a score, and a (best frequency, shortest length) pair
/// into a bound. Shared by term and phrase scorers.
struct FieldScoring {
    /// The scored field's lengths in the segment: a plain value, not the
    /// table, so that scoring a posting retains nothing.
    let lengths: PassageLengths
    let bm25: BM25
    let averageLength: Double
    /// idf × clause weight.
    let factor: Double
    /// BM25's length normalisation k1 × (1 − b + b × length / average) is
    /// `constantNorm + lengthNorm × length`, and its numerator
    /// factor × (k1 + 1) × tf is `numerator` × tf: worked out once per clause,
    /// a posting's score costs one division instead of two (divisions were
    /// the largest share of MaxScore's time in a profile).
    private let constantNorm: Double
    private let lengthNorm: Double
    private let numerator: Double

    init(lengths: PassageLengths, bm25: BM25, averageLength: Double, factor: Double) {
        self.lengths = lengths
        self.bm25 = bm25
        self.averageLength = averageLength
        self.factor = factor
        // An empty field has no average; every passage then counts as average length.
        constantNorm = averageLength > 0 ? bm25.k1 * (1 - bm25.b) : bm25.k1
        lengthNorm = averageLength > 0 ? bm25.k1 * bm25.b / averageLength : 0
        numerator = factor * (bm25.k1 + 1)
    }

    func score(termFrequency: Int, passage: UInt32) -> Double {
        score(termFrequency: Double(termFrequency), passage: passage)
    }

    func score(termFrequency: Double, passage: UInt32) -> Double {
        score(termFrequency: termFrequency, length: lengths.length(of: passage))
    }

    /// No passage with at most `maxTermFrequency` occurrences and at least
    /// `minLength` tokens scores higher.
    func bound(maxTermFrequency: Int, minLength: Int) -> Double {
        bound(maxTermFrequency: Double(maxTermFrequency), minLength: minLength)
    }

    func bound(maxTermFrequency: Double, minLength: Int) -> Double {
        score(termFrequency: maxTermFrequency, length: minLength)
    }

    private func score(termFrequency tf: Double, length: Int) -> Double {
        numerator * tf / (tf + constantNorm + lengthNorm * Double(length))
    }
}
