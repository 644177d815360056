import ArgumentParser
import Gaceta

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Show what the index holds.",
        discussion: """
            Articles, passages, distinct terms, segments, the size on disk by kind \
            of file, and the articles in each language.

            Examples:
              gaceta stats
              gaceta stats --index ~/archive.index --json
            """
    )

    @OptionGroup var index: IndexLocation

    @Flag(help: "Print the statistics as JSON.")
    var json = false

    func run() throws {
        let statistics = try IndexReader(path: index.path).statistics
        if json {
            StandardStreams.out(IndexStatisticsResponse.json(path: index.path, statistics: statistics).line)
        } else {
            StandardStreams.out(render(statistics))
        }
    }

    private func render(_ statistics: IndexStatistics) -> String {
        let total = statistics.bytesByKind.values.reduce(0, +)
        let languages = Language.allCases
            .map { "\($0.rawValue) \(Formatting.count(statistics.articlesByLanguage[$0] ?? 0))" }
            .joined(separator: ", ")
        var rows: [(String, String)] = [
            ("Index", "\(index.path) (generation \(statistics.generation))"),
            ("Articles", "\(Formatting.count(statistics.articles)) (\(languages))"),
            ("Passages", Formatting.count(statistics.passages) + (statistics.deletedPassages > 0 ? " (+\(Formatting.count(statistics.deletedPassages)) deleted)" : "")),
            ("Terms", Formatting.count(statistics.terms)),
            ("Segments", Formatting.count(statistics.segments)),
            ("Size", Formatting.bytes(total)),
        ]
        for (kind, bytes) in statistics.bytesByKind.sorted(by: { $0.value > $1.value }) {
            rows.append(("  " + kind, Formatting.bytes(bytes)))
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1 }.joined(separator: "\n") + "\n"
    }
}

/// The `stats --json` shape.
enum IndexStatisticsResponse {
    static func json(path: String, statistics: IndexStatistics) -> JSONValue {
        .object([
            ("index", .string(path)),
            ("generation", .int(statistics.generation)),
            ("articles", .int(statistics.articles)),
            ("passages", .int(statistics.passages)),
            ("deleted_passages", .int(statistics.deletedPassages)),
            ("terms", .int(statistics.terms)),
            ("segments", .int(statistics.segments)),
            ("total_bytes", .int(statistics.bytesByKind.values.reduce(0, +))),
            ("bytes_by_kind", .object(statistics.bytesByKind.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
            ("articles_by_language", .object(Language.allCases.map { ($0.rawValue, .int(statistics.articlesByLanguage[$0] ?? 0)) })),
        ])
    }
}
