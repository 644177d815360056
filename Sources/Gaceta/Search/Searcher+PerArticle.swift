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
    /// `collect`, which offers every match to a collector. The collector
    /// always keeps at least the passages the proximity bonus reorders, and
    /// the article bonus is given at least the results it reorders, so the
    /// same passages are reordered whatever the limit. `maxMatches` is no
    /// fewer than the matches `collect` offers (their count or an upper bound
    /// of it): the collector never needs more room.
    ///
    /// With one passage per article the collector keeps the best articles
    /// themselves. With more, it cannot know how many passages an article
    /// will bring, so it is given room for a few per article and asked again
    /// with more room until enough distinct articles are found or every
    /// match has been kept.
    func bestPerArticle(
        maxMatches: Int, options: SearchOptions, rerankers: Rerankers, collect: (inout RankingCollector) throws -> Void
    ) throws -> [TopKCollector.Entry] {
        let limit = max(options.limit, rerankers.articles?.depth ?? 0)
        let proximityDepth = rerankers.proximity?.depth ?? 0
        func finish(_ best: [TopKCollector.Entry]) throws -> (chosen: [TopKCollector.Entry], results: [TopKCollector.Entry]) {
            let chosen = try limitPerArticle(
                rerankers.proximity.map { try $0.rerank(best) } ?? best, perArticle: options.perArticle, limit: limit
            )
            return (chosen, Array((try rerankers.articles.map { try $0.rerank(chosen) } ?? chosen).prefix(options.limit)))
        }
        let segments = reader.segments
        let articleOf = { (passage: GlobalPassage) in try segments[passage.segment].articleOrdinal(of: passage.number) }
        if options.perArticle == 1 {
            var collector = RankingCollector(
                passageCapacity: min(proximityDepth, max(maxMatches, 1)), articleCapacity: min(limit, max(maxMatches, 1)),
                articleOf: articleOf
            )
            try collect(&collector)
            return try finish(collector.sorted()).results
        }
        // Never more room than there are matches, however large the limits asked.
        let wanted = limit.multipliedReportingOverflow(by: options.perArticle)
        let room = max(wanted.overflow ? Int.max : wanted.partialValue, proximityDepth)
        var capacity = min(room, max(maxMatches, 1))
        while true {
            var collector = RankingCollector(passageCapacity: capacity, articleCapacity: nil, articleOf: articleOf)
            try collect(&collector)
            let (chosen, results) = try finish(collector.sorted())
            if chosen.count == limit || !collector.isFull || capacity >= maxMatches { return results }
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
