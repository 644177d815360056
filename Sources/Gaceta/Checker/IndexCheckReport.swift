/// What `IndexChecker.check()` found: every problem, and how much it read.
public struct IndexCheckReport: Sendable {
    /// Problems in the order found, grouped by file; empty for a healthy index.
    public var problems: [IndexProblem] = []
    /// Segments whose files were read.
    public var segmentsChecked = 0
    /// Dictionary entries decoded.
    public var termsChecked = 0
    /// Postings (term, passage pairs) decoded, with their positions.
    public var postingsChecked = 0
    /// Passage table entries and stored passage texts checked.
    public var passagesChecked = 0
    /// Stored article records decoded.
    public var articlesChecked = 0

    init() {}

    /// True when no problem was found.
    public var isHealthy: Bool { problems.isEmpty }
}
