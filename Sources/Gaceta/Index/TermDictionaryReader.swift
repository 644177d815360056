/// Looks terms up in a mapped dictionary file without loading it: only the
/// trailer is read on open; lookups touch O(log blocks) first keys and one block.
struct TermDictionaryReader: Sendable {
    let file: MappedFile
    let termCount: Int
    private let blockCount: Int
    private let tableStart: Int
    private let payloadEnd: Int

    init(file: MappedFile) throws {
        self.file = file
        let payload = try FileEnvelope.payload(of: file.bytes, kind: .terms, file: file.path)
        payloadEnd = FileEnvelope.headerSize + payload.count
        guard payload.count >= TermDictionaryWriter.trailerSize else {
            throw IndexError(.corrupt, path: file.path, "dictionary is truncated")
        }
        var trailer = ByteReader(file.bytes, offset: payloadEnd - TermDictionaryWriter.trailerSize, file: file.path)
        let terms = try trailer.readUInt64()
        let blocks = try trailer.readUInt64()
        let keysStart = try trailer.readUInt64()
        let table = try trailer.readUInt64()
        let tableEnd = payloadEnd - TermDictionaryWriter.trailerSize
        guard keysStart >= UInt64(FileEnvelope.headerSize), keysStart <= table, table <= UInt64(tableEnd),
              blocks == (UInt64(tableEnd) - table) / 16, (UInt64(tableEnd) - table) % 16 == 0,
              terms <= blocks * UInt64(TermDictionaryWriter.blockSize),
              blocks == 0 || terms > (blocks - 1) * UInt64(TermDictionaryWriter.blockSize)
        else {
            throw IndexError(.corrupt, path: file.path, "dictionary trailer is inconsistent; run `gaceta check`")
        }
        termCount = Int(terms)
        blockCount = Int(blocks)
        tableStart = Int(table)
    }

    /// The entry for `key`, or nil when the segment does not have the term.
    func lookup(_ key: [UInt8]) throws -> TermInfo? {
        guard let block = try block(containing: key) else { return nil }
        var found: TermInfo?
        try scan(block: block) { entryKey, info in
            if entryKey.elementsEqual(key) {
                found = info
                return false
            }
            return entryKey.lexicographicallyPrecedes(key)
        }
        return found
    }

    /// Calls `body` for each term whose key starts with `prefix`, in order,
    /// until it returns false.
    func forEachTerm(withPrefix prefix: [UInt8], _ body: ([UInt8], TermInfo) throws -> Bool) throws {
        var block = try self.block(containing: prefix) ?? 0
        while block < blockCount {
            var keepGoing = true
            try scan(block: block) { key, info in
                if key.starts(with: prefix) {
                    keepGoing = try body(key, info)
                    return keepGoing
                }
                if prefix.lexicographicallyPrecedes(key) {
                    keepGoing = false
                    return false
                }
                return true
            }
            guard keepGoing else { return }
            block += 1
        }
    }

    // MARK: - Blocks

    /// The last block whose first key is <= `key`.
    private func block(containing key: [UInt8]) throws -> Int? {
        var low = 0
        var high = blockCount
        while low < high {
            let middle = (low + high) / 2
            let first = try firstKey(ofBlock: middle)
            if key.lexicographicallyPrecedes(first) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low == 0 ? nil : low - 1
    }

    private func tableEntry(_ block: Int) throws -> (blockOffset: Int, keyOffset: Int) {
        var reader = ByteReader(file.bytes, offset: tableStart + block * 16, file: file.path)
        let blockOffset = try reader.readUInt64()
        let keyOffset = try reader.readUInt64()
        guard blockOffset < UInt64(tableStart), keyOffset < UInt64(tableStart), blockOffset >= UInt64(FileEnvelope.headerSize) else {
            throw reader.corrupt("a dictionary block offset is out of range")
        }
        return (Int(blockOffset), Int(keyOffset))
    }

    private func firstKey(ofBlock block: Int) throws -> UnsafeRawBufferPointer {
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: file.bytes[..<tableStart]), offset: try tableEntry(block).keyOffset, file: file.path)
        let length = try reader.readVarInt(atMost: reader.remaining, "a key length")
        return try reader.readBytes(length)
    }

    /// Decodes the entries of `block` in order while `body` returns true.
    private func scan(block: Int, _ body: ([UInt8], TermInfo) throws -> Bool) throws {
        let entry = try tableEntry(block)
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: file.bytes[..<tableStart]), offset: entry.blockOffset, file: file.path)
        let count = min(TermDictionaryWriter.blockSize, termCount - block * TermDictionaryWriter.blockSize)
        var key: [UInt8] = []
        var postings = 0
        var positions = 0
        for _ in 0..<count {
            let shared = try reader.readVarInt(atMost: key.count, "a shared prefix length")
            let suffixLength = try reader.readVarInt(atMost: reader.remaining, "a suffix length")
            key.removeSubrange(shared...)
            key.append(contentsOf: try reader.readBytes(suffixLength))
            let frequency = try reader.readVarInt(atMost: Int(UInt32.max), "a document frequency")
            postings += try reader.readVarInt(atMost: Int(UInt32.max) * 16, "a postings offset")
            positions += try reader.readVarInt(atMost: Int(UInt32.max) * 16, "a positions offset")
            let maxTf = try reader.readVarInt(atMost: Int(UInt32.max), "a maximum term frequency")
            let minLength = try reader.readVarInt(atMost: Int(UInt32.max), "a minimum length")
            let info = TermInfo(
                documentFrequency: frequency, postingsOffset: postings, positionsOffset: positions,
                maxTermFrequency: maxTf, minFieldLength: minLength
            )
            guard try body(key, info) else { return }
        }
    }
}
