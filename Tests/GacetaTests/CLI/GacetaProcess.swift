import Foundation

/// Runs the built `gaceta` executable, which sits beside the test bundle in the
/// build directory, inside a scratch working directory.
struct GacetaProcess {
    struct Outcome {
        /// The exit status, or the signal number when `wasKilled`.
        var status: Int32
        var standardOutput: String
        var standardError: String
        /// The process ended by a signal rather than by exiting.
        var wasKilled = false
    }

    /// A process started in the background, to be waited for or killed.
    final class Running {
        let process: Process
        private let outputFile: String
        private let errorFile: String

        fileprivate init(process: Process, outputFile: String, errorFile: String) {
            self.process = process
            self.outputFile = outputFile
            self.errorFile = errorFile
        }

        var pid: Int32 { process.processIdentifier }

        /// SIGKILL, unless it has already ended: the crash of the process.
        func kill() {
            if process.isRunning { _ = Foundation.kill(pid, SIGKILL) }
        }

        func wait() throws -> Outcome {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(atPath: outputFile)
                try? FileManager.default.removeItem(atPath: errorFile)
            }
            let output = try Data(contentsOf: URL(fileURLWithPath: outputFile))
            let error = try Data(contentsOf: URL(fileURLWithPath: errorFile))
            return Outcome(
                status: process.terminationStatus,
                standardOutput: String(decoding: output, as: UTF8.self),
                standardError: String(decoding: error, as: UTF8.self),
                wasKilled: process.terminationReason == .uncaughtSignal)
        }
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
        try start(arguments, in: directory, input: input, environment: extra).wait()
    }

    /// Starts the process and returns at once; see `run` for the parameters.
    /// - Parameter program: what to run instead of `gaceta`, e.g. a shell that
    ///   sets limits first and then runs `executable`.
    static func start(
        _ arguments: [String], in directory: String, input: String = "",
        environment extra: [String: String] = [:], program: URL = executable
    ) throws -> Running {
        let process = Process()
        process.executableURL = program
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
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle(forWritingAtPath: outputFile)
        process.standardError = FileHandle(forWritingAtPath: errorFile)
        try process.run()
        // Nothing is written when there is no input: a child that already died
        // would make the write raise SIGPIPE here.
        if !input.isEmpty { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        return Running(process: process, outputFile: outputFile, errorFile: errorFile)
    }
}
