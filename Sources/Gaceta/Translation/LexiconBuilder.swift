/// Builds a `BilingualLexicon` from dictionaries: every lemma pair analysed
/// as documents are (folded, stemmed, in its own language), so that the
/// lexicon's keys are the terms a query word becomes and its translations
/// the terms the other language's passages hold.
struct LexiconBuilder {
    let analyzer: Analyzer

    func build(_ sources: LexiconSources, fingerprint: String) throws -> BilingualLexicon {
        // For each pair of terms, the dictionaries that give it (one bit each).
        var attested: [TermPair: UInt32] = [:]
        for (index, dictionary) in sources.dictionaries.enumerated() {
            for pair in try dictionary.lemmaPairs() {
                guard let terms = terms(of: pair) else { continue }
                attested[terms, default: 0] |= 1 << UInt32(index % 32)
            }
        }
        var english: [String: [BilingualLexicon.Translation]] = [:]
        var spanish: [String: [BilingualLexicon.Translation]] = [:]
        for (pair, dictionaries) in attested {
            let agreement = dictionaries.nonzeroBitCount
            english[pair.english, default: []].append(.init(term: pair.spanish, agreement: agreement))
            spanish[pair.spanish, default: []].append(.init(term: pair.english, agreement: agreement))
        }
        return BilingualLexicon(fingerprint: fingerprint, entries: [.english: english.mapValues(Self.ordered), .spanish: spanish.mapValues(Self.ordered)])
    }

    /// Best attested first, then alphabetical, so that the lexicon does not
    /// depend on the order of a dictionary's entries.
    private static func ordered(_ translations: [BilingualLexicon.Translation]) -> [BilingualLexicon.Translation] {
        translations.sorted { $0.agreement != $1.agreement ? $0.agreement > $1.agreement : $0.term < $1.term }
    }

    /// A pair of one-word lemmas as terms. Multi-word lemmas (`take off`,
    /// `Casa Blanca`) are left out: a query word is one term, and their parts
    /// translate on their own. So are pairs with a stopword on either side,
    /// which a query never looks for.
    private func terms(of pair: LemmaPair) -> TermPair? {
        guard let english = term(pair.english, .english), let spanish = term(pair.spanish, .spanish) else { return nil }
        return TermPair(english: english, spanish: spanish)
    }

    private func term(_ lemma: String, _ language: Language) -> String? {
        let tokens = analyzer.tokens(in: lemma, language: language)
        guard tokens.count == 1, !tokens[0].isStopword, !tokens[0].term.isEmpty else { return nil }
        return tokens[0].term
    }

    private struct TermPair: Hashable {
        var english: String
        var spanish: String
    }
}
