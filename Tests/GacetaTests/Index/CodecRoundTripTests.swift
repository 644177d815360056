import Foundation
import Testing
@testable import Gaceta

/// Each file format written, mapped and read back.
@Suite struct CodecRoundTripTests {
    private func mapped(_ bytes: [UInt8], in directory: TemporaryDirectory, name: String) throws -> MappedFile {
        let path = directory.path + "/" + name
        try DurableFile.write(bytes, to: path)
        return try MappedFile(path: path)
    }

    @Test(.tags(.randomised), arguments: [1, 5, 127, 128, 129, 300, 1000, 5000])
    func postingsRoundTrip(count: Int) throws {
        var random = SplitMix64(seed: TestSeed.resolve(41))
        let passageCount = count * 3 + 10
        let documents = Array((0..<UInt32(passageCount)).shuffled(using: &random).prefix(count)).sorted()
        let frequencies = documents.map { _ in UInt32.random(in: 1...5, using: &random) }
        var positionList: [UInt32] = []
        for frequency in frequencies {
            var position: UInt32 = 0
            for _ in 0..<frequency {
                position += UInt32.random(in: 1...20, using: &random)
                positionList.append(position)
            }
        }
        let lengths = (0..<passageCount).map { _ in Int.random(in: 5...200, using: &random) }
        let directory = try TemporaryDirectory()
        var writer = try PostingsWriter(postingsPath: directory.path + "/p", positionsPath: directory.path + "/q")
        let info = try writer.append(documents: documents, frequencies: frequencies, positionList: positionList) { lengths[Int($0)] }
        let records = try writer.finish()
        let postingsFile = try MappedFile(path: directory.path + "/p")
        #expect(records.postings.size == postingsFile.bytes.count)
        #expect(records.postings.crc32 == FileEnvelope.checksum(of: postingsFile.bytes))
        try FileEnvelope.verifyChecksum(of: postingsFile.bytes, file: "p")
        let cursor = try PostingsCursor(
            postings: postingsFile, positions: MappedFile(path: directory.path + "/q"),
            info: info, passageCount: passageCount
        )
        #expect(info.maxTermFrequency == Int(frequencies.max()!))
        #expect(info.minFieldLength == documents.map { lengths[Int($0)] }.min()!)
        var positionCursor = 0
        for (index, document) in documents.enumerated() {
            #expect(cursor.document == document)
            #expect(cursor.termFrequency == Int(frequencies[index]))
            let expected = Array(positionList[positionCursor..<positionCursor + Int(frequencies[index])])
            #expect(try cursor.positions() == expected)
            let block = try #require(cursor.block(atOrAfter: document))
            #expect(block.lastDocument >= document)
            let impacts = cursor.impacts(ofBlock: block.index)
            #expect(impacts.bounds(frequency: cursor.termFrequency, length: lengths[Int(document)]))
            #expect(impacts.isWellFormed)
            positionCursor += Int(frequencies[index])
            try cursor.next()
        }
        #expect(cursor.document == PostingsCursor.exhausted)

        let jumping = try PostingsCursor(postings: postingsFile, positions: nil, info: info, passageCount: passageCount)
        for target in stride(from: UInt32(0), to: UInt32(passageCount), by: 7) {
            let expected = documents.first { $0 >= target } ?? PostingsCursor.exhausted
            let landed = try jumping.advance(to: target)
            if landed != PostingsCursor.exhausted || expected == PostingsCursor.exhausted {
                #expect(landed == max(expected, jumping.document))
            }
            if landed == PostingsCursor.exhausted { break }
        }

        // A cursor made at a target stands where one advanced to it does,
        // and walks on the same, also for a target past the last passage.
        for target in stride(from: UInt32(0), through: UInt32(passageCount + 1), by: 5) {
            let started = try PostingsCursor(postings: postingsFile, positions: MappedFile(path: directory.path + "/q"),
                                             info: info, passageCount: passageCount, startingAt: target)
            let expected = documents.firstIndex { $0 >= target }
            #expect(started.document == expected.map { documents[$0] } ?? PostingsCursor.exhausted, "target \(target)")
            guard let expected else { continue }
            #expect(started.termFrequency == Int(frequencies[expected]))
            let firstPosition = frequencies[..<expected].reduce(0) { $0 + Int($1) }
            #expect(try started.positions() == Array(positionList[firstPosition..<firstPosition + Int(frequencies[expected])]))
            #expect(try started.next() == (expected + 1 < documents.count ? documents[expected + 1] : PostingsCursor.exhausted))
        }
    }

