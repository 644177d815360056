/// Writes a `SegmentBuffer` as the immutable files of one segment, each
/// fsynced, and describes them for the manifest.
enum SegmentWriter {
    static func write(_ buffer: SegmentBuffer, name: String, directory: String) throws -> SegmentInfo {
        let keys = (0..<buffer.terms.count).map { buffer.key(of: $0) }
        let order = keys.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }

        var postingsWriter = PostingsWriter()
        var dictionary = TermDictionaryWriter()
        for id in order {
            let postings = buffer.postings[id]
            let field = buffer.terms[id].slot.field
            let info = postingsWriter.append(
                documents: postings.documents, frequencies: postings.frequencies, positionList: postings.positions,
                fieldLength: { Field.scored.contains(field) ? buffer.passages[Int($0)].length(of: field) : 1 }
            )
            dictionary.append(key: keys[id], info: info)
        }
        var store = StoredFieldsWriter()
        for text in buffer.passageTexts { store.addPassage(text) }
        for article in buffer.articles { store.addArticle(article) }

        let (postingsBytes, positionsBytes) = postingsWriter.finish()
        let contents: [(FileKind, [UInt8])] = [
            (.terms, dictionary.finish()),
            (.postings, postingsBytes),
            (.positions, positionsBytes),
            (.passages, PassageTableWriter.encode(buffer.passages)),
            (.store, store.finish()),
        ]
        var info = SegmentInfo(
            name: name, passages: buffer.passages.count, articles: buffer.articles.count,
            deletedPassages: 0, deletedArticles: 0, deletionsGeneration: nil,
            bodyLength: buffer.passages.reduce(0) { $0 + Int($1.bodyLength) },
            titleLength: buffer.passages.reduce(0) { $0 + Int($1.titleLength) },
            deletedBodyLength: 0, deletedTitleLength: 0,
            articlesByLanguage: Dictionary(grouping: buffer.articles, by: \.article.language.rawValue).mapValues(\.count),
            files: [:]
        )
        for (kind, bytes) in contents {
            try DurableFile.write(bytes, to: directory + "/" + info.fileName(kind))
            info.files[kind.rawValue] = FileRecord(size: bytes.count, crc32: FileEnvelope.checksum(of: bytes))
        }
        return info
    }
}
