/// A parsed search query: what `QueryParser` makes of the text a user types,
/// and what `Searcher` runs. Words are kept as typed; the searcher analyses
/// them exactly like document text (folding, stemming, both languages).
public indirect enum Query: Sendable, Hashable {
    /// One word, ranked by BM25 (`tariffs`).
    case word(String)
    /// Words that must follow each other in this order (`"El Mayo"`), as typed
    /// between the quotes.
    case phrase(String)
    /// Any word starting with this text (`fentan*`), the text before the `*`.
    case prefix(String)
    /// The sub-query matched against one field only (`title:aranceles`).
    case field(QueryField, Query)
    /// A restriction that selects passages without changing their score
    /// (`source:elpais`, `lang:es`, `date:2025-01-01..2025-03-31`).
    case filter(QueryFilter)
    /// Every sub-query must match (`a AND b`).
    case all([Query])
    /// At least one sub-query must match (`a OR b`).
    case any([Query])
    /// Words side by side (`aranceles acero +mexico -china`): the default.
    /// Passages must match every `required` member, no `excluded` one and,
    /// when nothing is required, at least one other member; they rank by the
    /// sum of what they match.
    case group([Query])
    /// `+q` inside a group.
    case required(Query)
    /// `-q` inside a group.
    case excluded(Query)
}

/// A field a sub-query can be scoped to.
public enum QueryField: String, Sendable, Hashable, CaseIterable {
    /// The article's title (`title:`), which every passage of the article carries.
    case title
    /// The passage's own text (`body:`).
    case body
}

/// A non-scoring restriction on the article a passage belongs to.
public enum QueryFilter: Sendable, Hashable {
    /// Articles whose source contains this word (folded like text: `elpais`, `el país`).
    case source(String)
    /// Articles in this language (`lang:es`).
    case language(Language)
    /// Articles dated within these ISO 8601 days, both inclusive; nil is open.
    case dates(from: String?, through: String?)
}

/// Why a query could not be parsed, and where.
public struct QuerySyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in one line (`unclosed quote`).
    public var message: String
    /// The query as typed.
    public var query: String
    /// Where the problem is, in `Character`s from the start of `query`.
    public var offset: Int

    init(message: String, query: String, offset: Int) {
        self.message = message
        self.query = query
        self.offset = offset
    }

    /// The message, the query and a caret under the offending position.
    public var description: String {
        "\(message)\n  \(query)\n  \(String(repeating: " ", count: max(0, offset)))^"
    }
}

extension Query {
    /// Text taken as plain words, with no operators: what a question or a
    /// headline becomes when it is not written in the query language
    /// (quotes, `-`, `AND` and the like are just text).
    public static func keywords(_ text: String) -> Query {
        .group(text.split(whereSeparator: \.isWhitespace).map { .word(String($0)) })
    }
}
