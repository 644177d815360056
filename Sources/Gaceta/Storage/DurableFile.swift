#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes that survive a crash: data is flushed to disk before the caller
/// relies on it, and names change only through atomic renames.
enum DurableFile {
    /// Creates `path` (which must not exist) with `bytes` and fsyncs it.
    static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create", path) }
        do {
            try writeAll(bytes, to: descriptor, path: path)
        } catch {
            close(descriptor)
            unlink(path)
            throw error
        }
        guard fsync(descriptor) == 0 else {
            let error = failure("cannot flush to disk", path)
            close(descriptor)
            unlink(path)
            throw error
        }
        close(descriptor)
    }

    /// Writes all of `bytes` at the descriptor's position, through short
    /// writes and interruptions.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        let failure: Int32 = bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += count
            }
            return 0
        }
        guard failure == 0 else {
            throw IndexError(.io, path: path, "cannot write: \(String(cString: strerror(failure)))")
        }
    }

    /// Writes `bytes` to a temporary name beside `path`, then renames it over
    /// `path` and fsyncs the directory: readers see the old file or the new one.
    static func replace(_ path: String, with bytes: [UInt8], directory: String) throws {
        let temporary = path + ".tmp"
        unlink(temporary)
        try write(bytes, to: temporary)
        guard rename(temporary, path) == 0 else {
            let error = failure("cannot rename into place", path)
            unlink(temporary)
            throw error
        }
        try syncDirectory(directory)
    }

    static func syncDirectory(_ directory: String) throws {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure("cannot open directory", directory) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("cannot flush directory", directory) }
    }

    private static func failure(_ what: String, _ path: String) -> IndexError {
        IndexError(.io, path: path, "\(what): \(String(cString: strerror(errno)))")
    }
}
