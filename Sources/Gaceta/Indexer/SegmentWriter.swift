/// Writes the immutable files of one segment, front to back and a buffer at
/// a time, each fsynced at the end, and describes them for the manifest.
/// Both new segments (from a `SegmentBuffer`) and merged ones (from
/// `SegmentMerger`) go through here.
///
/// The passage table comes first, since postings bounds need field lengths;
/// then stored passages and articles, and terms in increasing key order.
struct SegmentWriter {
    let name: String
    let directory: String
    private let passages: [PassageTableEntry]
    private var postings: PostingsWriter
    private var dictionary = TermDictionaryWriter()
    /// Nil while lent out (`detachStore()`).
    private var store: SegmentStoreWriter?

    init(name: String, directory: String, passages: [PassageTableEntry]) throws {
        self.name = name
        self.directory = directory
        self.passages = passages
        let files = SegmentInfo.fileNames(segment: name)
        postings = try PostingsWriter(
            postingsPath: directory + "/" + files[.postings]!, positionsPath: directory + "/" + files[.positions]!
        )
        do {
            store = try SegmentStoreWriter(path: directory + "/" + files[.store]!)
        } catch {
            postings.abandon()
            throw error
        }
    }

    mutating func addPassageText(_ text: String) throws {
        try store!.addPassageText(text)
    }

    mutating func addArticle(_ record: StoredArticleRecord) throws {
        try store!.addArticle(record)
    }

    /// Hands the store over, so that another thread can fill it while this
    /// one adds terms; `attachStore` takes it back before `finish()`.
    mutating func detachStore() -> SegmentStoreWriter {
        defer { store = nil }
        return store!
    }

    mutating func attachStore(_ detached: SegmentStoreWriter) {
        precondition(store == nil, "a segment writer has one store")
        store = detached
    }

    /// Adds the next term; keys must come in strictly increasing order.
    mutating func addTerm(key: TermKey, documents: [UInt32], frequencies: [UInt32], positions: [UInt32]) throws {
        let field = key.field
        let passages = self.passages
        let scored = Field.scored.contains(field)
        let info = try postings.append(
            documents: documents, frequencies: frequencies, positionList: positions,
            writesPositions: scored,
            fieldLength: { scored ? passages[Int($0)].length(of: field) : 1 }
        )
        dictionary.append(key: key.bytes, info: info)
    }

    /// Completes every file and returns the segment's description.
    mutating func finish() throws -> SegmentInfo {
        guard var store else { preconditionFailure("finish() with the store detached") }
        var info = SegmentInfo(
            name: name, passages: passages.count, articles: store.articleCount,
            deletedPassages: 0, deletedArticles: 0, deletionsGeneration: nil,
            bodyLength: passages.reduce(0) { $0 + Int($1.bodyLength) },
            titleLength: passages.reduce(0) { $0 + Int($1.titleLength) },
            deletedBodyLength: 0, deletedTitleLength: 0,
            articlesByLanguage: store.articlesByLanguage, files: [:]
        )
        let (postingsRecord, positionsRecord) = try postings.finish()
        info.files[FileKind.postings.rawValue] = postingsRecord
        info.files[FileKind.positions.rawValue] = positionsRecord
        info.files[FileKind.store.rawValue] = try store.finish()
        let terms = dictionary.finish()
        try DurableFile.write(terms, to: directory + "/" + info.fileName(.terms))
        info.files[FileKind.terms.rawValue] = FileRecord(size: terms.count, crc32: FileEnvelope.checksum(of: terms))
        info.files[FileKind.passages.rawValue] = try PassageTableWriter.write(passages, to: directory + "/" + info.fileName(.passages))
        return info
    }

    /// Removes what was written, after a failure.
    func abandon() {
        postings.abandon()
        store?.abandon()
    }

    /// Writes a whole in-memory buffer as a segment.
    static func write(_ buffer: SegmentBuffer, name: String, directory: String) throws -> SegmentInfo {
        // The buffer makes its keys from fields, languages and Strings: they decode.
        let keys = (0..<buffer.termCount).map { try! TermKey(decoding: buffer.key(of: $0)) }
        let order = keys.indices.sorted { compareBytes(keys[$0].bytes, keys[$1].bytes) < 0 }
        var writer = try SegmentWriter(name: name, directory: directory, passages: buffer.passages)
        do {
            for text in buffer.passageTexts { try writer.addPassageText(text) }
            for article in buffer.articles { try writer.addArticle(article) }
            let inverted = buffer.inverted()
            var postings = InvertedPostings.Postings()
            for id in order {
                inverted.postings(of: id, into: &postings)
                try writer.addTerm(key: keys[id], documents: postings.documents, frequencies: postings.frequencies, positions: postings.positions)
            }
            return try writer.finish()
        } catch {
            writer.abandon()
            throw error
        }
    }
}
