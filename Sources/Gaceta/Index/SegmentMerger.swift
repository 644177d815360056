/// Merges segments into one, dropping deleted passages, without analysing
/// anything again: postings are read back, their passages renumbered, and
/// written anew; stored texts and records are copied.
enum SegmentMerger {
    static func merge(_ segments: [SegmentReader], name: String, directory: String) throws -> SegmentInfo {
        // New passage numbers: live passages of each segment in turn.
        var passageMaps: [[UInt32?]] = []
        var passages: [PassageTableEntry] = []
        var passageTexts: [String] = []
        var articles: [StoredArticleRecord] = []
        for segment in segments {
            var map = [UInt32?](repeating: nil, count: segment.info.passages)
            var articleMap: [Int: UInt32] = [:]
            for passage in 0..<UInt32(segment.info.passages) where !segment.isDeleted(passage) {
                let ordinal = try segment.articleOrdinal(of: passage)
                let newArticle: UInt32
                if let known = articleMap[ordinal] {
                    newArticle = known
                } else {
                    newArticle = UInt32(articles.count)
                    articleMap[ordinal] = newArticle
                    var record = try segment.store.article(ordinal)
                    record.firstPassage = passages.count
                    record.passageCount = 0
                    articles.append(record)
                }
                articles[Int(newArticle)].passageCount += 1
                map[Int(passage)] = UInt32(passages.count)
                var entry = segment.passages.entry(passage)
                entry.article = newArticle
                passages.append(entry)
                passageTexts.append(try segment.store.passage(Int(passage)))
            }
            passageMaps.append(map)
        }

        let dictionaries = try segments.map { segment in
            var terms: [(key: [UInt8], info: TermInfo)] = []
            try segment.terms.forEachTerm(from: [], through: [0xFF]) { key, info in
                terms.append((key, info))
                return true
            }
            return terms
        }
        return try SegmentWriter.write(
            name: name, directory: directory, passages: passages, passageTexts: passageTexts, articles: articles
        ) { sink in
            var next = [Int](repeating: 0, count: segments.count)
            while true {
                // The smallest key not yet written, across all segments.
                var smallest: [UInt8]?
                for (index, terms) in dictionaries.enumerated() where next[index] < terms.count {
                    let key = terms[next[index]].key
                    if smallest.map({ compareBytes(key, $0) < 0 }) ?? true { smallest = key }
                }
                guard let key = smallest else { break }
                var documents: [UInt32] = []
                var frequencies: [UInt32] = []
                var positions: [UInt32] = []
                for (index, terms) in dictionaries.enumerated() where next[index] < terms.count && terms[next[index]].key == key {
                    let cursor = try segments[index].cursor(for: terms[next[index]].info)
                    while cursor.document != PostingsCursor.exhausted {
                        if let renumbered = passageMaps[index][Int(cursor.document)] {
                            documents.append(renumbered)
                            frequencies.append(UInt32(cursor.termFrequency))
                            positions.append(contentsOf: try cursor.positions())
                        }
                        try cursor.next()
                    }
                    next[index] += 1
                }
                // A term whose passages were all deleted disappears.
                if !documents.isEmpty {
                    sink.add(key: key, documents: documents, frequencies: frequencies, positions: positions)
                }
            }
        }
    }
}
