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
    /// Live passages matching at least one term, exact below the threshold of
    /// `counting`, a lower bound from it on.
    ///
    /// Every live passage of a term matches, so in each segment the term with
    /// the most live passages bounds the segment's matches from below, and
    /// the sum of these over the segments (which share no passage) bounds the
    /// total. While that bound reaches the threshold no posting is read: a
    /// broad query's count would otherwise decode every posting that block-max
    /// pruning skips. Below it, every term has fewer live passages than the
    /// threshold, so counting exactly stays cheap; it stops as soon as the
    /// segments counted plus the bounds of the rest reach the threshold.
    func countMatches(_ terms: [QueryTerm], statistics: CollectionStatistics, counting: HitCount) throws -> MatchCount {
        let keys = Set(terms.map(\.key))
        let frequencies = statistics.terms.map { segment in keys.compactMap { segment[$0]?.liveFrequency } }
        let bounds = frequencies.map { $0.max() ?? 0 }
        var remaining = bounds.reduce(0, +)
        var counted = 0
        for (index, segment) in reader.segments.enumerated() {
            // A segment with a single term is counted by its bound alone; only
            // one with several can make stopping worth it.
            if counted + remaining >= counting.threshold, frequencies[index...].contains(where: { $0.count > 1 }) {
                return MatchCount(value: counted + remaining, relation: .atLeast)
            }
            remaining -= bounds[index]
            guard frequencies[index].count > 1 else {
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
            counted += matched.count(excluding: segment.deletions)
        }
        return .exactly(counted)
    }

    /// No fewer than the live passages matching at least one term, read from
    /// the statistics alone: where a lower bound of the count would leave a
    /// collector too little room.
    func matchCeiling(_ terms: [QueryTerm], statistics: CollectionStatistics) -> Int {
        let frequencies = Set(terms.map(\.key)).reduce(0) { $0 + statistics.documentFrequency($1) }
        return min(frequencies, statistics.passageCount)
    }
}
