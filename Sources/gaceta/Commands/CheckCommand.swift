import ArgumentParser
import Gaceta

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify every byte of the index.",
        discussion: """
            Reads every file of the index: checksums, the dictionary's order, \
            every posting and position, the passage table, the stored articles, \
            the deletions and the corpus state kept for `gaceta index`, which \
            must all agree with each other and with the manifest. Prints one line per problem (FILE: problem), then a \
            summary. Exit status 0 when the index is healthy, 2 when anything \
            is wrong; then rebuild it with `gaceta index --rebuild`.

            Examples:
              gaceta check
              gaceta check --index ~/archive.index --json
            """
    )

    @OptionGroup var index: IndexLocation

    @Flag(help: "Print the report as JSON.")
    var json = false

    func run() throws {
        let report = IndexChecker(path: index.path, userData: .corpusState).check()
        if json {
            StandardStreams.out(Self.json(path: index.path, report: report).line)
        } else {
            StandardStreams.out(report.problems.map { "\($0.file): \($0.message)\n" }.joined() + summary(report) + "\n")
        }
        guard report.isHealthy else {
            throw CommandFailure(message: "\(index.path): \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") found; rebuild the index with `gaceta index --rebuild`")
        }
    }

    private func summary(_ report: IndexCheckReport) -> String {
        let counts = [
            (report.segmentsChecked, "segments"), (report.termsChecked, "terms"), (report.postingsChecked, "postings"),
            (report.passagesChecked, "passages"), (report.articlesChecked, "articles"),
        ].map { "\(Formatting.count($0.0)) \($0.1)" }.joined(separator: ", ")
        let verdict = report.isHealthy ? "healthy" : "\(report.problems.count) problem\(report.problems.count == 1 ? "" : "s")"
        return "\(index.path): \(verdict) (checked \(counts))"
    }

    /// The `check --json` shape.
    static func json(path: String, report: IndexCheckReport) -> JSONValue {
        .object([
            ("index", .string(path)),
            ("healthy", .bool(report.isHealthy)),
            ("problems", .array(report.problems.map { .object([("file", .string($0.file)), ("message", .string($0.message))]) })),
            ("segments", .int(report.segmentsChecked)),
            ("terms", .int(report.termsChecked)),
            ("postings", .int(report.postingsChecked)),
            ("passages", .int(report.passagesChecked)),
            ("articles", .int(report.articlesChecked)),
        ])
    }
}
