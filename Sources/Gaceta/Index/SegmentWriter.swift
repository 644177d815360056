/// Writes the immutable files of one segment, each fsynced, and describes
/// them for the manifest. Both new segments (from a `SegmentBuffer`) and
/// merged ones (from `SegmentMerger`) go through here.
enum SegmentWriter {
    /// Receives the terms of the segment in increasing key order.
    struct TermSink {
        fileprivate var postings = PostingsWriter()
        fileprivate var dictionary = TermDictionaryWriter()
        fileprivate let passages: [PassageTableEntry]

        mutating func add(key: [UInt8], documents: [UInt32], frequencies: [UInt32], positions: [UInt32]) {
            let field = Field(rawValue: key[0]) ?? .articleID
            let passages = self.passages
            let info = postings.append(
                documents: documents, frequencies: frequencies, positionList: positions,
                fieldLength: { Field.scored.contains(field) ? passages[Int($0)].length(of: field) : 1 }
            )
            dictionary.append(key: key, info: info)
        }
    }

    static func write(
        name: String, directory: String, passages: [PassageTableEntry], passageTexts: [String],
        articles: [StoredArticleRecord], terms: (inout TermSink) throws -> Void
    ) throws -> SegmentInfo {
        var sink = TermSink(passages: passages)
        try terms(&sink)
        var store = StoredFieldsWriter()
        for text in passageTexts { store.addPassage(text) }
        for article in articles { store.addArticle(article) }

        let (postingsBytes, positionsBytes) = sink.postings.finish()
        let contents: [(FileKind, [UInt8])] = [
            (.terms, sink.dictionary.finish()),
            (.postings, postingsBytes),
            (.positions, positionsBytes),
            (.passages, PassageTableWriter.encode(passages)),
            (.store, store.finish()),
        ]
        var info = SegmentInfo(
            name: name, passages: passages.count, articles: articles.count,
            deletedPassages: 0, deletedArticles: 0, deletionsGeneration: nil,
            bodyLength: passages.reduce(0) { $0 + Int($1.bodyLength) },
            titleLength: passages.reduce(0) { $0 + Int($1.titleLength) },
            deletedBodyLength: 0, deletedTitleLength: 0,
            articlesByLanguage: Dictionary(grouping: articles, by: \.article.language.rawValue).mapValues(\.count),
            files: [:]
        )
        for (kind, bytes) in contents {
            try DurableFile.write(bytes, to: directory + "/" + info.fileName(kind))
            info.files[kind.rawValue] = FileRecord(size: bytes.count, crc32: FileEnvelope.checksum(of: bytes))
        }
        return info
    }

    static func write(_ buffer: SegmentBuffer, name: String, directory: String) throws -> SegmentInfo {
        let keys = (0..<buffer.termCount).map { buffer.key(of: $0) }
        let order = keys.indices.sorted { compareBytes(keys[$0], keys[$1]) < 0 }
        return try write(
            name: name, directory: directory, passages: buffer.passages,
            passageTexts: buffer.passageTexts, articles: buffer.articles
        ) { sink in
            for id in order {
                let postings = buffer.postings[id]
                sink.add(key: keys[id], documents: postings.documents, frequencies: postings.frequencies, positions: postings.positions)
            }
        }
    }
}
