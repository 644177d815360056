/// The BM25 statistics of a snapshot for one query: live passages, average
/// field lengths, and for each scored term its dictionary entry in every
/// segment and its live document frequency over all of them. Deleted
/// passages are left out, which for a segment with deletions means walking
/// the term's postings once per snapshot: the snapshot's `TermFactsCache`
/// keeps the entries and frequencies for the queries that follow.
struct CollectionStatistics {
    let passageCount: Int
    /// Live articles: the documents of article-level BM25 (`ArticleReranker`).
    let articleCount: Int
    private let bodyLength: Int
    private let titleLength: Int
    /// A scored term in one segment that holds it.
    struct SegmentTerm {
        /// The term's dictionary entry in the segment.
        let info: TermInfo
        /// The segment's passages holding the term, deleted ones excluded.
        let liveFrequency: Int
    }

    /// `terms[segment][key]`: the term in that segment, when it has it.
    let terms: [[[UInt8]: SegmentTerm]]
    private let documentFrequencies: [[UInt8]: Int]

    init(reader: IndexReader, keys: Set<[UInt8]>) throws {
        var passages = 0
        var articles = 0
        var body = 0
        var title = 0
        for info in reader.manifest.segments {
            passages += info.livePassages
            articles += info.articles - info.deletedArticles
            body += info.bodyLength - info.deletedBodyLength
            title += info.titleLength - info.deletedTitleLength
        }
        passageCount = passages
        articleCount = articles
        bodyLength = body
        titleLength = title
        var terms: [[[UInt8]: SegmentTerm]] = []
        var frequencies: [[UInt8]: Int] = [:]
        for (index, segment) in reader.segments.enumerated() {
            var found: [[UInt8]: SegmentTerm] = [:]
            for key in keys {
                let facts = try reader.termFacts.facts(segment: index, key: key) {
                    let info = try segment.terms.lookup(key)
                    return .init(info: info, liveFrequency: try info.map { try Self.liveFrequency($0, in: segment) } ?? 0)
                }
                guard let info = facts.info else { continue }
                found[key] = SegmentTerm(info: info, liveFrequency: facts.liveFrequency)
                frequencies[key, default: 0] += facts.liveFrequency
            }
            terms.append(found)
        }
        self.terms = terms
        documentFrequencies = frequencies
    }

    private static func liveFrequency(_ info: TermInfo, in segment: SegmentReader) throws -> Int {
        guard segment.deletions != nil else { return info.documentFrequency }
        var frequency = 0
        let cursor = try segment.cursor(for: info)
        while cursor.document != PostingsCursor.exhausted {
            if !segment.isDeleted(cursor.document) { frequency += 1 }
            try cursor.next()
        }
        return frequency
    }

    func documentFrequency(_ key: [UInt8]) -> Int {
        documentFrequencies[key] ?? 0
    }

    func inverseDocumentFrequency(_ key: [UInt8]) -> Double {
        BM25.inverseDocumentFrequency(documentFrequency: documentFrequency(key), documentCount: passageCount)
    }

    func averageLength(of field: Field) -> Double {
        guard passageCount > 0 else { return 0 }
        return Double(field == .title ? titleLength : bodyLength) / Double(passageCount)
    }

    /// The body length of the average live article.
    var averageArticleLength: Double {
        articleCount > 0 ? Double(bodyLength) / Double(articleCount) : 0
    }
}
