/// How an `IndexWriter` builds segments.
public struct IndexConfiguration: Sendable, Hashable {
    /// Memory the writer may fill with buffered postings before it flushes a segment.
    public var ramBudgetBytes: Int = 256 << 20
    /// Threads analysing articles in parallel.
    public var analysisThreads: Int = 2
    /// Passages are paragraphs; longer ones (over 1.5 times this) are cut at
    /// sentence ends near this many words. News paragraphs are short; this
    /// matters for text without paragraph breaks, where longer passages rank
    /// whole articles better (docs/RELEVANCE.md, "Passage size").
    public var targetPassageWords: Int = 400
    /// Paragraphs shorter than this many words are merged with their neighbour.
    public var minimumPassageWords: Int = 20
    /// Segments of about the same size that are merged into one after a
    /// commit; the number of segments stays about this many per size level.
    public var mergeFactor: Int = 8

    /// The defaults above.
    public init() {}
}
