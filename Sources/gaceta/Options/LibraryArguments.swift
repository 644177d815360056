import ArgumentParser
import Gaceta

// `--lang en|es` and `--sort relevance|date` parse straight into the library's types.
extension Language: ExpressibleByArgument {}
extension SearchSort: ExpressibleByArgument {}

/// `--count exact|N`: every match counted, or exactly while fewer than N match.
extension HitCount: ExpressibleByArgument {
    public init?(argument: String) {
        if argument == "exact" {
            self = .exact
        } else if let threshold = Int(argument), threshold > 0 {
            self = .upTo(threshold)
        } else {
            return nil
        }
    }

    public var defaultValueDescription: String {
        switch self {
        case .exact: "exact"
        case .upTo(let threshold): String(threshold)
        }
    }
}
