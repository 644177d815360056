/// A failure a command reports itself, as one line saying what happened and
/// what to do; it exits with `ExitStatus.failure`.
struct CommandFailure: Error {
    var message: String
}

/// The exit statuses besides success (0).
enum ExitStatus {
    /// The command line was wrong: an unknown option, a missing argument, a bad value.
    static let usage: Int32 = 1
    /// Anything else went wrong.
    static let failure: Int32 = 2
}
