import Foundation

/// Runs ranked queries against one `IndexReader` snapshot.
///
/// A query's words are analysed like documents, in both languages unless
/// `SearchOptions.language` says which; each becomes one BM25 clause per
/// language and scored field. Statistics (passage count, average lengths,
/// document frequencies) are those of the whole snapshot, deletions excluded.
/// Plain keyword queries run with block-max pruning; queries with phrases,
/// operators, filters, date sorting or recency score every match, and so
/// does any query when `SearchOptions.pruning` is off.
///
/// `Sendable`, like the snapshot it searches: a search keeps no state
/// between calls, so one searcher serves every thread.
public struct Searcher: Sendable {
    /// The snapshot searched.
    public let reader: IndexReader
    private let analyzer = Analyzer()
    private let unstemmed = Analyzer(configuration: .init(stopwords: [:], stemming: false))

    /// A searcher of the snapshot `reader`; searches see only its commit.
    public init(reader: IndexReader) {
        self.reader = reader
    }

    /// The best passages for a query in Gaceta's query language
    /// (docs/QUERY.md): words, "phrases", +required, -excluded, AND, OR,
    /// parentheses, title:, source:, lang:, date: and prefix*.
    ///
    /// - Throws: `QuerySyntaxError` when the text does not parse, `IndexError`
    ///   when the index cannot be read or a prefix matches too many words.
    public func search(_ text: String, options: SearchOptions = .init()) throws -> SearchResults {
        try search(QueryParser().parse(text), options: options)
    }

    /// The best passages for a parsed query.
    ///
    /// - Throws: `IndexError`: `.invalidArgument` when `options.limit` or
    ///   `options.perArticle` is below 1, `.prefixTooBroad` when a prefix
    ///   matches too many words, `.corrupt` when the index cannot be read.
    public func search(_ query: Query, options: SearchOptions = .init()) throws -> SearchResults {
        guard options.limit > 0, options.perArticle > 0 else {
            throw IndexError(.invalidArgument, "limit and passages per article must be at least 1")
        }
        let (plan, ranked) = try rank(query, options: options)
        let highlighter = MatchHighlighter(analyzer: analyzer, terms: plan.highlightedTerms)
        var hits: [SearchHit] = []
        for entry in ranked.entries {
            let segment = reader.segments[Int(entry.globalPassage >> 32)]
            let passage = UInt32(truncatingIfNeeded: entry.globalPassage)
            let record = try segment.store.article(segment.articleOrdinal(of: passage))
            let text = try segment.store.passage(Int(passage))
            hits.append(SearchHit(
                rank: hits.count + 1, score: entry.score,
                passageID: "\(segment.info.name):\(passage)",
                article: record.article, passage: text,
                highlights: highlighter.highlights(in: text, language: record.article.language)
            ))
        }
        return SearchResults(totalHits: ranked.totalHits, hits: hits)
    }

    // MARK: - Ranking

    /// The plan of `query` and its ranked passages (global passage numbers and
    /// scores), without fetching or highlighting anything.
    func rank(_ query: Query, options: SearchOptions) throws -> (plan: MatchPlan, ranked: (entries: [TopKCollector.Entry], totalHits: Int)) {
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
        let ranked: (entries: [TopKCollector.Entry], totalHits: Int)
        if options.pruning, plainRelevance, let disjunction = plan.disjunction {
            ranked = try rankDisjunction(disjunction, statistics: statistics, options: options, proximity: proximity)
        } else {
            ranked = try rankExhaustively(plan, statistics: statistics, options: options, proximity: proximity)
        }
        return (plan, ranked)
    }

    /// Exact top passages of a plain disjunction, at most `perArticle` per
    /// article, with block-max MaxScore.
    private func rankDisjunction(
        _ disjunction: DisjunctivePlan, statistics: CollectionStatistics, options: SearchOptions, proximity: ProximityReranker?
    ) throws -> (entries: [TopKCollector.Entry], totalHits: Int) {
        let terms = disjunction.terms
        guard !terms.isEmpty else { return ([], 0) }
        let coordination = Coordination(strength: options.coordination, memberCount: disjunction.memberCount)
        let bm25 = BM25(k1: options.k1, b: options.b)
        let totalHits = try countMatches(terms, statistics: statistics)
        let entries = try bestPerArticle(matchCount: totalHits, options: options, proximity: proximity) { collector in
            for (index, segment) in reader.segments.enumerated() {
                let builder = SegmentMatcherBuilder(
                    segment: segment, segmentIndex: index, statistics: statistics, bm25: bm25, coordination: 0
                )
                var scorers: [TermScorer] = []
                for (term, member) in zip(terms, disjunction.members) {
                    guard let scorer = try builder.scorer(for: term) else { continue }
                    scorer.member = member
                    scorers.append(scorer)
                }
                guard !scorers.isEmpty else { continue }
                _ = try MaxScoreEvaluator(scorers: scorers, segment: segment, segmentIndex: index, coordination: coordination)
                    .collect(into: &collector)
            }
        }
        return (entries, totalHits)
    }

