/// How far a `CorpusReader` has got, in bytes of the corpus files on disk.
public struct CorpusProgress: Sendable, Hashable {
    /// Bytes consumed so far; inside a gzip file this is estimated from how much
    /// of its uncompressed size has been read.
    public var bytesRead: Int
    /// The summed sizes of every corpus file.
    public var totalBytes: Int
    /// Articles delivered so far.
    public var articles: Int

    init(bytesRead: Int, totalBytes: Int, articles: Int) {
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
        self.articles = articles
    }

    /// Between 0 and 1.
    public var fraction: Double {
        totalBytes > 0 ? min(1, Double(bytesRead) / Double(totalBytes)) : 1
    }
}
