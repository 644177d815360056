import Foundation

/// A read-only snapshot of one commit of an index. Commits made afterwards do
/// not change it; `reopen()` gives a snapshot of the newest commit.
///
/// Opening maps the segment files and checks their frames, sizes and trailers:
/// its cost grows with the number of segments, not with their size. A small
/// index (up to `fullVerificationLimit` bytes) is also checksummed whole on
/// open, which costs a few milliseconds and turns any damaged byte into an
/// error up front; a larger one relies on those checks, on bounds checked at
/// every read, and on `verifyChecksums()` (`gaceta check`).
///
/// `Sendable`: after `init` nothing in a snapshot changes (its files are
/// mapped read-only, its state is constants), so any number of threads may
/// read and search one at once; only the cache of term facts, which every
/// search fills, takes a lock.
public final class IndexReader: Sendable {
    /// Indexes up to this size are checksummed whole when opened.
    public static let fullVerificationLimit = 8 << 20

    /// The index directory.
    public let path: String
    let manifest: Manifest
    let segments: [SegmentReader]
    /// Counted once, on open, from the manifest and the segments' dictionaries:
    /// a snapshot's statistics never change.
    public let statistics: IndexStatistics
    /// Per-term facts that every query would work out again, kept for the
    /// life of the snapshot and shared by its searches.
    let termFacts: TermFactsCache
    /// Mapped on open like the segments, so the snapshot keeps its user data
    /// after a later commit replaces and unlinks the file.
    private let userDataFile: MappedFile?
    /// The corpus state files the commit keeps, by name, mapped for the same reason.
    let stateFiles: [String: MappedFile]

    /// Opens the newest commit of the index at `path`.
    ///
    /// - Throws: `IndexError`: `.notFound` when there is no index there,
    ///   `.corrupt` or `.unsupportedVersion` when one of its files cannot be
    ///   read, `.io` when the system refuses to open or map one.
    public convenience init(path: String) throws {
        // A commit may delete the files of the commit we just read: read again.
        var attempt = 0
        while true {
            let (manifest, manifestBytes) = try Self.readManifestFile(directory: path)
            do {
                let segments = try manifest.segments.map { try SegmentReader(info: $0, directory: path) }
                let userData = try manifest.userDataFile.map { try MappedFile(path: path + "/" + $0) }
                let stateFiles = try (manifest.stateFiles ?? [:]).keys.map { ($0, try MappedFile(path: path + "/" + $0)) }
                self.init(
                    path: path, manifest: manifest, manifestBytes: manifestBytes, segments: segments,
                    userDataFile: userData, stateFiles: Dictionary(uniqueKeysWithValues: stateFiles)
                )
                let size = manifest.segments.reduce(0) { $0 + $1.files.values.reduce(0) { $0 + $1.size } }
                if size <= Self.fullVerificationLimit { try verifyChecksums() }
                return
            } catch is IndexError where attempt < 3 && (try? Self.readManifest(directory: path)) != manifest {
                attempt += 1
            }
        }
    }

    private init(path: String, manifest: Manifest, manifestBytes: Int, segments: [SegmentReader], userDataFile: MappedFile?, stateFiles: [String: MappedFile]) {
        self.path = path
        self.stateFiles = stateFiles
        self.manifest = manifest
        self.segments = segments
        self.userDataFile = userDataFile
        termFacts = TermFactsCache(segmentCount: segments.count)
        var languages: [Language: Int] = [:]
        var bytesByKind = ["manifest": manifestBytes]
        for segment in manifest.segments {
            for (code, count) in segment.articlesByLanguage {
                if let language = Language(rawValue: code) { languages[language, default: 0] += count }
            }
            for (kind, record) in segment.files { bytesByKind[kind, default: 0] += record.size }
        }
        statistics = IndexStatistics(
            generation: manifest.generation,
            articles: manifest.segments.reduce(0) { $0 + $1.articles - $1.deletedArticles },
            passages: manifest.segments.reduce(0) { $0 + $1.livePassages },
            deletedPassages: manifest.segments.reduce(0) { $0 + $1.deletedPassages },
            terms: segments.reduce(0) { $0 + $1.terms.termCount },
            segments: segments.count,
            bytesByKind: bytesByKind,
            articlesByLanguage: languages
        )
    }

