/// Why an evaluation could not run: its input files are missing or malformed.
public struct EvaluationError: Error, Sendable, CustomStringConvertible {
    /// The file concerned.
    public var path: String
    /// The 1-based line, when the problem is on one line.
    public var line: Int?
    /// One line saying what is wrong and what to do.
    public var message: String

    public init(path: String, line: Int? = nil, _ message: String) {
        self.path = path
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(path):\(line): \(message)" }
        return "\(path): \(message)"
    }
}
