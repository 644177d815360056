/// The indexed fields of a passage. The raw value is the first byte of every
/// term key, so each field's terms form one contiguous range of the dictionary.
enum Field: UInt8, CaseIterable, Sendable {
    /// The passage text: scored, with positions.
    case body = 0
    /// The article's title, repeated on each of its passages so that a title
    /// match lifts every passage of the article.
    case title = 1
    /// The article id, exact: finds an article's passages for replacement,
    /// deletion and `gaceta show`. Not scored.
    case articleID = 2
    /// The words of the article's source, folded but not stemmed, plus all of
    /// them run together (`diariodelnorte`), for `source:` filters. Not scored.
    case source = 3
    /// The article's day, `yyyy-mm-dd`, for `date:` filters. Not scored.
    case date = 4
    /// The article's language code, `en` or `es`, for `lang:` filters. Not scored.
    case language = 5

    static let scored: [Field] = [.body, .title]
}

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

extension Language {
    /// The byte that stands for the language inside term keys and stored records.
    var keyByte: UInt8 {
        switch self {
        case .english: 1
        case .spanish: 2
        }
    }

    init?(keyByte: UInt8) {
        switch keyByte {
        case 1: self = .english
        case 2: self = .spanish
        default: return nil
        }
    }
}