    /// A skip entry reads back whole and field by field from where it lies
    /// among other bytes, in the layout docs/FORMAT.md gives.
    @Test func skipEntryRoundTrip() {
        let entry = SkipEntry(
            lastPassage: 0x0102_0304, blockEnd: 0x0A0B_0C0D, positionsStart: 0xFFFF_FFFE,
            impacts: BlockImpacts(frontierOf: [(1, 3), (2, 9), (7, 40)])
        )
        var writer = ByteWriter()
        writer.append(contentsOf: [0xEE, 0xEE, 0xEE])
        entry.encode(into: &writer)
        writer.append(0xEE)
        let bytes = writer.bytes
        #expect(bytes.count == 3 + SkipEntry.encodedSize + 1)
        #expect(SkipEntry.encodedSize == 28)
        #expect(Array(bytes[3..<15]) == [0x04, 0x03, 0x02, 0x01, 0x0D, 0x0C, 0x0B, 0x0A, 0xFE, 0xFF, 0xFF, 0xFF])
        bytes.withUnsafeBytes { raw in
            #expect(SkipEntry(loading: raw, at: 3) == entry)
            #expect(SkipEntry.lastPassage(in: raw, at: 3) == entry.lastPassage)
            #expect(SkipEntry.blockEnd(in: raw, at: 3) == entry.blockEnd)
            #expect(SkipEntry.positionsStart(in: raw, at: 3) == entry.positionsStart)
            #expect(SkipEntry.impacts(in: raw, at: 3) == entry.impacts)
        }
        #expect(SkipEntry.tableSize(blockCount: 1) == 0)
        #expect(SkipEntry.tableSize(blockCount: 3) == 3 * SkipEntry.encodedSize)
    }

    /// What the writer puts in each skip entry is what the cursor finds
    /// decoding the block: its last passage and where its bytes end.
    @Test(arguments: [129, 256, 300])
    func skipEntriesAgreeWithTheirBlocks(count: Int) throws {
        let documents = (0..<UInt32(count)).map { $0 * 3 }
        let frequencies = documents.map { $0 % 5 + 1 }
        let positionList = frequencies.flatMap { (0..<$0).map { $0 * 2 } }
        let directory = try TemporaryDirectory()
        var writer = try PostingsWriter(postingsPath: directory.path + "/p", positionsPath: directory.path + "/q")
        let info = try writer.append(documents: documents, frequencies: frequencies, positionList: positionList) { _ in 50 }
        _ = try writer.finish()
        let cursor = try PostingsCursor(postings: MappedFile(path: directory.path + "/p"), positions: nil, info: info, passageCount: count * 3)
        let blockSize = PostingsWriter.blockSize
        for block in 0..<(count + blockSize - 1) / blockSize {
            try cursor.advance(to: documents[block * blockSize])
            let entry = try #require(cursor.skipEntry(ofBlock: block))
            #expect(entry.lastPassage == documents[min(count, (block + 1) * blockSize) - 1])
            #expect(Int(entry.blockEnd) == cursor.decodedBlockEnd)
            #expect(entry.impacts == cursor.impacts(ofBlock: block))
        }
    }

