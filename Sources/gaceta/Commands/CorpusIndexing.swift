import Foundation
import Gaceta

/// Builds an index from a corpus directory, reporting problems with the input
/// as `file:line: warning: ...` on standard error and progress on a terminal.
struct CorpusIndexing {
    var corpus: String
    var index: String
    var configuration = IndexConfiguration()
    /// Refuse to index a corpus with any problem (the index is left untouched).
    var strict = false

    /// Start from an empty index instead of updating the existing one.
    var rebuild = false
    /// Bytes of corpus between the commits of a first build (`CorpusSynchronizer.commitInterval`).
    var commitInterval: Int?

    struct Outcome {
        var summary: CorpusSynchronizer.Summary
        var diagnostics: Int
        var seconds: Double
    }

    func run() throws -> Outcome {
        let started = Date()
        if strict {
            // Checked before the writer opens, so a failing run leaves the old index as it was.
            let problems = try check()
            if problems > 0 {
                throw CommandFailure(message: "\(Formatting.count(problems, "problem")) in \(corpus) (above) and --strict is set; nothing was indexed: fix them or drop --strict")
            }
        }
        // Checked before anything is written, so an empty corpus leaves no index behind.
        if try CorpusReader(directory: corpus).files().isEmpty {
            throw CommandFailure(message: "no articles found in \(corpus); add .jsonl, .jsonl.gz, .json, .md or .txt files (see README, \"Corpus format\")")
        }
        let progress = ProgressBar(isEnabled: Terminal.isInteractive(Terminal.standardError))
        defer { progress.finish() }
        var diagnostics = 0
        var synchronizer = CorpusSynchronizer(corpus: corpus, index: index, configuration: configuration)
        if let commitInterval { synchronizer.commitInterval = commitInterval }
        let summary = try synchronizer.synchronize(
            rebuild: rebuild,
            onDiagnostic: { diagnostic in
                diagnostics += 1
                progress.print(diagnostic.description)
            },
            onProgress: progress.update
        )
        return Outcome(summary: summary, diagnostics: diagnostics, seconds: Date().timeIntervalSince(started))
    }

    /// Reads the corpus without indexing it; prints and counts its problems.
    private func check() throws -> Int {
        var problems = 0
        try CorpusReader(directory: corpus).read(
            onArticle: { _, _ in },
            onDiagnostic: { diagnostic in
                problems += 1
                StandardStreams.error(diagnostic.description + "\n")
            }
        )
        return problems
    }
}

extension CorpusIndexing.Outcome {
    /// `Indexed 1,234 articles (5,678 passages, 3 segments) in 4.2 s; index is 12.3 MB at ./index`,
    /// or, for an update, what changed.
    func summary(index: String) -> String {
        var line: String
        if let statistics = summary.statistics {
            let size = statistics.bytesByKind.values.reduce(0, +)
            let changes = "\(summary.added) new, \(summary.changed) changed, \(summary.deleted) deleted"
            line = "Indexed \(Formatting.count(statistics.articles, "article"))"
            line += " (\(Formatting.count(statistics.passages, "passage")), \(Formatting.count(statistics.segments, "segment")); \(changes))"
            line += " in \(Formatting.seconds(seconds)); index is \(Formatting.bytes(size)) at \(index)"
        } else {
            line = "Index at \(index) is up to date with \(Formatting.count(summary.files, "corpus file")) (\(Formatting.seconds(seconds)))"
        }
        if diagnostics > 0 {
            line += "; \(Formatting.count(diagnostics, "corpus problem")) reported above"
        }
        return line
    }
}
