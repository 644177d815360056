// TEMPORARY STUB: the real searcher lands with issue 3.
/// Runs ranked queries against one `IndexReader` snapshot.
public struct Searcher: Sendable {
    public let reader: IndexReader

    public init(reader: IndexReader) {
        self.reader = reader
    }

    /// The best passages for a keyword query, ranked by BM25.
    public func search(_ query: String, options: SearchOptions = .init()) throws -> SearchResults {
        SearchResults(totalHits: 0, hits: [])
    }
}
