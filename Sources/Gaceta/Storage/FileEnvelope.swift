import CGacetaSupport

/// The frame around every segment file: a header naming the file kind and the
/// format version, and a footer holding the CRC-32 of everything before it.
///
///     header: magic "GACETA" (6 bytes) · kind (2 ASCII bytes) · version (u32 LE)
///     footer: crc32 of all preceding bytes (u32 LE) · "GEND"
enum FileEnvelope {
    static let headerSize = 12
    static let footerSize = 8
    static let formatVersion: UInt32 = 3
    private static let magic: [UInt8] = Array("GACETA".utf8)
    private static let endMagic: [UInt8] = Array("GEND".utf8)

    static func writeHeader(kind: FileKind, into writer: inout ByteWriter) {
        writer.append(contentsOf: magic)
        writer.append(contentsOf: kind.tag.utf8)
        writer.appendUInt32(formatVersion)
    }

    static func writeFooter(into writer: inout ByteWriter) {
        let crc = writer.bytes.withUnsafeBufferPointer { gaceta_crc32(0, $0.baseAddress, $0.count) }
        writeFooter(crc: crc, into: &writer)
    }

    /// The footer for a file whose earlier bytes have the CRC `crc` (they may
    /// already be on disk); `writer` holds none of those bytes.
    static func writeFooter(crc: UInt32, into writer: inout ByteWriter) {
        writer.appendUInt32(crc)
        writer.append(contentsOf: endMagic)
    }

    /// Checks the frame without reading the payload (cheap, done on open) and
    /// returns the payload's bytes.
    static func payload(of bytes: UnsafeRawBufferPointer, kind: FileKind, file: String) throws -> UnsafeRawBufferPointer {
        guard bytes.count >= headerSize + footerSize else {
            throw IndexError(.corrupt, path: file, "file is truncated (\(bytes.count) bytes)")
        }
        guard bytes.prefix(6).elementsEqual(magic) else {
            throw IndexError(.corrupt, path: file, "not a Gaceta \(kind.name) file (bad magic)")
        }
        guard bytes[6..<8].elementsEqual(kind.tag.utf8) else {
            throw IndexError(.corrupt, path: file, "expected a \(kind.name) file, found kind '\(String(decoding: bytes[6..<8], as: UTF8.self))'")
        }
        let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).littleEndian
        guard version == formatVersion else {
            throw IndexError(.unsupportedVersion, path: file, "format version \(version), but this build of Gaceta reads version \(formatVersion)")
        }
        guard bytes.suffix(4).elementsEqual(endMagic) else {
            throw IndexError(.corrupt, path: file, "file is truncated or damaged (no end marker)")
        }
        return UnsafeRawBufferPointer(rebasing: bytes[headerSize..<bytes.count - footerSize])
    }

    /// Reads every byte: right for `gaceta check` and small indexes. Checks
    /// the footer's CRC and returns the CRC-32 of the whole file, footer
    /// included (what the manifest records), from the same single pass.
    @discardableResult
    static func verifyChecksum(of bytes: UnsafeRawBufferPointer, file: String) throws -> UInt32 {
        guard bytes.count >= footerSize else {
            throw IndexError(.corrupt, path: file, "file is truncated")
        }
        let bodyCount = bytes.count - footerSize
        let stored = bytes.loadUnaligned(fromByteOffset: bodyCount, as: UInt32.self).littleEndian
        let computed = gaceta_crc32(0, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bodyCount)
        guard stored == computed else {
            throw IndexError(.corrupt, path: file, "checksum mismatch (stored \(hex(stored)), computed \(hex(computed)))")
        }
        return gaceta_crc32(computed, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self).advanced(by: bodyCount), footerSize)
    }

    static func checksum(of bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { gaceta_crc32(0, $0.baseAddress, $0.count) }
    }

    /// The CRC-32 of a whole mapped file, without copying it.
    static func checksum(of bytes: UnsafeRawBufferPointer) -> UInt32 {
        gaceta_crc32(0, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}

/// The kinds of file a segment is made of.
enum FileKind: String, CaseIterable, Sendable {
    case terms
    case postings
    case positions
    case passages
    case store
    case deletions
    /// Not part of a segment: the application's data stored with a commit.
    case userData
    /// Not part of a segment: article fingerprints of some corpus files,
    /// kept by the commits whose corpus state names them.
    case corpusState

    var tag: String {
        switch self {
        case .terms: "TD"
        case .postings: "PO"
        case .positions: "PS"
        case .passages: "PT"
        case .store: "ST"
        case .deletions: "DL"
        case .userData: "UD"
        case .corpusState: "CS"
        }
    }

    var fileExtension: String {
        switch self {
        case .terms: "terms"
        case .postings: "postings"
        case .positions: "positions"
        case .passages: "passages"
        case .store: "store"
        case .deletions: "deletions"
        case .userData: "data"
        case .corpusState: "state"
        }
    }

    var name: String { rawValue }
}
