/// Writes the stored passages and article records of a segment, compressed
/// with zstd in chunks of about `passageChunkBytes` and `articleChunkBytes`
/// (docs/FORMAT.md, "Store").
/// Small chunks keep fetching the ten passages of a result page cheap; larger
/// ones compress better. Chunks go to disk as they fill.
struct StoredFieldsWriter {
    // A search decompresses a whole chunk for each of its hits' passages and
    // articles. On 200 headline queries against news-en, 4 KiB chunks for
    // both took 15% more instructions than these, for a store 8% smaller.
    static let passageChunkBytes = 2 * 1024
    static let articleChunkBytes = 1024
    static let chunkEntrySize = 20
    static let trailerSize = 32

    private var output: SpillingOutput
    private var passageChunks = ChunkBuilder(limit: StoredFieldsWriter.passageChunkBytes)
    private var articleChunks = ChunkBuilder(limit: StoredFieldsWriter.articleChunkBytes)
    private(set) var passageCount = 0
    private(set) var articleCount = 0

    init(path: String) throws {
        output = try SpillingOutput(path: path, kind: .store)
    }

    mutating func addPassage(_ text: String) throws {
        try passageChunks.startRecord(passageCount, output: &output)
        passageChunks.pending.appendString(text)
        passageCount += 1
    }

    mutating func addArticle(_ record: StoredArticleRecord) throws {
        try articleChunks.startRecord(articleCount, output: &output)
        record.encode(into: &articleChunks.pending)
        articleCount += 1
    }

    mutating func finish() throws -> FileRecord {
        try passageChunks.flush(output: &output)
        try articleChunks.flush(output: &output)
        let passageTable = output.count
        passageChunks.writeTable(into: &output.buffer)
        let articleTable = output.count
        articleChunks.writeTable(into: &output.buffer)
        output.buffer.appendUInt32(UInt32(passageCount))
        output.buffer.appendUInt32(UInt32(articleCount))
        output.buffer.appendUInt32(UInt32(passageChunks.entries.count))
        output.buffer.appendUInt32(UInt32(articleChunks.entries.count))
        output.buffer.appendUInt64(UInt64(passageTable))
        output.buffer.appendUInt64(UInt64(articleTable))
        return try output.finish()
    }

    func abandon() {
        output.abandon()
    }

    /// Collects records until a chunk is full, then compresses it into the file.
    private struct ChunkBuilder {
        let limit: Int
        var pending = ByteWriter()
        var firstRecord = 0
        var entries: [(first: Int, offset: Int, compressed: Int, raw: Int)] = []

        mutating func startRecord(_ ordinal: Int, output: inout SpillingOutput) throws {
            if pending.count >= limit {
                try flush(output: &output)
            }
            if pending.count == 0 { firstRecord = ordinal }
        }

        mutating func flush(output: inout SpillingOutput) throws {
            guard pending.count > 0 else { return }
            let compressed = Zstd.compress(pending.bytes)
            entries.append((firstRecord, output.count, compressed.count, pending.count))
            output.buffer.append(contentsOf: compressed)
            try output.spillIfFull()
            pending = ByteWriter()
        }

        func writeTable(into output: inout ByteWriter) {
            for entry in entries {
                output.appendUInt32(UInt32(entry.first))
                output.appendUInt64(UInt64(entry.offset))
                output.appendUInt32(UInt32(entry.compressed))
                output.appendUInt32(UInt32(entry.raw))
            }
        }
    }
}
