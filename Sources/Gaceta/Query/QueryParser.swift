/// Turns the text a user types into a `Query`.
///
/// The grammar, loosest binding first (see docs/QUERY.md):
///
///     query   := or
///     or      := and ("OR" and)*
///     and     := group ("AND" group)*
///     group   := unary unary*                 words side by side
///     unary   := "+" primary | "-" primary | "NOT" primary | primary
///     primary := word | prefix* | "phrase" | "(" or ")"
///              | title:primary | body:primary
///              | source:value | lang:value | date:value
///
/// A group of one plain member is that member (`mexico` is `.word`, not a
/// one-word `.group`); `a AND -b` becomes `.group([.required(a), .excluded(b)])`
/// because an AND side made only of exclusions cannot match on its own.
///
/// Parsing takes time linear in the input, recursion is bounded by
/// `maximumDepth`, and every problem is a `QuerySyntaxError` with an offset.
public struct QueryParser: Sendable {
    /// Longer queries are refused (`Character`s).
    public static let maximumLength = 4_096
    /// At most this many parentheses open at once.
    public static let maximumDepth = 32

    /// A parser; it holds no state, so one serves every query.
    public init() {}

    /// The query `text` stands for.
    /// - Throws: `QuerySyntaxError` saying what is wrong and where.
    public func parse(_ text: String) throws(QuerySyntaxError) -> Query {
        var parsing = QueryParsing(
            text: text,
            tokens: try QueryLexer.tokens(in: text, maximumLength: Self.maximumLength))
        return try parsing.query()
    }
}

/// One run of the recursive descent over the tokens of one query.
private struct QueryParsing {
    /// A parsed `group` or `and`, remembering whether it was exclusions only,
    /// which only an enclosing `AND` can make sense of.
    struct Operand {
        var query: Query
        var exclusions: [Query]?
        var offset: Int
    }

    let text: String
    let tokens: [QueryToken]
    var index = 0
    var depth = 0
    /// The field whose value is being parsed (no fields or filters inside it).
    var scope: QueryField?

    init(text: String, tokens: [QueryToken]) {
        self.text = text
        self.tokens = tokens
    }

    var current: QueryToken { tokens[index] }

