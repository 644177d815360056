import CGacetaSupport

/// zstd frames, through the system library.
enum Zstd {
    static func compress(_ bytes: [UInt8], level: Int32 = 3) -> [UInt8] {
        let bound = gaceta_zstd_compress_bound(bytes.count)
        var output = [UInt8](repeating: 0, count: bound)
        let written = output.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { source in
                gaceta_zstd_compress(destination.baseAddress, bound, source.baseAddress, source.count, level)
            }
        }
        // Compressing into a buffer of the library's own bound cannot fail.
        precondition(written >= 0, "zstd could not compress into its own bound")
        output.removeSubrange(Int(written)...)
        return output
    }

    /// Decompresses a frame that must inflate to exactly `expectedCount` bytes.
    static func decompress(_ frame: UnsafeRawBufferPointer, expectedCount: Int, file: String) throws -> [UInt8] {
        // The frame's own header must agree before anything is allocated, so a
        // damaged size cannot ask for a gigabyte.
        let declared = gaceta_zstd_frame_content_size(frame.baseAddress?.assumingMemoryBound(to: UInt8.self), frame.count)
        guard declared == Int64(expectedCount) else {
            throw IndexError(.corrupt, path: file, "a compressed block does not match its recorded size")
        }
        var output = [UInt8](repeating: 0, count: expectedCount)
        let written = output.withUnsafeMutableBufferPointer { destination in
            gaceta_zstd_decompress(destination.baseAddress, expectedCount, frame.baseAddress?.assumingMemoryBound(to: UInt8.self), frame.count)
        }
        guard written == Int64(expectedCount) else {
            throw IndexError(.corrupt, path: file, "a compressed block does not decompress")
        }
        return output
    }
}
