import ArgumentParser
import Gaceta
import GacetaEvaluation

/// `gaceta eval known-item-cross`: the titles of one language as queries
/// against the other language's sides of a parallel corpus, each one's
/// translation the only right answer.
struct CrossKnownItemEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "known-item-cross",
        abstract: "Measure how well an English title finds the Spanish version of its article, or the reverse.",
        usage: "gaceta eval known-item-cross <file> [--from en|es] [--sample <N>] [<options>]",
        discussion: """
            The corpus pairs each English article PAIR-en with its Spanish version \
            PAIR-es. Only the articles of the other language than --from (default \
            en) are indexed, without titles, in a temporary directory removed \
            afterwards; a sample of the --from language's titles whose counterpart \
            exists, evenly spread as in `gaceta eval known-item`, are the queries, \
            each with that counterpart as its only relevant answer. Without \
            --translate only names, numbers and cognates can match across the \
            languages, so this measures what plain lexical matching gives; with it, \
            what query translation gives. The set is named "known-item-cross:" \
            (English titles) or "known-item-cross-es:" (Spanish titles) and the \
            file's name.

            \(EvalOutput.figuresHelp)

            Examples:
              gaceta eval known-item-cross ../shared/data/news-parallel-en-es.jsonl.gz
              gaceta eval known-item-cross parallel.jsonl --sample 200 --json
              gaceta eval known-item-cross ../shared/data/news-parallel-en-es.jsonl.gz \\
                  --from es --translate

            \(EvalOutput.jsonHelp)
            """
    )

    @OptionGroup var corpus: KnownItemCorpus

    @OptionGroup var eval: EvalOptions

    @Option(help: ArgumentHelp("The language of the titles that are the queries; the other language's articles are searched.", valueName: "en|es"))
    var from = Language.english

    func run() throws {
        let other: Language = from == .english ? .spanish : .english
        let articles = try corpus.articles()
        let searched = articles.filter { $0.language == other }
        let searchedIDs = Set(searched.map(\.id))
        let suffix = "-" + from.rawValue
        let queries = KnownItemQueries.sample(articles.filter { $0.language == from }, count: corpus.sample) { article in
            guard article.id.hasSuffix(suffix) else { return nil }
            let counterpart = String(article.id.dropLast(suffix.count)) + "-" + other.rawValue
            return searchedIDs.contains(counterpart) ? counterpart : nil
        }
        guard !queries.isEmpty else {
            throw CommandFailure(message: "\(corpus.path): no \(from == .english ? "English" : "Spanish") article with a title has a counterpart (ids PAIR-en and PAIR-es)")
        }
        let kind = from == .english ? "known-item-cross" : "known-item-cross-" + from.rawValue
        try EvalRun(set: corpus.setName(kind: kind), queries: queries, target: .articles(searched, titles: false))
            .run(eval)
    }
}
