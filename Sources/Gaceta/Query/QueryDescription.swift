/// The query written back in query syntax, fully parenthesised, for
/// debugging and test failures: `(+aranceles -china title:acero)`.
/// Parsing the description gives the same query back (for queries that came
/// from `QueryParser`), except that unusual characters may regroup.
extension Query: CustomStringConvertible {
    /// The query in query syntax, fully parenthesised.
    public var description: String {
        switch self {
        case .word(let word):
            return Self.escaped(word)
        case .phrase(let phrase):
            return Self.quoted(phrase)
        case .prefix(let stem):
            return Self.escaped(stem) + "*"
        case .field(let field, let query):
            return "\(field.rawValue):\(query)"
        case .filter(let filter):
            return filter.description
        case .all(let queries):
            return "(" + queries.map(\.description).joined(separator: " AND ") + ")"
        case .any(let queries):
            return "(" + queries.map(\.description).joined(separator: " OR ") + ")"
        case .group(let queries):
            return "(" + queries.map(\.description).joined(separator: " ") + ")"
        case .required(let query):
            return "+\(query)"
        case .excluded(let query):
            return "-\(query)"
        }
    }

    /// A word with every character the parser would treat specially escaped.
    static func escaped(_ word: String) -> String {
        if word == "AND" || word == "OR" || word == "NOT" { return "\\" + word }
        var result = ""
        for character in word {
            switch character {
            case "\\", ":", "*", "+", "-":
                result.append("\\")
            default:
                if QueryLexer.endsWord(character) { result.append("\\") }
            }
            result.append(character)
        }
        return result
    }

    static func quoted(_ phrase: String) -> String {
        var result = "\""
        for character in phrase {
            if character == "\\" || QueryLexer.closesPhrase(character) { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }
}

extension QueryFilter: CustomStringConvertible {
    /// The filter in query syntax: `source:"el pais"`, `lang:es`, `date:2025-01-01..`.
    public var description: String {
        switch self {
        case .source(let source): "source:" + Query.quoted(source)
        case .language(let language): "lang:" + language.rawValue
        case .dates(let from, let through): "date:\(from ?? "")..\(through ?? "")"
        }
    }
}
