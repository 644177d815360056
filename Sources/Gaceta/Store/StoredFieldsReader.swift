/// Reads passages and article records back from a mapped store file: a
/// passage costs the decompression of its own frame, an article none.
struct StoredFieldsReader: Sendable {
    let file: MappedFile
    var passageCount: Int { passages.count }
    var articleCount: Int { articles.count }
    /// Nil when the segment was too small to train one.
    private let dictionary: ZstdDictionary?
    private let sources: [String]
    private let passages: RecordOffsetsReader
    private let articles: RecordOffsetsReader

    init(file: MappedFile) throws {
        self.file = file
        let payload = try FileEnvelope.payload(of: file.bytes, kind: .store, file: file.path)
        let payloadEnd = FileEnvelope.headerSize + payload.count
        guard payload.count >= StoredFieldsWriter.trailerSize else {
            throw IndexError(.corrupt, path: file.path, "store is truncated")
        }
        let tablesEnd = payloadEnd - StoredFieldsWriter.trailerSize
        var trailer = ByteReader(file.bytes, offset: tablesEnd, file: file.path)
        let passageCount = Int(try trailer.readUInt32())
        let articleCount = Int(try trailer.readUInt32())
        let sourceCount = Int(try trailer.readUInt32())
        let dictionarySize = Int(try trailer.readUInt32())
        let articlesStart = try trailer.readUInt64()
        let sourcesStart = try trailer.readUInt64()
        let passageTable = try trailer.readUInt64()
        let articleTable = try trailer.readUInt64()
        let framesStart = FileEnvelope.headerSize + dictionarySize
        // Subtractions, not additions: offsets read from a damaged file may be near 2^64.
        guard framesStart <= tablesEnd, UInt64(framesStart) <= articlesStart, articlesStart <= sourcesStart,
              sourcesStart <= passageTable, passageTable <= articleTable, articleTable <= UInt64(tablesEnd),
              articleTable - passageTable == UInt64(RecordOffsets.tableSize(records: passageCount)),
              UInt64(tablesEnd) - articleTable == UInt64(RecordOffsets.tableSize(records: articleCount))
        else {
            throw IndexError(.corrupt, path: file.path, "store sections are inconsistent")
        }
        if dictionarySize == 0 {
            dictionary = nil
        } else {
            let bytes = UnsafeRawBufferPointer(rebasing: file.bytes[FileEnvelope.headerSize..<framesStart])
            guard let digested = ZstdDictionary(bytes) else {
                throw IndexError(.corrupt, path: file.path, "the store's dictionary is not a zstd dictionary")
            }
            dictionary = digested
        }
        var sourceReader = ByteReader(UnsafeRawBufferPointer(rebasing: file.bytes[Int(sourcesStart)..<Int(passageTable)]), file: file.path)
        // Each source takes at least its length byte: a damaged count cannot reserve much.
        guard sourceCount <= sourceReader.remaining else {
            throw IndexError(.corrupt, path: file.path, "the store's source table is shorter than its \(sourceCount) sources")
        }
        sources = try (0..<sourceCount).map { _ in try sourceReader.readString() }
        guard sourceReader.isAtEnd else {
            throw sourceReader.corrupt("the store's source table has bytes after its \(sourceCount) sources")
        }
        passages = RecordOffsetsReader(tableStart: Int(passageTable), count: passageCount, section: framesStart..<Int(articlesStart))
        articles = RecordOffsetsReader(tableStart: Int(articleTable), count: articleCount, section: Int(articlesStart)..<Int(sourcesStart))
    }

    func passage(_ ordinal: Int) throws -> String {
        try passage(at: passages.range(of: ordinal, in: file))
    }

    func article(_ ordinal: Int) throws -> StoredArticleRecord {
        try article(at: articles.range(of: ordinal, in: file))
    }

    /// Every article record in order; for merges, checks and statistics.
    func allArticles() throws -> [StoredArticleRecord] {
        var records: [StoredArticleRecord] = []
        records.reserveCapacity(articleCount)
        try forEachRecord(of: articles, "article") { records.append(try article(at: $0)) }
        return records
    }

    /// Calls `body` with every passage text in order.
    func forEachPassage(_ body: (String) throws -> Void) throws {
        try forEachRecord(of: passages, "passage") { try body(try passage(at: $0)) }
    }

    private func passage(at range: Range<Int>) throws -> String {
        try Zstd.decompressText(
            UnsafeRawBufferPointer(rebasing: file.bytes[range]), dictionary: dictionary,
            atMost: RecordOffsets.largestRecord, file: file.path
        )
    }

    private func article(at range: Range<Int>) throws -> StoredArticleRecord {
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: file.bytes[range]), file: file.path)
        let record = try StoredArticleRecord.decode(from: &reader, sources: sources)
        guard reader.isAtEnd else { throw reader.corrupt("an article record has bytes after it") }
        return record
    }

    /// Calls `body` with the range of every record of `table` in order,
    /// checking that the records fill their section exactly, one after the
    /// other: what single lookups cannot see.
    private func forEachRecord(of table: RecordOffsetsReader, _ noun: String, _ body: (Range<Int>) throws -> Void) throws {
        var end = table.section.lowerBound
        for index in 0..<table.count {
            let range = try table.range(of: index, in: file)
            guard range.lowerBound == end else {
                throw IndexError(.corrupt, path: file.path, "\(noun) \(index) starts at byte \(range.lowerBound), the previous one ends at \(end)")
            }
            try body(range)
            end = range.upperBound
        }
        guard end == table.section.upperBound else {
            throw IndexError(.corrupt, path: file.path, "\(noun) records end at byte \(end), their section at \(table.section.upperBound)")
        }
    }
}
