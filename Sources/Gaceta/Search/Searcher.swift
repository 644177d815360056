/// Runs ranked queries against one `IndexReader` snapshot.
///
/// A query's words are analysed like documents, in both languages unless
/// `SearchOptions.language` says which; each becomes one BM25 clause per
/// language and scored field. Statistics (passage count, average lengths,
/// document frequencies) are those of the whole snapshot, deletions excluded.
/// Plain keyword queries, exclusions (`-word`) included, run with block-max
/// pruning; queries with phrases, other operators, filters, date sorting or
/// recency score every match, and so does any query when
/// `SearchOptions.pruning` is off.
///
/// `Sendable`, like the snapshot it searches: a search keeps no state
/// between calls, so one searcher serves every thread.
public struct Searcher: Sendable {
    /// The snapshot searched.
    public let reader: IndexReader
    let analyzer = Analyzer()
    let unstemmed = Analyzer(configuration: .init(stopwords: [:], stemming: false))

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
    /// - Throws: `IndexError`: `.invalidArgument` when `options.limit`,
    ///   `options.perArticle` or the threshold of `options.hitCount` is below 1, `.prefixTooBroad` when a prefix
    ///   matches too many words, `.corrupt` when the index cannot be read.
    public func search(_ query: Query, options: SearchOptions = .init()) throws -> SearchResults {
        try options.validate()
        let (plan, ranked) = try rank(query, options: options)
        let highlighter = MatchHighlighter(analyzer: analyzer, terms: plan.highlightedTerms)
        var hits: [SearchHit] = []
        for entry in ranked.entries {
            let segment = reader.segments[entry.passage.segment]
            let passage = entry.passage.number
            let record = try segment.store.article(segment.articleOrdinal(of: passage))
            let text = try segment.store.passage(Int(passage))
            hits.append(SearchHit(
                rank: hits.count + 1, score: entry.score,
                passageID: "\(segment.info.name):\(passage)",
                article: record.article, passage: text,
                highlights: highlighter.highlights(in: text, language: record.article.language)
            ))
        }
        return SearchResults(totalHits: ranked.total.value, totalHitsRelation: ranked.total.relation, hits: hits)
    }
}
