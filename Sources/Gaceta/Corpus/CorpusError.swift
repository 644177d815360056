/// A failure that stops a corpus from being read at all (problems inside files
/// are `CorpusDiagnostic`s instead, and never stop the run).
public struct CorpusError: Error, Sendable, CustomStringConvertible {
    /// The path concerned.
    public var path: String
    /// One line saying what happened and what to do.
    public var message: String

    public init(path: String, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}
