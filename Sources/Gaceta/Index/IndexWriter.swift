import Foundation

/// Adds, replaces and deletes articles, and commits the changes atomically.
///
/// Articles are analysed in parallel in batches and buffered in memory; when
/// the buffer passes the RAM budget it is written out as a new immutable
/// segment. Nothing becomes visible to readers until `commit()`, which writes
/// a new manifest and renames it into place. One writer at a time holds an
/// index: a second one fails at once, naming the process that holds it.
public final class IndexWriter {
    public enum Mode: Sendable {
        /// Open the index at the path, creating it when there is none.
        case openOrCreate
        /// Start from an empty index; the old one stays readable until `commit()`.
        case rebuild
    }

    public let path: String
    public let configuration: IndexConfiguration
    private let analyzer = Analyzer()
    private let splitter: PassageSplitter
    private let lock: WriterLock
    private var manifest: Manifest
    private var committedSegments: [SegmentInfo]

    private var pending: [Article] = []
    private var pendingBytes = 0
    private var buffer = SegmentBuffer()
    /// Segments flushed since the last commit, with the sequence number of their first article.
    private var flushed: [(info: SegmentInfo, firstSequence: Int)] = []
    private var bufferFirstSequence = 0
    private var nextSequence = 0
    /// For every id added or deleted since the last commit: the sequence of its
    /// newest addition, and of its newest deletion. Older versions are deleted on commit.
    private var latestAddition: [String: Int] = [:]
    private var latestDeletion: [String: Int] = [:]
    private var addedTwice = false

    private static let batchSize = 64

