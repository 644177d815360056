/// Turns a parsed `Query` into a `MatchPlan`: analyses words like documents
/// (in both languages unless the options name one), scopes them to fields,
/// expands prefixes through the segments' dictionaries and turns filters
/// into term sets.
struct QueryPlanner {
    /// More expansions than this and a prefix query is refused.
    static let maximumPrefixExpansions = 512

    let analyzer: Analyzer
    let unstemmed: Analyzer
    let reader: IndexReader
    let options: SearchOptions
    /// The languages words are analysed in: those asked for that the index
    /// has articles in. Terms are keyed by language, so a word's stem in a
    /// language without articles could only miss, after costing an analysis
    /// and a dictionary lookup per segment and field.
    private let languages: [Language]
    /// With `SearchOptions.translation`: the query's language and how its
    /// words become the other language's terms.
    private var translator: QueryTranslator?

    init(analyzer: Analyzer, unstemmed: Analyzer, reader: IndexReader, options: SearchOptions) {
        self.analyzer = analyzer
        self.unstemmed = unstemmed
        self.reader = reader
        self.options = options
        languages = Language.allCases.filter { language in
            (options.language == nil || options.language == language) && reader.articlesByLanguage[language, default: 0] > 0
        }
    }

    func plan(_ query: Query) throws -> MatchPlan {
        var planner = self
        planner.translator = options.translation.map {
            QueryTranslator(lexicon: $0, query: query, resultsIn: options.language, analyzer: analyzer)
        }
        return try planner.plan(query, fields: Field.scored)
    }

    private func plan(_ query: Query, fields: [Field]) throws -> MatchPlan {
        switch query {
        case .word(let text):
            let pieces = analysed(text)
            if pieces.count > 1 { return try groupPlan([query], fields: fields) }
            return wordPlan(pieces.first, fields: fields, keepingStopwordsIn: Set(Language.allCases))
        case .phrase(let text):
            return phrasePlan(analysed(text), fields: fields)
        case .prefix(let text):
            return try prefixPlan(text, fields: fields)
        case .field(let field, let inner):
            return try plan(inner, fields: [field == .title ? .title : .body])
        case .filter(let filter):
            return .filter(filterPlan(filter))
        case .all(let queries):
            return .all(try queries.map { try plan($0, fields: fields) })
        case .any(let queries):
            return .any(try queries.map { try plan($0, fields: fields) })
        case .required(let inner):
            return try plan(inner, fields: fields)
        case .excluded:
            // An exclusion alone selects nothing; inside a group it filters.
            return .nothing
        case .group(let members):
            return try groupPlan(members, fields: fields)
        }
    }

    private func groupPlan(_ members: [Query], fields: [Field]) throws -> MatchPlan {
        var required: [MatchPlan] = []
        var optional: [Query] = []
        var excluded: [MatchPlan] = []
        var filters: [MatchPlan] = []
        for member in members {
            switch member {
            case .required(let inner): required.append(try plan(inner, fields: fields))
            case .excluded(let inner): excluded.append(try plan(inner, fields: fields))
            case .filter: filters.append(try plan(member, fields: fields))
            default: optional.append(member)
            }
        }
        // A word that analysis splits (`anti-drug`, `WEST-GERMAN`) counts as
        // its pieces, each a word of its own, as if typed apart: like the
        // other words they need not stand together, and the query keeps to
        // the bag of words that block-max pruning can run. "anti-drug" in
        // quotes still asks for the pieces side by side.
        var words: [[QueryWord]?] = []
        var members: [Query] = []
        for member in optional {
            guard case .word(let text) = member else {
                words.append(nil)
                members.append(member)
                continue
            }
            let pieces = analysed(text)
            if pieces.isEmpty {
                words.append([])
                members.append(member)
            }
            for piece in pieces {
                words.append([piece])
                members.append(member)
            }
        }
        // Stopwords carry no weight among other words ("the tariffs on steel"),
        // but a query of stopwords alone ("the who") still looks for them, in
        // each language where they are all stopwords.
        var stopwordsOnly = Set(languages)
        if words.contains(where: { $0 == nil }) { stopwordsOnly = [] }
        for word in words.compactMap({ $0 }).joined() {
            stopwordsOnly.formIntersection(word.stopwordLanguages)
        }
        let optionalPlans = try zip(members, words).map { member, analysed -> MatchPlan in
            if let analysed { return wordPlan(analysed.first, fields: fields, keepingStopwordsIn: stopwordsOnly) }
            return try plan(member, fields: fields)
        }
        // A dropped stopword is no word of the query, for coordination either.
        let present = optionalPlans.filter { if case .nothing = $0 { false } else { true } }
        let group = MatchPlan.group(required: required, optional: present, excluded: excluded)
        // Filters restrict what the words find; they are not words to find.
        if filters.isEmpty { return group }
        if optional.isEmpty, required.isEmpty { return .all(filters) }
        return .all([group] + filters)
    }

