/// What went wrong with an index, phrased for the person who has to fix it.
public struct IndexError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// There is no index at the path.
        case notFound
        /// A file is damaged: truncated, bad checksum, or inconsistent.
        case corrupt
        /// The index was written by a format version this build cannot read.
        case unsupportedVersion
        /// Reading or writing a file failed (permissions, disk full, ...).
        case io
        /// The caller asked for something that cannot be done.
        case invalidArgument
    }

    public var kind: Kind
    /// The file concerned, when there is one.
    public var path: String?
    /// One line saying what happened and what to do.
    public var message: String

    public init(_ kind: Kind, path: String? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String {
        if let path { return "\(path): \(message)" }
        return message
    }
}
