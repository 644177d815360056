import Foundation

/// Runs the built `gaceta` executable, which sits beside the test bundle in the
/// build directory, inside a scratch working directory.
struct GacetaProcess {
    struct Outcome {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    static var executable: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let candidates = [
            testBinary.deletingLastPathComponent().appendingPathComponent("gaceta"),
            Bundle.main.bundleURL.appendingPathComponent("gaceta"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("gaceta"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// - Parameters:
    ///   - directory: the working directory, so `./index` and `./corpus` are the test's own.
    ///   - input: what the process reads on standard input.
    ///   - environment: variables set on top of this process's, less any `GACETA_*`.
    static func run(_ arguments: [String], in directory: String, input: String = "", environment extra: [String: String] = [:]) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var environment = ProcessInfo.processInfo.environment
        environment["GACETA_INDEX"] = nil
        environment["GACETA_CORPUS"] = nil
        environment.merge(extra) { $1 }
        process.environment = environment
        // Output goes to files rather than pipes, so a chatty child can never
        // block on a full pipe while the test waits for it.
        let outputFile = directory + "/.stdout-\(UUID().uuidString)"
        let errorFile = directory + "/.stderr-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: outputFile, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outputFile)
            try? FileManager.default.removeItem(atPath: errorFile)
        }
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle(forWritingAtPath: outputFile)
        process.standardError = FileHandle(forWritingAtPath: errorFile)
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let output = try Data(contentsOf: URL(fileURLWithPath: outputFile))
        let error = try Data(contentsOf: URL(fileURLWithPath: errorFile))
        return Outcome(
            status: process.terminationStatus,
            standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: error, as: UTF8.self))
    }
}
