/// What `MaxScoreEvaluator` needs of a clause: a cursor over the passages it
/// matches, their scores, and bounds of those scores over the segment and
/// over the postings blocks ahead, which pruning reads without decoding.
///
/// The evaluator is generic over it so that a plain query's loop stays
/// specialised for `TermScorer`; a translated query's clauses are
/// `AlternativesScorer`s.
protocol MaxScoreClause: AnyObject {
    var document: UInt32 { get }
    /// No passage of the segment scores higher on this clause.
    var maxScore: Double { get }
    /// The query word this clause stands for, for coordination.
    var member: Int { get set }
    /// The score of the passage the clause stands on.
    func score() -> Double
    /// Moves to the first match at or after `target`; returns it or `exhausted`.
    @discardableResult
    func advance(to target: UInt32) throws -> UInt32
    /// Moves past the passage the clause stands on; returns the next or `exhausted`.
    @discardableResult
    func next() throws -> UInt32
    /// An upper bound on the score of `target`.
    func blockMaxScore(at target: UInt32) -> Double
    /// A bound on the scores of the passages from `target` through
    /// `lastDocument`, which is at least `target`; nil when no passage at or
    /// after `target` matches.
    func blockBound(atOrAfter target: UInt32) -> (score: Double, lastDocument: UInt32)?
}
