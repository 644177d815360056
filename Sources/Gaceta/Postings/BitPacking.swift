/// Packs blocks of `BitPacking.blockSize` unsigned integers at a fixed bit
/// width, as a little-endian bit stream: a block of width w takes 16·w bytes.
enum BitPacking {
    static let blockSize = 128

    static func width(of values: UnsafeBufferPointer<UInt32>) -> Int {
        var combined: UInt32 = 0
        for value in values { combined |= value }
        return combined == 0 ? 0 : 32 - combined.leadingZeroBitCount
    }

    static func byteCount(width: Int) -> Int { blockSize * width / 8 }

    static func pack(_ values: UnsafeBufferPointer<UInt32>, width: Int, into writer: inout ByteWriter) {
        precondition(values.count == blockSize)
        guard width > 0 else { return }
        var buffer: UInt64 = 0
        var bitsInBuffer = 0
        for value in values {
            buffer |= UInt64(value) << UInt64(bitsInBuffer)
            bitsInBuffer += width
            while bitsInBuffer >= 8 {
                writer.append(UInt8(truncatingIfNeeded: buffer))
                buffer >>= 8
                bitsInBuffer -= 8
            }
        }
    }

    /// Bytes after a block that let `unpack` read each value with one
    /// 64-bit load: a value starts at most 7 bits into its first byte and is
    /// at most 32 bits wide, so 8 bytes from there always hold it.
    static let readAheadBytes = 8

    /// Decodes one block from `source`, which the caller has checked holds
    /// `byteCount(width:)` bytes. When `source` also holds `readAheadBytes`
    /// more (the bytes after the block in the file), each value is read with
    /// one unaligned load instead of a byte at a time.
    static func unpack(_ source: UnsafeRawBufferPointer, width: Int, into output: UnsafeMutablePointer<UInt32>) {
        guard width > 0 else {
            output.update(repeating: 0, count: blockSize)
            return
        }
        precondition(source.count >= byteCount(width: width))
        let mask: UInt64 = width == 32 ? 0xFFFF_FFFF : (1 << UInt64(width)) - 1
        if source.count >= byteCount(width: width) + readAheadBytes {
            // The last value starts before byte 16·width, so its load ends
            // before byte 16·width + 8: inside `source`. Each width gets its
            // own copy of the loop, with the width a constant: the offsets
            // and shifts of a group of 8 values fold away, which takes
            // decoding from about 18 instructions a value to about 5.
            switch width {
            case 1: unpack(source, constantWidth: 1, mask: mask, into: output)
            case 2: unpack(source, constantWidth: 2, mask: mask, into: output)
            case 3: unpack(source, constantWidth: 3, mask: mask, into: output)
            case 4: unpack(source, constantWidth: 4, mask: mask, into: output)
            case 5: unpack(source, constantWidth: 5, mask: mask, into: output)
            case 6: unpack(source, constantWidth: 6, mask: mask, into: output)
            case 7: unpack(source, constantWidth: 7, mask: mask, into: output)
            case 8: unpack(source, constantWidth: 8, mask: mask, into: output)
            case 9: unpack(source, constantWidth: 9, mask: mask, into: output)
            case 10: unpack(source, constantWidth: 10, mask: mask, into: output)
            case 11: unpack(source, constantWidth: 11, mask: mask, into: output)
            case 12: unpack(source, constantWidth: 12, mask: mask, into: output)
            case 13: unpack(source, constantWidth: 13, mask: mask, into: output)
            case 14: unpack(source, constantWidth: 14, mask: mask, into: output)
            case 15: unpack(source, constantWidth: 15, mask: mask, into: output)
            case 16: unpack(source, constantWidth: 16, mask: mask, into: output)
            default: unpack(source, constantWidth: width, mask: mask, into: output)
            }
            return
        }
        var buffer: UInt64 = 0
        var bitsInBuffer = 0
        var byteIndex = 0
        for index in 0..<blockSize {
            while bitsInBuffer < width {
                buffer |= UInt64(source[byteIndex]) << UInt64(bitsInBuffer)
                byteIndex += 1
                bitsInBuffer += 8
            }
            output[index] = UInt32(truncatingIfNeeded: buffer & mask)
            buffer >>= UInt64(width)
            bitsInBuffer -= width
        }
    }

    /// The read-ahead path of `unpack`, 8 values (`width` bytes) at a time;
    /// always inlined so that a literal `width` specialises it.
    @inline(__always)
    private static func unpack(
        _ source: UnsafeRawBufferPointer, constantWidth width: Int, mask: UInt64, into output: UnsafeMutablePointer<UInt32>
    ) {
        for group in 0..<(blockSize / 8) {
            let start = group * width
            for index in 0..<8 {
                let bit = index * width
                let word = source.loadUnaligned(fromByteOffset: start + bit >> 3, as: UInt64.self).littleEndian
                output[group * 8 + index] = UInt32(truncatingIfNeeded: (word >> UInt64(bit & 7)) & mask)
            }
        }
    }
}
