/// Scores one query clause over one segment: a postings cursor plus what
/// BM25 needs, and the upper bounds that let dynamic pruning skip work.
final class TermScorer {
    let cursor: PostingsCursor
    private let field: Field
    private let passages: PassageTableReader
    private let bm25: BM25
    private let averageLength: Double
    /// idf × clause weight.
    private let factor: Double
    /// No passage of the segment scores higher on this clause.
    let maxScore: Double
    /// The query word this clause stands for, for coordination.
    var member = 0

    init(cursor: PostingsCursor, info: TermInfo, field: Field, passages: PassageTableReader, bm25: BM25, averageLength: Double, factor: Double) {
        self.cursor = cursor
        self.field = field
        self.passages = passages
        self.bm25 = bm25
        self.averageLength = averageLength
        self.factor = factor
        maxScore = factor * bm25.saturation(termFrequency: info.maxTermFrequency, length: info.minFieldLength, averageLength: averageLength)
    }

    var document: UInt32 { cursor.document }

    /// The score of the passage the cursor stands on.
    func score() -> Double {
        factor * bm25.saturation(
            termFrequency: cursor.termFrequency,
            length: passages.length(of: field, passage: cursor.document),
            averageLength: averageLength
        )
    }

    /// An upper bound on the score of `target`, from the skip data of the block
    /// that would hold it, without decoding that block.
    func blockMaxScore(at target: UInt32) -> Double {
        guard let bound = cursor.blockBound(atOrAfter: target) else { return 0 }
        return blockMaxScore(bound)
    }

    func blockMaxScore(_ bound: (maxTf: Int, minLength: Int, lastDocument: UInt32)) -> Double {
        factor * bm25.saturation(termFrequency: bound.maxTf, length: bound.minLength, averageLength: averageLength)
    }
}
