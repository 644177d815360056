import Benchmark
@_spi(Benchmarking) import Gaceta

/// Decoding one long postings list through the engine's cursor, in full and
/// skipping to sparse targets as MaxScore does with its non-essential terms.
/// The list is the most frequent English content word's (tens of thousands
/// of passages, a few hundred 128-passage blocks). Each iteration opens a new
/// cursor, which costs one dictionary lookup: small beside the list.
func registerPostingsDecodeBenchmarks() {
    Benchmark(
        "postings: next() through the longest content-word list",
        configuration: .search(setup: { _ = SyntheticIndex.shared })
    ) { benchmark in
        let index = SyntheticIndex.shared
        for _ in benchmark.scaledIterations {
            let walk = try index.longestList()
            var frequencies = 0
            while walk.document != PostingsWalk.exhausted {
                frequencies &+= walk.termFrequency
                try walk.next()
            }
            blackHole(frequencies)
        }
    }

    // 100 targets decode at most 100 of the list's ~270 blocks; 1,000 decode
    // every block but skip the passages between targets inside them.
    for targetCount in [100, 1_000] {
        Benchmark(
            "postings: advance(to:) \(targetCount) evenly spread targets, same list",
            configuration: .search(setup: { _ = SyntheticIndex.shared })
        ) { benchmark in
            let index = SyntheticIndex.shared
            for _ in benchmark.scaledIterations {
                let walk = try index.longestList()
                var frequencies = 0
                // Computed in place: an array of targets would add an allocation to every iteration.
                for step in 0..<targetCount {
                    let target = UInt32(step * index.passageCount / targetCount)
                    if try walk.advance(to: target) == PostingsWalk.exhausted { break }
                    frequencies &+= walk.termFrequency
                }
                blackHole(frequencies)
            }
        }
    }
}

extension SyntheticIndex {
    /// A new cursor over the longest content-word list.
    func longestList() throws -> PostingsWalk {
        guard let walk = try reader.postings(ofKey: longestKey, inSegment: 0) else {
            fatalError("the longest list is gone")
        }
        return walk
    }
}
