#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Bytes set aside on disk while a file is being written, read back once
/// at its end: what a writer would otherwise hold in memory until then. The
/// file is unlinked as soon as it is created, so nothing of it outlives the
/// process, however it ends.
struct ScratchFile {
    /// The name it was created under, for error messages.
    let path: String
    private let descriptor: Int32
    private(set) var count = 0

    init(path: String) throws {
        self.path = path
        descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw IndexError(.io, path: path, "cannot create a scratch file: \(String(cString: strerror(errno)))")
        }
        unlink(path)
    }

    mutating func append(_ bytes: [UInt8]) throws {
        try DurableFile.writeAll(bytes, to: descriptor, path: path)
        count += bytes.count
    }

    /// Calls `body` with everything appended, in order, `chunkSize` bytes at a time.
    func forEachChunk(of chunkSize: Int, _ body: ([UInt8]) throws -> Void) throws {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var offset = 0
        while offset < count {
            let wanted = min(chunkSize, count - offset)
            let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress!, wanted, off_t(offset)) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else {
                throw IndexError(.io, path: path, "cannot read a scratch file back: \(read < 0 ? String(cString: strerror(errno)) : "it is shorter than written")")
            }
            try body(Array(chunk[..<read]))
            offset += read
        }
    }

    /// Frees the file's space: closing its descriptor is what removes it.
    func discard() {
        close(descriptor)
    }
}
