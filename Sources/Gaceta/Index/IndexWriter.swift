// TEMPORARY STUB: the real writer lands with issue 3.
/// Adds articles to an index and commits them atomically.
public final class IndexWriter {
    public enum Mode: Sendable {
        /// Open the index at the path, creating it when there is none.
        case openOrCreate
        /// Discard whatever is at the path and start an empty index.
        case rebuild
    }

    public init(path: String, mode: Mode = .openOrCreate, configuration: IndexConfiguration = .init()) throws {}

    /// Adds an article, replacing any indexed article with the same id.
    public func add(_ article: Article) throws {}

    /// Removes the article with this id, if indexed.
    public func delete(articleID: String) throws {}

    /// Makes every change so far durable and visible to readers opened afterwards.
    @discardableResult
    public func commit() throws -> IndexStatistics {
        IndexStatistics(generation: 0, articles: 0, passages: 0, deletedPassages: 0, terms: 0, segments: 0, bytesByKind: [:], articlesByLanguage: [:])
    }
}
