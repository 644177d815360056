/// A query resolved against the index's vocabulary but not yet bound to a
/// segment: words analysed into per-language, per-field terms, prefixes
/// expanded, filters turned into term sets. Every segment's matcher tree is
/// built from the same plan, so scores use the same statistics everywhere.
indirect enum MatchPlan: Sendable {
    case term(QueryTerm)
    case phrase(PhrasePlan)
    case alternatives(AlternativesPlan)
    case filter(FilterPlan)
    case all([MatchPlan])
    case any([MatchPlan])
    case group(required: [MatchPlan], optional: [MatchPlan], excluded: [MatchPlan])
    case nothing

    /// Every scored term, for statistics.
    var scoredTerms: [QueryTerm] {
        switch self {
        case .term(let term): [term]
        case .phrase(let phrase): phrase.terms
        case .alternatives(let alternatives): alternatives.terms
        case .filter, .nothing: []
        case .all(let plans), .any(let plans): plans.flatMap(\.scoredTerms)
        case .group(let required, let optional, let excluded): (required + optional + excluded).flatMap(\.scoredTerms)
        }
    }

    /// Terms worth marking in a passage: what matched positively, not what was excluded.
    var highlightedTerms: [QueryTerm] {
        switch self {
        case .term(let term): [term]
        case .phrase(let phrase): phrase.terms
        case .alternatives(let alternatives): alternatives.terms
        case .filter, .nothing: []
        case .all(let plans), .any(let plans): plans.flatMap(\.highlightedTerms)
        case .group(let required, let optional, _): (required + optional).flatMap(\.highlightedTerms)
        }
    }

    /// The plain bag-of-words case: a disjunction of terms and nothing else,
    /// each term tagged with the group member (query word) it comes from, for
    /// coordination.
    var disjunction: DisjunctivePlan? {
        guard let (words, excluded) = prunable, excluded.isEmpty else { return nil }
        return words
    }

    /// What block-max pruning can run: a bag of words, less the passages the
    /// group's exclusions match (`-word`, `NOT word`). An exclusion only
    /// removes candidates, so the words' bounds stay bounds.
    var prunable: (words: DisjunctivePlan, excluded: [MatchPlan])? {
        switch self {
        case .group(let required, let optional, let excluded) where required.isEmpty:
            var plan = DisjunctivePlan(terms: [], members: [], memberCount: optional.count)
            for (member, inner) in optional.enumerated() {
                guard let terms = inner.disjunctiveTerms else { return nil }
                plan.terms += terms
                plan.members += Array(repeating: member, count: terms.count)
            }
            return (plan, excluded)
        default:
            return disjunctiveTerms.map { (DisjunctivePlan(terms: $0, members: Array(repeating: 0, count: $0.count), memberCount: 1), []) }
        }
    }

    private var disjunctiveTerms: [QueryTerm]? {
        switch self {
        case .term(let term): return [term]
        case .any(let plans):
            var terms: [QueryTerm] = []
            for plan in plans {
                guard let inner = plan.disjunctiveTerms else { return nil }
                terms += inner
            }
            return terms
        default: return nil
        }
    }
}

/// Terms whose scores add up, and which query word each belongs to.
struct DisjunctivePlan: Sendable {
    var terms: [QueryTerm]
    var members: [Int]
    var memberCount: Int
}

/// A phrase in one field and one language: its terms with their offsets.
struct PhrasePlan: Sendable {
    var field: Field
    var terms: [QueryTerm]
    var offsets: [Int]
    var weight: Double
}

/// A query word in one field of the other language, as the terms of its
/// translations: one clause whose frequency in a passage is the sum of the
/// terms' frequencies times their shares, and whose document frequency is
/// the same weighted sum (docs/CROSSLINGUAL.md). The terms share one field,
/// language and weight.
struct AlternativesPlan: Sendable {
    var terms: [QueryTerm]
    /// What each term counts for; they add up to 1.
    var shares: [Double]
}

/// Passages selected by any term of a set, or of a range of the dictionary.
enum FilterPlan: Sendable {
    case keys([[UInt8]])
    case range(from: [UInt8], through: [UInt8])
}
