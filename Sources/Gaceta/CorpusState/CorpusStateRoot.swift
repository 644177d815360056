/// What a commit records of the corpus, as its user data (docs/FORMAT.md,
/// "Corpus state"): per corpus file its size, modification time, whether it
/// was read to the end, and where its article fingerprints are, as parts of
/// corpus state files. Its size grows with the number of corpus files, never
/// with the number of articles: those live in the state files, which a
/// commit writes only for the files it read.
///
///     version u32 (2) · state file count varint · per state file: string name
///     · corpus file count varint · per corpus file, in reading order: string
///     path · varint size · modified u64 (two's complement) · complete byte
///     · part count varint · per part: varint state file index · varint part
struct CorpusStateRoot: Equatable, Sendable {
    /// One part of a corpus state file.
    struct PartReference: Hashable, Sendable {
        var stateFile: String
        var part: Int
    }

    /// What a commit knows of one corpus file.
    struct FileEntry: Equatable, Sendable {
        var size: Int
        var modified: Int64
        /// False when an interval commit came in the middle of the file: its
        /// parts hold the articles read until then, and the next update
        /// reads the file again whatever its size and time.
        var complete: Bool
        /// In reading order: a later part's copy of an id replaces an earlier one's.
        var parts: [PartReference]
    }

    /// Version 1 was the whole state as JSON, in `commit-N.data` alone.
    static let formatVersion: UInt32 = 2

    /// By relative path.
    var files: [String: FileEntry] = [:]

    /// The state files the parts are in.
    var stateFiles: Set<String> {
        Set(files.values.lazy.flatMap(\.parts).map(\.stateFile))
    }

    func encoded() -> [UInt8] {
        let names = stateFiles.sorted()
        let numbers = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        var output = ByteWriter()
        output.appendUInt32(Self.formatVersion)
        output.appendVarInt(names.count)
        for name in names { output.appendString(name) }
        output.appendVarInt(files.count)
        for path in files.keys.sorted(by: CorpusDirectory.readsBefore) {
            let entry = files[path]!
            output.appendString(path)
            output.appendVarInt(entry.size)
            output.appendUInt64(UInt64(bitPattern: entry.modified))
            output.append(entry.complete ? 1 : 0)
            output.appendVarInt(entry.parts.count)
            for part in entry.parts {
                output.appendVarInt(numbers[part.stateFile]!)
                output.appendVarInt(part.part)
            }
        }
        return output.bytes
    }

    /// Why bytes are not a root this version reads.
    enum DecodingFailure: Error, Equatable {
        /// Another version's state (version 1 was JSON, whose first bytes read as a huge number).
        case unknownVersion(UInt32)
        case damaged(String)
    }

    static func decode(_ bytes: [UInt8]) throws(DecodingFailure) -> CorpusStateRoot {
        do {
            return try bytes.withUnsafeBytes { raw in
                var reader = ByteReader(raw, file: "corpus state")
                let version = try reader.readUInt32()
                guard version == formatVersion else { throw DecodingFailure.unknownVersion(version) }
                let nameCount = try reader.readVarInt(atMost: reader.remaining, "the state file count")
                let names = try (0..<nameCount).map { _ in try reader.readString() }
                var root = CorpusStateRoot()
                let fileCount = try reader.readVarInt(atMost: reader.remaining, "the corpus file count")
                for _ in 0..<fileCount {
                    let path = try reader.readString()
                    let size = try reader.readVarInt(atMost: Int.max, "a file size")
                    let modified = Int64(bitPattern: try reader.readUInt64())
                    let complete = try reader.readByte()
                    guard complete <= 1 else { throw reader.corrupt("completeness byte \(complete)") }
                    let partCount = try reader.readVarInt(atMost: reader.remaining, "a part count")
                    let parts = try (0..<partCount).map { _ in
                        let file = try reader.readVarInt(atMost: names.count - 1, "a state file number")
                        return PartReference(stateFile: names[file], part: try reader.readVarInt(atMost: Int(UInt32.max), "a part number"))
                    }
                    guard root.files.updateValue(FileEntry(size: size, modified: modified, complete: complete == 1, parts: parts), forKey: path) == nil else {
                        throw reader.corrupt("corpus file \(path) is listed twice")
                    }
                }
                guard reader.isAtEnd else { throw reader.corrupt("\(reader.remaining) bytes after the last corpus file") }
                return root
            }
        } catch let failure as DecodingFailure {
            throw failure
        } catch {
            throw .damaged((error as? IndexError)?.message ?? "\(error)")
        }
    }
}
