import Foundation
@_spi(Benchmarking) import Gaceta

/// Indexes `articles` in a new temporary directory and opens the result.
/// The directory is removed as soon as the reader is open: the reader maps
/// every segment file on open, and a mapping outlives its file's unlinking,
/// so nothing is left behind however the benchmark process ends.
func openTemporaryIndex(
    configuration: IndexConfiguration, _ addArticles: (IndexWriter) throws -> Void
) throws -> IndexReader {
    let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("gaceta-benchmark-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
        // Scoped so that the writer (and its lock on the directory) is gone
        // before the directory is.
        let writer = try IndexWriter(path: path, mode: .rebuild, configuration: configuration)
        try addArticles(writer)
        try writer.optimize()
    }
    return try IndexReader(path: path)
}
