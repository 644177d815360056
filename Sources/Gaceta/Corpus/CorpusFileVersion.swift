/// A corpus file as an incremental update sees it: where it is and what
/// version of it is there.
public struct CorpusFileVersion: Sendable, Hashable, Codable {
    /// The corpus directory joined with `relativePath`, as `ArticleOrigin` names it.
    public var path: String
    /// The path inside the corpus directory, with `/` separators.
    public var relativePath: String
    /// Bytes on disk.
    public var size: Int
    /// Last modification, in microseconds since 1970.
    public var modified: Int64
}
