import ArgumentParser
import Gaceta
import GacetaEvaluation

/// `gaceta eval judged`: queries with relevance judgments, against documents
/// indexed for the run or an existing index.
struct JudgedEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "judged",
        abstract: "Measure ranking quality on queries with relevance judgments.",
        usage: """
            gaceta eval judged --docs <file> --queries <file> [<options>]
            gaceta eval judged --index <dir> --queries <file> [<options>]
            """,
        discussion: """
            The queries file has one {"qid", "query", "lang", "relevant": [doc ids]} \
            object per line ("lang" is optional); each query runs as plain words, \
            without the query syntax of `gaceta search`. The documents (JSON Lines, \
            optionally gzipped, read like a corpus file) are indexed in a temporary \
            directory, removed afterwards; --index searches an existing index instead. \
            The set is named after the queries file: xquad-es.queries.jsonl is \
            "xquad-es".

            \(EvalOutput.figuresHelp)

            Examples:
              gaceta eval judged --docs ../shared/data/xquad-es.docs.jsonl.gz \\
                  --queries ../shared/data/xquad-es.queries.jsonl
              gaceta eval judged --docs D.jsonl.gz --queries Q.jsonl --k1 0.9 --json
              gaceta eval judged --docs D.jsonl --queries Q.jsonl --no-title \\
                  --passage-words 200
              gaceta eval judged --index ./index --queries Q.jsonl --limit-queries 100

            \(EvalOutput.jsonHelp)
            """
    )

    @Option(help: ArgumentHelp("The judged queries (JSON Lines, optionally gzipped).", valueName: "file"))
    var queries: String

    @Option(help: ArgumentHelp("The documents to index for this run (JSON Lines, optionally gzipped).", valueName: "file"))
    var docs: String?

    @Option(help: ArgumentHelp("Search this existing index instead of indexing --docs.", valueName: "dir"))
    var index: String?

    @Flag(help: "Index the documents with empty titles.")
    var noTitle = false

    @OptionGroup var eval: EvalOptions

    func validate() throws {
        if (docs == nil) == (index == nil) {
            throw ValidationError("give either --docs (indexed for this run) or --index (an existing index)")
        }
        if index != nil, noTitle { throw ValidationError("--no-title applies to indexing --docs, not to an existing --index") }
        if index != nil, eval.passageWords != nil {
            throw ValidationError("--passage-words applies to indexing --docs, not to an existing --index")
        }
    }

    func run() throws {
        let judged = try JudgedQueryFile.read(path: queries)
        // validate() saw to it that exactly one of the two is given.
        let target: EvalRun.Target = if let index {
            .index(path: index)
        } else {
            .articles(try EvalDocuments.read(path: docs!), titles: !noTitle)
        }
        try EvalRun(
            set: EvalRun.setName(of: queries, dropping: [".queries.jsonl.gz", ".queries.jsonl", ".jsonl.gz", ".jsonl"]),
            queries: judged,
            target: target
        ).run(eval)
    }
}
