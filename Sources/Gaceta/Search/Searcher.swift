/// Runs ranked queries against one `IndexReader` snapshot.
///
/// A query's words are analysed like documents, in both languages unless
/// `SearchOptions.language` says which; each becomes one BM25 clause per
/// language and scored field. Statistics (passage count, average lengths,
/// document frequencies) are those of the whole snapshot, deletions excluded.
public struct Searcher: Sendable {
    public let reader: IndexReader
    private let analyzer = Analyzer()

    public init(reader: IndexReader) {
        self.reader = reader
    }

    /// The best passages for a keyword query, ranked by BM25.
    public func search(_ query: String, options: SearchOptions = .init()) throws -> SearchResults {
        guard options.limit > 0, options.perArticle > 0 else {
            throw IndexError(.invalidArgument, "limit and passages per article must be at least 1")
        }
        let clauses = QueryTerm.clauses(for: query, analyzer: analyzer, options: options)
        let ranked = try rank(clauses, options: options)
        let highlighter = MatchHighlighter(analyzer: analyzer, clauses: clauses)
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

    /// Exact top passages, at most `perArticle` per article. The collector
    /// cannot know articles, so it asks for more passages until enough
    /// distinct articles are found or every match has been seen.
    func rank(_ clauses: [QueryTerm], options: SearchOptions) throws -> (entries: [TopKCollector.Entry], totalHits: Int) {
        guard !clauses.isEmpty else { return ([], 0) }
        // One dictionary lookup per clause and segment serves every step below.
        let terms = try reader.segments.map { segment in try clauses.map { try segment.terms.lookup($0.key) } }
        let statistics = try CollectionStatistics(reader: reader, clauses: clauses, terms: terms)
        let totalHits = try countMatches(terms)
        var capacity = options.perArticle == 1 ? options.limit * 4 : options.limit * options.perArticle
        while true {
            var collector = TopKCollector(capacity: capacity)
            for (index, segment) in reader.segments.enumerated() {
                let scorers = try self.scorers(clauses, terms: terms[index], segment: segment, statistics: statistics, options: options)
                guard !scorers.isEmpty else { continue }
                _ = try MaxScoreEvaluator(scorers: scorers, segment: segment, segmentIndex: index, pruning: options.pruning)
                    .collect(into: &collector)
            }
            let candidates = collector.sorted()
            var perArticle: [String: Int] = [:]
            var chosen: [TopKCollector.Entry] = []
            for entry in candidates where chosen.count < options.limit {
                let segment = reader.segments[Int(entry.globalPassage >> 32)]
                let ordinal = try segment.articleOrdinal(of: UInt32(truncatingIfNeeded: entry.globalPassage))
                let article = "\(entry.globalPassage >> 32):\(ordinal)"
                guard perArticle[article, default: 0] < options.perArticle else { continue }
                perArticle[article, default: 0] += 1
                chosen.append(entry)
            }
            if chosen.count == options.limit || !collector.isFull || capacity >= totalHits {
                return (chosen, totalHits)
            }
            capacity *= 4
        }
    }

    private func scorers(
        _ clauses: [QueryTerm], terms: [TermInfo?], segment: SegmentReader, statistics: CollectionStatistics, options: SearchOptions
    ) throws -> [TermScorer] {
        let bm25 = BM25(k1: options.k1, b: options.b)
        var scorers: [TermScorer] = []
        for (clauseIndex, clause) in clauses.enumerated() {
            guard let info = terms[clauseIndex] else { continue }
            let idf = BM25.inverseDocumentFrequency(
                documentFrequency: statistics.documentFrequency[clauseIndex],
                documentCount: statistics.passageCount
            )
            scorers.append(TermScorer(
                cursor: try segment.cursor(for: info), info: info, field: clause.field,
                passages: segment.passages, bm25: bm25,
                averageLength: statistics.averageLength(of: clause.field), factor: idf * clause.weight
            ))
        }
        return scorers
    }

    /// Live passages matching at least one clause.
    private func countMatches(_ terms: [[TermInfo?]]) throws -> Int {
        var total = 0
        for (segment, segmentTerms) in zip(reader.segments, terms) {
            let cursors = try segmentTerms.compactMap { try $0.map { try segment.cursor(for: $0) } }
            if cursors.isEmpty { continue }
            if cursors.count == 1, segment.deletions == nil {
                total += cursors[0].documentFrequency
                continue
            }
            while true {
                var document = PostingsCursor.exhausted
                for cursor in cursors { document = min(document, cursor.document) }
                if document == PostingsCursor.exhausted { break }
                if !segment.isDeleted(document) { total += 1 }
                for cursor in cursors where cursor.document == document { try cursor.next() }
            }
        }
        return total
    }
}
