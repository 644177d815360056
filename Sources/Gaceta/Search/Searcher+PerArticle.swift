/// An article of the snapshot: its segment's index and its ordinal there.
private struct SnapshotArticle: Hashable {
    var segment: Int
    var ordinal: Int
}

/// At most `SearchOptions.perArticle` passages of an article among the results.
extension Searcher {
    /// The best `limit` passages, at most `perArticle` per article, from
    /// `collect`, which offers every match to a collector. A collector cannot
    /// know articles, so it is given room for a few passages of the same
    /// article and asked again with more room until enough distinct articles
    /// are found or every match has been kept. The collector always keeps at
    /// least the passages `proximity` reorders, so the same passages are
    /// reordered whatever the limit. `maxMatches` is no fewer than the
    /// matches `collect` offers (their count or an upper bound of it): the
    /// collector never needs more room.
    func bestPerArticle(
        maxMatches: Int, options: SearchOptions, proximity: ProximityReranker?, collect: (inout TopKCollector) throws -> Void
    ) throws -> [TopKCollector.Entry] {
        // Never more room than there are matches, however large the limits asked.
        let wanted = options.limit.multipliedReportingOverflow(by: max(options.perArticle, 2))
        let room = max(wanted.overflow ? Int.max : wanted.partialValue, proximity?.depth ?? 0)
        var capacity = min(room, max(maxMatches, 1))
        while true {
            var collector = TopKCollector(capacity: capacity)
            try collect(&collector)
            let best = collector.sorted()
            let chosen = try limitPerArticle(proximity.map { try $0.rerank(best) } ?? best, options: options)
            if chosen.count == options.limit || !collector.isFull || capacity >= maxMatches {
                return chosen
            }
            capacity = min(capacity.multipliedReportingOverflow(by: 4).overflow ? Int.max : capacity * 4, maxMatches)
        }
    }

    /// Keeps entries in order, at most `perArticle` per article, up to `limit`.
    func limitPerArticle(_ entries: [TopKCollector.Entry], options: SearchOptions) throws -> [TopKCollector.Entry] {
        var perArticle: [SnapshotArticle: Int] = [:]
        var chosen: [TopKCollector.Entry] = []
        for entry in entries where chosen.count < options.limit {
            let segment = entry.passage.segment
            let article = SnapshotArticle(segment: segment, ordinal: try reader.segments[segment].articleOrdinal(of: entry.passage.number))
            guard perArticle[article, default: 0] < options.perArticle else { continue }
            perArticle[article, default: 0] += 1
            chosen.append(entry)
        }
        return chosen
    }
}
