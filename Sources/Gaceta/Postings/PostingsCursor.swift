/// Walks the postings of one term in one segment, decoding a block at a time.
///
/// Every offset and count read from the file is checked against the file and
/// the segment's passage count before use, so a damaged file throws.
final class PostingsCursor {
    static let exhausted = UInt32.max
    private static let blockSize = BitPacking.blockSize

    private let file: MappedFile
    /// `file.bytes`, kept so that reading skip entries does not retain the file.
    private let bytes: UnsafeRawBufferPointer
    private let fileName: String
    private let passageCount: UInt32
    let documentFrequency: Int
    private let blockCount: Int
    /// Where the skip table starts (absent when there is one block) and where blocks start.
    private let skipStart: Int
    private let dataStart: Int
    private let positionsFile: MappedFile?
    private let positionsStart: Int
    /// The term-level bound, used for the block when there is no skip table.
    private let termMaxTf: Int
    private let termMinLength: Int

    private let documents = UnsafeMutablePointer<UInt32>.allocate(capacity: BitPacking.blockSize)
    private let frequencies = UnsafeMutablePointer<UInt32>.allocate(capacity: BitPacking.blockSize)
    private var blockIndex = -1
    private var blockLength = 0
    private var indexInBlock = 0
    /// Where the bytes the current block decoded from end, counted like a
    /// skip entry's `blockEnd`, which `gaceta check` holds it to.
    private(set) var decodedBlockEnd = 0
    /// The passage the cursor stands on, or `exhausted`.
    private(set) var document: UInt32 = 0
    /// Where reading positions stopped: block, next passage index in it, byte offset.
    private var positionsState = (block: -1, nextIndex: 0, offset: 0)

    /// A cursor on the first passage at or after `target`: a cursor made
    /// to look up a few late passages decodes no block before theirs.
    init(
        postings: MappedFile, positions: MappedFile?, info: TermInfo, passageCount: Int, startingAt target: UInt32 = 0
    ) throws {
        file = postings
        bytes = postings.bytes
        fileName = postings.path
        self.passageCount = UInt32(passageCount)
        documentFrequency = info.documentFrequency
        blockCount = (info.documentFrequency + Self.blockSize - 1) / Self.blockSize
        skipStart = info.postingsOffset
        dataStart = info.postingsOffset + SkipEntry.tableSize(blockCount: blockCount)
        positionsFile = positions
        positionsStart = info.positionsOffset
        termMaxTf = info.maxTermFrequency
        termMinLength = info.minFieldLength
        let payloadEnd = postings.bytes.count - FileEnvelope.footerSize
        guard info.documentFrequency > 0, info.documentFrequency <= passageCount,
              info.postingsOffset >= FileEnvelope.headerSize, dataStart <= payloadEnd
        else {
            throw IndexError(.corrupt, path: fileName, "a term's postings lie outside the file or count \(info.documentFrequency) passages of \(passageCount)")
        }
        // A term of one block has no skip table to find a block in.
        try loadBlock(blockCount == 1 ? 0 : min(firstBlock(from: 0, reaching: target), blockCount - 1))
        try advance(to: target)
    }

    deinit {
        documents.deallocate()
        frequencies.deallocate()
    }

    var termFrequency: Int { Int(frequencies[indexInBlock]) }

    /// Moves to the next passage; returns it or `exhausted`.
    @discardableResult
    func next() throws -> UInt32 {
        if document == Self.exhausted { return document }
        indexInBlock += 1
        if indexInBlock == blockLength {
            if blockIndex + 1 == blockCount {
                document = Self.exhausted
                return document
            }
            try loadBlock(blockIndex + 1)
        } else {
            document = documents[indexInBlock]
        }
        return document
    }

    /// Calls `body` with this passage and every later one, block by block,
    /// and leaves the cursor exhausted.
    func forEachRemaining(_ body: (UInt32) -> Void) throws {
        guard document != Self.exhausted else { return }
        while true {
            for index in indexInBlock..<blockLength { body(documents[index]) }
            if blockIndex + 1 == blockCount { break }
            try loadBlock(blockIndex + 1)
        }
        document = Self.exhausted
    }

