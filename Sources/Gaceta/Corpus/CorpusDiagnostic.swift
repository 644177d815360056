/// A problem found while reading a corpus; reading goes on after every one of them.
public struct CorpusDiagnostic: Sendable, Hashable, CustomStringConvertible {
    /// Whether input was lost.
    public enum Severity: String, Sendable, Hashable {
        /// The input was odd but an article was still read, or deliberately skipped.
        case warning
        /// Input was lost: a file could not be read, or a record could not be parsed.
        case error
    }

    /// Whether input was lost.
    public var severity: Severity
    /// The file concerned, as in `ArticleOrigin.file`.
    public var file: String
    /// The 1-based line, when the problem is on one.
    public var line: Int?
    /// One line saying what is wrong and what Gaceta did about it.
    public var message: String

    init(_ severity: Severity, file: String, line: Int? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.message = message
    }

    init(_ severity: Severity, at origin: ArticleOrigin, _ message: String) {
        let prefix = origin.element.map { "article \($0): " } ?? ""
        self.init(severity, file: origin.file, line: origin.line, prefix + message)
    }

    /// `file:line: warning: message`, the form compilers use, so editors can jump to it.
    public var description: String {
        let place = line.map { "\(file):\($0)" } ?? file
        return "\(place): \(severity.rawValue): \(message)"
    }
}
