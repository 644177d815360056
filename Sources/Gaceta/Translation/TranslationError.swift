/// What went wrong with the bilingual lexicon that query translation uses:
/// ``kind`` for code that reacts to it, ``description`` for the person who
/// reads it.
public struct TranslationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What happened.
    public enum Kind: Sendable, Hashable {
        /// The dictionaries the lexicon is built from are not on this
        /// machine; `package` names the Debian package that installs them.
        case dictionaryNotInstalled(package: String)
        /// A dictionary or a lexicon file is damaged: truncated, or not in the
        /// format its name says.
        case corrupt
        /// A lexicon file was written in a format version this build does
        /// not read; building the lexicon again replaces it.
        case unsupportedVersion
        /// The operating system refused to read a file; the message quotes
        /// its reason.
        case io
    }

    /// What happened.
    public var kind: Kind
    /// The file concerned, when there is one.
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
