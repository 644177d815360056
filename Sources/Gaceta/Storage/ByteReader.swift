/// A bounds-checked cursor over bytes that came from disk: every read checks
/// the remaining length first and throws instead of trapping, so a damaged
/// file becomes an error message rather than a crash.
struct ByteReader {
    let bytes: UnsafeRawBufferPointer
    var offset: Int
    /// Names the file in error messages.
    let file: String

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0, file: String) {
        self.bytes = bytes
        self.offset = offset
        self.file = file
    }

    var remaining: Int { bytes.count - offset }
    var isAtEnd: Bool { offset >= bytes.count }

    func corrupt(_ what: String) -> IndexError {
        IndexError(.corrupt, path: file, "damaged at byte \(offset): \(what)")
    }

    private func require(_ count: Int, _ what: @autoclosure () -> String) throws {
        guard count >= 0, count <= remaining else { throw corrupt("\(what()) runs past the end") }
    }

    mutating func readByte() throws -> UInt8 {
        try require(1, "a byte")
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func readUInt16() throws -> UInt16 {
        try require(2, "a 16-bit integer")
        defer { offset += 2 }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self).littleEndian
    }

    mutating func readUInt32() throws -> UInt32 {
        try require(4, "a 32-bit integer")
        defer { offset += 4 }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian
    }

    mutating func readUInt64() throws -> UInt64 {
        try require(8, "a 64-bit integer")
        defer { offset += 8 }
        return bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self).littleEndian
    }

    mutating func readVarInt() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw corrupt("a varint runs past the end") }
            let byte = bytes[offset]
            offset += 1
            guard shift < 64 else { throw corrupt("a varint is too long") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A varint that must fit `limit` (a count or an offset about to be used).
    mutating func readVarInt(atMost limit: Int, _ what: @autoclosure () -> String) throws -> Int {
        let value = try readVarInt()
        guard value <= UInt64(limit) else { throw corrupt("\(what()) is \(value), more than \(limit)") }
        return Int(value)
    }

    mutating func readBytes(_ count: Int) throws -> UnsafeRawBufferPointer {
        try require(count, "a \(count)-byte field")
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    mutating func readString() throws -> String {
        let length = try readVarInt(atMost: remaining, "a string length")
        return String(decoding: try readBytes(length), as: UTF8.self)
    }
}
