/// Counts and sizes describing one commit of an index.
public struct IndexStatistics: Sendable {
    /// The commit's generation, as in ``IndexReader/generation``.
    public var generation: Int
    /// Live articles: added and not deleted or replaced since.
    public var articles: Int
    /// Live passages, those searches can find.
    public var passages: Int
    /// Passages deleted but still on disk until a merge rewrites their segment.
    public var deletedPassages: Int
    /// Distinct terms summed over segments (a term in two segments counts twice).
    public var terms: Int
    /// Segments the commit is made of.
    public var segments: Int
    /// Bytes on disk by file kind (`terms`, `postings`, `positions`, `passages`, `store`, `deletions`, `manifest`).
    public var bytesByKind: [String: Int]
    /// Live articles per language.
    public var articlesByLanguage: [Language: Int]
}
