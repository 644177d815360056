import ArgumentParser
import Foundation

/// The `--color` option: whether output uses ANSI colour and bold.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    /// Colour when writing to a terminal, unless `NO_COLOR` is set or `TERM` is `dumb`.
    case auto
    case always
    case never

    func isEnabled(for descriptor: Int32) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            // https://no-color.org: any non-empty NO_COLOR turns colour off.
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return Terminal.isInteractive(descriptor)
        }
    }
}

/// How emphasis looks: ANSI escapes on a colour terminal, plain marks elsewhere
/// so that matches stay visible in a file or a pipe.
struct TextStyle: Sendable {
    let isColored: Bool

    func match(_ text: String) -> String {
        isColored ? "\u{1B}[1;33m\(text)\u{1B}[0m" : "[\(text)]"
    }

    func title(_ text: String) -> String {
        isColored ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    func dim(_ text: String) -> String {
        isColored ? "\u{1B}[2m\(text)\u{1B}[0m" : text
    }
}
