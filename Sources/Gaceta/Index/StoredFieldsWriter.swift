/// Writes the stored passages and article records of a segment, compressed
/// with zstd in chunks of about `chunkBytes` (docs/FORMAT.md, "Store").
/// Small chunks keep fetching the ten passages of a result page cheap; larger
/// ones compress better.
struct StoredFieldsWriter {
    static let chunkBytes = 4 * 1024
    static let chunkEntrySize = 20
    static let trailerSize = 32

    private var output = ByteWriter()
    private var passageChunks = ChunkBuilder()
    private var articleChunks = ChunkBuilder()
    private(set) var passageCount = 0
    private(set) var articleCount = 0

    init() {
        FileEnvelope.writeHeader(kind: .store, into: &output)
    }

    mutating func addPassage(_ text: String) {
        passageChunks.startRecord(passageCount, output: &output)
        passageChunks.pending.appendString(text)
        passageCount += 1
    }

    mutating func addArticle(_ record: StoredArticleRecord) {
        articleChunks.startRecord(articleCount, output: &output)
        record.encode(into: &articleChunks.pending)
        articleCount += 1
    }

    mutating func finish() -> [UInt8] {
        passageChunks.flush(output: &output)
        articleChunks.flush(output: &output)
        let passageTable = output.count
        passageChunks.writeTable(into: &output)
        let articleTable = output.count
        articleChunks.writeTable(into: &output)
        output.appendUInt32(UInt32(passageCount))
        output.appendUInt32(UInt32(articleCount))
        output.appendUInt32(UInt32(passageChunks.entries.count))
        output.appendUInt32(UInt32(articleChunks.entries.count))
        output.appendUInt64(UInt64(passageTable))
        output.appendUInt64(UInt64(articleTable))
        FileEnvelope.writeFooter(into: &output)
        return output.bytes
    }

    /// Collects records until a chunk is full, then compresses it into the file.
    private struct ChunkBuilder {
        var pending = ByteWriter()
        var firstRecord = 0
        var entries: [(first: Int, offset: Int, compressed: Int, raw: Int)] = []

        mutating func startRecord(_ ordinal: Int, output: inout ByteWriter) {
            if pending.count >= StoredFieldsWriter.chunkBytes {
                flush(output: &output)
            }
            if pending.count == 0 { firstRecord = ordinal }
        }

        mutating func flush(output: inout ByteWriter) {
            guard pending.count > 0 else { return }
            let compressed = Zstd.compress(pending.bytes)
            entries.append((firstRecord, output.count, compressed.count, pending.count))
            output.append(contentsOf: compressed)
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
