/// What went wrong with an index: ``kind`` for code that reacts to it,
/// ``description`` for the person who reads it.
///
/// Messages say what happened in the library's terms and never name the
/// commands of a program built on it; each ``Kind`` says what can be done
/// about it, and an application adds its own advice per kind (the `gaceta`
/// tool names the command that checks or rebuilds the index).
public struct IndexError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What happened, as far as a program needs to tell one failure from another.
    public enum Kind: Sendable, Hashable {
        /// There is no index at the path. An ``IndexWriter`` opened there creates one.
        case notFound
        /// A file of the index is damaged or missing: truncated, replaced,
        /// failing its checksum, or contradicting the manifest or another file.
        /// ``IndexChecker`` lists every problem; an index rebuilt from its
        /// articles (``IndexWriter/Mode/rebuild``) replaces it.
        case corrupt
        /// A file was written in a format version this build does not read.
        /// An index rebuilt with this build replaces it.
        case unsupportedVersion
        /// Another writer holds the index, in the process with this id (nil
        /// when its lock file does not say): one writer at a time may open an
        /// index. It can be opened once that writer is closed.
        case locked(byProcess: Int32?)
        /// The operating system refused to read or write a file: permissions,
        /// a full disk, a file size limit. The message quotes its reason.
        case io
        /// An earlier commit of this writer failed, and the writer refuses to
        /// commit again: it no longer knows which of its changes were written.
        /// A new writer starts from the last complete commit.
        case writerFailed
        /// A prefix query (`fentan*`) matches more distinct words than a
        /// search expands; a longer prefix matches fewer.
        case prefixTooBroad
        /// The caller asked for something that cannot be done, such as a
        /// search for fewer than one result.
        case invalidArgument
    }

    /// What happened.
    public var kind: Kind
    /// The file or index directory concerned, when there is one.
    public var path: String?
    /// One line saying what happened, without the path.
    public var message: String

    init(_ kind: Kind, path: String? = nil, _ message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    /// The message, after the path when there is one: `path: message`.
    public var description: String {
        if let path { return "\(path): \(message)" }
        return message
    }
}
