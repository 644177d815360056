/// Adds to the best passages of the best articles a share of their whole
/// article's BM25 (`SearchOptions.articleWeight`), so that a story whose
/// paragraphs together hold a headline's words ranks near where
/// whole-document BM25 would put it, while each result stays a passage.
///
/// This is Callan's (SIGIR 1994) combination of a document's score with its
/// best passage's: with weight w, passage + w · article orders the reranked
/// articles as (1 − λ) · passage + λ · article does for λ = w / (1 + w). The
/// article's score is BM25 over the article as one document: each query
/// word's frequency summed over its passages, the article's length the sum
/// of theirs, against the average live article length; the idf is the
/// passage-level one, which the query has already.
///
/// Only the articles of the first `depth` results are rescored, each once
/// whatever the number of its passages shown; the bonus is never negative,
/// so they keep ahead of every article they were ahead of.
struct ArticleReranker {
    let reader: IndexReader
    let statistics: CollectionStatistics
    let bm25: BM25
    let weight: Double
    let depth: Int
    private let clauses: [(key: [UInt8], factor: Double)]

    /// Nil when the bonus cannot change anything: no weight, no depth or no
    /// word matchable in the body.
    init?(plan: DisjunctivePlan, reader: IndexReader, statistics: CollectionStatistics, bm25: BM25, weight: Double, depth: Int) {
        let clauses = plan.terms.filter { $0.field == .body }.map { term in
            (key: term.key, factor: statistics.inverseDocumentFrequency(term.key) * term.weight)
        }
        guard weight > 0, depth > 0, !clauses.isEmpty else { return nil }
        self.reader = reader
        self.statistics = statistics
        self.bm25 = bm25
        self.weight = weight
        self.depth = depth
        self.clauses = clauses
    }

    /// `entries`, best first, with the passages of the first `depth`
    /// articles given their article's bonus, and sorted again.
    func rerank(_ entries: [TopKCollector.Entry]) throws -> [TopKCollector.Entry] {
        // The articles to rescore, each as the run of passages it spans.
        var spans: [Int: [ArticleSpan]] = [:]
        var articleOf: [Int: ArticleSpan] = [:]
        var seen: Set<ArticleSpan> = []
        for (index, entry) in entries.enumerated() {
            let span = try ArticleSpan(entry.passage, in: reader.segments[entry.passage.segment])
            guard seen.contains(span) || seen.count < depth else { continue }
            if seen.insert(span).inserted { spans[span.segment, default: []].append(span) }
            articleOf[index] = span
        }
        var bonus: [ArticleSpan: Double] = [:]
        for (segmentIndex, articles) in spans {
            let segment = reader.segments[segmentIndex]
            var cursors: [(cursor: PostingsCursor, factor: Double)] = []
            for clause in clauses {
                guard let info = statistics.terms[segmentIndex][clause.key]?.info else { continue }
                cursors.append((try segment.cursor(for: info), clause.factor))
            }
            // Cursors only move forward: visit the segment's articles in order.
            for article in articles.sorted(by: { $0.passages.lowerBound < $1.passages.lowerBound }) {
                bonus[article] = weight * (try score(of: article, in: segment, cursors: cursors))
            }
        }
        var reranked = entries
        for (index, article) in articleOf { reranked[index].score += bonus[article]! }
        reranked.sort { $1.ranksBelow($0) }
        return reranked
    }

    /// BM25 of the article's live passages taken as one document.
    private func score(of article: ArticleSpan, in segment: SegmentReader, cursors: [(cursor: PostingsCursor, factor: Double)]) throws -> Double {
        var length = 0
        for passage in article.passages where !segment.isDeleted(passage) {
            length += segment.passages.length(of: .body, passage: passage)
        }
        var total = 0.0
        for (cursor, factor) in cursors {
            var frequency = 0
            var passage = try cursor.advance(to: article.passages.lowerBound)
            while passage < article.passages.upperBound {
                if !segment.isDeleted(passage) { frequency += cursor.termFrequency }
                passage = try cursor.next()
            }
            guard frequency > 0 else { continue }
            total += factor * bm25.saturation(termFrequency: frequency, length: length, averageLength: statistics.averageArticleLength)
        }
        return total
    }
}

/// An article of the snapshot as the passages it spans in its segment.
private struct ArticleSpan: Hashable {
    var segment: Int
    var passages: Range<UInt32>

    /// The article `passage` belongs to: an article's passages are
    /// consecutive, so its neighbours are read until the article changes.
    init(_ passage: GlobalPassage, in segment: SegmentReader) throws {
        let article = try segment.articleOrdinal(of: passage.number)
        var first = passage.number
        while first > 0, try segment.articleOrdinal(of: first - 1) == article { first -= 1 }
        var end = passage.number + 1
        while end < UInt32(segment.info.passages), try segment.articleOrdinal(of: end) == article { end += 1 }
        self.segment = passage.segment
        passages = first..<end
    }
}
