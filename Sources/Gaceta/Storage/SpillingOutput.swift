import CGacetaSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A new file written front to back through an in-memory buffer that is
/// written out whenever it grows past `spillBytes`, so that writing a segment
/// of any size needs only a buffer's worth of memory. It keeps the CRC-32 of
/// what it wrote, for the frame's footer and for the manifest.
struct SpillingOutput {
    static let spillBytes = 1 << 20

    /// Bytes not yet on disk; append to it, then call `spillIfFull()`.
    var buffer = ByteWriter()
    private(set) var spilled = 0
    private var crc: UInt32 = 0
    private let descriptor: Int32
    let path: String

    /// Creates `path`, which must not exist, and writes the frame's header.
    init(path: String, kind: FileKind) throws {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IndexError(.io, path: path, "cannot create: \(String(cString: strerror(errno)))")
        }
        FileEnvelope.writeHeader(kind: kind, into: &buffer)
    }

    /// The file offset the next appended byte will have.
    var count: Int { spilled + buffer.count }

    mutating func spillIfFull() throws {
        if buffer.count >= Self.spillBytes { try spill() }
    }

    /// Writes the footer, flushes everything to disk and closes the file.
    mutating func finish() throws -> FileRecord {
        try spill()
        FileEnvelope.writeFooter(crc: crc, into: &buffer)
        try spill()
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else {
            throw IndexError(.io, path: path, "cannot flush to disk: \(String(cString: strerror(errno)))")
        }
        return FileRecord(size: spilled, crc32: crc)
    }

    /// Closes and removes an unfinished file, after a failure elsewhere.
    func abandon() {
        close(descriptor)
        unlink(path)
    }

    private mutating func spill() throws {
        let bytes = buffer.bytes
        guard !bytes.isEmpty else { return }
        try DurableFile.writeAll(bytes, to: descriptor, path: path)
        crc = bytes.withUnsafeBufferPointer { gaceta_crc32(crc, $0.baseAddress, $0.count) }
        spilled += bytes.count
        buffer = ByteWriter(capacity: Self.spillBytes + 64 * 1024)
    }
}
