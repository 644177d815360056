import ArgumentParser
import Gaceta

/// What every `gaceta eval` subcommand takes besides its inputs: the cut-off,
/// how many queries, how the scratch index cuts passages, the output format,
/// and the ranking parameters.
struct EvalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The cut-off of nDCG and MRR.", valueName: "N"))
    var k = 10

    @Option(help: ArgumentHelp("Run only the first N queries.", valueName: "N"))
    var limitQueries: Int?

    @Option(help: ArgumentHelp(
        "Passage length the indexer aims for when it cuts long paragraphs of the scratch index (default: \(IndexConfiguration().targetPassageWords)).",
        valueName: "words"
    ))
    var passageWords: Int?

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @OptionGroup(title: "Ranking Options")
    var ranking: RankingOptions

    @OptionGroup var translation: TranslationOption

    func validate() throws {
        if k < 1 { throw ValidationError("--k must be at least 1, not \(k)") }
        if let limitQueries, limitQueries < 1 { throw ValidationError("--limit-queries must be at least 1, not \(limitQueries)") }
        if let passageWords, passageWords < 10 { throw ValidationError("--passage-words must be at least 10, not \(passageWords)") }
    }
}
