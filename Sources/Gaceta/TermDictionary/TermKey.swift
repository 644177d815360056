/// A dictionary key: field byte, language byte, then the term's UTF-8 bytes.
/// Keys sort bytewise, which groups terms by field and language.
struct TermKey: Hashable, Comparable, Sendable {
    var bytes: [UInt8]

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    init(field: Field, language: Language?, term: String) {
        var key: [UInt8] = [field.rawValue, language?.keyByte ?? 0]
        key.append(contentsOf: term.utf8)
        bytes = key
    }

    static func < (lhs: TermKey, rhs: TermKey) -> Bool {
        lhs.bytes.lexicographicallyPrecedes(rhs.bytes)
    }
}
