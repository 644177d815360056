/// Encodes the postings of one term at a time into the postings and positions
/// files (layout in docs/FORMAT.md, "Postings").
///
/// Passages are grouped in blocks of 128. Full blocks are bit-packed (document
/// gaps, then frequencies minus one); the last, partial block is varint-coded.
/// A term with more than one block starts with a skip table, a `SkipEntry`
/// per block: its last passage, where its bytes end and its positions start,
/// and the frequency and length pairs that bound its passages
/// (`BlockImpacts`), which dynamic pruning turns into a score bound.
struct PostingsWriter {
    static let blockSize = BitPacking.blockSize

    private var postings: SpillingOutput
    private var positions: SpillingOutput
    /// Reused from term to term: most terms have a posting or two, and
    /// allocating (and zeroing) these for each one cost more than encoding it.
    private var blockBytes = ByteWriter()
    private var skipEntries: [SkipEntry] = []
    private var blockPassages: [(frequency: Int, length: Int)] = []
    private var gaps = [UInt32](repeating: 0, count: blockSize)
    private var tfMinusOne = [UInt32](repeating: 0, count: blockSize)

    /// Creates the two files; `finish()` completes them.
    init(postingsPath: String, positionsPath: String) throws {
        postings = try SpillingOutput(path: postingsPath, kind: .postings)
        do {
            positions = try SpillingOutput(path: positionsPath, kind: .positions)
        } catch {
            postings.abandon()
            throw error
        }
    }

    /// Completes both files and flushes them to disk.
    mutating func finish() throws -> (postings: FileRecord, positions: FileRecord) {
        (try postings.finish(), try positions.finish())
    }

    func abandon() {
        postings.abandon()
        positions.abandon()
    }

    /// Appends one term. `documents` ascend; `frequencies[i]` positions of
    /// `documents[i]` follow each other in `positionList` (and are left out
    /// of the file unless `writesPositions`); `fieldLength(doc)` gives the
    /// length used for the block bounds.
    mutating func append(
        documents: [UInt32], frequencies: [UInt32], positionList: [UInt32],
        writesPositions: Bool = true,
        fieldLength: (UInt32) -> Int
    ) throws -> TermInfo {
        let count = documents.count
        let blockCount = (count + Self.blockSize - 1) / Self.blockSize
        let postingsOffset = postings.count
        let positionsOffset = positions.count

        blockBytes.removeAll()
        skipEntries.removeAll(keepingCapacity: true)
        var termMaxTf = 0
        var termMinLength = Int.max
        var previous: Int64 = -1
        var positionCursor = 0

        for block in 0..<blockCount {
            let start = block * Self.blockSize
            let end = min(start + Self.blockSize, count)
            let positionsStart = positions.count - positionsOffset
            var maxTf = 0
            var minLength = Int.max
            blockPassages.removeAll(keepingCapacity: true)
            for index in start..<end {
                let doc = documents[index]
                let tf = Int(frequencies[index])
                let length = fieldLength(doc)
                gaps[index - start] = UInt32(Int64(doc) - previous - 1)
                tfMinusOne[index - start] = UInt32(tf - 1)
                previous = Int64(doc)
                maxTf = max(maxTf, tf)
                minLength = min(minLength, length)
                blockPassages.append((tf, length))
                var last: UInt32 = 0
                for offset in 0..<tf where writesPositions {
                    let position = positionList[positionCursor + offset]
                    positions.buffer.appendVarInt(UInt64(offset == 0 ? position : position - last))
                    last = position
                }
                positionCursor += tf
            }
            if end - start == Self.blockSize {
                gaps.withUnsafeBufferPointer { gapBuffer in
                    tfMinusOne.withUnsafeBufferPointer { tfBuffer in
                        let gapWidth = BitPacking.width(of: gapBuffer)
                        let tfWidth = BitPacking.width(of: tfBuffer)
                        blockBytes.append(UInt8(gapWidth))
                        blockBytes.append(UInt8(tfWidth))
                        BitPacking.pack(gapBuffer, width: gapWidth, into: &blockBytes)
                        BitPacking.pack(tfBuffer, width: tfWidth, into: &blockBytes)
                    }
                }
            } else {
                // Most passages hold a rare term once: the low bit of the gap
                // says so, and the frequency follows only when it is not 1.
                for index in 0..<(end - start) {
                    let once: UInt64 = tfMinusOne[index] == 0 ? 1 : 0
                    blockBytes.appendVarInt(UInt64(gaps[index]) << 1 | once)
                    if once == 0 { blockBytes.appendVarInt(UInt64(tfMinusOne[index])) }
                }
            }
            if blockCount > 1 {
                skipEntries.append(SkipEntry(
                    lastPassage: documents[end - 1], blockEnd: UInt32(blockBytes.count), positionsStart: UInt32(positionsStart),
                    impacts: BlockImpacts(frontierOf: blockPassages)
                ))
            }
            termMaxTf = max(termMaxTf, maxTf)
            termMinLength = min(termMinLength, minLength)
        }

        for entry in skipEntries { entry.encode(into: &postings.buffer) }
        postings.buffer.append(contentsOf: blockBytes.bytes)
        try postings.spillIfFull()
        try positions.spillIfFull()
        return TermInfo(
            documentFrequency: count, postingsOffset: postingsOffset, positionsOffset: positionsOffset,
            maxTermFrequency: termMaxTf, minFieldLength: termMinLength
        )
    }
}