    public init(path: String, mode: Mode = .openOrCreate, configuration: IndexConfiguration = .init()) throws {
        self.path = path
        self.configuration = configuration
        splitter = PassageSplitter(targetWords: configuration.targetPassageWords, minimumWords: configuration.minimumPassageWords)
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw IndexError(.io, path: path, "cannot create the index directory: \(error.localizedDescription)")
        }
        lock = try WriterLock(directory: path)
        let existing: Manifest
        do {
            existing = try IndexReader.readManifest(directory: path)
        } catch let error as IndexError where error.kind == .notFound {
            existing = .empty
        } catch let error as IndexError where mode == .rebuild {
            // A damaged index can always be rebuilt from the corpus.
            _ = error
            existing = .empty
        }
        manifest = existing
        committedSegments = mode == .rebuild ? [] : existing.segments
        try removeUnreferencedFiles(keeping: existing)
    }

    /// Adds an article, replacing any indexed article with the same id.
    public func add(_ article: Article) throws {
        pending.append(article)
        pendingBytes += article.body.utf8.count
        if pending.count >= Self.batchSize * configuration.analysisThreads {
            try analyzePending()
        }
    }

    /// Removes the article with this id, if indexed (including one added since the last commit).
    public func delete(articleID: String) throws {
        try analyzePending()
        // Deletes every addition numbered below this one; numbers are not
        // consumed, so the sequence of a segment's articles stays contiguous.
        latestDeletion[articleID] = nextSequence
    }

    /// Makes every change so far durable and visible to readers opened afterwards.
    @discardableResult
    public func commit() throws -> IndexStatistics {
        try analyzePending()
        try flush()
        var segments = committedSegments + flushed.map(\.info)
        let generation = manifest.generation + 1
        try applyReplacementsAndDeletions(to: &segments, generation: generation)
        let next = Manifest(generation: generation, nextSegmentNumber: manifest.nextSegmentNumber, segments: segments)
        try DurableFile.replace(path + "/" + Manifest.fileName, with: next.encoded(), directory: path)
        manifest = next
        committedSegments = segments
        flushed = []
        latestAddition = [:]
        latestDeletion = [:]
        addedTwice = false
        try removeUnreferencedFiles(keeping: next)
        return try IndexReader(path: path).statistics
    }

    // MARK: - Analysis and flushing

    private func analyzePending() throws {
        guard !pending.isEmpty else { return }
        let articles = pending
        pending = []
        pendingBytes = 0
        let analyzer = analyzer
        let splitter = splitter
        let analyzed = articles.parallelMap(threads: configuration.analysisThreads) {
            AnalyzedArticle($0, analyzer: analyzer, splitter: splitter)
        }
        for article in analyzed {
            if buffer.estimatedBytes >= configuration.ramBudgetBytes {
                try flush()
            }
            guard !article.passages.isEmpty else { continue }
            if buffer.isEmpty { bufferFirstSequence = nextSequence }
            if latestAddition.updateValue(nextSequence, forKey: article.article.id) != nil { addedTwice = true }
            nextSequence += 1
            buffer.add(article)
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        let name = String(format: "seg-%06d", manifest.nextSegmentNumber)
        manifest.nextSegmentNumber += 1
        let info = try SegmentWriter.write(buffer, name: name, directory: path)
        flushed.append((info, bufferFirstSequence))
        buffer = SegmentBuffer()
    }

    // MARK: - Deletions

    /// Deletes every passage of an article that a later addition or deletion
    /// superseded, writing a new deletions file for each segment that changed.
    private func applyReplacementsAndDeletions(to segments: inout [SegmentInfo], generation: Int) throws {
        let firstSequenceByName = Dictionary(uniqueKeysWithValues: flushed.map { ($0.info.name, $0.firstSequence) })
        // In a fresh build every addition is new: only repeated ids and deletions need a look.
        let rebuiltFromScratch = committedSegments.isEmpty
        var touched = Set(latestDeletion.keys)
        if !rebuiltFromScratch || addedTwice { touched.formUnion(latestAddition.keys) }
        guard !touched.isEmpty else { return }

        var kept: [SegmentInfo] = []
        for var info in segments {
            let reader = try SegmentReader(info: info, directory: path)
            var deletions = reader.deletions ?? DeletionSet(passageCount: info.passages)
            var deletedArticles: Set<Int> = []
            let firstSequence = firstSequenceByName[info.name]
            for id in touched {
                for passage in try reader.passages(ofArticle: id) where !reader.isDeleted(passage) {
                    let ordinal = try reader.articleOrdinal(of: passage)
                    let sequence = firstSequence.map { $0 + ordinal } ?? -1
                    let isNewest = latestAddition[id] == sequence && (latestDeletion[id] ?? -1) <= sequence
                    guard !isNewest, deletions.insert(passage) else { continue }
                    let entry = reader.passages.entry(passage)
                    info.deletedPassages += 1
                    info.deletedBodyLength += Int(entry.bodyLength)
                    info.deletedTitleLength += Int(entry.titleLength)
                    deletedArticles.insert(ordinal)
                }
            }
            if !deletedArticles.isEmpty {
                for ordinal in deletedArticles {
                    let language = try reader.store.article(ordinal).article.language.rawValue
                    info.articlesByLanguage[language, default: 1] -= 1
                }
                info.deletedArticles += deletedArticles.count
                if info.livePassages == 0 { continue }
                info.deletionsGeneration = generation
                let bytes = deletions.encoded()
                try DurableFile.write(bytes, to: path + "/" + info.fileName(.deletions))
                info.files[FileKind.deletions.rawValue] = FileRecord(size: bytes.count, crc32: FileEnvelope.checksum(of: bytes))
            }
            kept.append(info)
        }
        segments = kept
    }

    // MARK: - Files

    /// Deletes files of segments and deletions that no commit refers to: the
    /// leftovers of an interrupted write, or of commits since replaced. Readers
    /// that still map them keep their pages until they close.
    private func removeUnreferencedFiles(keeping manifest: Manifest) throws {
        var referenced: Set<String> = [Manifest.fileName, WriterLock.fileName]
        for segment in manifest.segments {
            for kind in FileKind.allCases where segment.files[kind.rawValue] != nil {
                referenced.insert(segment.fileName(kind))
            }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where !referenced.contains(name) && Self.isIndexFile(name) {
            try? FileManager.default.removeItem(atPath: path + "/" + name)
        }
    }

    /// Only files Gaceta itself writes are ever removed from the directory.
    private static func isIndexFile(_ name: String) -> Bool {
        name.hasPrefix("seg-") || name == Manifest.fileName + ".tmp"
    }
}
