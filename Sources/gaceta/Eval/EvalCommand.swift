import ArgumentParser

/// `gaceta eval`: ranking quality (nDCG, MRR, recall) on judged queries, one
/// subcommand for each way of getting the judgments.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure ranking quality on judged queries.",
        discussion: """
            \(EvalOutput.figuresHelp)

            Three kinds of judged queries, one subcommand each:
              judged            a queries file with relevance judgments, against
                                documents indexed for the run (or an existing index)
              known-item        a news corpus's titles, each finding its own article
              known-item-cross  English titles, each finding the Spanish version
                                of its article (--from es: the reverse)

            All three take the same ranking options (--k1, --b, --title-weight, \
            --coordination, --proximity-weight, --proximity-depth; by default the \
            library's) and evaluation options (--k, --limit-queries, \
            --passage-words, --json, --translate). `gaceta eval SUBCOMMAND --help` tells more.

            Examples:
              gaceta eval judged --docs ../shared/data/xquad-es.docs.jsonl.gz \\
                  --queries ../shared/data/xquad-es.queries.jsonl
              gaceta eval known-item ../shared/data/news-en.jsonl.gz --sample 500
              gaceta eval known-item-cross ../shared/data/news-parallel-en-es.jsonl.gz
            """,
        subcommands: [JudgedEvalCommand.self, KnownItemEvalCommand.self, CrossKnownItemEvalCommand.self]
    )
}
