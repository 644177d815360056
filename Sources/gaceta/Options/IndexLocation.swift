import ArgumentParser
import Foundation

/// `--index DIR`, defaulting to `$GACETA_INDEX`, then `./index`.
struct IndexLocation: ParsableArguments {
    @Option(name: .customLong("index"), help: ArgumentHelp(
        "The index directory (default: $GACETA_INDEX, or ./index).", valueName: "dir"))
    var explicitPath: String?

    var path: String {
        explicitPath ?? ProcessInfo.processInfo.environment["GACETA_INDEX"].flatMap { $0.isEmpty ? nil : $0 } ?? "./index"
    }
}

/// `--corpus DIR`, defaulting to `$GACETA_CORPUS`, then `./corpus`.
struct CorpusLocation: ParsableArguments {
    @Option(name: .customLong("corpus"), help: ArgumentHelp(
        "The directory of articles (default: $GACETA_CORPUS, or ./corpus).", valueName: "dir"))
    var explicitPath: String?

    var path: String {
        explicitPath ?? ProcessInfo.processInfo.environment["GACETA_CORPUS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./corpus"
    }

    var exists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
