import Benchmark
import Foundation
@_spi(Benchmarking) import Gaceta

/// Building an index: analysis, the in-memory inversion and writing one
/// segment, for the same 2,000 synthetic articles each iteration (generated
/// once, before measuring). One analysis thread, so the figure is per core
/// and does not depend on how busy the other core is; `gaceta index` uses two.
func registerIndexingBenchmarks() {
    Benchmark(
        "indexing: 2,000 articles, one analysis thread, to one committed segment",
        configuration: .search(setup: {
            let summary = "indexing input: \(IndexingInput.articles.count) articles, \(IndexingInput.textBytes) bytes of text\n"
            FileHandle.standardError.write(Data(summary.utf8))
        })
    ) { benchmark in
        var configuration = IndexConfiguration()
        configuration.analysisThreads = 1
        for _ in benchmark.scaledIterations {
            let reader = try openTemporaryIndex(configuration: configuration) { writer in
                for article in IndexingInput.articles { writer.add(article) }
            }
            blackHole(reader.segmentCount)
        }
    }
}

/// The articles the indexing benchmark adds, generated once per process.
enum IndexingInput {
    static let articles: [Article] = {
        var corpus = SyntheticCorpus(seed: 20_261_127)
        return (0..<2_000).map { corpus.article(number: $0) }
    }()

    static let textBytes = articles.reduce(0) { $0 + $1.title.utf8.count + $1.body.utf8.count }
}
