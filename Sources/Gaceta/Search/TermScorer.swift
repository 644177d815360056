/// Scores one query clause over one segment: a postings cursor plus what
/// BM25 needs, and the upper bounds that let dynamic pruning skip work.
final class TermScorer {
    let cursor: PostingsCursor
    private let scoring: FieldScoring
    /// No passage of the segment scores higher on this clause.
    let maxScore: Double
    /// The query word this clause stands for, for coordination.
    var member = 0
    private var lastBound = (block: -1, score: 0.0)

    init(cursor: PostingsCursor, scoring: FieldScoring) {
        self.cursor = cursor
        self.scoring = scoring
        var best = 0.0
        cursor.forEachBlockBound { impacts in
            best = max(best, impacts.maximum { scoring.bound(maxTermFrequency: $0, minLength: $1) })
        }
        maxScore = best
    }

    var document: UInt32 { cursor.document }

    /// The score of the passage the cursor stands on.
    func score() -> Double {
        scoring.score(termFrequency: cursor.termFrequency, passage: cursor.document)
    }

    /// An upper bound on the score of `target`, from the skip data of the block
    /// that would hold it, without decoding that block.
    func blockMaxScore(at target: UInt32) -> Double {
        guard let block = cursor.block(atOrAfter: target) else { return 0 }
        return blockMaxScore(ofBlock: block.index)
    }

    /// An upper bound on the scores of block `block`. Pruning asks for the
    /// same block many times in a row; the last answer is kept.
    func blockMaxScore(ofBlock block: Int) -> Double {
        if block == lastBound.block { return lastBound.score }
        let score = cursor.impacts(ofBlock: block).maximum { scoring.bound(maxTermFrequency: $0, minLength: $1) }
        lastBound = (block, score)
        return score
    }
}
