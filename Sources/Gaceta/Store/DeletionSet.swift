/// The deleted passages of one segment: a bitmap, one bit per passage
/// (docs/FORMAT.md, "Deletions"). Each commit that deletes writes a new file;
/// the old one stays untouched for readers still using it.
///
///     payload: passage count (u32) · bitmap, ⌈count/8⌉ bytes, bit i of byte i/8
struct DeletionSet: Sendable, Equatable {
    private(set) var bits: [UInt8]
    let passageCount: Int
    private(set) var count = 0

    init(passageCount: Int) {
        self.passageCount = passageCount
        bits = [UInt8](repeating: 0, count: (passageCount + 7) / 8)
    }

    func contains(_ passage: UInt32) -> Bool {
        let index = Int(passage)
        return bits[index >> 3] & (1 << UInt8(index & 7)) != 0
    }

    /// Marks `passage` deleted; returns false when it already was.
    @discardableResult
    mutating func insert(_ passage: UInt32) -> Bool {
        let index = Int(passage)
        let mask: UInt8 = 1 << UInt8(index & 7)
        guard bits[index >> 3] & mask == 0 else { return false }
        bits[index >> 3] |= mask
        count += 1
        return true
    }

    func encoded() -> [UInt8] {
        var output = ByteWriter()
        FileEnvelope.writeHeader(kind: .deletions, into: &output)
        output.appendUInt32(UInt32(passageCount))
        output.append(contentsOf: bits)
        FileEnvelope.writeFooter(into: &output)
        return output.bytes
    }

    init(file: MappedFile, passageCount: Int) throws {
        let payload = try FileEnvelope.payload(of: file.bytes, kind: .deletions, file: file.path)
        var reader = ByteReader(payload, file: file.path)
        let stored = Int(try reader.readUInt32())
        guard stored == passageCount, reader.remaining == (passageCount + 7) / 8 else {
            throw IndexError(.corrupt, path: file.path, "deletion bitmap is for \(stored) passages, the segment has \(passageCount)")
        }
        self.passageCount = passageCount
        bits = Array(try reader.readBytes(reader.remaining))
        count = bits.reduce(0) { $0 + $1.nonzeroBitCount }
        // Bits past the last passage would count deletions that do not exist.
        if passageCount % 8 != 0, let last = bits.last, last >> UInt8(passageCount % 8) != 0 {
            throw IndexError(.corrupt, path: file.path, "deletion bitmap marks passages past the end")
        }
    }
}
