/// The layout of a corpus state file (`corpus-NNNNNN.state`, kind `CS`,
/// docs/FORMAT.md "Corpus state"): the article fingerprints of one or more
/// *parts*, a part being what one commit recorded of one corpus file.
///
///     records        sorted by id bytes, then part: varint part · hash u64 · id bytes
///     record offsets an offset table (`RecordOffsets`) of the records
///     part table     per part: record count u32 · file offset of its ordinal list u64
///     ordinal lists  per part: its records' ordinals, ascending, as varint deltas
///     trailer        record count u64 · part count u64 · record offsets offset u64
///                    · part table offset u64
///
/// Sorted by id so that finding which files hold an id is a binary search in
/// each state file, without loading any; the ordinal lists give one part's
/// articles without reading the others'.
enum ArticleStateFile {
    static let trailerSize = 32
    static let partEntrySize = 12

    /// The framed bytes of a file holding `parts` (article id → content hash),
    /// numbered in the order given.
    static func encode(parts: [[String: UInt64]]) throws -> [UInt8] {
        var records: [(id: [UInt8], part: Int, hash: UInt64)] = []
        records.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for (part, articles) in parts.enumerated() {
            for (id, hash) in articles { records.append((Array(id.utf8), part, hash)) }
        }
        records.sort { $0.id == $1.id ? $0.part < $1.part : $0.id.lexicographicallyPrecedes($1.id) }

        var output = ByteWriter(capacity: records.count * 32)
        FileEnvelope.writeHeader(kind: .corpusState, into: &output)
        var offsets = RecordOffsetsBuilder(start: output.count)
        var ordinals = Array(repeating: [Int](), count: parts.count)
        for (ordinal, record) in records.enumerated() {
            guard record.id.count < RecordOffsets.largestRecord else {
                throw IndexError(.io, path: "corpus state", "an article id of \(record.id.count) bytes is too long to record")
            }
            output.appendVarInt(record.part)
            output.appendUInt64(record.hash)
            output.append(contentsOf: record.id)
            offsets.append(end: output.count)
            ordinals[record.part].append(ordinal)
        }
        let offsetsStart = output.count
        offsets.write(into: &output)
        let partTableStart = output.count
        let listStart = partTableStart + parts.count * partEntrySize
        var lists = ByteWriter()
        for list in ordinals {
            output.appendUInt32(UInt32(list.count))
            output.appendUInt64(UInt64(listStart + lists.count))
            var previous = -1
            for ordinal in list {
                lists.appendVarInt(ordinal - previous - 1)
                previous = ordinal
            }
        }
        output.append(contentsOf: lists.bytes)
        output.appendUInt64(UInt64(records.count))
        output.appendUInt64(UInt64(parts.count))
        output.appendUInt64(UInt64(offsetsStart))
        output.appendUInt64(UInt64(partTableStart))
        FileEnvelope.writeFooter(into: &output)
        return output.bytes
    }
}