    /// Live articles per language, which every query's planner reads.
    var articlesByLanguage: [Language: Int] { statistics.articlesByLanguage }

    /// A snapshot of the newest commit; `self` when nothing was committed since.
    ///
    /// - Throws: `IndexError`, as ``init(path:)`` does.
    public func reopen() throws -> IndexReader {
        let newest = try Self.readManifest(directory: path)
        return newest == manifest ? self : try IndexReader(path: path)
    }

    /// The commit's generation: it grows by one with every commit.
    public var generation: Int { manifest.generation }

    static func readManifest(directory: String) throws -> Manifest {
        try readManifestFile(directory: directory).manifest
    }

    /// The manifest, and the size of its file for the statistics.
    private static func readManifestFile(directory: String) throws -> (manifest: Manifest, bytes: Int) {
        let file = directory + "/" + Manifest.fileName
        guard FileManager.default.fileExists(atPath: file) else {
            throw IndexError(.notFound, path: directory, "no index here")
        }
        let mapped = try MappedFile(path: file)
        return (try Manifest.decode(mapped.bytes, file: file), mapped.bytes.count)
    }

    /// The bytes the application committed with this snapshot
    /// (`IndexWriter.commit(userData:)`), if any.
    ///
    /// - Throws: `IndexError` (`.corrupt`) when the file holding them is damaged.
    public func userData() throws -> [UInt8]? {
        guard let file = userDataFile else { return nil }
        return Array(try FileEnvelope.payload(of: file.bytes, kind: .userData, file: file.path))
    }

    /// Whether an article with this id is in the snapshot; cheaper than `article(id:)`.
    ///
    /// - Throws: `IndexError` (`.corrupt`) when a segment's files are damaged.
    public func contains(articleID id: String) throws -> Bool {
        for segment in segments where try segment.passages(ofArticle: id).contains(where: { !segment.isDeleted($0) }) {
            return true
        }
        return false
    }

    /// The stored article with this id, its body rebuilt from its passages;
    /// nil when the snapshot has none.
    ///
    /// - Throws: `IndexError` (`.corrupt`) when a segment's files are damaged.
    public func article(id: String) throws -> Article? {
        for segment in segments.reversed() {
            let passages = try segment.passages(ofArticle: id).filter { !segment.isDeleted($0) }
            guard let first = passages.first else { continue }
            let record = try segment.store.article(segment.articleOrdinal(of: first))
            let body = try passages.map { try segment.store.passage(Int($0)) }.joined(separator: "\n\n")
            let stored = record.article
            return Article(
                id: stored.id, title: stored.title, body: body, date: stored.date,
                source: stored.source, url: stored.url, language: stored.language
            )
        }
        return nil
    }
}

extension IndexReader {
    /// Reads every byte of every file of the snapshot and compares it with
    /// the CRC-32 in its footer and in the manifest. Slow (it reads the whole
    /// index); searching does not need it, ``IndexChecker`` does.
    ///
    /// - Throws: `IndexError` (`.corrupt`) naming the first file whose bytes
    ///   do not match.
    public func verifyChecksums() throws {
        for segment in segments {
            var files: [(FileKind, MappedFile)] = [
                (.terms, segment.terms.file), (.postings, segment.postings), (.positions, segment.positions),
                (.passages, segment.passages.file), (.store, segment.store.file),
            ]
            if let deletions = segment.deletionsFile { files.append((.deletions, deletions)) }
            for (kind, file) in files {
                let whole = try FileEnvelope.verifyChecksum(of: file.bytes, file: file.path)
                if let record = segment.info.files[kind.rawValue], record.crc32 != whole {
                    throw IndexError(.corrupt, path: file.path, "does not match the checksum the manifest recorded")
                }
            }
        }
    }
}
