import Benchmark
import Foundation
import Gaceta

/// The top 10 passages of plain keyword queries, which run with block-max
/// MaxScore: ranking alone (`rankPassages`), then the whole `search`, which
/// also fetches, decompresses and highlights the ten passages, so that the
/// difference is what fetching costs. Each word becomes four clauses (English
/// and Spanish, body and title). "police" is the fourth most frequent English
/// content word; the others range from the 13th to the 39th. A query that
/// excludes a word ranks with pruning too; its benchmark has the 4-word
/// query's first three words less the fourth's passages.
func registerTopKBenchmarks() {
    let options = {
        var options = SearchOptions()
        options.limit = 10
        return options
    }()
    let queries = [(1, "police"), (2, "energy prices"), (4, "police border migrants court")]
    for (wordCount, text) in queries {
        let query = Query.keywords(text)
        let setup: Benchmark.BenchmarkSetupHook = {
            let hits = try SyntheticIndex.shared.searcher.rankPassages(query, options: options).totalHits
            FileHandle.standardError.write(Data("\"\(text)\": \(hits) matching passages\n".utf8))
        }

        Benchmark(
            "top-k: rank a \(wordCount)-word query, top 10",
            configuration: .search(setup: setup)
        ) { benchmark in
            let searcher = SyntheticIndex.shared.searcher
            for _ in benchmark.scaledIterations {
                blackHole(try searcher.rankPassages(query, options: options))
            }
        }

        Benchmark(
            "top-k: search a \(wordCount)-word query, top 10 fetched",
            configuration: .search(setup: setup)
        ) { benchmark in
            let searcher = SyntheticIndex.shared.searcher
            for _ in benchmark.scaledIterations {
                blackHole(try searcher.search(query, options: options))
            }
        }
    }

    let excluding = "police border migrants -court"
    Benchmark(
        "top-k: rank a 3-word query excluding a word, top 10",
        configuration: .search(setup: {
            let hits = try SyntheticIndex.shared.searcher.rankPassages(excluding, options: options).totalHits
            FileHandle.standardError.write(Data("\"\(excluding)\": \(hits) matching passages\n".utf8))
        })
    ) { benchmark in
        let searcher = SyntheticIndex.shared.searcher
        for _ in benchmark.scaledIterations {
            blackHole(try searcher.rankPassages(excluding, options: options))
        }
    }
}
