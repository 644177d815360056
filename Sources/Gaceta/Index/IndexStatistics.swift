/// Counts and sizes describing one commit of an index.
public struct IndexStatistics: Sendable {
    public var generation: Int
    public var articles: Int
    public var passages: Int
    public var deletedPassages: Int
    /// Distinct terms summed over segments (a term in two segments counts twice).
    public var terms: Int
    public var segments: Int
    /// Bytes on disk by file kind (`terms`, `postings`, `positions`, `norms`, `store`, `deletions`, `manifest`).
    public var bytesByKind: [String: Int]
    public var articlesByLanguage: [Language: Int]
}
