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
