/// A dictionary key: field byte, language byte, then the term's UTF-8 bytes.
/// Keys sort bytewise, which groups terms by field and language.
///
/// A key is well formed by construction, made from its parts or decoded from
/// bytes that `init(decoding:)` checked, so its parts read back without fail.
struct TermKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Why bytes are not a key; the description completes a sentence about them.
    enum DecodingError: Error, Equatable, CustomStringConvertible {
        /// No field byte, or one that no field has.
        case unknownField
        /// Scored fields name a language, the others none.
        case wrongLanguage(UInt8)
        case termNotUTF8

        var description: String {
            switch self {
            case .unknownField: "has an unknown field byte"
            case .wrongLanguage(let byte): "has language byte \(byte), wrong for its field"
            case .termNotUTF8: "is not UTF-8"
            }
        }
    }

    let bytes: [UInt8]

    /// `language` is nil for the fields that are not scored, and only for them.
    init(field: Field, language: Language?, term: String) {
        precondition(Field.scored.contains(field) == (language != nil), "\(field) keys take a language only when scored")
        var key: [UInt8] = [field.rawValue, language?.keyByte ?? 0]
        key.append(contentsOf: term.utf8)
        bytes = key
    }

    init(decoding bytes: [UInt8]) throws(DecodingError) {
        guard bytes.count >= 2, let field = Field(rawValue: bytes[0]) else { throw .unknownField }
        let languageIsValid = Field.scored.contains(field) ? Language(keyByte: bytes[1]) != nil : bytes[1] == 0
        guard languageIsValid else { throw .wrongLanguage(bytes[1]) }
        guard String(validating: bytes[2...], as: UTF8.self) != nil else { throw .termNotUTF8 }
        self.bytes = bytes
    }

    var field: Field { Field(rawValue: bytes[0])! }
    /// Nil for the fields that are not scored.
    var language: Language? { Language(keyByte: bytes[1]) }
    var term: String { String(decoding: bytes[2...], as: UTF8.self) }

    /// `body/es "acero"`.
    var description: String { Self.describe(bytes) }

    /// `body/es "acero"` for messages, also of bytes that are no key: what
    /// they hold where a key's parts would be.
    static func describe(_ bytes: [UInt8]) -> String {
        guard bytes.count >= 2 else { return "term key \(bytes)" }
        let field = Field(rawValue: bytes[0]).map { "\($0)" } ?? "field \(bytes[0])"
        let language = bytes[1] == 0 ? "" : "/" + (Language(keyByte: bytes[1])?.rawValue ?? "language \(bytes[1])")
        return "\(field)\(language) \"\(String(decoding: bytes[2...], as: UTF8.self))\""
    }

    static func < (lhs: TermKey, rhs: TermKey) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}
