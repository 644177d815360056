/// Writes the stored passages and article records of a segment
/// (docs/FORMAT.md, "Store"): each passage its own zstd frame, compressed
/// with a dictionary trained on the segment's first passages, so showing a
/// hit decompresses its passage and nothing else; article records raw.
/// Passage frames go to disk as they are made; the article records, small,
/// wait in memory for the end.
struct StoredFieldsWriter {
    // Measured on news-en (123,588 paragraphs): per-passage frames with a
    // 32 KiB dictionary trained on 1 MiB make a store the size of 2 KiB
    // chunks (52.7% of the text against 52.2%) and fetch a passage about
    // ten times faster; training takes about 0.7 s a segment.
    static let dictionaryCapacity = 32 * 1024
    static let trainingBytes = 1 << 20
    /// Below this much text a dictionary costs more than it saves.
    static let smallestTraining = 16 * 1024
    static let trailerSize = 48

    private var output: SpillingOutput
    /// Nil until the dictionary is trained; passages wait in `untrained`.
    private var compressor: ZstdCompressor?
    private var untrained: [[UInt8]] = []
    private var untrainedBytes = 0
    private var dictionarySize = 0
    private var passageOffsets = RecordOffsetsBuilder(start: FileEnvelope.headerSize)
    /// Article records not yet set aside; records are written after every
    /// passage, and at ten million passages they would take hundreds of
    /// megabytes, so each full spill's worth goes to a scratch file.
    private var articles = ByteWriter()
    private var setAside: ScratchFile?
    private var articleEnds: [Int] = []
    private var sources = SourceTable()
    private(set) var passageCount = 0
    var articleCount: Int { articleEnds.count }

    init(path: String) throws {
        output = try SpillingOutput(path: path, kind: .store)
    }

    mutating func addPassage(_ text: String) throws {
        let bytes = Array(text.utf8)
        guard bytes.count <= RecordOffsets.largestRecord else {
            throw IndexError(.invalidArgument, "a passage of \(bytes.count) bytes is larger than the store takes (\(RecordOffsets.largestRecord))")
        }
        passageCount += 1
        if let compressor {
            try writeFrame(bytes, with: compressor)
            return
        }
        untrained.append(bytes)
        untrainedBytes += bytes.count
        if untrainedBytes >= Self.trainingBytes { try startCompressing() }
    }

    mutating func addArticle(_ record: StoredArticleRecord) throws {
        let start = articles.count
        record.encode(into: &articles, sources: &sources)
        guard articles.count - start <= RecordOffsets.largestRecord else {
            throw IndexError(.invalidArgument, "article '\(record.article.id)' takes \(articles.count - start) bytes, more than the store takes (\(RecordOffsets.largestRecord))")
        }
        articleEnds.append((setAside?.count ?? 0) + articles.count)
        if articles.count >= SpillingOutput.spillBytes {
            if setAside == nil { setAside = try ScratchFile(path: output.path + ".articles") }
            try setAside!.append(articles.bytes)
            articles.removeAll()
        }
    }

    mutating func finish() throws -> FileRecord {
        if compressor == nil { try startCompressing() }
        let articlesStart = output.count
        var articleOffsets = RecordOffsetsBuilder(start: articlesStart)
        for end in articleEnds { articleOffsets.append(end: articlesStart + end) }
        if let setAside {
            try setAside.forEachChunk(of: SpillingOutput.spillBytes) { chunk in
                output.buffer.append(contentsOf: chunk)
                try output.spillIfFull()
            }
            setAside.discard()
            self.setAside = nil
        }
        output.buffer.append(contentsOf: articles.bytes)
        articles = ByteWriter()
        let sourcesStart = output.count
        for source in sources.sources { output.buffer.appendString(source) }
        let passageTable = output.count
        passageOffsets.write(into: &output.buffer)
        let articleTable = output.count
        articleOffsets.write(into: &output.buffer)
        output.buffer.appendUInt32(UInt32(passageCount))
        output.buffer.appendUInt32(UInt32(articleCount))
        output.buffer.appendUInt32(UInt32(sources.sources.count))
        output.buffer.appendUInt32(UInt32(dictionarySize))
        for offset in [articlesStart, sourcesStart, passageTable, articleTable] { output.buffer.appendUInt64(UInt64(offset)) }
        return try output.finish()
    }

    func abandon() {
        setAside?.discard()
        output.abandon()
    }

    /// Trains the dictionary on the passages held so far, writes it, and
    /// compresses them; from here on passages are compressed as they come.
    private mutating func startCompressing() throws {
        let capacity = min(Self.dictionaryCapacity, untrainedBytes / 16)
        let dictionary = untrainedBytes >= Self.smallestTraining
            ? Zstd.trainDictionary(on: untrained, capacity: capacity) ?? [] : []
        output.buffer.append(contentsOf: dictionary)
        dictionarySize = dictionary.count
        passageOffsets = RecordOffsetsBuilder(start: output.count)
        let compressor = ZstdCompressor(dictionary: dictionary)
        self.compressor = compressor
        for bytes in untrained { try writeFrame(bytes, with: compressor) }
        untrained = []
        untrainedBytes = 0
    }

    private mutating func writeFrame(_ bytes: [UInt8], with compressor: ZstdCompressor) throws {
        output.buffer.append(contentsOf: compressor.compress(bytes))
        passageOffsets.append(end: output.count)
        try output.spillIfFull()
    }
}