    /// Both ways of unpacking, byte by byte at the end of a buffer and with
    /// 64-bit loads when bytes follow, give back what was packed, at every width.
    @Test(.tags(.randomised))
    func bitPackingRoundTripsAtEveryWidth() {
        var random = SplitMix64(seed: TestSeed.resolve(32))
        for width in 0...32 {
            let values = (0..<BitPacking.blockSize).map { _ in
                width == 0 ? UInt32(0) : UInt32(truncatingIfNeeded: random.next()) >> UInt32(32 - width)
            }
            var writer = ByteWriter()
            values.withUnsafeBufferPointer { BitPacking.pack($0, width: width, into: &writer) }
            #expect(writer.bytes.count == BitPacking.byteCount(width: width))
            for trailing in [0, BitPacking.readAheadBytes] {
                let bytes = writer.bytes + [UInt8](repeating: 0xA5, count: trailing)
                let output = UnsafeMutablePointer<UInt32>.allocate(capacity: BitPacking.blockSize)
                defer { output.deallocate() }
                bytes.withUnsafeBytes { BitPacking.unpack($0, width: width, into: output) }
                #expect(Array(UnsafeBufferPointer(start: output, count: BitPacking.blockSize)) == values, "width \(width), \(trailing) bytes after")
            }
        }
    }

    @Test(.tags(.randomised))
    func termDictionaryRoundTrip() throws {
        var keys = Set<[UInt8]>()
        var random = SplitMix64(seed: TestSeed.resolve(43))
        while keys.count < 1000 {
            let length = Int.random(in: 1...12, using: &random)
            keys.insert([UInt8.random(in: 0...2, using: &random)] + (0..<length).map { _ in UInt8.random(in: 97...102, using: &random) })
        }
        let sorted = keys.sorted { $0.lexicographicallyPrecedes($1) }
        var writer = TermDictionaryWriter()
        var infos: [[UInt8]: TermInfo] = [:]
        for (index, key) in sorted.enumerated() {
            let info = TermInfo(documentFrequency: index + 1, postingsOffset: 12 + index * 10, positionsOffset: 12 + index * 3, maxTermFrequency: index % 7 + 1, minFieldLength: index % 11)
            infos[key] = info
            writer.append(key: key, info: info)
        }
        let directory = try TemporaryDirectory()
        let reader = try TermDictionaryReader(file: mapped(writer.finish(), in: directory, name: "t"))
        #expect(reader.termCount == sorted.count)
        for key in sorted {
            #expect(try reader.lookup(key) == infos[key])
        }
        #expect(try reader.lookup([9, 9, 9]) == nil)
        #expect(try reader.lookup([]) == nil)
        let prefix: [UInt8] = [1, 97, 98]
        var found: [[UInt8]] = []
        try reader.forEachTerm(withPrefix: prefix) { key, _ in
            found.append(key)
            return true
        }
        #expect(found == sorted.filter { $0.starts(with: prefix) })
    }

    /// The size of the dictionary a store file records in its trailer.
    static func storeDictionarySize(_ path: String) throws -> Int {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let field = bytes.count - FileEnvelope.footerSize - StoredFieldsWriter.trailerSize + 12
        return Int(bytes[field]) | Int(bytes[field + 1]) << 8 | Int(bytes[field + 2]) << 16 | Int(bytes[field + 3]) << 24
    }

