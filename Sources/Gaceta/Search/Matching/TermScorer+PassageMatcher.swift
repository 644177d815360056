extension TermScorer: PassageMatcher {
    @discardableResult
    func advance(to target: UInt32) throws -> UInt32 {
        try cursor.advance(to: target)
    }
}