    /// A word is one term per language and field. Analysis may split a typed
    /// word in pieces (`anti-drug`); the caller passes one piece at a time.
    private func wordPlan(_ word: QueryWord?, fields: [Field], keepingStopwordsIn keep: Set<Language>) -> MatchPlan {
        guard let word else { return .nothing }
        var terms: [MatchPlan] = []
        for language in languages {
            if let translator, language == translator.target {
                terms += translatedPlans(word, translator: translator, fields: fields, keepingStopwordsIn: keep)
                continue
            }
            guard let term = word.terms[language], !term.isEmpty else { continue }
            // "the" says nothing in English text, but may in Spanish text.
            if !keep.contains(language), word.stopwordLanguages.contains(language) { continue }
            for field in fields {
                terms.append(.term(QueryTerm(
                    key: TermKey(field: field, language: language, term: term).bytes,
                    field: field, language: language, term: term, weight: weight(of: field)
                )))
            }
        }
        return .any(terms)
    }

    /// A word of the query's language looked for in the other one: a
    /// stopword of its own language is not translated, a word with one
    /// alternative (a name the lexicon does not know) is a plain term.
    private func translatedPlans(_ word: QueryWord, translator: QueryTranslator, fields: [Field], keepingStopwordsIn keep: Set<Language>) -> [MatchPlan] {
        if !keep.contains(translator.source), word.stopwordLanguages.contains(translator.source) { return [] }
        let alternatives = translator.alternatives(of: word)
        guard !alternatives.isEmpty else { return [] }
        return fields.map { field in
            let terms = alternatives.map { alternative in
                QueryTerm(
                    key: TermKey(field: field, language: translator.target, term: alternative.term).bytes,
                    field: field, language: translator.target, term: alternative.term, weight: weight(of: field)
                )
            }
            return terms.count == 1 ? .term(terms[0]) : .alternatives(AlternativesPlan(terms: terms, shares: alternatives.map(\.share)))
        }
    }

    private func phrasePlan(_ words: [QueryWord], fields: [Field]) -> MatchPlan {
        guard let first = words.first else { return .nothing }
        if words.count == 1 { return wordPlan(first, fields: fields, keepingStopwordsIn: Set(Language.allCases)) }
        var phrases: [MatchPlan] = []
        for language in languages {
            for field in fields {
                var terms: [QueryTerm] = []
                for word in words {
                    guard let term = word.terms[language], !term.isEmpty else { continue }
                    terms.append(QueryTerm(
                        key: TermKey(field: field, language: language, term: term).bytes,
                        field: field, language: language, term: term, weight: weight(of: field)
                    ))
                }
                guard terms.count == words.count else { continue }
                phrases.append(.phrase(PhrasePlan(
                    field: field, terms: terms, offsets: words.map { $0.position - first.position }, weight: weight(of: field)
                )))
            }
        }
        return .any(phrases)
    }

    private func prefixPlan(_ text: String, fields: [Field]) throws -> MatchPlan {
        let folded = TextFolding.fold(text)
        guard !folded.isEmpty else { return .nothing }
        var expansions: [MatchPlan] = []
        for language in languages {
            for field in fields {
                let prefix = TermKey(field: field, language: language, term: folded).bytes
                var keys = Set<TermKey>()
                for segment in reader.segments {
                    try segment.terms.forEachTerm(withPrefix: prefix) { key, _ in
                        keys.insert(try segment.terms.key(decoding: key))
                        return keys.count <= Self.maximumPrefixExpansions
                    }
                    guard keys.count <= Self.maximumPrefixExpansions else {
                        throw IndexError(.prefixTooBroad, "'\(text)*' matches more than \(Self.maximumPrefixExpansions) words; type more letters before the *")
                    }
                }
                for key in keys.sorted() {
                    expansions.append(.term(QueryTerm(key: key.bytes, field: field, language: language, term: key.term, weight: weight(of: field))))
                }
            }
        }
        return .any(expansions)
    }

    private func filterPlan(_ filter: QueryFilter) -> FilterPlan {
        switch filter {
        case .source(let text):
            let words = unstemmed.tokens(in: text, language: options.language ?? .english).map(\.term)
            let term = words.joined()
            return .keys(term.isEmpty ? [] : [TermKey(field: .source, language: nil, term: term).bytes])
        case .language(let language):
            return .keys([TermKey(field: .language, language: nil, term: language.rawValue).bytes])
        case .dates(let from, let through):
            let start = PublicationDay(from)?.key ?? "0000-00-00"
            let end = PublicationDay(through)?.key ?? "9999-12-31"
            return .range(
                from: TermKey(field: .date, language: nil, term: start).bytes,
                through: TermKey(field: .date, language: nil, term: end).bytes
            )
        }
    }

    /// The words of `text` as queries see them, analysed once per plan node.
    private func analysed(_ text: String) -> [QueryWord] {
        // A translated word needs its term in its own language, even where
        // the index has no article in that language.
        analyzer.queryWords(in: text, languages: translator.map { _ in Language.allCases } ?? languages)
    }

    private func weight(of field: Field) -> Double {
        field == .title ? options.titleWeight : 1
    }
}
