/// Scores one query clause over one segment: a postings cursor plus what
/// BM25 needs, and the upper bounds that let dynamic pruning skip work.
final class TermScorer {
    let cursor: PostingsCursor
    private let scoring: FieldScoring
    /// No passage of the segment scores higher on this clause.
    let maxScore: Double
    /// The query word this clause stands for, for coordination.
    var member = 0

    init(cursor: PostingsCursor, info: TermInfo, scoring: FieldScoring) {
        self.cursor = cursor
        self.scoring = scoring
        maxScore = scoring.bound(maxTermFrequency: info.maxTermFrequency, minLength: info.minFieldLength)
    }

    var document: UInt32 { cursor.document }

    /// The score of the passage the cursor stands on.
    func score() -> Double {
        scoring.score(termFrequency: cursor.termFrequency, passage: cursor.document)
    }

    /// An upper bound on the score of `target`, from the skip data of the block
    /// that would hold it, without decoding that block.
    func blockMaxScore(at target: UInt32) -> Double {
        guard let bound = cursor.blockBound(atOrAfter: target) else { return 0 }
        return blockMaxScore(bound)
    }

    func blockMaxScore(_ bound: (maxTf: Int, minLength: Int, lastDocument: UInt32)) -> Double {
        scoring.bound(maxTermFrequency: bound.maxTf, minLength: bound.minLength)
    }
}
