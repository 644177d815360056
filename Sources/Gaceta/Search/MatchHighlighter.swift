/// Finds where a passage matched: the byte ranges of its tokens whose term is
/// one of the query's body terms in the passage's language.
struct MatchHighlighter {
    let analyzer: Analyzer
    private let terms: [Language: WantedTerms]

    init(analyzer: Analyzer, terms clauses: [QueryTerm]) {
        self.analyzer = analyzer
        var terms: [Language: Set<String>] = [:]
        for clause in clauses where clause.field == .body {
            terms[clause.language, default: []].insert(clause.term)
        }
        self.terms = terms.mapValues(WantedTerms.init)
    }

    func highlights(in text: String, language: Language) -> [Range<Int>] {
        guard let wanted = terms[language] else { return [] }
        return analyzer.ranges(of: wanted, in: text, language: language)
    }
}
