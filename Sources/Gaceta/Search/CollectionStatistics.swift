/// The BM25 statistics of a snapshot for one query: live passages, average
/// field lengths and the live document frequency of each clause, summed over
/// segments. Deleted passages are left out, which for a segment with
/// deletions means walking the clause's postings once.
struct CollectionStatistics {
    let passageCount: Int
    private let bodyLength: Int
    private let titleLength: Int
    /// Live passages containing each clause's term, by clause index.
    private(set) var documentFrequency: [Int] = []

    /// `terms[segment][clause]` is the clause's dictionary entry in that segment.
    init(reader: IndexReader, clauses: [QueryTerm], terms: [[TermInfo?]]) throws {
        var passages = 0
        var body = 0
        var title = 0
        for info in reader.manifest.segments {
            passages += info.livePassages
            body += info.bodyLength - info.deletedBodyLength
            title += info.titleLength - info.deletedTitleLength
        }
        passageCount = passages
        bodyLength = body
        titleLength = title
        for clauseIndex in clauses.indices {
            var frequency = 0
            for (segment, segmentTerms) in zip(reader.segments, terms) {
                guard let info = segmentTerms[clauseIndex] else { continue }
                guard segment.deletions != nil else {
                    frequency += info.documentFrequency
                    continue
                }
                let cursor = try segment.cursor(for: info)
                while cursor.document != PostingsCursor.exhausted {
                    if !segment.isDeleted(cursor.document) { frequency += 1 }
                    try cursor.next()
                }
            }
            documentFrequency.append(frequency)
        }
    }

    func averageLength(of field: Field) -> Double {
        guard passageCount > 0 else { return 0 }
        return Double(field == .title ? titleLength : bodyLength) / Double(passageCount)
    }
}
