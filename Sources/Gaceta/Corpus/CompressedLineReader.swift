import CGacetaSupport
import Foundation

/// Reads a file line by line through zlib, so `.jsonl.gz` is streamed and plain
/// `.jsonl` passes through unchanged; memory stays at one buffer and one line.
///
/// Not `Sendable`: a stream, whose buffer and zlib state move with every
/// ``nextLine()``; one thread or task at a time reads it.
public final class CompressedLineReader {
    /// Why a file could not be read.
    public enum Failure: Error, CustomStringConvertible {
        /// The file could not be opened; carries `errno`.
        case cannotOpen(Int32)
        /// The gzip stream is damaged or ends early.
        case corruptStream

        /// What failed, in one line.
        public var description: String {
            switch self {
            case .cannotOpen(let code): "cannot open: \(String(cString: strerror(code)))"
            case .corruptStream: "the gzip stream is damaged or ends early"
            }
        }
    }

    /// One line without its terminator (`\n` or `\r\n`), or a notice that an
    /// overlong line was dropped.
    public enum Line: Sendable {
        /// The bytes of a line, not necessarily valid UTF-8.
        case text([UInt8])
        /// A line longer than `maximumLineBytes`, skipped: its length in bytes.
        case tooLong(byteCount: Int)
    }

    /// Lines longer than this are skipped rather than held in memory.
    public let maximumLineBytes: Int
    /// Uncompressed bytes consumed so far.
    public private(set) var bytesRead = 0

    private let handle: OpaquePointer
    private var buffer: [UInt8]
    private var bufferStart = 0
    private var bufferEnd = 0
    private var atEnd = false

    /// Opens `path`, compressed or not.
    public init(path: String, maximumLineBytes: Int = 64 << 20, bufferSize: Int = 1 << 17) throws(Failure) {
        guard let handle = gaceta_gzip_open(path) else { throw .cannotOpen(errno) }
        self.handle = handle
        self.maximumLineBytes = maximumLineBytes
        self.buffer = [UInt8](repeating: 0, count: bufferSize)
    }

    deinit {
        gaceta_gzip_close(handle)
    }

    /// The next line, or `nil` at the end of the file.
    public func nextLine() throws(Failure) -> Line? {
        var line: [UInt8] = []
        var droppedBytes = 0
        while true {
            if bufferStart == bufferEnd {
                let refilled = atEnd ? false : try refill()
                if !refilled {
                    if droppedBytes > 0 { return .tooLong(byteCount: droppedBytes + line.count) }
                    return line.isEmpty ? nil : .text(line)
                }
            }
            let newline = buffer[bufferStart..<bufferEnd].firstIndex(of: 0x0A)
            let chunkEnd = newline ?? bufferEnd
            if droppedBytes > 0 || line.count + (chunkEnd - bufferStart) > maximumLineBytes {
                droppedBytes += line.count + (chunkEnd - bufferStart)
                line = []
            } else {
                line.append(contentsOf: buffer[bufferStart..<chunkEnd])
            }
            bytesRead += chunkEnd - bufferStart
            bufferStart = chunkEnd
            if newline != nil {
                bufferStart += 1
                bytesRead += 1
                if droppedBytes > 0 { return .tooLong(byteCount: droppedBytes) }
                if line.last == 0x0D { line.removeLast() }
                return .text(line)
            }
        }
    }

    private func refill() throws(Failure) -> Bool {
        let count = buffer.withUnsafeMutableBufferPointer { gaceta_gzip_read(handle, $0.baseAddress, $0.count) }
        if count < 0 { throw .corruptStream }
        bufferStart = 0
        bufferEnd = Int(count)
        atEnd = count == 0
        return count > 0
    }
}

// Not Sendable by decision, not by omission (see the type's comment): misuse gets
// this message, and no module can add the conformance.
@available(*, unavailable, message: "a CompressedLineReader is read by one thread or task at a time")
extension CompressedLineReader: Sendable {}
