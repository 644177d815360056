/// The total hits of a ranking that only keeps the best.
extension Searcher {
    /// Live passages matching at least one term. A bitmap of the segment's
    /// passages takes every posting once, where merging the lists in order
    /// would compare every cursor at every match.
    func countMatches(_ terms: [QueryTerm], statistics: CollectionStatistics) throws -> Int {
        var total = 0
        for (index, segment) in reader.segments.enumerated() {
            let infos = terms.compactMap { statistics.terms[index][$0.key] }
            if infos.isEmpty { continue }
            if infos.count == 1, segment.deletions == nil {
                total += infos[0].documentFrequency
                continue
            }
            var matched = PassageBitSet(passageCount: segment.info.passages)
            for info in infos {
                try segment.cursor(for: info).forEachRemaining { matched.insert($0) }
            }
            total += matched.count(excluding: segment.deletions)
        }
        return total
    }
}
