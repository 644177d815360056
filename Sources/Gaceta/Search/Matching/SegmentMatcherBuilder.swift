/// Builds the matcher tree of a `MatchPlan` for one segment. A part of the
/// plan that cannot match in the segment (a missing term) becomes nil, and
/// disappears or empties its parent as the boolean logic says.
struct SegmentMatcherBuilder {
    let segment: SegmentReader
    let segmentIndex: Int
    let statistics: CollectionStatistics
    let bm25: BM25
    /// `SearchOptions.coordination`, applied to groups of words.
    let coordination: Double

    func matcher(for plan: MatchPlan) throws -> (any PassageMatcher)? {
        switch plan {
        case .nothing:
            return nil
        case .term(let term):
            return try scorer(for: term)
        case .phrase(let phrase):
            let infos = phrase.terms.compactMap { statistics.terms[segmentIndex][$0.key]?.info }
            guard infos.count == phrase.terms.count, let field = phrase.terms.first?.field else { return nil }
            let idf = phrase.terms.reduce(0) { $0 + statistics.inverseDocumentFrequency($1.key) }
            return try PhraseMatcher(
                cursors: infos.map { try segment.cursor(for: $0) }, offsets: phrase.offsets, infos: infos,
                scoring: scoring(field: field, factor: idf * phrase.weight)
            )
        case .alternatives(let alternatives):
            return try scorer(for: alternatives)
        case .filter(let filter):
            return try passageSet(for: filter)
        case .all(let plans):
            var children: [any PassageMatcher] = []
            for plan in plans {
                guard let child = try matcher(for: plan) else { return nil }
                children.append(child)
            }
            return children.count == 1 ? children[0] : try ConjunctionMatcher(children)
        case .any(let plans):
            return disjunction(try plans.compactMap { try matcher(for: $0) })
        case .group(let required, let optional, let excluded):
            var base: (any PassageMatcher)?
            let members = try optional.compactMap { try matcher(for: $0) }
            let optionalMatcher: (any PassageMatcher)? = members.isEmpty ? nil : DisjunctionMatcher(
                members, coordination: Coordination(strength: coordination, memberCount: optional.count + required.count),
                alwaysMatched: required.count
            )
            if required.isEmpty {
                base = optionalMatcher
            } else {
                base = try matcher(for: .all(required))
                if let present = base, let optionalMatcher {
                    base = RequiredOptionalMatcher(required: present, optional: optionalMatcher)
                }
            }
            guard let base else { return nil }
            guard let excludedMatcher = try exclusion(of: excluded) else { return base }
            return try ExclusionMatcher(base: base, excluded: excludedMatcher)
        }
    }

    /// What a group's exclusions match in the segment; nil when none of them can.
    func exclusion(of excluded: [MatchPlan]) throws -> (any PassageMatcher)? {
        disjunction(try excluded.compactMap { try matcher(for: $0) })
    }

    func scorer(for term: QueryTerm) throws -> TermScorer? {
        guard let info = statistics.terms[segmentIndex][term.key]?.info else { return nil }
        return TermScorer(
            cursor: try segment.cursor(for: info),
            scoring: scoring(field: term.field, factor: statistics.inverseDocumentFrequency(term.key) * term.weight)
        )
    }

    /// A translated word's clause: the shares weigh the idf as they weigh
    /// the frequencies, so a word counts as one word however many
    /// translations it has.
    func scorer(for alternatives: AlternativesPlan) throws -> AlternativesScorer? {
        var cursors: [PostingsCursor] = []
        var shares: [Double] = []
        var documentFrequency = 0.0
        for (term, share) in zip(alternatives.terms, alternatives.shares) {
            documentFrequency += share * Double(statistics.documentFrequency(term.key))
            guard let info = statistics.terms[segmentIndex][term.key]?.info else { continue }
            cursors.append(try segment.cursor(for: info))
            shares.append(share)
        }
        guard let first = alternatives.terms.first, !cursors.isEmpty else { return nil }
        let idf = BM25.inverseDocumentFrequency(documentFrequency: documentFrequency, documentCount: statistics.passageCount)
        return AlternativesScorer(cursors: cursors, shares: shares, scoring: scoring(field: first.field, factor: idf * first.weight))
    }

    private func scoring(field: Field, factor: Double) -> FieldScoring {
        FieldScoring(
            lengths: segment.passages.lengths(of: field), bm25: bm25,
            averageLength: statistics.averageLength(of: field), factor: factor
        )
    }

    private func disjunction(_ children: [any PassageMatcher]) -> (any PassageMatcher)? {
        switch children.count {
        case 0: nil
        case 1: children[0]
        default: DisjunctionMatcher(children)
        }
    }

    /// Filters are few terms with long postings: a bitmap of the segment's
    /// passages is cheaper than merging cursors at every step.
    private func passageSet(for filter: FilterPlan) throws -> (any PassageMatcher)? {
        var members = [Bool](repeating: false, count: segment.info.passages)
        var any = false
        func add(_ info: TermInfo) throws {
            let cursor = try segment.cursor(for: info)
            while cursor.document != PostingsCursor.exhausted {
                members[Int(cursor.document)] = true
                any = true
                try cursor.next()
            }
        }
        switch filter {
        case .keys(let keys):
            for key in keys {
                if let info = try segment.terms.lookup(key) { try add(info) }
            }
        case .range(let from, let through):
            var infos: [TermInfo] = []
            try segment.terms.forEachTerm(from: from, through: through) { _, info in
                infos.append(info)
                return true
            }
            for info in infos { try add(info) }
        }
        return any ? PassageSetMatcher(members: members) : nil
    }
}
