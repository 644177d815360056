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
    /// coordination. Not a translated query: the rerankers that read it know
    /// nothing of alternatives.
    var disjunction: DisjunctivePlan? {
        guard let (words, excluded) = prunable, excluded.isEmpty, words.alternatives.isEmpty else { return nil }
        return words
    }

    /// What block-max pruning can run: a bag of words, translated or not,
    /// less the passages the group's exclusions match (`-word`, `NOT word`).
    /// An exclusion only removes candidates, so the words' bounds stay bounds.
    var prunable: (words: DisjunctivePlan, excluded: [MatchPlan])? {
        switch self {
        case .group(let required, let optional, let excluded) where required.isEmpty:
            var plan = DisjunctivePlan(terms: [], members: [], memberCount: optional.count)
            for (member, inner) in optional.enumerated() {
                guard inner.addDisjunctiveClauses(to: &plan, member: member) else { return nil }
            }
            return (plan, excluded)
        default:
            var plan = DisjunctivePlan(terms: [], members: [], memberCount: 1)
            return addDisjunctiveClauses(to: &plan, member: 0) ? (plan, []) : nil
        }
    }

    /// Adds this plan's clauses to `plan` as those of query word `member`;
    /// false when it is not a disjunction of terms and alternatives.
    private func addDisjunctiveClauses(to plan: inout DisjunctivePlan, member: Int) -> Bool {
        switch self {
        case .term(let term):
            plan.terms.append(term)
            plan.members.append(member)
            return true
        case .alternatives(let alternatives):
            plan.alternatives.append((alternatives, member))
            return true
        case .any(let plans):
            return plans.allSatisfy { $0.addDisjunctiveClauses(to: &plan, member: member) }
        default:
            return false
        }
    }
}

/// Terms whose scores add up, and which query word each belongs to.
struct DisjunctivePlan: Sendable {
    var terms: [QueryTerm]
    var members: [Int]
    var memberCount: Int
    /// A translated query's words in the other language, each with its
    /// query word; empty without translation.
    var alternatives: [(plan: AlternativesPlan, member: Int)] = []

    /// Every term the clauses read, alternatives included.
    var allTerms: [QueryTerm] {
        terms + alternatives.flatMap(\.plan.terms)
    }
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
