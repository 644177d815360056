/// Reads a mapped corpus state file (`ArticleStateFile`): the articles of one
/// part, or the parts that hold an id. Opening checks the frame and that
/// the trailer's sections lie in order inside the file; every later read is
/// bounds-checked, so a damaged file gives errors, not crashes.
struct ArticleStateReader: Sendable {
    /// What one record says: this part holds the id, in this version.
    struct Holding: Equatable, Sendable {
        var part: Int
        var hash: UInt64
    }

    let file: MappedFile
    let recordCount: Int
    let partCount: Int
    private let offsets: RecordOffsetsReader
    private let partTableStart: Int
    /// Where the ordinal lists lie: after the part table, before the trailer.
    private let lists: Range<Int>

    init(file: MappedFile) throws {
        self.file = file
        let payload = try FileEnvelope.payload(of: file.bytes, kind: .corpusState, file: file.path)
        guard payload.count >= ArticleStateFile.trailerSize else {
            throw IndexError(.corrupt, path: file.path, "corpus state file too short for its trailer")
        }
        let trailerStart = FileEnvelope.headerSize + payload.count - ArticleStateFile.trailerSize
        var trailer = ByteReader(file.bytes, offset: trailerStart, file: file.path)
        let records = try trailer.readUInt64(), parts = try trailer.readUInt64()
        let offsetsStart = try trailer.readUInt64(), partTable = try trailer.readUInt64()
        // Each record takes at least 9 bytes and each part 12: counts beyond
        // the file's size are damage, caught before any table is sized from them.
        guard records <= UInt64(file.bytes.count / 9), parts <= UInt64(file.bytes.count / ArticleStateFile.partEntrySize),
              offsetsStart >= UInt64(FileEnvelope.headerSize), offsetsStart <= UInt64(trailerStart), partTable <= UInt64(trailerStart),
              offsetsStart + UInt64(RecordOffsets.tableSize(records: Int(records))) == partTable,
              partTable + parts * UInt64(ArticleStateFile.partEntrySize) <= UInt64(trailerStart)
        else {
            throw IndexError(.corrupt, path: file.path, "corpus state trailer is inconsistent with the file")
        }
        recordCount = Int(records)
        partCount = Int(parts)
        offsets = RecordOffsetsReader(tableStart: Int(offsetsStart), count: recordCount, section: FileEnvelope.headerSize..<Int(offsetsStart))
        partTableStart = Int(partTable)
        lists = partTableStart + partCount * ArticleStateFile.partEntrySize..<trailerStart
    }

    /// Record `ordinal`: its part, its hash and the bytes of its id.
    func record(_ ordinal: Int) throws -> (holding: Holding, id: UnsafeRawBufferPointer) {
        let range = try offsets.range(of: ordinal, in: file)
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: file.bytes[range]), file: file.path)
        let part = try reader.readVarInt(atMost: partCount - 1, "a record's part")
        let hash = try reader.readUInt64()
        return (Holding(part: part, hash: hash), try reader.readBytes(reader.remaining))
    }

    /// How many records `part` has, from the part table.
    func recordCount(ofPart part: Int) throws -> Int {
        try partEntry(part).count
    }

    private func partEntry(_ part: Int) throws -> (count: Int, start: Int) {
        guard (0..<partCount).contains(part) else {
            throw IndexError(.corrupt, path: file.path, "part \(part) is not in the file (\(partCount) parts)")
        }
        var entry = ByteReader(file.bytes, offset: partTableStart + part * ArticleStateFile.partEntrySize, file: file.path)
        let count = Int(try entry.readUInt32())
        let start = try entry.readUInt64()
        guard start >= UInt64(lists.lowerBound), start <= UInt64(lists.upperBound), count <= recordCount else {
            throw entry.corrupt("part \(part)'s ordinal list lies outside its section")
        }
        return (count, Int(start))
    }

    /// The ordinals of the records of `part`, ascending.
    func ordinals(ofPart part: Int) throws -> [Int] {
        let (count, start) = try partEntry(part)
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: file.bytes[..<lists.upperBound]), offset: start, file: file.path)
        var result: [Int] = []
        result.reserveCapacity(count)
        var previous = -1
        for _ in 0..<count {
            let ordinal = previous + 1 + (try reader.readVarInt(atMost: recordCount, "an ordinal gap"))
            guard ordinal < recordCount else { throw reader.corrupt("ordinal \(ordinal) past the \(recordCount) records") }
            result.append(ordinal)
            previous = ordinal
        }
        return result
    }

    /// The articles of `part`: id and content hash.
    func articles(ofPart part: Int) throws -> [(id: String, hash: UInt64)] {
        try ordinals(ofPart: part).map { ordinal in
            let (holding, id) = try record(ordinal)
            guard holding.part == part else {
                throw IndexError(.corrupt, path: file.path, "record \(ordinal) is listed in part \(part) but belongs to part \(holding.part)")
            }
            return (String(decoding: id, as: UTF8.self), holding.hash)
        }
    }

    /// Every part that holds `id`, with its hash. `hint` is where the previous
    /// lookup ended: lookups in increasing id order gallop from it instead of
    /// searching the whole file, which makes a sorted batch cost about its size.
    func holdings(of id: [UInt8], hint: inout Int) throws -> [Holding] {
        var ordinal = try firstRecord(notBelow: id, from: hint)
        hint = ordinal
        var result: [Holding] = []
        while ordinal < recordCount {
            let (holding, recordID) = try record(ordinal)
            guard recordID.elementsEqual(id) else { break }
            result.append(holding)
            ordinal += 1
        }
        return result
    }

    /// The first record whose id is not below `id`, by galloping out from
    /// `hint` and then bisecting.
    private func firstRecord(notBelow id: [UInt8], from hint: Int) throws -> Int {
        func below(_ ordinal: Int) throws -> Bool {
            try record(ordinal).id.lexicographicallyPrecedes(id)
        }
        var low = 0, high = recordCount
        if (0..<recordCount).contains(hint) {
            var step = 1
            if try below(hint) {
                low = hint + 1
                while hint + step < recordCount, try below(hint + step) {
                    low = hint + step + 1
                    step *= 2
                }
                high = min(hint + step, recordCount)
            } else {
                high = hint
                while hint - step >= 0, try !below(hint - step) {
                    high = hint - step
                    step *= 2
                }
                low = max(hint - step + 1, 0)
            }
        }
        while low < high {
            let middle = (low + high) / 2
            if try below(middle) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
