import ArgumentParser
import Foundation
import Gaceta
import GacetaEvaluation

/// Turns any error into one line on standard error and an exit status, so that
/// no command ever ends with a stack trace or a screenful of usage.
enum ErrorExit {
    static func exit(with error: Error, arguments: [String]) -> Never {
        switch error {
        case let failure as CommandFailure:
            fail(failure.message, status: ExitStatus.failure)
        case let error as IndexError:
            fail(error.description, advice: advice(for: error.kind), status: ExitStatus.failure)
        case let error as CorpusError:
            fail(error.description, advice: advice(for: error.kind), status: ExitStatus.failure)
        case let error as QuerySyntaxError:
            // The one case of more than one line: the caret needs the query above it.
            StandardStreams.error("gaceta: \(error.description)\n")
            Foundation.exit(ExitStatus.usage)
        case let error as TranslationError:
            fail(error.description, status: ExitStatus.failure)
        case let error as EvaluationError:
            fail(error.description, status: ExitStatus.failure)
        case let code as ExitCode:
            Foundation.exit(code.rawValue)
        default:
            break
        }
        let code = GacetaCommand.exitCode(for: error)
        if code == .success {
            // `--help` and `help`: ArgumentParser prints them to standard output.
            GacetaCommand.exit(withError: error)
        }
        let message = GacetaCommand.message(for: error)
        if code == .validationFailure {
            fail("\(message) (see `\(helpCommand(for: arguments))`)", status: ExitStatus.usage)
        }
        fail(message, status: ExitStatus.failure)
    }

    private static func fail(_ message: String, advice: String? = nil, status: Int32) -> Never {
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        StandardStreams.error("gaceta: \(oneLine)\(advice.map { "; \($0)" } ?? "")\n")
        Foundation.exit(status)
    }

    /// What to do about an index error with this tool. The library says what
    /// happened; only the tool knows which of its commands repairs it.
    private static func advice(for kind: IndexError.Kind) -> String? {
        switch kind {
        case .notFound: "build one with `gaceta index`"
        case .corrupt: "run `gaceta check`, then rebuild the index with `gaceta index --rebuild`"
        case .unsupportedVersion: "rebuild the index with this version: `gaceta index --rebuild`"
        case .locked: "wait for it to finish"
        case .io, .writerFailed, .prefixTooBroad, .invalidArgument: nil
        }
    }

    /// What to do about a corpus that cannot be read, when this tool has an option for it.
    private static func advice(for kind: CorpusError.Kind) -> String? {
        switch kind {
        case .directoryNotFound: "pass --corpus DIR or set GACETA_CORPUS"
        case .fileIsADirectory: "give article files, or index a directory with `gaceta index --corpus`"
        case .notADirectory, .unreadableDirectory, .fileNotFound, .unsupportedFile: nil
        }
    }

    /// `gaceta SUBCOMMAND... --help` for the (nested) subcommand on the command
    /// line, if any: `gaceta eval judged --help` for an `eval judged` mistake.
    private static func helpCommand(for arguments: [String]) -> String {
        var command: ParsableCommand.Type = GacetaCommand.self
        var names = ["gaceta"]
        for argument in arguments {
            guard let subcommand = command.configuration.subcommands.first(where: { $0.configuration.commandName == argument })
            else { continue }
            command = subcommand
            names.append(argument)
        }
        return (names + ["--help"]).joined(separator: " ")
    }
}