    mutating func advance() -> QueryToken {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func error(_ message: String, at offset: Int) -> QuerySyntaxError {
        QuerySyntaxError(message: message, query: text, offset: offset)
    }

    mutating func query() throws(QuerySyntaxError) -> Query {
        if current.kind == .end { throw error("empty query: type some words to look for", at: 0) }
        let query = try or()
        switch current.kind {
        case .end: return query
        case .closeParenthesis: throw error("unmatched ')'", at: current.offset)
        default: throw error("unexpected text", at: current.offset)  // not reached: every token starts or ends something
        }
    }

    mutating func or() throws(QuerySyntaxError) -> Query {
        var branches = [try positive(try and())]
        while current.kind == .or {
            let operator_ = advance()
            try requireOperand(after: operator_, named: "OR")
            branches.append(try positive(try and()))
        }
        return branches.count == 1 ? branches[0] : .any(branches)
    }

    mutating func and() throws(QuerySyntaxError) -> Operand {
        var operands = [try group()]
        while current.kind == .and {
            let operator_ = advance()
            try requireOperand(after: operator_, named: "AND")
            operands.append(try group())
        }
        if operands.count == 1 { return operands[0] }
        let offset = operands[0].offset
        let exclusions = operands.flatMap { $0.exclusions ?? [] }
        if exclusions.isEmpty { return Operand(query: .all(operands.map(\.query)), exclusions: nil, offset: offset) }
        let positives = operands.filter { $0.exclusions == nil }.map { Query.required($0.query) }
        return Operand(query: .group(positives + exclusions), exclusions: positives.isEmpty ? exclusions : nil, offset: offset)
    }

    mutating func group() throws(QuerySyntaxError) -> Operand {
        let offset = current.offset
        var members: [Query] = []
        while startsOperand(current.kind) {
            members.append(try unary())
        }
        if members.isEmpty {
            switch current.kind {
            case .and: throw error("'AND' needs something on both sides", at: current.offset)
            case .or: throw error("'OR' needs something on both sides", at: current.offset)
            case .closeParenthesis: throw error("unmatched ')'", at: current.offset)
            default: throw error("empty query: type some words to look for", at: current.offset)
            }
        }
        if members.count == 1, !isRequiredOrExcluded(members[0]) {
            return Operand(query: members[0], exclusions: nil, offset: offset)
        }
        let onlyExclusions = members.allSatisfy { if case .excluded = $0 { true } else { false } }
        return Operand(query: .group(members), exclusions: onlyExclusions ? members : nil, offset: offset)
    }

    mutating func unary() throws(QuerySyntaxError) -> Query {
        let token = current
        switch token.kind {
        case .plus:
            _ = advance()
            return .required(try primary(after: "'+'", at: token.offset))
        case .minus:
            _ = advance()
            return .excluded(try primary(after: "'-'", at: token.offset))
        case .not:
            _ = advance()
            return .excluded(try primary(after: "'NOT'", at: token.offset))
        default:
            return try primary(after: nil, at: token.offset)
        }
    }

    /// `what` names the operator the primary belongs to, for the error message.
    mutating func primary(after what: String?, at operatorOffset: Int) throws(QuerySyntaxError) -> Query {
        let token = current
        switch token.kind {
        case .word(let word):
            _ = advance()
            return .word(word)
        case .prefix(let stem):
            _ = advance()
            return .prefix(stem)
        case .phrase(let phrase):
            _ = advance()
            return .phrase(phrase)
        case .openParenthesis:
            return try parenthesized()
        case .field(let field):
            if let scope { throw error("'\(field.rawValue):' cannot be used inside '\(scope.rawValue):'", at: token.offset) }
            _ = advance()
            scope = field
            defer { scope = nil }
            return .field(field, try primary(after: "'\(field.rawValue):'", at: current.offset))
        case .filter(let name, let value, let valueOffset):
            if let scope { throw error("'\(name.rawValue):' cannot be used inside '\(scope.rawValue):'", at: token.offset) }
            _ = advance()
            return .filter(try filter(name, value: value, at: valueOffset))
        default:
            let message = "\(what ?? "this") must be followed by a word, a phrase or (…)"
            throw error(message, at: what == nil ? token.offset : operatorOffset)
        }
    }

    mutating func parenthesized() throws(QuerySyntaxError) -> Query {
        let open = advance()
        guard depth < QueryParser.maximumDepth else {
            throw error("too deeply nested: at most \(QueryParser.maximumDepth) parentheses inside each other", at: open.offset)
        }
        switch current.kind {
        case .closeParenthesis: throw error("empty parentheses", at: open.offset)
        case .end: throw error("unclosed '('", at: open.offset)
        default: break
        }
        depth += 1
        let inner = try or()
        depth -= 1
        guard current.kind == .closeParenthesis else { throw error("unclosed '('", at: open.offset) }
        _ = advance()
        return inner
    }

    func filter(_ name: QueryFilterName, value: String, at offset: Int) throws(QuerySyntaxError) -> QueryFilter {
        guard !value.isEmpty else {
            throw error("'\(name.rawValue):' takes one word or a \"phrase\", not (…)", at: offset)
        }
        switch name {
        case .source:
            return .source(value)
        case .lang:
            switch value.lowercased() {
            case "en", "english", "inglés", "ingles": return .language(.english)
            case "es", "spanish", "español", "espanol": return .language(.spanish)
            default: throw error("unknown language '\(QuerySyntaxError.shown(value))': use lang:en or lang:es", at: offset)
            }
        case .date:
            let range = try QueryDateRange.parse(value, offset: offset, query: text)
            return .dates(from: range.from, through: range.through)
        }
    }

    /// Refuses a group made only of exclusions where it would stand alone.
    func positive(_ operand: Operand) throws(QuerySyntaxError) -> Query {
        guard operand.exclusions == nil else {
            throw error("a query needs at least one word to look for, not only exclusions", at: operand.offset)
        }
        return operand.query
    }

    func requireOperand(after token: QueryToken, named name: String) throws(QuerySyntaxError) {
        guard startsOperand(current.kind) else {
            throw error("'\(name)' needs something on both sides", at: token.offset)
        }
    }

    func startsOperand(_ kind: QueryToken.Kind) -> Bool {
        switch kind {
        case .word, .prefix, .phrase, .field, .filter, .openParenthesis, .plus, .minus, .not: true
        case .closeParenthesis, .and, .or, .end: false
        }
    }

    func isRequiredOrExcluded(_ query: Query) -> Bool {
        switch query {
        case .required, .excluded: true
        default: false
        }
    }
}
