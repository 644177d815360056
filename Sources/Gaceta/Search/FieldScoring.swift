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

    func score(termFrequency: Int, passage: UInt32) -> Double {
        score(termFrequency: Double(termFrequency), passage: passage)
    }

    func score(termFrequency: Double, passage: UInt32) -> Double {
        factor * bm25.saturation(
            termFrequency: termFrequency, length: lengths.length(of: passage), averageLength: averageLength
        )
    }

    /// No passage with at most `maxTermFrequency` occurrences and at least
    /// `minLength` tokens scores higher.
    func bound(maxTermFrequency: Int, minLength: Int) -> Double {
        bound(maxTermFrequency: Double(maxTermFrequency), minLength: minLength)
    }

    func bound(maxTermFrequency: Double, minLength: Int) -> Double {
        factor * bm25.saturation(termFrequency: maxTermFrequency, length: minLength, averageLength: averageLength)
    }
}
