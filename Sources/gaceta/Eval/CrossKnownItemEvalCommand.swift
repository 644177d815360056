import ArgumentParser
import Gaceta
import GacetaEvaluation

/// `gaceta eval known-item-cross`: English titles as queries against the
/// Spanish sides of a parallel corpus, each one's translation the only right answer.
struct CrossKnownItemEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "known-item-cross",
        abstract: "Measure how well an English title finds the Spanish version of its article.",
        usage: "gaceta eval known-item-cross <file> [--sample <N>] [<options>]",
        discussion: """
            The corpus pairs each English article PAIR-en with its Spanish version \
            PAIR-es. Only the Spanish articles are indexed, without titles, in a \
            temporary directory removed afterwards; a sample of the English titles \
            whose Spanish version exists, evenly spread as in `gaceta eval \
            known-item`, are the queries, each with that Spanish version as its only \
            relevant answer. Only names, numbers and cognates can match across the \
            languages, so this measures what plain lexical matching gives. The set is \
            named "known-item-cross:" and the file's name.

            \(EvalOutput.figuresHelp)

            Examples:
              gaceta eval known-item-cross ../shared/data/news-parallel-en-es.jsonl.gz
              gaceta eval known-item-cross parallel.jsonl --sample 200 --json

            \(EvalOutput.jsonHelp)
            """
    )

    @OptionGroup var corpus: KnownItemCorpus

    @OptionGroup var eval: EvalOptions

    func run() throws {
        let articles = try corpus.articles()
        let spanish = articles.filter { $0.language == .spanish }
        let spanishIDs = Set(spanish.map(\.id))
        let queries = KnownItemQueries.sample(articles.filter { $0.language == .english }, count: corpus.sample) { article in
            guard article.id.hasSuffix("-en") else { return nil }
            let counterpart = String(article.id.dropLast(3)) + "-es"
            return spanishIDs.contains(counterpart) ? counterpart : nil
        }
        guard !queries.isEmpty else {
            throw CommandFailure(message: "\(corpus.path): no English article with a title has a Spanish counterpart (ids PAIR-en and PAIR-es)")
        }
        try EvalRun(set: corpus.setName(kind: "known-item-cross"), queries: queries, target: .articles(spanish, titles: false))
            .run(eval)
    }
}
