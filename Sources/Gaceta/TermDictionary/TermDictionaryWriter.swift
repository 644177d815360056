/// Writes the sorted term dictionary of a segment (docs/FORMAT.md, "Terms").
///
/// Terms are grouped in blocks of `blockSize`; inside a block each key stores
/// only what differs from the previous one, and offsets are deltas. A table at
/// the end gives each block's position and first key, so a lookup is a binary
/// search over blocks plus a scan of one block, straight from the mapping.
struct TermDictionaryWriter {
    static let blockSize = 32
    static let trailerSize = 32

    private var output = ByteWriter()
    private var blockOffsets: [Int] = []
    private var firstKeys: [[UInt8]] = []
    private var previousKey: [UInt8] = []
    private var previousInfo: TermInfo?
    private var countInBlock = 0
    private(set) var termCount = 0

    init() {
        FileEnvelope.writeHeader(kind: .terms, into: &output)
    }

    /// Adds the next term; keys must arrive in strictly increasing byte order.
    mutating func append(key: [UInt8], info: TermInfo) {
        precondition(termCount == 0 || previousKey.lexicographicallyPrecedes(key), "terms must be added in sorted order")
        if countInBlock == Self.blockSize || termCount == 0 {
            blockOffsets.append(output.count)
            firstKeys.append(key)
            countInBlock = 0
            previousKey = []
            previousInfo = nil
        }
        var shared = 0
        let limit = min(previousKey.count, key.count)
        while shared < limit, previousKey[shared] == key[shared] { shared += 1 }
        output.appendVarInt(shared)
        output.appendVarInt(key.count - shared)
        output.append(contentsOf: key[shared...])
        output.appendVarInt(info.documentFrequency)
        output.appendVarInt(info.postingsOffset - (previousInfo?.postingsOffset ?? 0))
        output.appendVarInt(info.positionsOffset - (previousInfo?.positionsOffset ?? 0))
        output.appendVarInt(info.maxTermFrequency)
        output.appendVarInt(info.minFieldLength)
        previousKey = key
        previousInfo = info
        countInBlock += 1
        termCount += 1
    }

    mutating func finish() -> [UInt8] {
        let keysStart = output.count
        var keyOffsets: [Int] = []
        for key in firstKeys {
            keyOffsets.append(output.count)
            output.appendVarInt(key.count)
            output.append(contentsOf: key)
        }
        let tableStart = output.count
        for (blockOffset, keyOffset) in zip(blockOffsets, keyOffsets) {
            output.appendUInt64(UInt64(blockOffset))
            output.appendUInt64(UInt64(keyOffset))
        }
        output.appendUInt64(UInt64(termCount))
        output.appendUInt64(UInt64(blockOffsets.count))
        output.appendUInt64(UInt64(keysStart))
        output.appendUInt64(UInt64(tableStart))
        FileEnvelope.writeFooter(into: &output)
        return output.bytes
    }
}
