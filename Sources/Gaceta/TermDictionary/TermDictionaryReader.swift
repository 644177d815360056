import Foundation

/// Looks terms up in a mapped dictionary file without loading it: only the
/// trailer is read on open; lookups touch O(log blocks) first keys and one block.
struct TermDictionaryReader: Sendable {
    let file: MappedFile
    let termCount: Int
    let blockCount: Int
    private let keysStart: Int
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
            throw IndexError(.corrupt, path: file.path, "dictionary trailer is inconsistent")
        }
        termCount = Int(terms)
        blockCount = Int(blocks)
        self.keysStart = Int(keysStart)
        tableStart = Int(table)
    }

    /// The entry for `key`, or nil when the segment does not have the term.
    func lookup(_ key: [UInt8]) throws -> TermInfo? {
        guard let block = try block(containing: key) else { return nil }
        var entries = try BlockEntries(self, block: block)
        while let info = try entries.next() {
            let order = compareBytes(entries.key, key)
            if order == 0 { return info }
            if order > 0 { return nil }
        }
        return nil
    }

    /// `bytes`, a key read from this dictionary, decoded; a key that does not
    /// decode is damage to the file.
    func key(decoding bytes: [UInt8]) throws -> TermKey {
        do {
            return try TermKey(decoding: bytes)
        } catch {
            throw IndexError(.corrupt, path: file.path, "\(TermKey.describe(bytes)) \(error); run `gaceta check`")
        }
    }

    /// Calls `body` for each term whose key starts with `prefix`, in order,
    /// until it returns false.
    func forEachTerm(withPrefix prefix: [UInt8], _ body: ([UInt8], TermInfo) throws -> Bool) throws {
        // No key has a 0xFF byte after its field and language bytes (terms are UTF-8).
        try forEachTerm(from: prefix, through: prefix + [0xFF], body)
    }

    /// Calls `body` for each term from `start` through `end` (both included),
    /// in order, until it returns false.
    func forEachTerm(from start: [UInt8], through end: [UInt8], _ body: ([UInt8], TermInfo) throws -> Bool) throws {
        var block = try self.block(containing: start) ?? 0
        while block < blockCount {
            var entries = try BlockEntries(self, block: block)
            while let info = try entries.next() {
                if compareBytes(entries.key, start) < 0 { continue }
                if compareBytes(entries.key, end) > 0 { return }
                guard try body(entries.key, info) else { return }
            }
            block += 1
        }
    }

    /// One block decoded whole, with where its bytes and its first key lie,
    /// for `gaceta check`.
    struct DecodedBlock {
        var start: Int
        var end: Int
        var firstKeyStart: Int
        var firstKeyEnd: Int
        /// The first key as the table of first keys records it.
        var firstKey: [UInt8]
        var entries: [(key: [UInt8], info: TermInfo)]
    }

    /// Where the blocks end and the first keys start, and where those end.
    var blockArea: (blocksEnd: Int, keysEnd: Int) { (keysStart, tableStart) }

    func decodeBlock(_ block: Int) throws -> DecodedBlock {
        let table = try tableEntry(block)
        var keyReader = ByteReader(UnsafeRawBufferPointer(rebasing: file.bytes[..<tableStart]), offset: table.keyOffset, file: file.path)
        let length = try keyReader.readVarInt(atMost: keyReader.remaining, "a key length")
        let firstKey = Array(try keyReader.readBytes(length))
        var entries = try BlockEntries(self, block: block)
        var decoded: [(key: [UInt8], info: TermInfo)] = []
        while let info = try entries.next() {
            decoded.append((entries.key, info))
        }
        return DecodedBlock(
            start: table.blockOffset, end: entries.offset, firstKeyStart: table.keyOffset,
            firstKeyEnd: keyReader.offset, firstKey: firstKey, entries: decoded
        )
    }

    /// Every term in key order, decoded a block at a time (for merges).
    func makeIterator() throws -> TermIterator {
        TermIterator(dictionary: self)
    }

    struct TermIterator {
        fileprivate let dictionary: TermDictionaryReader
        private var block = 0
        private var entries: BlockEntries?

        fileprivate init(dictionary: TermDictionaryReader) {
            self.dictionary = dictionary
        }

        mutating func next() throws -> (key: [UInt8], info: TermInfo)? {
            while true {
                if entries == nil {
                    guard block < dictionary.blockCount else { return nil }
                    entries = try BlockEntries(dictionary, block: block)
                    block += 1
                }
                if let info = try entries?.next(), let key = entries?.key {
                    return (key, info)
                }
                entries = nil
            }
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
            if compareBytes(key, first) < 0 {
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

    /// Decodes the entries of one block in order; `key` is the key of the
    /// entry `next()` returned last.
    private struct BlockEntries {
        private var reader: ByteReader
        private var remaining: Int
        private var postings = 0
        private var positions = 0
        private(set) var key: [UInt8] = []
        /// Where the next entry starts.
        var offset: Int { reader.offset }

        init(_ dictionary: TermDictionaryReader, block: Int) throws {
            let entry = try dictionary.tableEntry(block)
            reader = ByteReader(UnsafeRawBufferPointer(rebasing: dictionary.file.bytes[..<dictionary.tableStart]), offset: entry.blockOffset, file: dictionary.file.path)
            remaining = min(TermDictionaryWriter.blockSize, dictionary.termCount - block * TermDictionaryWriter.blockSize)
            key.reserveCapacity(32)
        }

        mutating func next() throws -> TermInfo? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            let shared = try reader.readVarInt(atMost: key.count, "a shared prefix length")
            let suffixLength = try reader.readVarInt(atMost: reader.remaining, "a suffix length")
            key.removeLast(key.count - shared)
            key.append(contentsOf: try reader.readBytes(suffixLength))
            let frequency = try reader.readVarInt(atMost: Int(UInt32.max), "a document frequency")
            postings += try reader.readVarInt(atMost: Int(UInt32.max) * 16, "a postings offset")
            positions += try reader.readVarInt(atMost: Int(UInt32.max) * 16, "a positions offset")
            let maxTf = try reader.readVarInt(atMost: Int(UInt32.max), "a maximum term frequency")
            let minLength = try reader.readVarInt(atMost: Int(UInt32.max), "a minimum length")
            return TermInfo(
                documentFrequency: frequency, postingsOffset: postings, positionsOffset: positions,
                maxTermFrequency: maxTf, minFieldLength: minLength
            )
        }
    }
}

/// Bytewise three-way comparison: negative, zero or positive like memcmp,
/// a proper prefix sorting first.
func compareBytes<A: ContiguousBytes, B: ContiguousBytes>(_ lhs: A, _ rhs: B) -> Int {
    lhs.withUnsafeBytes { left in
        rhs.withUnsafeBytes { right in
            let common = min(left.count, right.count)
            if common > 0 {
                let order = memcmp(left.baseAddress!, right.baseAddress!, common)
                if order != 0 { return Int(order) }
            }
            return left.count - right.count
        }
    }
}
