/// How many passages a ranking matched: the count, or a lower bound of it.
struct MatchCount: Sendable {
    var value: Int
    var relation: HitCountRelation

    static func exactly(_ value: Int) -> MatchCount {
        MatchCount(value: value, relation: .equal)
    }
}

extension HitCount {
    /// The count from which a lower bound will do.
    var threshold: Int {
        switch self {
        case .exact: .max
        case .upTo(let threshold): threshold
        }
    }
}

/// The total hits of a ranking that only keeps the best.
extension Searcher {
    /// Live passages matching at least one term and no exclusion, exact
    /// below the threshold of `counting`, a lower bound from it on.
    ///
    /// Every live passage of a term matches unless an exclusion matches it,
    /// so in each segment the term with the most live passages, less what the
    /// exclusions match there, bounds the segment's matches from below, and
    /// the sum of these over the segments (which share no passage) bounds the
    /// total. While that bound reaches the threshold no posting of the terms
    /// is read: a broad query's count would otherwise decode every posting
    /// that block-max pruning skips. Below it, counting exactly stays cheap;
    /// it stops as soon as the segments counted plus the bounds of the rest
    /// reach the threshold.
    func countMatches(
        _ terms: [QueryTerm], excluding excluded: [MatchPlan], statistics: CollectionStatistics, bm25: BM25, counting: HitCount
    ) throws -> MatchCount {
        let keys = Set(terms.map(\.key))
        let frequencies = statistics.terms.map { segment in keys.compactMap { segment[$0]?.liveFrequency } }
        let exclusions = try reader.segments.indices.map { index in
            try excludedPassages(excluded, segment: index, statistics: statistics, bm25: bm25)
        }
        let bounds = frequencies.indices.map { max(0, (frequencies[$0].max() ?? 0) - (exclusions[$0]?.count ?? 0)) }
        // A segment with a single term and nothing excluded is counted by its
        // bound alone; only the others can make stopping worth it.
        let countedByBound = frequencies.indices.map { frequencies[$0].count <= 1 && exclusions[$0] == nil }
        var remaining = bounds.reduce(0, +)
        var counted = 0
        for (index, segment) in reader.segments.enumerated() {
            if counted + remaining >= counting.threshold, countedByBound[index...].contains(false) {
                return MatchCount(value: counted + remaining, relation: .atLeast)
            }
            remaining -= bounds[index]
            guard !countedByBound[index] else {
                counted += bounds[index]
                continue
            }
            // A bitmap of the segment's passages takes every posting once,
            // where merging the lists in order would compare every cursor at
            // every match.
            var matched = PassageBitSet(passageCount: segment.info.passages)
            for key in keys {
                guard let info = statistics.terms[index][key]?.info else { continue }
                try segment.cursor(for: info).forEachRemaining { matched.insert($0) }
            }
            if let exclusion = exclusions[index] { matched.subtract(exclusion.passages) }
            counted += matched.count(excluding: segment.deletions)
        }
        return .exactly(counted)
    }

    /// The passages of segment `segment` that any of `excluded` matches,
    /// deleted ones included, and how many they are; nil when none is.
    private func excludedPassages(
        _ excluded: [MatchPlan], segment: Int, statistics: CollectionStatistics, bm25: BM25
    ) throws -> (passages: PassageBitSet, count: Int)? {
        let builder = SegmentMatcherBuilder(
            segment: reader.segments[segment], segmentIndex: segment, statistics: statistics, bm25: bm25, coordination: 0
        )
        guard let matcher = try builder.exclusion(of: excluded) else { return nil }
        var passages = PassageBitSet(passageCount: reader.segments[segment].info.passages)
        var count = 0
        while matcher.document != PostingsCursor.exhausted {
            passages.insert(matcher.document)
            count += 1
            try matcher.next()
        }
        return (passages, count)
    }

    /// No fewer than the live passages matching at least one term, read from
    /// the statistics alone: where a lower bound of the count would leave a
    /// collector too little room.
    func matchCeiling(_ terms: [QueryTerm], statistics: CollectionStatistics) -> Int {
        let frequencies = Set(terms.map(\.key)).reduce(0) { $0 + statistics.documentFrequency($1) }
        return min(frequencies, statistics.passageCount)
    }
}
