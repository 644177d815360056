#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// The one-writer-at-a-time lock of an index: an exclusive `flock` on a file
/// that holds the owner's process id. The kernel drops the lock when the
/// process dies, so a crash never leaves the index locked.
final class WriterLock {
    static let fileName = "write.lock"
    private let descriptor: Int32

    init(directory: String) throws {
        let path = directory + "/" + Self.fileName
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw IndexError(.io, path: path, "cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = pread(descriptor, &buffer, buffer.count, 0)
            let owner = count > 0 ? Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingWhitespace()) : nil
            close(descriptor)
            throw IndexError(.locked(byProcess: owner), path: directory, "index is being updated by \(owner.map { "process \($0)" } ?? "another process")")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