    /// Moves to the first passage at or after `target`; returns it or `exhausted`.
    @discardableResult
    func advance(to target: UInt32) throws -> UInt32 {
        if document >= target { return document }
        if lastDocument(ofBlock: blockIndex) < target {
            let block = firstBlock(from: blockIndex + 1, reaching: target)
            if block == blockCount {
                document = Self.exhausted
                return document
            }
            try loadBlock(block)
        }
        while documents[indexInBlock] < target { indexInBlock += 1 }
        document = documents[indexInBlock]
        return document
    }

    /// The block holding the first passage at or after `target` (found
    /// without decoding it) and that block's last passage; nil past the end.
    func block(atOrAfter target: UInt32) -> (index: Int, lastDocument: UInt32)? {
        let block = firstBlock(from: max(blockIndex, 0), reaching: target)
        guard block < blockCount else { return nil }
        return (block, lastDocument(ofBlock: block))
    }

    /// Calls `body` with the bound of every block: the term's bound is the
    /// best of them, often well below the term-level (frequency, length) pair.
    func forEachBlockBound(_ body: (BlockImpacts) -> Void) {
        for block in 0..<blockCount { body(impacts(ofBlock: block)) }
    }

    /// The pairs that bound the passages of block `block`, from its skip entry.
    func impacts(ofBlock block: Int) -> BlockImpacts {
        if blockCount == 1 { return BlockImpacts(frequency: termMaxTf, length: termMinLength) }
        return SkipEntry.impacts(in: bytes, at: skipEntryOffset(block))
    }

    /// The skip entry of block `block`; nil for a term of one block, which has none.
    func skipEntry(ofBlock block: Int) -> SkipEntry? {
        blockCount == 1 ? nil : SkipEntry(loading: bytes, at: skipEntryOffset(block))
    }

    /// The positions of the current passage, in increasing order. Reading
    /// passages in order continues where the previous call stopped, so a
    /// merge or a phrase walk reads each block's positions once.
    func positions() throws -> [UInt32] {
        var result: [UInt32] = []
        try appendPositions(to: &result)
        return result
    }

    /// Appends the positions of the current passage to `result`, as
    /// `positions()` returns them, without an array of their own.
    func appendPositions(to result: inout [UInt32]) throws {
        guard let positionsFile else { return }
        let payloadEnd = positionsFile.bytes.count - FileEnvelope.footerSize
        if positionsState.block != blockIndex || positionsState.nextIndex > indexInBlock {
            let start: Int
            if blockCount > 1 {
                start = positionsStart + Int(SkipEntry.positionsStart(in: bytes, at: skipEntryOffset(blockIndex)))
            } else {
                start = positionsStart
            }
            guard start >= FileEnvelope.headerSize, start <= payloadEnd else {
                throw IndexError(.corrupt, path: positionsFile.path, "positions lie outside the file")
            }
            positionsState = (blockIndex, 0, start)
        }
        var reader = ByteReader(UnsafeRawBufferPointer(rebasing: positionsFile.bytes[..<payloadEnd]), offset: positionsState.offset, file: positionsFile.path)
        for index in positionsState.nextIndex..<indexInBlock {
            for _ in 0..<frequencies[index] { _ = try reader.readVarInt() }
        }
        var position: UInt64 = 0
        for offset in 0..<termFrequency {
            let value = try reader.readVarInt()
            position = offset == 0 ? value : position &+ value
            guard position <= UInt64(UInt32.max), offset == 0 || value <= position else {
                throw IndexError(.corrupt, path: positionsFile.path, "a position is out of range")
            }
            result.append(UInt32(position))
        }
        positionsState = (blockIndex, indexInBlock + 1, reader.offset)
    }

    // MARK: - Blocks

    /// The first block from `start` on whose last passage is at least
    /// `target`, or `blockCount`, read from the skip entries one after the
    /// other: targets are mostly in the next block or two (a gallop with a
    /// binary search cost more instructions on 1,000 headlines).
    private func firstBlock(from start: Int, reaching target: UInt32) -> Int {
        var block = start
        while block < blockCount, lastDocument(ofBlock: block) < target { block += 1 }
        return block
    }

