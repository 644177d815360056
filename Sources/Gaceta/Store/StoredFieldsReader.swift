/// Reads passages and article records back from a mapped store file,
/// decompressing only the chunk that holds the record asked for.
struct StoredFieldsReader: Sendable {
    let file: MappedFile
    let passageCount: Int
    let articleCount: Int
    private let passageTable: ChunkTable
    private let articleTable: ChunkTable

    init(file: MappedFile) throws {
        self.file = file
        let payload = try FileEnvelope.payload(of: file.bytes, kind: .store, file: file.path)
        let payloadEnd = FileEnvelope.headerSize + payload.count
        guard payload.count >= StoredFieldsWriter.trailerSize else {
            throw IndexError(.corrupt, path: file.path, "store is truncated")
        }
        var trailer = ByteReader(file.bytes, offset: payloadEnd - StoredFieldsWriter.trailerSize, file: file.path)
        passageCount = Int(try trailer.readUInt32())
        articleCount = Int(try trailer.readUInt32())
        let passageChunks = Int(try trailer.readUInt32())
        let articleChunks = Int(try trailer.readUInt32())
        let passageTableStart = try trailer.readUInt64()
        let articleTableStart = try trailer.readUInt64()
        let tablesEnd = UInt64(payloadEnd - StoredFieldsWriter.trailerSize)
        let entry = UInt64(StoredFieldsWriter.chunkEntrySize)
        // Subtractions, not additions: offsets read from a damaged file may be near 2^64.
        guard passageTableStart >= UInt64(FileEnvelope.headerSize), passageTableStart <= articleTableStart,
              articleTableStart <= tablesEnd,
              articleTableStart - passageTableStart == UInt64(passageChunks) * entry,
              tablesEnd - articleTableStart == UInt64(articleChunks) * entry
        else {
            throw IndexError(.corrupt, path: file.path, "store tables are inconsistent")
        }
        passageTable = ChunkTable(start: Int(passageTableStart), count: passageChunks, dataEnd: Int(passageTableStart), records: passageCount)
        articleTable = ChunkTable(start: Int(articleTableStart), count: articleChunks, dataEnd: Int(passageTableStart), records: articleCount)
    }

    func passage(_ ordinal: Int) throws -> String {
        try record(ordinal, in: passageTable) { (reader: inout ByteReader) in try reader.readString() }
    }

    func article(_ ordinal: Int) throws -> StoredArticleRecord {
        try record(ordinal, in: articleTable) { (reader: inout ByteReader) in try StoredArticleRecord.decode(from: &reader) }
    }

    /// Every article record in order; for merges, checks and statistics.
    func allArticles() throws -> [StoredArticleRecord] {
        var records: [StoredArticleRecord] = []
        records.reserveCapacity(articleCount)
        try forEachRecord(in: articleTable, "article", read: StoredArticleRecord.decode) { records.append($0) }
        return records
    }

    /// Calls `body` with every passage text in order, a chunk at a time.
    func forEachPassage(_ body: (String) throws -> Void) throws {
        try forEachRecord(in: passageTable, "passage", read: { (reader: inout ByteReader) in try reader.readString() }, body)
    }

    // MARK: - Chunks

    private struct ChunkTable: Sendable {
        var start: Int
        var count: Int
        var dataEnd: Int
        var records: Int
    }

    private func chunkEntry(_ chunk: Int, in table: ChunkTable) throws -> (first: Int, offset: Int, compressed: Int, raw: Int) {
        var reader = ByteReader(file.bytes, offset: table.start + chunk * StoredFieldsWriter.chunkEntrySize, file: file.path)
        let first = Int(try reader.readUInt32())
        let offset = try reader.readUInt64()
        let compressed = Int(try reader.readUInt32())
        let raw = Int(try reader.readUInt32())
        guard offset >= UInt64(FileEnvelope.headerSize), offset <= UInt64(table.dataEnd), compressed <= table.dataEnd - Int(offset),
              first < table.records, raw <= 1 << 30
        else {
            throw reader.corrupt("a store chunk lies outside the file")
        }
        return (first, Int(offset), compressed, raw)
    }

    private func decompress(chunk: Int, in table: ChunkTable) throws -> (first: Int, bytes: [UInt8]) {
        let entry = try chunkEntry(chunk, in: table)
        let frame = UnsafeRawBufferPointer(rebasing: file.bytes[entry.offset..<entry.offset + entry.compressed])
        return (entry.first, try Zstd.decompress(frame, expectedCount: entry.raw, file: file.path))
    }

    /// Decodes every record of `table` in order, checking that each chunk
    /// starts where the previous one ended and that the count is right.
    private func forEachRecord<Value>(
        in table: ChunkTable, _ noun: String, read: (inout ByteReader) throws -> Value, _ body: (Value) throws -> Void
    ) throws {
        var count = 0
        for chunk in 0..<table.count {
            let (first, bytes) = try decompress(chunk: chunk, in: table)
            guard first == count, !bytes.isEmpty else {
                throw IndexError(.corrupt, path: file.path, "\(noun) chunk \(chunk) is empty or starts at record \(first), expected \(count)")
            }
            try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                var reader = ByteReader(raw, file: file.path)
                while !reader.isAtEnd {
                    try body(try read(&reader))
                    count += 1
                }
            }
        }
        guard count == table.records else {
            throw IndexError(.corrupt, path: file.path, "holds \(count) \(noun)s, expected \(table.records)")
        }
    }

    /// Decodes record `ordinal`: finds its chunk, decompresses it, steps over
    /// the records before it with `read` and returns what `read` makes of it.
    private func record<Value>(
        _ ordinal: Int, in table: ChunkTable, _ read: (inout ByteReader) throws -> Value
    ) throws -> Value {
        guard ordinal >= 0, ordinal < table.records else {
            throw IndexError(.corrupt, path: file.path, "record \(ordinal) is not in the store (\(table.records) records)")
        }
        var low = 0
        var high = table.count
        while low < high {
            let middle = (low + high) / 2
            if try chunkEntry(middle, in: table).first <= ordinal { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { throw IndexError(.corrupt, path: file.path, "store chunk table does not cover record \(ordinal)") }
        let (first, bytes) = try decompress(chunk: low - 1, in: table)
        return try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Value in
            var reader = ByteReader(raw, file: file.path)
            for _ in first..<ordinal { _ = try read(&reader) }
            return try read(&reader)
        }
    }
}
