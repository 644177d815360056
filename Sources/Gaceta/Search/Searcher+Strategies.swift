/// How a query's plan is ranked: block-max MaxScore for a disjunction of
/// words, translated or not, ranked by relevance (exclusions included), every
/// match scored for anything else.
extension Searcher {
    /// The plan of `query` and its ranked passages (global passage numbers and
    /// scores), without fetching or highlighting anything.
    func rank(_ query: Query, options: SearchOptions) throws -> (plan: MatchPlan, ranked: (entries: [TopKCollector.Entry], total: MatchCount)) {
        let restricted = options.filters.isEmpty ? query : .group([.required(query)] + options.filters.map(Query.filter))
        let plan = try QueryPlanner(analyzer: analyzer, unstemmed: unstemmed, reader: reader, options: options).plan(restricted)
        let statistics = try CollectionStatistics(reader: reader, keys: Set(plan.scoredTerms.map(\.key)))
        let plainRelevance = options.sort == .relevance && options.recencyHalfLifeDays == nil
        let proximity = plainRelevance ? ProximityReranker.words(in: plan).flatMap {
            ProximityReranker(
                plan: $0, reader: reader, statistics: statistics, bm25: BM25(k1: options.k1, b: options.b),
                weight: options.proximityWeight, depth: options.proximityDepth
            )
        } : nil
        let articles = plainRelevance ? ProximityReranker.words(in: plan).flatMap {
            ArticleReranker(
                plan: $0, reader: reader, statistics: statistics, bm25: BM25(k1: options.k1, b: options.b),
                weight: options.articleWeight, depth: options.articleDepth
            )
        } : nil
        let rerankers = Rerankers(proximity: proximity, articles: articles)
        let ranked: (entries: [TopKCollector.Entry], total: MatchCount)
        if options.pruning, plainRelevance, let (disjunction, excluded) = plan.prunable {
            ranked = try rankDisjunction(disjunction, excluding: excluded, statistics: statistics, options: options, rerankers: rerankers)
        } else {
            ranked = try rankExhaustively(plan, statistics: statistics, options: options, rerankers: rerankers)
        }
        return (plan, ranked)
    }

    /// Exact top passages of a disjunction less what `excluded` matches, at
    /// most `perArticle` per article, with block-max MaxScore.
    private func rankDisjunction(
        _ disjunction: DisjunctivePlan, excluding excluded: [MatchPlan], statistics: CollectionStatistics,
        options: SearchOptions, rerankers: Rerankers
    ) throws -> (entries: [TopKCollector.Entry], total: MatchCount) {
        let terms = disjunction.allTerms
        guard !terms.isEmpty else { return ([], .exactly(0)) }
        let coordination = Coordination(strength: options.coordination, memberCount: disjunction.memberCount)
        let bm25 = BM25(k1: options.k1, b: options.b)
        let total = try countMatches(terms, excluding: excluded, statistics: statistics, bm25: bm25, counting: options.hitCount)
        // A lower bound of the count would cap the collector below the matches it may have to keep.
        let maxMatches = total.relation == .equal ? total.value : matchCeiling(terms, statistics: statistics)
        let entries = try bestPerArticle(maxMatches: maxMatches, options: options, rerankers: rerankers) { collector in
            for (index, segment) in reader.segments.enumerated() {
                let builder = SegmentMatcherBuilder(
                    segment: segment, segmentIndex: index, statistics: statistics, bm25: bm25, coordination: 0
                )
                let exclusion = try builder.exclusion(of: excluded)
                if disjunction.alternatives.isEmpty {
                    try collect(
                        zip(disjunction.terms, disjunction.members), make: { try builder.scorer(for: $0) },
                        in: segment, index, coordination: coordination, excluding: exclusion, into: &collector
                    )
                } else {
                    // One clause type for the loop: a plain term is a word of one alternative, scored the same.
                    let words = zip(disjunction.terms, disjunction.members).map { (AlternativesPlan(terms: [$0], shares: [1]), $1) }
                    try collect(
                        words + disjunction.alternatives, make: { try builder.scorer(for: $0) },
                        in: segment, index, coordination: coordination, excluding: exclusion, into: &collector
                    )
                }
            }
        }
        return (entries, total)
    }

    /// Ranks segment `index` by block-max MaxScore over the clauses `make`
    /// builds there, each told its query word; those that cannot match
    /// there are left out.
    private func collect<Plan, Clause: MaxScoreClause>(
        _ plans: some Sequence<(Plan, Int)>, make: (Plan) throws -> Clause?, in segment: SegmentReader, _ index: Int,
        coordination: Coordination, excluding exclusion: (any PassageMatcher)?, into collector: inout RankingCollector
    ) throws {
        let clauses = try plans.compactMap { plan, member in
            let clause = try make(plan)
            clause?.member = member
            return clause
        }
        guard !clauses.isEmpty else { return }
        _ = try MaxScoreEvaluator(
            scorers: clauses, segment: segment, segmentIndex: index, coordination: coordination, excluded: exclusion
        ).collect(into: &collector)
    }

    /// Scores every match of any plan; orders by score, by date, or by score
    /// weighted for recency.
    private func rankExhaustively(
        _ plan: MatchPlan, statistics: CollectionStatistics, options: SearchOptions, rerankers: Rerankers
    ) throws -> (entries: [TopKCollector.Entry], total: MatchCount) {
        let bm25 = BM25(k1: options.k1, b: options.b)
        let newest = options.recencyHalfLifeDays == nil ? nil : try newestDay()
        var matches: [(entry: TopKCollector.Entry, day: UInt32)] = []
        for (index, segment) in reader.segments.enumerated() {
            let builder = SegmentMatcherBuilder(
                segment: segment, segmentIndex: index, statistics: statistics, bm25: bm25, coordination: options.coordination
            )
            guard let matcher = try builder.matcher(for: plan) else { continue }
            while matcher.document != PostingsCursor.exhausted {
                let passage = matcher.document
                if !segment.isDeleted(passage) {
                    var score = try matcher.score()
                    let day = segment.passages.day(of: passage)
                    if let halfLife = options.recencyHalfLifeDays, let newest {
                        score *= Self.recencyFactor(day: day, newest: newest, halfLifeDays: halfLife)
                    }
                    matches.append((TopKCollector.Entry(score: score, passage: GlobalPassage(segment: index, number: passage)), day))
                }
                try matcher.next()
            }
        }
        guard options.sort == .date else {
            // A heap of the best few, not a sort of every match: broad queries match most passages.
            let entries = try bestPerArticle(maxMatches: matches.count, options: options, rerankers: rerankers) { collector in
                for match in matches { try collector.insert(match.entry) }
            }
            return (entries, .exactly(matches.count))
        }
        matches.sort { $0.day != $1.day ? $0.day > $1.day : $1.entry.ranksBelow($0.entry) }
        return (try limitPerArticle(matches.map(\.entry), perArticle: options.perArticle, limit: options.limit), .exactly(matches.count))
    }
}
