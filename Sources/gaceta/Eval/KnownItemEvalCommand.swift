import ArgumentParser
import Gaceta
import GacetaEvaluation

/// `gaceta eval known-item`: a news corpus's titles as queries, each article
/// the only right answer to its own title.
struct KnownItemEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "known-item",
        abstract: "Measure how well an article's title finds the article itself.",
        usage: "gaceta eval known-item <file> [--sample <N>] [<options>]",
        discussion: """
            Takes a sample of the corpus's titled articles — the floor(i × n / N)-th \
            of the n titled ones for i = 0 … N-1, so the same every run — and runs \
            each title as a query whose only relevant answer is its own article. The \
            whole corpus is indexed without titles, in a temporary directory removed \
            afterwards, or the task would be trivial. A corpus with fewer titled \
            articles than --sample uses them all. The set is named \
            "known-item:" and the file's name: "known-item:news-en".

            \(EvalOutput.figuresHelp)

            Examples:
              gaceta eval known-item ../shared/data/news-en.jsonl.gz
              gaceta eval known-item ../shared/data/news-es.jsonl.gz --sample 500
              gaceta eval known-item news.jsonl --coordination 0 --json

            \(EvalOutput.jsonHelp)
            """
    )

    @OptionGroup var corpus: KnownItemCorpus

    @OptionGroup var eval: EvalOptions

    func run() throws {
        let articles = try corpus.articles()
        try EvalRun(
            set: corpus.setName(kind: "known-item"),
            queries: KnownItemQueries.sample(articles, count: corpus.sample),
            target: .articles(articles, titles: false)
        ).run(eval)
    }
}
