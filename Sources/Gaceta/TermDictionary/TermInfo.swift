/// What the dictionary records about one term of one segment.
struct TermInfo: Sendable, Equatable {
    /// Passages of the segment that contain the term (deleted ones included).
    var documentFrequency: Int
    /// Where the term's postings start in the postings file.
    var postingsOffset: Int
    /// Where the term's positions start in the positions file.
    var positionsOffset: Int
    /// The largest term frequency and the shortest field length among its
    /// passages: with them BM25 gives an upper bound on the term's score.
    var maxTermFrequency: Int
    var minFieldLength: Int
}
