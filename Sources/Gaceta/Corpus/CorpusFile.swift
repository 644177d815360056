import Foundation

/// A file of a corpus that holds articles, and how to read it.
struct CorpusFile: Sendable, Hashable {
    enum Format: Sendable, Hashable {
        /// `.jsonl` or `.jsonl.gz`: one article object per line.
        case jsonLines
        /// `.json`: one article object, or an array of them.
        case json
        /// `.md` or `.txt`: one article, with optional front matter.
        case text
    }

    /// The corpus directory joined with `relativePath`: what messages show.
    var path: String
    /// The path inside the corpus directory, with `/` separators.
    var relativePath: String
    var format: Format
    /// Bytes on disk.
    var size: Int
    /// Last modification, in microseconds since 1970: with `size`, what tells
    /// an incremental update that the file changed.
    var modified: Int64

    /// The format of a file name, or `nil` when it does not hold articles.
    static func format(ofName name: String) -> Format? {
        let lowercased = name.lowercased()
        if lowercased.hasSuffix(".jsonl") || lowercased.hasSuffix(".jsonl.gz") { return .jsonLines }
        if lowercased.hasSuffix(".json") { return .json }
        if lowercased.hasSuffix(".md") || lowercased.hasSuffix(".txt") { return .text }
        return nil
    }

    /// The uncompressed size of a gzip file from its trailer (the size modulo
    /// 2^32 of the last member), or the size on disk for other files; only used
    /// to estimate progress, so a wrong guess is harmless.
    func expectedContentBytes() -> Int {
        guard relativePath.lowercased().hasSuffix(".gz"), size >= 18,
              let handle = FileHandle(forReadingAtPath: path)
        else { return size }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: UInt64(size - 4))) != nil,
              let trailer = try? handle.read(upToCount: 4), trailer.count == 4
        else { return size }
        let isize = trailer.reversed().reduce(0) { $0 << 8 | Int($1) }
        return max(isize, size)
    }
}
