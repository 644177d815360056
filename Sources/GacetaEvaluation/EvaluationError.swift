/// Why an evaluation could not run: its input files are missing or malformed.
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the file.
    public enum Kind: Sendable, Hashable {
        /// The file does not exist or cannot be opened.
        case unreadable
        /// The file's contents are not what the evaluation reads: a damaged
        /// compressed stream, or a ``line`` that is not a record of the expected shape.
        case malformed
    }

    /// What is wrong.
    public var kind: Kind
    /// The file concerned.
    public var path: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    /// One line saying what is wrong and what to do, without the path.
    public var message: String

    init(_ kind: Kind, path: String, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.line = line
        self.message = message
    }

    /// The path, the line when there is one, and the message: `path:line: message`.
    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
