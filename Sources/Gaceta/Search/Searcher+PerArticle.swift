/// An article of the snapshot: its segment's index and its ordinal there.
private struct SnapshotArticle: Hashable {
    var segment: Int
    var ordinal: Int
}

/// What reorders the best passages after BM25: term proximity among
/// passages, then whole-article evidence among articles.
struct Rerankers {
    var proximity: ProximityReranker?
    var articles: ArticleReranker?
}

/// At most `SearchOptions.perArticle` passages of an article among the results.
extension Searcher {
    /// The best `limit` passages, at most `perArticle` per article, from
    /// `collect`, which offers every match to a collector. A collector cannot
    /// know articles, so it is given room for a few passages of the same
    /// article and asked again with more room until enough distinct articles
    /// are found or every match has been kept. The collector always keeps at
    /// least the passages the proximity bonus reorders, and the article bonus
    /// is given at least the results it reorders, so the same passages are
    /// reordered whatever the limit. `maxMatches` is no fewer than the
    /// matches `collect` offers (their count or an upper bound of it): the
    /// collector never needs more room.
    func bestPerArticle(
        maxMatches: Int, options: SearchOptions, rerankers: Rerankers, collect: (inout TopKCollector) throws -> Void
    ) throws -> [TopKCollector.Entry] {
        let limit = max(options.limit, rerankers.articles?.depth ?? 0)
        // Never more room than there are matches, however large the limits asked.
        let wanted = limit.multipliedReportingOverflow(by: max(options.perArticle, 2))
        let room = max(wanted.overflow ? Int.max : wanted.partialValue, rerankers.proximity?.depth ?? 0)
        var capacity = min(room, max(maxMatches, 1))
        while true {
            var collector = TopKCollector(capacity: capacity)
            try collect(&collector)
            let best = collector.sorted()
            let chosen = try limitPerArticle(
                rerankers.proximity.map { try $0.rerank(best) } ?? best, perArticle: options.perArticle, limit: limit
            )
            if chosen.count == limit || !collector.isFull || capacity >= maxMatches {
                return Array((try rerankers.articles.map { try $0.rerank(chosen) } ?? chosen).prefix(options.limit))
            }
            capacity = min(capacity.multipliedReportingOverflow(by: 4).overflow ? Int.max : capacity * 4, maxMatches)
        }
    }

    /// Keeps entries in order, at most `perArticle` per article, up to `limit`.
    func limitPerArticle(_ entries: [TopKCollector.Entry], perArticle: Int, limit: Int) throws -> [TopKCollector.Entry] {
        var kept: [SnapshotArticle: Int] = [:]
        var chosen: [TopKCollector.Entry] = []
        for entry in entries where chosen.count < limit {
            let segment = entry.passage.segment
            let article = SnapshotArticle(segment: segment, ordinal: try reader.segments[segment].articleOrdinal(of: entry.passage.number))
            guard kept[article, default: 0] < perArticle else { continue }
            kept[article, default: 0] += 1
            chosen.append(entry)
        }
        return chosen
    }
}
