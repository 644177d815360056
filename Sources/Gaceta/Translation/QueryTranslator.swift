import Foundation

/// Turns query words into the weighted alternatives of their translations,
/// after Darwish and Oard's probabilistic structured queries: a word's
/// translations, and its own spelling, become the terms of one clause in the
/// other language, each with a share of the word's weight.
struct QueryTranslator: Sendable {
    let lexicon: BilingualLexicon
    /// The language the query is written in.
    let source: Language
    var target: Language { source == .english ? .spanish : .english }

    /// More translations than this and the rarest are dropped: they are
    /// the senses least likely to be meant, and each costs a postings list.
    static let maximumTranslations = 6
    /// The share of the word's own spelling beside its translations, before
    /// the shares are normalised: names and cognates that the dictionaries
    /// also list as translations (`hospital`) already have their own.
    static let ownSpellingAgreement = 1.0

    init(lexicon: BilingualLexicon, source: Language) {
        self.lexicon = lexicon
        self.source = source
    }

    /// The language of a query's words: the other language than the one the
    /// results are restricted to, else the language its words look like, and
    /// when they give no evidence either way (a short query without function
    /// words or accents: "aranceles acero"), the language in which the
    /// lexicon knows more of them.
    init(lexicon: BilingualLexicon, query: Query, resultsIn language: Language?, analyzer: Analyzer) {
        if let language {
            self.init(lexicon: lexicon, source: language == .english ? .spanish : .english)
            return
        }
        let text = Self.text(of: query)
        let evidence = analyzer.languageEvidence(in: text)
        if evidence != 0 {
            self.init(lexicon: lexicon, source: evidence > 0 ? .spanish : .english)
            return
        }
        var known: [Language: Int] = [:]
        for word in analyzer.queryWords(in: text, languages: Language.allCases) {
            for (language, term) in word.terms where !lexicon.translations(of: term, from: language).isEmpty {
                known[language, default: 0] += 1
            }
        }
        let english = known[.english, default: 0]
        let spanish = known[.spanish, default: 0]
        self.init(lexicon: lexicon, source: spanish > english ? .spanish : .english)
    }

    /// The terms `word` is looked for as in the target language, with their
    /// shares (which add up to 1), best first: its translations when the
    /// lexicon knows it, with its own spelling beside them; its own spelling
    /// alone (names, numbers) when it does not.
    func alternatives(of word: QueryWord) -> [(term: String, share: Double)] {
        guard let own = word.terms[target], !own.isEmpty else { return [] }
        guard let term = word.terms[source] else { return [(own, 1)] }
        let translations = lexicon.translations(of: term, from: source).prefix(Self.maximumTranslations)
        guard !translations.isEmpty else { return [(own, 1)] }
        var weighted = translations.map { (term: $0.term, share: Double($0.agreement)) }
        if !weighted.contains(where: { $0.term == own }) { weighted.append((own, Self.ownSpellingAgreement)) }
        let total = weighted.reduce(0) { $0 + $1.share }
        return weighted.map { ($0.term, $0.share / total) }
    }

    /// The words and phrases of a query, for telling its language.
    private static func text(of query: Query) -> String {
        switch query {
        case .word(let text), .phrase(let text), .prefix(let text): text
        case .field(_, let inner), .required(let inner): text(of: inner)
        case .all(let queries), .any(let queries), .group(let queries): queries.map(text(of:)).joined(separator: " ")
        case .filter, .excluded: ""
        }
    }
}
