import Benchmark

let benchmarks: @Sendable () -> Void = {
    registerPostingsDecodeBenchmarks()
    registerTermLookupBenchmarks()
    registerTopKBenchmarks()
    registerQueryParsingBenchmarks()
    registerHighlightBenchmarks()
    registerIndexingBenchmarks()
}

extension Benchmark.Configuration {
    /// Each benchmark runs in a process of its own and builds its index
    /// first; two seconds of measuring each keeps the whole
    /// `swift package benchmark` run to a few minutes on two cores.
    static func search(
        scalingFactor: BenchmarkScalingFactor = .one, setup: @escaping Benchmark.BenchmarkSetupHook
    ) -> Benchmark.Configuration {
        .init(
            metrics: [.wallClock, .throughput, .mallocCountTotal],
            scalingFactor: scalingFactor,
            maxDuration: .seconds(2),
            maxIterations: 10_000,
            setup: setup
        )
    }
}
