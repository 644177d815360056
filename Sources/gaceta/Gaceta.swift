import ArgumentParser
import Gaceta

@main
struct GacetaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaceta",
        abstract: "Full-text search for English and Spanish news archives.",
        subcommands: [AnalyzeCommand.self, EvalLanguageCommand.self]
    )
}
