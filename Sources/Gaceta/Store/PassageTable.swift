/// Per passage of a segment: the article it belongs to, its field lengths and
/// its article's day (docs/FORMAT.md, "Passages"). Stored as columns of
/// fixed-size values, so a passage's value is one multiplication away, nothing
/// needs decoding, and the body lengths BM25 reads for every candidate sit
/// together, two bytes a passage, instead of being strided through the rest.
///
///     article ordinals (u32 × n) · body lengths (u16 × n) · title lengths (u16 × n)
///     · days (u32 × n, yyyymmdd, 0 when unknown)
struct PassageTableEntry: Sendable, Equatable {
    static let size = 12
    /// Field lengths are capped here; passages are cut well before that.
    static let maximumLength = Int(UInt16.max)

    var article: UInt32
    var bodyLength: UInt16
    var titleLength: UInt16
    var day: UInt32

    func length(of field: Field) -> Int {
        field == .title ? Int(titleLength) : Int(bodyLength)
    }
}

enum PassageTableWriter {
    /// Writes the table to `path`, which must not exist, a column at a time
    /// through a spilling buffer: a merge at ten million passages would
    /// otherwise hold the whole file in memory beside the entries.
    static func write(_ entries: [PassageTableEntry], to path: String) throws -> FileRecord {
        var output = try SpillingOutput(path: path, kind: .passages)
        func writeColumn(_ append: (inout ByteWriter, PassageTableEntry) -> Void) throws {
            for entry in entries {
                append(&output.buffer, entry)
                try output.spillIfFull()
            }
        }
        do {
            try writeColumn { $0.appendUInt32($1.article) }
            try writeColumn { $0.appendUInt16($1.bodyLength) }
            try writeColumn { $0.appendUInt16($1.titleLength) }
            try writeColumn { $0.appendUInt32($1.day) }
        } catch {
            output.abandon()
            throw error
        }
        return try output.finish()
    }
}

struct PassageTableReader: @unchecked Sendable {
    let file: MappedFile
    /// `file.bytes`, kept here so that each read skips retaining the file
    /// (the hot path of scoring); `file` keeps the mapping alive.
    private let bytes: UnsafeRawBufferPointer
    let passageCount: Int
    private let start = FileEnvelope.headerSize

    init(file: MappedFile, passageCount: Int) throws {
        self.file = file
        bytes = file.bytes
        self.passageCount = passageCount
        let payload = try FileEnvelope.payload(of: file.bytes, kind: .passages, file: file.path)
        guard payload.count == passageCount * PassageTableEntry.size else {
            throw IndexError(.corrupt, path: file.path, "holds \(payload.count / PassageTableEntry.size) passages, the manifest says \(passageCount)")
        }
    }

    /// Where each column starts in the file.
    private var bodyStart: Int { start + passageCount * 4 }
    private var titleStart: Int { bodyStart + passageCount * 2 }
    private var dayStart: Int { titleStart + passageCount * 2 }

    /// The entry of `passage`, which the caller took from a validated posting.
    func entry(_ passage: UInt32) -> PassageTableEntry {
        let index = Int(passage)
        return PassageTableEntry(
            article: bytes.loadUnaligned(fromByteOffset: start + index * 4, as: UInt32.self).littleEndian,
            bodyLength: bytes.loadUnaligned(fromByteOffset: bodyStart + index * 2, as: UInt16.self).littleEndian,
            titleLength: bytes.loadUnaligned(fromByteOffset: titleStart + index * 2, as: UInt16.self).littleEndian,
            day: day(of: passage)
        )
    }

    func day(of passage: UInt32) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: dayStart + Int(passage) * 4, as: UInt32.self).littleEndian
    }

    func length(of field: Field, passage: UInt32) -> Int {
        lengths(of: field).length(of: passage)
    }

    /// The lengths of `field`, valid while this table's segment is open.
    func lengths(of field: Field) -> PassageLengths {
        PassageLengths(bytes: bytes, start: field == .title ? titleStart : bodyStart)
    }
}

/// One length column of a passage table without the file that holds it: a
/// plain value, so that scoring a posting retains nothing. Valid only while
/// the table's `SegmentReader` is alive, as it is for the whole search that
/// builds scorers from it.
struct PassageLengths {
    fileprivate let bytes: UnsafeRawBufferPointer
    fileprivate let start: Int

    /// The length of `passage`, which the caller took from a validated posting.
    func length(of passage: UInt32) -> Int {
        Int(bytes.loadUnaligned(fromByteOffset: start + Int(passage) * 2, as: UInt16.self).littleEndian)
    }
}
