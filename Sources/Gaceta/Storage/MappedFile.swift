#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A whole file mapped read-only into memory. Segment files never change once
/// written, so the mapping can be shared freely between threads; it stays valid
/// even after the file is unlinked, which lets old snapshots outlive a merge.
final class MappedFile: @unchecked Sendable {
    let path: String
    let bytes: UnsafeRawBufferPointer

    init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT {
                throw IndexError(.corrupt, path: path, "file is missing; the index is incomplete")
            }
            throw IndexError(.io, path: path, "cannot open: \(String(cString: strerror(code)))")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw IndexError(.io, path: path, "cannot stat: \(String(cString: strerror(errno)))")
        }
        let size = Int(status.st_size)
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0), address != MAP_FAILED else {
            throw IndexError(.io, path: path, "cannot map: \(String(cString: strerror(errno)))")
        }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Drops the pages this process has resident of the file. The page cache
    /// keeps them, and a later read maps them back in: a writer reading a
    /// whole segment once (to merge it) so holds only what it reads lately,
    /// not everything it read. Other mappings of the file are unaffected.
    func dropResidentPages() {
        guard let base = bytes.baseAddress else { return }
        // Read-only and shared: nothing is lost, and failing only leaves the pages resident.
        _ = madvise(UnsafeMutableRawPointer(mutating: base), bytes.count, MADV_DONTNEED)
    }

    deinit {
        if let base = bytes.baseAddress {
            munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
        }
    }
}