    private func lastDocument(ofBlock block: Int) -> UInt32 {
        if blockCount == 1 || block < 0 { return block == blockIndex ? documents[blockLength - 1] : 0 }
        return SkipEntry.lastPassage(in: bytes, at: skipEntryOffset(block))
    }

    /// The skip table was bounds-checked against the file when the cursor was made.
    private func skipEntryOffset(_ block: Int) -> Int {
        skipStart + block * SkipEntry.encodedSize
    }

    private func corrupt(_ what: String) -> IndexError {
        IndexError(.corrupt, path: fileName, what)
    }

    private func loadBlock(_ block: Int) throws {
        let payloadEnd = file.bytes.count - FileEnvelope.footerSize
        let start: Int
        let end: Int
        if blockCount > 1 {
            start = block == 0 ? dataStart : dataStart + Int(SkipEntry.blockEnd(in: bytes, at: skipEntryOffset(block - 1)))
            end = dataStart + Int(SkipEntry.blockEnd(in: bytes, at: skipEntryOffset(block)))
        } else {
            start = dataStart
            end = payloadEnd
        }
        guard start <= end, end <= payloadEnd else { throw corrupt("a postings block lies outside the file") }
        let bytes = UnsafeRawBufferPointer(rebasing: file.bytes[start..<end])
        let first = block * Self.blockSize
        blockLength = min(Self.blockSize, documentFrequency - first)
        var previous: UInt64 = block == 0 ? 0 : UInt64(lastDocument(ofBlock: block - 1)) + 1
        let decodedSize: Int
        if blockLength == Self.blockSize {
            guard bytes.count >= 2 else { throw corrupt("a postings block is truncated") }
            let gapWidth = Int(bytes[0])
            let tfWidth = Int(bytes[1])
            decodedSize = 2 + BitPacking.byteCount(width: gapWidth) + BitPacking.byteCount(width: tfWidth)
            guard gapWidth <= 32, tfWidth <= 32, decodedSize <= bytes.count
            else { throw corrupt("a postings block has a bad bit width") }
            // The widths were checked against the block; the unpacker may also
            // read ahead into what follows it in the file (at worst the footer).
            let gapBytes = UnsafeRawBufferPointer(rebasing: file.bytes[(start + 2)...])
            BitPacking.unpack(gapBytes, width: gapWidth, into: documents)
            let tfBytes = UnsafeRawBufferPointer(rebasing: file.bytes[(start + 2 + BitPacking.byteCount(width: gapWidth))...])
            BitPacking.unpack(tfBytes, width: tfWidth, into: frequencies)
            for index in 0..<Self.blockSize {
                let document = previous + UInt64(documents[index])
                guard document < UInt64(passageCount) else { throw corrupt("a posting names passage \(document) of \(passageCount)") }
                documents[index] = UInt32(document)
                frequencies[index] &+= 1
                previous = document + 1
            }
        } else {
            var reader = ByteReader(bytes, file: fileName)
            for index in 0..<blockLength {
                let coded = try reader.readVarInt()
                let gap = coded >> 1
                guard gap < UInt64(passageCount), previous + gap < UInt64(passageCount) else {
                    throw corrupt("a posting names a passage past the segment's \(passageCount)")
                }
                let document = previous + gap
                let tf = coded & 1 == 1 ? 0 : try reader.readVarInt()
                guard tf < UInt64(UInt32.max) else { throw corrupt("a term frequency is out of range") }
                documents[index] = UInt32(document)
                frequencies[index] = UInt32(tf) + 1
                previous = document + 1
            }
            decodedSize = reader.offset
        }
        if blockCount > 1, documents[blockLength - 1] != lastDocument(ofBlock: block) {
            throw corrupt("a postings block disagrees with its skip entry")
        }
        blockIndex = block
        decodedBlockEnd = start + decodedSize - dataStart
        indexInBlock = 0
        document = documents[0]
    }
}
