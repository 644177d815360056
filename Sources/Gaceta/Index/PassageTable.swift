/// Per passage of a segment: the article it belongs to and its field lengths
/// (docs/FORMAT.md, "Passages"). Fixed-size entries, so a passage's row is one
/// multiplication away and the table never needs decoding.
///
///     entry: article ordinal (u32) · body length (u16) · title length (u16)
///            · publication day (u32, yyyymmdd, 0 when unknown)
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
    static func encode(_ entries: [PassageTableEntry]) -> [UInt8] {
        var output = ByteWriter(capacity: FileEnvelope.headerSize + entries.count * PassageTableEntry.size + FileEnvelope.footerSize)
        FileEnvelope.writeHeader(kind: .passages, into: &output)
        for entry in entries {
            output.appendUInt32(entry.article)
            output.appendUInt16(entry.bodyLength)
            output.appendUInt16(entry.titleLength)
            output.appendUInt32(entry.day)
        }
        FileEnvelope.writeFooter(into: &output)
        return output.bytes
    }
}

struct PassageTableReader: Sendable {
    let file: MappedFile
    let passageCount: Int
    private let start = FileEnvelope.headerSize

    init(file: MappedFile, passageCount: Int) throws {
        self.file = file
        self.passageCount = passageCount
        let payload = try FileEnvelope.payload(of: file.bytes, kind: .passages, file: file.path)
        guard payload.count == passageCount * PassageTableEntry.size else {
            throw IndexError(.corrupt, path: file.path, "holds \(payload.count / PassageTableEntry.size) passages, the manifest says \(passageCount); run `gaceta check`")
        }
    }

    /// The entry of `passage`, which the caller took from a validated posting.
    func entry(_ passage: UInt32) -> PassageTableEntry {
        let offset = start + Int(passage) * PassageTableEntry.size
        let bytes = file.bytes
        return PassageTableEntry(
            article: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).littleEndian,
            bodyLength: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt16.self).littleEndian,
            titleLength: bytes.loadUnaligned(fromByteOffset: offset + 6, as: UInt16.self).littleEndian,
            day: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self).littleEndian
        )
    }

    func day(of passage: UInt32) -> UInt32 {
        file.bytes.loadUnaligned(fromByteOffset: start + Int(passage) * PassageTableEntry.size + 8, as: UInt32.self).littleEndian
    }

    func length(of field: Field, passage: UInt32) -> Int {
        let offset = start + Int(passage) * PassageTableEntry.size + (field == .title ? 6 : 4)
        return Int(file.bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self).littleEndian)
    }
}
