extension TermScorer: MaxScoreClause {
    /// The cursor's own step, where `PassageMatcher`'s would look the next passage up.
    @discardableResult
    func next() throws -> UInt32 {
        try cursor.next()
    }

    /// The block of the cursor's postings that holds `target` or the next
    /// passage after it.
    func blockBound(atOrAfter target: UInt32) -> (score: Double, lastDocument: UInt32)? {
        guard let block = cursor.block(atOrAfter: target) else { return nil }
        return (blockMaxScore(ofBlock: block.index), block.lastDocument)
    }
}