    /// No passages, a few (no dictionary), enough for a dictionary trained
    /// at the end, more than the training sample (passages compressed as
    /// they come after it), and article records past a spill (set aside on
    /// disk until the end).
    @Test(arguments: [(0, false), (40, false), (3000, true), (12000, true), (120_000, true)])
    func storedFieldsRoundTrip(passageCount: Int, trainsDictionary: Bool) throws {
        let directory = try TemporaryDirectory()
        var writer = try StoredFieldsWriter(path: directory.path + "/s")
        let passages = (0..<passageCount).map { "Pasaje número \($0): " + String(repeating: "año \($0 % 7) ", count: $0 % 50) + "🌮" }
        for passage in passages { try writer.addPassage(passage) }
        let articles = (0..<passageCount / 6).map { (index: Int) -> StoredArticleRecord in
            let date: String? = index % 2 == 0 ? "2025-01-0\(index % 9 + 1)" : nil
            let source: String? = index % 3 == 0 ? nil : ["Diario", "El Sol", ""][index % 3]
            let url: String? = index % 5 == 0 ? "https://example.org/\(index)" : nil
            let language: Language = index % 2 == 0 ? .spanish : .english
            let article = StoredArticle(id: "id-\(index)", title: "Título \(index)", date: date, source: source, url: url, language: language)
            return StoredArticleRecord(firstPassage: index * 6, passageCount: 6, article: article)
        }
        for article in articles { try writer.addArticle(article) }
        _ = try writer.finish()
        #expect(try (Self.storeDictionarySize(directory.path + "/s") > 0) == trainsDictionary)
        let reader = try StoredFieldsReader(file: MappedFile(path: directory.path + "/s"))
        #expect(reader.passageCount == passages.count && reader.articleCount == articles.count)
        for index in stride(from: 0, to: passages.count, by: 37) {
            #expect(try reader.passage(index) == passages[index])
        }
        if let last = passages.last {
            #expect(try reader.passage(passages.count - 1) == last)
        }
        var all: [String] = []
        try reader.forEachPassage { all.append($0) }
        #expect(all == passages)
        if let last = articles.last {
            #expect(try reader.article(articles.count - 1) == last)
        }
        #expect(try reader.allArticles() == articles)
        #expect(throws: IndexError.self) { try reader.passage(passages.count) }
        #expect(throws: IndexError.self) { try reader.article(-1) }
    }

    @Test func passageTableAndDeletionsRoundTrip() throws {
        let entries = (0..<50).map { (index: Int) -> PassageTableEntry in
            PassageTableEntry(article: UInt32(index / 3), bodyLength: UInt16(index * 7), titleLength: UInt16(index % 4), day: UInt32(20250101 + index))
        }
        let directory = try TemporaryDirectory()
        let path = directory.path + "/pt"
        let record = try PassageTableWriter.write(entries, to: path)
        let file = try MappedFile(path: path)
        #expect(record == FileRecord(size: file.bytes.count, crc32: FileEnvelope.checksum(of: file.bytes)))
        let table = try PassageTableReader(file: file, passageCount: 50)
        #expect((0..<50).map { table.entry(UInt32($0)) } == entries)

        var deletions = DeletionSet(passageCount: 13)
        for passage: UInt32 in [0, 5, 12] { deletions.insert(passage) }
        let decoded = try DeletionSet(file: mapped(deletions.encoded(), in: directory, name: "d"), passageCount: 13)
        #expect(decoded == deletions)
        #expect(decoded.count == 3 && decoded.contains(12) && !decoded.contains(11))
    }

    @Test func manifestRoundTripAndVersionCheck() throws {
        let manifest = Manifest(generation: 7, nextSegmentNumber: 3, segments: [SegmentInfo(
            name: "seg-000002", passages: 10, articles: 4, deletedPassages: 2, deletedArticles: 1, deletionsGeneration: 7,
            bodyLength: 500, titleLength: 40, deletedBodyLength: 90, deletedTitleLength: 8,
            articlesByLanguage: ["en": 3], files: ["terms": FileRecord(size: 100, crc32: 42)]
        )])
        let bytes = try manifest.encoded()
        #expect(try bytes.withUnsafeBytes { try Manifest.decode($0, file: "m") } == manifest)

        var future = String(decoding: bytes, as: UTF8.self)
        future = future.replacingOccurrences(of: "GACETA-MANIFEST 1 ", with: "GACETA-MANIFEST 2 ")
        let error = #expect(throws: IndexError.self) { try Array(future.utf8).withUnsafeBytes { try Manifest.decode($0, file: "m") } }
        #expect(error?.kind == .unsupportedVersion)
    }
}