    /// The best `limit` passages, at most `perArticle` per article, from
    /// `collect`, which offers every match to a collector. A collector cannot
    /// know articles, so it is given room for a few passages of the same
    /// article and asked again with more room until enough distinct articles
    /// are found or every match has been kept. The collector always keeps at
    /// least the passages `proximity` reorders, so the same passages are
    /// reordered whatever the limit.
    private func bestPerArticle(
        matchCount: Int, options: SearchOptions, proximity: ProximityReranker?, collect: (inout TopKCollector) throws -> Void
    ) throws -> [TopKCollector.Entry] {
        // Never more room than there are matches, however large the limits asked.
        let wanted = options.limit.multipliedReportingOverflow(by: max(options.perArticle, 2))
        let room = max(wanted.overflow ? Int.max : wanted.partialValue, proximity?.depth ?? 0)
        var capacity = min(room, max(matchCount, 1))
        while true {
            var collector = TopKCollector(capacity: capacity)
            try collect(&collector)
            let best = collector.sorted()
            let chosen = try limitPerArticle(proximity.map { try $0.rerank(best) } ?? best, options: options)
            if chosen.count == options.limit || !collector.isFull || capacity >= matchCount {
                return chosen
            }
            capacity = min(capacity.multipliedReportingOverflow(by: 4).overflow ? Int.max : capacity * 4, matchCount)
        }
    }

    /// Scores every match of any plan; orders by score, by date, or by score
    /// weighted for recency.
    private func rankExhaustively(
        _ plan: MatchPlan, statistics: CollectionStatistics, options: SearchOptions, proximity: ProximityReranker?
    ) throws -> (entries: [TopKCollector.Entry], totalHits: Int) {
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
                    matches.append((TopKCollector.Entry(score: score, globalPassage: UInt64(index) << 32 | UInt64(passage)), day))
                }
                try matcher.next()
            }
        }
        guard options.sort == .date else {
            // A heap of the best few, not a sort of every match: broad queries match most passages.
            let entries = try bestPerArticle(matchCount: matches.count, options: options, proximity: proximity) { collector in
                for match in matches { collector.insert(match.entry) }
            }
            return (entries, matches.count)
        }
        matches.sort { $0.day != $1.day ? $0.day > $1.day : $1.entry.ranksBelow($0.entry) }
        return (try limitPerArticle(matches.map(\.entry), options: options), matches.count)
    }

    /// 1 for the newest day, tending to 1/2 for very old ones; undated
    /// articles get 1/2.
    static func recencyFactor(day: UInt32, newest: PublicationDay, halfLifeDays: Double) -> Double {
        guard day != 0, halfLifeDays > 0 else { return 0.5 }
        let age = Double(max(0, newest.daysSinceEpoch - PublicationDay(number: day).daysSinceEpoch))
        return 0.5 + 0.5 * pow(2, -age / halfLifeDays)
    }

    /// The newest publication day in the index (the last `date` term).
    private func newestDay() throws -> PublicationDay? {
        var newest: PublicationDay?
        let start = TermKey(field: .date, language: nil, term: "").bytes
        for segment in reader.segments {
            try segment.terms.forEachTerm(withPrefix: start) { key, _ in
                let day = PublicationDay(String(decoding: key.dropFirst(2), as: UTF8.self))
                if let day, newest.map({ day > $0 }) ?? true { newest = day }
                return true
            }
        }
        return newest
    }

    /// Keeps entries in order, at most `perArticle` per article, up to `limit`.
    private func limitPerArticle(_ entries: [TopKCollector.Entry], options: SearchOptions) throws -> [TopKCollector.Entry] {
        var perArticle: [UInt64: Int] = [:]
        var chosen: [TopKCollector.Entry] = []
        for entry in entries where chosen.count < options.limit {
            let segmentIndex = entry.globalPassage >> 32
            let ordinal = try reader.segments[Int(segmentIndex)].articleOrdinal(of: UInt32(truncatingIfNeeded: entry.globalPassage))
            let article = segmentIndex << 32 | UInt64(ordinal)
            guard perArticle[article, default: 0] < options.perArticle else { continue }
            perArticle[article, default: 0] += 1
            chosen.append(entry)
        }
        return chosen
    }

    /// Live passages matching at least one term. A bitmap of the segment's
    /// passages takes every posting once, where merging the lists in order
    /// would compare every cursor at every match.
    private func countMatches(_ terms: [QueryTerm], statistics: CollectionStatistics) throws -> Int {
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
