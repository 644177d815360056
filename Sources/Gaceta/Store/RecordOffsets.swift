/// Where each record of a store section lies (docs/FORMAT.md, "Store"): for
/// each group of 64 records the file offset where the group starts (u64),
/// then for each record where it ends, counted from its group's start (u32).
/// A record starts where the previous one of its group ends. Four bytes and
/// a bit a record, any record one lookup away, and no limit on the section.
enum RecordOffsets {
    static let groupSize = 64
    /// The writer refuses larger records, so a group of them always spans
    /// less than 2^32 bytes (64 × 16 MiB, with zstd's worst-case growth).
    static let largestRecord = 16 << 20

    static func tableSize(records: Int) -> Int {
        (records + groupSize - 1) / groupSize * 8 + records * 4
    }
}

/// Builds the offset table of a section written record after record.
struct RecordOffsetsBuilder {
    private var groupStarts: [UInt64] = []
    private var ends: [UInt32] = []
    private var previousEnd: Int

    /// A table for a section that starts at file offset `start`.
    init(start: Int) {
        previousEnd = start
    }

    /// The next record ends at file offset `end`; it starts where the
    /// previous one ended.
    mutating func append(end: Int) {
        if ends.count % RecordOffsets.groupSize == 0 { groupStarts.append(UInt64(previousEnd)) }
        ends.append(UInt32(UInt64(end) - groupStarts[groupStarts.count - 1]))
        previousEnd = end
    }

    func write(into output: inout ByteWriter) {
        for start in groupStarts { output.appendUInt64(start) }
        for end in ends { output.appendUInt32(end) }
    }
}

/// Reads a section's offset table from a mapped store; every range it gives
/// lies inside the section, whatever the table's bytes say.
struct RecordOffsetsReader: Sendable {
    let count: Int
    /// The file offsets the section's records must lie within.
    let section: Range<Int>
    private let groupsStart: Int
    private let endsStart: Int

    /// The caller has checked that the table's `tableSize(records: count)`
    /// bytes from `tableStart` lie in the file.
    init(tableStart: Int, count: Int, section: Range<Int>) {
        self.count = count
        self.section = section
        groupsStart = tableStart
        endsStart = tableStart + (count + RecordOffsets.groupSize - 1) / RecordOffsets.groupSize * 8
    }

    /// The file offsets of record `index`'s bytes.
    func range(of index: Int, in file: MappedFile) throws -> Range<Int> {
        guard index >= 0, index < count else {
            throw IndexError(.corrupt, path: file.path, "record \(index) is not in the store (\(count) records)")
        }
        var groups = ByteReader(file.bytes, offset: groupsStart + index / RecordOffsets.groupSize * 8, file: file.path)
        let groupStart = try groups.readUInt64()
        let first = index % RecordOffsets.groupSize == 0
        var ends = ByteReader(file.bytes, offset: endsStart + (first ? index : index - 1) * 4, file: file.path)
        let start = first ? 0 : try ends.readUInt32()
        let end = try ends.readUInt32()
        // Subtractions, not additions: a damaged group start may be near 2^64.
        guard groupStart >= UInt64(section.lowerBound), groupStart <= UInt64(section.upperBound), start <= end,
              UInt64(end) <= UInt64(section.upperBound) - groupStart
        else {
            throw ends.corrupt("record \(index) lies outside its section of the store")
        }
        return Int(groupStart) + Int(start)..<Int(groupStart) + Int(end)
    }
}
