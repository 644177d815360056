/// One block's entry in the skip table that starts the postings of a term
/// with more than one block (docs/FORMAT.md, "Postings"): what a cursor needs
/// to find, skip or bound the block without decoding it.
struct SkipEntry: Equatable, Sendable {
    /// Bytes in an entry: three u32, then the impacts.
    static let encodedSize = impactsOffset + BlockImpacts.encodedSize

    private static let lastPassageOffset = 0
    private static let blockEndOffset = 4
    private static let positionsStartOffset = 8
    private static let impactsOffset = 12

    /// The block's last passage.
    var lastPassage: UInt32
    /// Where the block's bytes end, counted from the start of the term's
    /// first block (just after the skip table).
    var blockEnd: UInt32
    /// Where the block's positions start, counted from the term's first.
    var positionsStart: UInt32
    var impacts: BlockImpacts

    init(lastPassage: UInt32, blockEnd: UInt32, positionsStart: UInt32, impacts: BlockImpacts) {
        self.lastPassage = lastPassage
        self.blockEnd = blockEnd
        self.positionsStart = positionsStart
        self.impacts = impacts
    }

    /// Bytes of the skip table of a term with `blockCount` blocks: a term of
    /// one block has none, its bound is the term's own.
    static func tableSize(blockCount: Int) -> Int {
        blockCount > 1 ? blockCount * encodedSize : 0
    }

    /// Reads the entry at `offset` of `bytes`, which the caller has checked
    /// holds `encodedSize` bytes there.
    init(loading bytes: UnsafeRawBufferPointer, at offset: Int) {
        self.init(
            lastPassage: Self.lastPassage(in: bytes, at: offset),
            blockEnd: Self.blockEnd(in: bytes, at: offset),
            positionsStart: Self.positionsStart(in: bytes, at: offset),
            impacts: Self.impacts(in: bytes, at: offset)
        )
    }

    func encode(into writer: inout ByteWriter) {
        writer.appendUInt32(lastPassage)
        writer.appendUInt32(blockEnd)
        writer.appendUInt32(positionsStart)
        impacts.encode(into: &writer)
    }

    // One field of the entry at `offset`: skipping ahead reads the last
    // passage of entry after entry, and nothing else of them.

    static func lastPassage(in bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: offset + lastPassageOffset, as: UInt32.self).littleEndian
    }

    static func blockEnd(in bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: offset + blockEndOffset, as: UInt32.self).littleEndian
    }

    static func positionsStart(in bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: offset + positionsStartOffset, as: UInt32.self).littleEndian
    }

    static func impacts(in bytes: UnsafeRawBufferPointer, at offset: Int) -> BlockImpacts {
        BlockImpacts(loading: bytes, at: offset + impactsOffset)
    }
}
