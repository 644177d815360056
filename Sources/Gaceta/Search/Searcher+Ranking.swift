extension Searcher {
    /// The best passages for a query in Gaceta's query language, ranked as
    /// `search(_:options:)` ranks them, without reading any passage text or
    /// article: for evaluations, benchmarks, and callers that rank deep and
    /// fetch little.
    ///
    /// - Throws: `QuerySyntaxError` when the text does not parse, `IndexError`
    ///   as `search(_:options:)` throws it.
    public func rankPassages(_ text: String, options: SearchOptions = .init()) throws -> PassageRanking {
        try rankPassages(QueryParser().parse(text), options: options)
    }

    /// The best passages for a parsed query, ranked as `search(_:options:)`
    /// ranks them: the same passages in the same order with the same scores,
    /// and the same `totalHits` and `totalHitsRelation`.
    ///
    /// ```swift
    /// var options = SearchOptions()
    /// options.limit = 1000
    /// let ranking = try searcher.rankPassages(.keywords("aranceles acero"), options: options)
    /// let best = try ranking.passages.first.map { try searcher.article($0.article).title }
    /// ```
    ///
    /// - Throws: `IndexError` when the index cannot be read, a prefix matches
    ///   too many words, or `limit`, `perArticle` or the threshold of
    ///   `hitCount` is below 1.
    public func rankPassages(_ query: Query, options: SearchOptions = .init()) throws -> PassageRanking {
        try options.validate()
        let ranked = try rank(query, options: options).ranked
        return PassageRanking(
            totalHits: ranked.total.value, totalHitsRelation: ranked.total.relation, passages: try ranked.entries.map(rankedPassage)
        )
    }

    /// The stored fields of the article a ranked passage belongs to.
    ///
    /// - Throws: `IndexError` of kind `invalidArgument` when the article's
    ///   segment is not in this searcher's snapshot (it was merged away since
    ///   the ranking: rank again), `corrupt` when the store cannot be read.
    public func article(_ reference: ArticleReference) throws -> StoredArticle {
        guard let segment = reader.segments.first(where: { $0.info.name == reference.segment }),
              Int(reference.ordinal) < segment.info.articles
        else {
            throw IndexError(.invalidArgument, path: reader.path,
                "article \(reference.ordinal) of segment \(reference.segment) is not in this snapshot of the index; rank again with a current searcher")
        }
        return try segment.store.article(Int(reference.ordinal)).article
    }

    /// A collector's entry as the public API names it.
    private func rankedPassage(_ entry: TopKCollector.Entry) throws -> RankedPassage {
        let segment = reader.segments[entry.passage.segment]
        let passage = entry.passage.number
        return RankedPassage(
            id: PassageID(segment: segment.info.name, number: passage),
            article: ArticleReference(segment: segment.info.name, ordinal: UInt32(try segment.articleOrdinal(of: passage))),
            score: entry.score
        )
    }
}
