/// One scored clause of a query: a term in one field and one language, with
/// how much it counts (query frequency × field weight). A query word becomes
/// one clause per language it may match in and per scored field.
struct QueryTerm: Hashable, Sendable {
    var key: [UInt8]
    var field: Field
    var language: Language
    var term: String
    var weight: Double

    /// Clauses for the words of `query`: stopwords are dropped unless the query
    /// has nothing else, so "the who" still finds something.
    static func clauses(for query: String, analyzer: Analyzer, options: SearchOptions) -> [QueryTerm] {
        let words = analyzer.queryWords(in: query, language: options.language)
        let content = words.filter { !$0.isStopword }
        let chosen = content.isEmpty ? words : content
        var weights: [[UInt8]: QueryTerm] = [:]
        var order: [[UInt8]] = []
        for word in chosen {
            for language in Language.allCases where options.language == nil || options.language == language {
                guard let term = word.terms[language], !term.isEmpty else { continue }
                for field in Field.scored {
                    let key = TermKey(field: field, language: language, term: term).bytes
                    let weight = field == .title ? options.titleWeight : 1
                    if weights[key] == nil {
                        order.append(key)
                        weights[key] = QueryTerm(key: key, field: field, language: language, term: term, weight: 0)
                    }
                    weights[key]!.weight += weight
                }
            }
        }
        return order.compactMap { weights[$0] }.filter { $0.weight > 0 }
    }
}
