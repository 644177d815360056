import Foundation

/// The list of live segments that makes up one commit (docs/FORMAT.md,
/// "Manifest"). A commit is exactly the moment a new manifest is renamed over
/// the old one, so a reader always sees a whole commit.
///
///     GACETA-MANIFEST <format version> <crc32 of the JSON, 8 hex digits>\n
///     <JSON>
struct Manifest: Codable, Equatable, Sendable {
    static let fileName = "gaceta.manifest"
    static let formatVersion = 1
    private static let magic = "GACETA-MANIFEST"

    var generation: Int
    /// Numbers segment names; never reused, so no file is ever overwritten.
    var nextSegmentNumber: Int
    var segments: [SegmentInfo]
    /// The file holding the application's data for this commit (`IndexWriter.commit(userData:)`).
    var userDataFile: String?
    /// The corpus state files the user data names (`CorpusStateRoot`), by
    /// name; absent when it names none. Listed here so that writers keep
    /// them and checkers can verify them without understanding the user data.
    var stateFiles: [String: FileRecord]?

    static let empty = Manifest(generation: 0, nextSegmentNumber: 1, segments: [], userDataFile: nil)

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let json = [UInt8](try encoder.encode(self))
        let crc = String(FileEnvelope.checksum(of: json), radix: 16)
        let header = "\(Self.magic) \(Self.formatVersion) \(String(repeating: "0", count: 8 - crc.count) + crc)\n"
        return Array(header.utf8) + json
    }

    static func decode(_ bytes: UnsafeRawBufferPointer, file: String) throws -> Manifest {
        guard let newline = bytes.firstIndex(of: 0x0A) else {
            throw IndexError(.corrupt, path: file, "manifest has no header line")
        }
        let header = String(decoding: bytes[..<newline], as: UTF8.self).split(separator: " ")
        guard header.count == 3, header[0] == Self.magic, let version = Int(header[1]), let crc = UInt32(header[2], radix: 16) else {
            throw IndexError(.corrupt, path: file, "not a Gaceta manifest")
        }
        guard version == Self.formatVersion else {
            throw IndexError(.unsupportedVersion, path: file, "index format version \(version), but this build of Gaceta reads version \(Self.formatVersion)")
        }
        let json = [UInt8](bytes[(newline + 1)...])
        guard FileEnvelope.checksum(of: json) == crc else {
            throw IndexError(.corrupt, path: file, "manifest checksum mismatch")
        }
        do {
            return try JSONDecoder().decode(Manifest.self, from: Data(json))
        } catch {
            throw IndexError(.corrupt, path: file, "manifest is not valid: \(error)")
        }
    }
}

/// One segment as the manifest records it.
struct SegmentInfo: Codable, Equatable, Sendable {
    var name: String
    var passages: Int
    var articles: Int
    var deletedPassages: Int
    var deletedArticles: Int
    /// The generation whose deletions file is current, if any passage is deleted.
    var deletionsGeneration: Int?
    /// Sums of field lengths over all passages, and over the deleted ones.
    var bodyLength: Int
    var titleLength: Int
    var deletedBodyLength: Int
    var deletedTitleLength: Int
    /// Live articles per language code.
    var articlesByLanguage: [String: Int]
    /// Size and CRC-32 of each file, by kind; checked on open (size) and by `gaceta check` (CRC).
    var files: [String: FileRecord]

    var livePassages: Int { passages - deletedPassages }

    /// The names of a segment's own files, before any deletion.
    static func fileNames(segment name: String) -> [FileKind: String] {
        Dictionary(uniqueKeysWithValues: [FileKind.terms, .postings, .positions, .passages, .store].map { ($0, "\(name).\($0.fileExtension)") })
    }

    /// The names of every file the segment records, its deletions included.
    var recordedFileNames: [String] {
        FileKind.allCases.filter { $0 != .userData && files[$0.rawValue] != nil }.map(fileName)
    }

    func fileName(_ kind: FileKind) -> String {
        if kind == .deletions, let deletionsGeneration {
            return "\(name).\(deletionsGeneration).\(kind.fileExtension)"
        }
        return "\(name).\(kind.fileExtension)"
    }
}

struct FileRecord: Codable, Equatable, Sendable {
    var size: Int
    var crc32: UInt32
}
