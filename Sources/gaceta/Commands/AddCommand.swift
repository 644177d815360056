import ArgumentParser
import Foundation
import Gaceta

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add or replace articles from files outside the corpus, or from standard input.",
        discussion: """
            Reads articles from each FILE (.jsonl, .jsonl.gz, .json, .md or .txt, \
            as in a corpus) or, with no FILE or with `-`, JSON lines from standard \
            input, and adds them to the index in one commit; an article whose id is \
            already indexed is replaced. The index is created when there is none. \
            Problems with the input are reported as `file:line: warning: ...` and \
            the bad records skipped; with --strict any problem fails the command \
            and nothing is added.

            Articles added this way stay when `gaceta index` later updates the \
            index from the corpus: an update only deletes articles the corpus \
            itself brought. Two exceptions: an article with the id of a corpus \
            article is replaced again when that article's corpus file changes, and \
            `gaceta index --rebuild` starts from the corpus alone.

            Examples:
              gaceta add breaking.jsonl
              gaceta add --index ~/archive.index notes/*.md
              curl -s https://example.com/feed.jsonl | gaceta add
              echo '{"id": "x1", "title": "Flash", "body": "Tariffs rose."}' | gaceta add -
              gaceta add --strict wire-2025-03-04.jsonl.gz
            """
    )

    @OptionGroup var index: IndexLocation

    @Flag(help: "Treat any problem in the input as an error: report them all, add nothing, exit 2.")
    var strict = false

    @Argument(help: ArgumentHelp("Files of articles; `-` or none reads JSON lines from standard input.", valueName: "file"))
    var files: [String] = []

    func run() throws {
        let started = Date()
        let sources = files.isEmpty ? ["-"] : files
        var problems = 0
        var adding = ArticleAddition(index: index.path)
        func report(_ diagnostic: CorpusDiagnostic) {
            problems += 1
            StandardStreams.error(diagnostic.description + "\n")
        }
        if strict {
            // Everything is read and checked before the index is touched.
            var articles: [Article] = []
            try CorpusReader.read(files: sources, onArticle: { article, _ in articles.append(article) }, onDiagnostic: report)
            if problems > 0 {
                throw CommandFailure(message: "\(Formatting.count(problems, "problem")) in the input (above) and --strict is set; nothing was added: fix them or drop --strict")
            }
            for article in articles { try adding.add(article) }
        } else {
            try CorpusReader.read(files: sources, onArticle: { article, _ in try adding.add(article) }, onDiagnostic: report)
        }
        let statistics = try adding.commit()
        var line = "Added \(Formatting.count(adding.added.count, "article")) (\(Formatting.count(adding.replaced)) replaced)"
        if let statistics {
            line += " in \(Formatting.seconds(Date().timeIntervalSince(started))); index has \(Formatting.count(statistics.articles, "article")) at \(index.path)"
        } else {
            line += "; the index at \(index.path) was not changed"
        }
        if problems > 0 { line += "; \(Formatting.count(problems, "input problem")) reported above" }
        StandardStreams.out(line + "\n")
    }
}
