import CGacetaSupport

/// Reads a gzip-compressed (or plain) file line by line, as raw bytes.
///
/// Minimal on purpose: enough for evaluations and benchmarks that walk the
/// JSON Lines corpora; the full corpus reader lives elsewhere.
public final class GzipLineReader {
    /// Why a file could not be read.
    public enum Failure: Error, CustomStringConvertible {
        case cannotOpen(String)
        case corrupt(String)

        public var description: String {
            switch self {
            case .cannotOpen(let path): return "cannot open \(path)"
            case .corrupt(let path): return "\(path) is corrupt or truncated"
            }
        }
    }

    private let path: String
    private var reader: OpaquePointer?
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    /// Bytes before this index (from `start`) hold no newline: a long line is scanned once.
    private var scanned = 0
    private var finished = false

    /// Opens `path`; throws `Failure.cannotOpen` when it cannot.
    public init(path: String) throws {
        self.path = path
        guard let reader = gaceta_gzip_open(path) else { throw Failure.cannotOpen(path) }
        self.reader = reader
        buffer = [UInt8](repeating: 0, count: 1 << 16)
    }

    deinit { gaceta_gzip_close(reader) }

    /// The next line without its "\n" (and "\r"), or nil at the end.
    public func nextLine() throws -> [UInt8]? {
        while true {
            if let newline = buffer[max(start, scanned)..<end].firstIndex(of: 10) {
                var line = Array(buffer[start..<newline])
                start = newline + 1
                scanned = start
                if line.last == 13 { line.removeLast() }
                return line
            }
            if finished {
                if start < end {
                    let line = Array(buffer[start..<end])
                    start = end
                    return line
                }
                return nil
            }
            // Keep the partial line, make room, read more.
            scanned = end
            if start > 0 {
                buffer.replaceSubrange(0..<(end - start), with: buffer[start..<end])
                end -= start
                scanned -= start
                start = 0
            }
            if end == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let count = buffer.withUnsafeMutableBufferPointer { pointer in
                gaceta_gzip_read(reader, pointer.baseAddress! + end, pointer.count - end)
            }
            if count < 0 { throw Failure.corrupt(path) }
            if count == 0 { finished = true } else { end += Int(count) }
        }
    }
}
