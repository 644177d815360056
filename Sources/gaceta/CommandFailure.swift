/// A failure a command reports itself: one line saying what happened and what to
/// do, and the exit status.
struct CommandFailure: Error {
    var message: String
    var exitStatus: Int32 = ExitStatus.failure
}

/// The exit statuses of every command.
enum ExitStatus {
    static let success: Int32 = 0
    /// The command line was wrong: an unknown option, a missing argument, a bad value.
    static let usage: Int32 = 1
    /// Anything else went wrong.
    static let failure: Int32 = 2
}
