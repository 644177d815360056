/// A failure that stops a corpus from being read at all (problems inside files
/// are `CorpusDiagnostic`s instead, and never stop the run).
///
/// Messages say what is wrong with the path in the library's terms; an
/// application adds its own advice per ``Kind`` (the `gaceta` tool names the
/// option that points at another corpus).
public struct CorpusError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with the path.
    public enum Kind: Sendable, Hashable {
        /// There is no corpus directory at the path.
        case directoryNotFound
        /// The corpus path is a file, not a directory.
        case notADirectory
        /// The corpus directory exists but cannot be listed: its permissions forbid it.
        case unreadableDirectory
        /// An article file named on its own does not exist.
        case fileNotFound
        /// A path named as an article file is a directory; a directory is read
        /// as a corpus (``CorpusReader/init(directory:)``).
        case fileIsADirectory
        /// A file named on its own has a name no article format reads:
        /// Gaceta reads `.jsonl`, `.jsonl.gz`, `.json`, `.md` and `.txt` files.
        case unsupportedFile
    }

    /// What is wrong.
    public var kind: Kind
    /// The path concerned.
    public var path: String
    /// One line saying what is wrong, without the path.
    public var message: String

    init(_ kind: Kind, path: String, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// The path and the message: `path: message`.
    public var description: String { "\(path): \(message)" }
}
