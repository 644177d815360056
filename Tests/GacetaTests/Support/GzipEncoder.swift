import CGacetaSupport

/// Builds gzip files without zlib's compressor: deflate's "stored" blocks are a
/// valid, uncompressed encoding, which is all a reader test needs.
enum GzipEncoder {
    static func gzip(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]
        var offset = 0
        repeat {
            let count = min(0xffff, bytes.count - offset)
            let isLast = offset + count == bytes.count
            output.append(isLast ? 1 : 0)
            output += littleEndian(UInt32(count), byteCount: 2)
            output += littleEndian(UInt32(~UInt16(count)), byteCount: 2)
            output += bytes[offset..<offset + count]
            offset += count
        } while offset < bytes.count
        let crc = bytes.withUnsafeBufferPointer { gaceta_crc32(0, $0.baseAddress, $0.count) }
        output += littleEndian(crc, byteCount: 4)
        output += littleEndian(UInt32(truncatingIfNeeded: bytes.count), byteCount: 4)
        return output
    }

    private static func littleEndian(_ value: UInt32, byteCount: Int) -> [UInt8] {
        (0..<byteCount).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
