import ArgumentParser
import Gaceta

@main
struct GacetaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gaceta",
        abstract: "Full-text search for English and Spanish news archives.",
        discussion: """
            Build an index of a directory of articles, then search it:

              gaceta index --corpus ./corpus
              gaceta search "aranceles al acero"
              gaceta search --lang en --limit 5 "tariffs"
              gaceta show reuters21578-42
              gaceta add breaking.jsonl
              gaceta delete reuters21578-42
              gaceta optimize

            Exit status: 0 on success, 1 for a wrong command line, 2 for any other failure.
            """,
        version: "gaceta \(GacetaVersion.summary)",
        subcommands: [
            IndexCommand.self, SearchCommand.self, StatsCommand.self, ShowCommand.self,
            AddCommand.self, DeleteCommand.self, OptimizeCommand.self, CheckCommand.self,
            AnalyzeCommand.self, EvalCommand.self, EvalLanguageCommand.self,
        ]
    )

    /// Parses and runs like ArgumentParser's own `main()`, except that every
    /// failure ends as one line on standard error with our exit statuses.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            ErrorExit.exit(with: error, arguments: arguments)
        }
    }
}
