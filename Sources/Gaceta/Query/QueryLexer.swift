/// Cuts query text into `QueryToken`s in one left-to-right pass.
///
/// Offsets count `Character`s, as the caret of `QuerySyntaxError` does. The
/// lexer knows which characters are special and what a field name is; the
/// grammar (what may follow what) is `QueryParser`'s business.
struct QueryLexer {
    private let text: String
    private let characters: [Character]
    private var position = 0
    private var tokens: [QueryToken] = []

    /// The tokens of `text`, ending with one `.end` token at `text`'s length.
    static func tokens(in text: String, maximumLength: Int) throws(QuerySyntaxError) -> [QueryToken] {
        // Count without building the array first: a huge input stops early.
        var length = 0
        for _ in text {
            if length == maximumLength {
                throw QuerySyntaxError(
                    message: "query too long: at most \(maximumLength) characters",
                    query: text, offset: maximumLength)
            }
            length += 1
        }
        var lexer = QueryLexer(text: text, characters: Array(text))
        try lexer.run()
        return lexer.tokens
    }

    private init(text: String, characters: [Character]) {
        self.text = text
        self.characters = characters
    }

    private mutating func run() throws(QuerySyntaxError) {
        while true {
            while position < characters.count, Self.isSeparator(characters[position]) { position += 1 }
            guard position < characters.count else {
                tokens.append(QueryToken(kind: .end, offset: characters.count))
                return
            }
            let start = position
            let character = characters[position]
            switch character {
            case "(":
                position += 1
                tokens.append(QueryToken(kind: .openParenthesis, offset: start))
            case ")":
                position += 1
                tokens.append(QueryToken(kind: .closeParenthesis, offset: start))
            case "+", "-":
                // Signs standing alone are punctuation, as in a pasted headline
                // "Budget approved - Reuters" or "USDA -- weekly summary".
                var end = position
                while end < characters.count, characters[end] == "+" || characters[end] == "-" { end += 1 }
                if end == characters.count || Self.isSeparator(characters[end]) {
                    position = end
                    continue
                }
                position += 1
                tokens.append(QueryToken(kind: character == "+" ? .plus : .minus, offset: start))
            default:
                if Self.opensPhrase(character) {
                    tokens.append(QueryToken(kind: .phrase(try phrase()), offset: start))
                } else if Self.closesPhrase(character) {
                    throw error("unmatched '\(character)': no phrase to close", at: start)
                } else {
                    try word()
                }
            }
        }
    }

    /// A quoted phrase starting at `position`; leaves `position` after the closing quote.
    private mutating func phrase() throws(QuerySyntaxError) -> String {
        let start = position
        position += 1
        var content = ""
        while position < characters.count {
            let character = characters[position]
            if character == "\\", position + 1 < characters.count {
                content.append(characters[position + 1])
                position += 2
                continue
            }
            position += 1
            if Self.closesPhrase(character) {
                guard content.contains(where: { !Self.isSeparator($0) }) else {
                    throw error("empty phrase", at: start)
                }
                return content
            }
            content.append(character)
        }
        throw error("unclosed quote", at: start)
    }

    /// A word, prefix, keyword, field or filter starting at `position`.
    private mutating func word() throws(QuerySyntaxError) {
        let start = position
        var content = ""
        var escaped = false
        var sawColon = false
        var trailingStars = 0
        while position < characters.count {
            let character = characters[position]
            if Self.endsWord(character) { break }
            if character == "\\" {
                position += 1
                if position < characters.count {
                    content.append(characters[position])
                    position += 1
                    escaped = true
                } else {
                    content.append("\\")
                }
                trailingStars = 0
                continue
            }
            if character == ":", !escaped, !sawColon {
                sawColon = true
                let name = content.lowercased()
                if let field = QueryField(rawValue: name) {
                    position += 1
                    try requireValue(after: content + ":")
                    tokens.append(QueryToken(kind: .field(field), offset: start))
                    return
                }
                if let filter = QueryFilterName(rawValue: name) {
                    position += 1
                    try filterValue(filter, name: content, start: start)
                    return
                }
            }
            content.append(character)
            trailingStars = character == "*" ? trailingStars + 1 : 0
            position += 1
        }
        if trailingStars > 0 {
            let stem = String(content.dropLast(trailingStars))
            guard stem.count >= 2 else {
                throw error("prefix too short: put at least 2 characters before '*'", at: start)
            }
            tokens.append(QueryToken(kind: .prefix(stem), offset: start))
            return
        }
        let kind: QueryToken.Kind
        switch (escaped, content) {
        case (false, "AND"): kind = .and
        case (false, "OR"): kind = .or
        case (false, "NOT"): kind = .not
        default: kind = .word(content)
        }
        tokens.append(QueryToken(kind: kind, offset: start))
    }

    /// The raw value of `source:`, `lang:` or `date:`: a quoted phrase or
    /// everything up to the next space, parenthesis or quote.
    private mutating func filterValue(_ filter: QueryFilterName, name: String, start: Int) throws(QuerySyntaxError) {
        try requireValue(after: name + ":")
        let valueOffset = position
        let value: String
        if Self.opensPhrase(characters[position]) {
            value = try phrase()
        } else {
            var content = ""
            while position < characters.count, !Self.endsWord(characters[position]) {
                if characters[position] == "\\", position + 1 < characters.count {
                    position += 1
                }
                content.append(characters[position])
                position += 1
            }
            value = content
        }
        tokens.append(QueryToken(kind: .filter(filter, value: value, valueOffset: valueOffset), offset: start))
    }

    /// A field name must be directly followed by its value: `title:` alone,
    /// before a space or before `)` is an error pointing just after the colon.
    private func requireValue(after field: String) throws(QuerySyntaxError) {
        guard position < characters.count,
              !Self.isSeparator(characters[position]), characters[position] != ")" else {
            throw error("'\(field)' must be directly followed by a value", at: position)
        }
    }

    private func error(_ message: String, at offset: Int) -> QuerySyntaxError {
        QuerySyntaxError(message: message, query: text, offset: offset)
    }

    /// Spaces, line breaks and control characters (NUL, escape, …) separate words.
    static func isSeparator(_ character: Character) -> Bool {
        if let byte = ascii(character) { return byte <= 0x20 || byte == 0x7F }
        if character.isWhitespace { return true }
        guard let scalar = character.unicodeScalars.first else { return true }
        return scalar.properties.generalCategory == .control
    }

    static func opensPhrase(_ character: Character) -> Bool {
        switch character {
        case "\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{201E}": true  // " “ ” « „
        default: false
        }
    }

    static func closesPhrase(_ character: Character) -> Bool {
        switch character {
        case "\"", "\u{201C}", "\u{201D}", "\u{BB}": true  // " “ ” »
        default: false
        }
    }

    /// Characters that end a bare word (and so must be escaped inside one).
    static func endsWord(_ character: Character) -> Bool {
        if let byte = ascii(character) {
            return byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
                || byte == UInt8(ascii: "\"")
        }
        return isSeparator(character) || opensPhrase(character) || closesPhrase(character)
    }

    /// The byte of a character that is a single ASCII scalar, as most of a
    /// query is: then no Unicode property lookup or string comparison is
    /// needed to classify it. ("\r\n" is one character of two scalars.)
    private static func ascii(_ character: Character) -> UInt8? {
        let utf8 = character.utf8
        guard utf8.count == 1, let byte = utf8.first, byte < 0x80 else { return nil }
        return byte
    }
}
