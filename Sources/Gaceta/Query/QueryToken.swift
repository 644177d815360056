/// One piece of query text as `QueryLexer` cuts it, with the `Character`
/// offset where it starts (for the caret of a `QuerySyntaxError`).
struct QueryToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// A bare word, backslash escapes resolved.
        case word(String)
        /// A word that ended in `*`: the text before the star(s).
        case prefix(String)
        /// The text between two quotes, escapes resolved.
        case phrase(String)
        /// `title:` or `body:`; the scoped value is the next token(s).
        case field(QueryField)
        /// `source:`, `lang:` or `date:` with its value, which the lexer reads
        /// whole (`2025-01-01..2025-03-31` is one value, not three words).
        case filter(QueryFilterName, value: String, valueOffset: Int)
        case openParenthesis
        case closeParenthesis
        /// `+` directly before a value.
        case plus
        /// `-` directly before a value.
        case minus
        case and
        case or
        case not
        case end
    }

    var kind: Kind
    var offset: Int
}

/// The field names that take a filter value rather than a sub-query.
enum QueryFilterName: String, Sendable, Hashable, CaseIterable {
    case source
    case lang
    case date
}

extension QuerySyntaxError {
    /// Typed text as an error message may quote it: on one line (line breaks,
    /// tabs and control characters become spaces) and at most 40 characters.
    static func shown(_ text: some Sequence<Character>) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == 40 { return result + "…" }
            result.append(QueryLexer.isSeparator(character) ? " " : character)
            count += 1
        }
        return result
    }
}
