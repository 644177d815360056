import Foundation

/// Unbuffered writes to standard output and standard error, so that progress,
/// warnings and results interleave in the order they happen, and each line of
/// `--batch` output reaches a pipe as soon as it is written.
enum StandardStreams {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
