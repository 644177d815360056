import Benchmark
import Gaceta

/// Parsing headlines as queries, which the lexer cuts a character at a time:
/// upper-case wire headlines (with "NOT" and "AND" among their words, as in
/// news-en), mixed case, and Spanish with accents and «quotes». No index.
func registerQueryParsingBenchmarks() {
    let headlines = [
        "SQUIBB <SQB> SAID NOT INTERESTED IN BUYING CETUS",
        "GREAT ATLANTIC AND PACIFIC TEA CO INC <GAP> DIV",
        "U.S. Senate group eyes 37 bln dlr deficit cut",
        "El Gobierno aprueba la reforma «de las pensiones» tras años de negociación",
    ]
    Benchmark(
        "query: parse 4 headlines",
        configuration: .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(2))
    ) { benchmark in
        let parser = QueryParser()
        for _ in benchmark.scaledIterations {
            for headline in headlines { blackHole(try parser.parse(headline)) }
        }
    }
}
