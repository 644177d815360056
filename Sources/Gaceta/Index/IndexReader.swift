// TEMPORARY STUB: the real reader lands with issue 3.
/// A read-only snapshot of one commit of an index.
public final class IndexReader: Sendable {
    /// Opens the newest commit of the index at `path`.
    public init(path: String) throws {
        throw IndexError(.notFound, path: path, "no index here; run `gaceta index` first")
    }

    public var statistics: IndexStatistics {
        IndexStatistics(generation: 0, articles: 0, passages: 0, deletedPassages: 0, terms: 0, segments: 0, bytesByKind: [:], articlesByLanguage: [:])
    }

    /// The stored article with this id, its body rebuilt from its passages.
    public func article(id: String) throws -> Article? { nil }
}
