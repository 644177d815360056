import CGacetaSupport

/// zstd through the system library: one frame per stored passage, compressed
/// with a dictionary trained on the segment's own passages when there are
/// enough of them (docs/FORMAT.md, "Store").
enum Zstd {
    static let level: Int32 = 3

    /// A dictionary of at most `capacity` bytes trained on `samples`, or nil
    /// when zstd cannot train one from them.
    static func trainDictionary(on samples: [[UInt8]], capacity: Int) -> [UInt8]? {
        let joined = samples.flatMap { $0 }
        let sizes = samples.map(\.count)
        var dictionary = [UInt8](repeating: 0, count: capacity)
        let written = dictionary.withUnsafeMutableBufferPointer { destination in
            joined.withUnsafeBufferPointer { source in
                sizes.withUnsafeBufferPointer { sizes in
                    gaceta_zstd_train_dictionary(destination.baseAddress, capacity, source.baseAddress, sizes.baseAddress, UInt32(samples.count))
                }
            }
        }
        guard written > 0 else { return nil }
        dictionary.removeSubrange(Int(written)...)
        return dictionary
    }

    /// Decompresses `frame` into the text it holds; the frame must declare a
    /// size of at most `limit` bytes and inflate to exactly that size.
    static func decompressText(
        _ frame: UnsafeRawBufferPointer, dictionary: ZstdDictionary?, atMost limit: Int, file: String
    ) throws -> String {
        let source = frame.baseAddress?.assumingMemoryBound(to: UInt8.self)
        // The frame's own header must be believable before anything is
        // allocated, so a damaged size cannot ask for a gigabyte.
        let declared = gaceta_zstd_frame_content_size(source, frame.count)
        guard declared >= 0, declared <= Int64(limit) else {
            throw IndexError(.corrupt, path: file, "a compressed passage declares no size or more than \(limit) bytes")
        }
        var inflated = true
        // Straight into the String's storage: no intermediate array. Invalid
        // UTF-8 is repaired, as String(decoding:as:) would.
        let text = String(unsafeUninitializedCapacity: Int(declared)) { destination in
            let written = gaceta_zstd_decompress_with(dictionary?.handle, destination.baseAddress, Int(declared), source, frame.count)
            inflated = written == declared
            return inflated ? Int(declared) : 0
        }
        guard inflated else {
            throw IndexError(.corrupt, path: file, "a compressed passage does not decompress")
        }
        return text
    }
}

/// Compresses frames one at a time with a fixed dictionary, or none. A class
/// because it owns zstd's context and digested dictionary.
final class ZstdCompressor {
    private let handle: OpaquePointer

    init(dictionary: [UInt8]) {
        let made = dictionary.withUnsafeBufferPointer {
            gaceta_zstd_compressor_create($0.baseAddress, $0.count, Zstd.level)
        }
        // zstd fails here only when it cannot allocate, or on a dictionary
        // it did not train itself; ours come from `Zstd.trainDictionary`.
        guard let made else { preconditionFailure("zstd cannot make a compressor") }
        handle = made
    }

    deinit {
        gaceta_zstd_compressor_free(handle)
    }

    func compress(_ bytes: [UInt8]) -> [UInt8] {
        let bound = gaceta_zstd_compress_bound(bytes.count)
        var output = [UInt8](repeating: 0, count: bound)
        let written = output.withUnsafeMutableBufferPointer { destination in
            bytes.withUnsafeBufferPointer { source in
                gaceta_zstd_compressor_compress(handle, destination.baseAddress, bound, source.baseAddress, source.count)
            }
        }
        // Compressing into a buffer of the library's own bound cannot fail.
        precondition(written >= 0, "zstd could not compress into its own bound")
        output.removeSubrange(Int(written)...)
        return output
    }
}

/// A store's dictionary, digested once when the segment opens. zstd only
/// reads it afterwards, so every thread's searches share it.
final class ZstdDictionary: @unchecked Sendable {
    fileprivate let handle: OpaquePointer

    /// Nil when `bytes` are not a zstd dictionary.
    init?(_ bytes: UnsafeRawBufferPointer) {
        guard let made = gaceta_zstd_dictionary_create(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count) else {
            return nil
        }
        handle = made
    }

    deinit {
        gaceta_zstd_dictionary_free(handle)
    }
}
