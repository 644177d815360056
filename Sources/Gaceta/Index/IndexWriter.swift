import Dispatch
import Foundation

/// Adds, replaces and deletes articles, and commits the changes atomically.
///
/// Articles are analysed in parallel in batches and buffered in memory; when
/// the buffer passes the RAM budget it is written out as a new immutable
/// segment, and segments flushed since the last commit are merged in the
/// background while the analysis goes on. Nothing becomes visible to readers
/// until `commit()`, which writes a new manifest and renames it into place.
/// One writer at a time holds an index: a second one fails at once, naming
/// the process that holds it.
///
/// A writer holds the index from `init` until ``close()``, or until it is
/// deinitialised if it is never closed. Close it as soon as its work is
/// committed, so that the next writer need not wait for the last reference to go.
///
/// Not `Sendable`: its buffers and bookkeeping change with every call and no
/// lock guards them, so one thread or task at a time drives a writer (which
/// analyses the articles on threads of its own). The types to share are
/// ``IndexReader`` and ``Searcher``.
public final class IndexWriter {
    /// What a writer starts from.
    public enum Mode: Sendable {
        /// Open the index at the path, creating it when there is none.
        case openOrCreate
        /// Start from an empty index; the old one stays readable until `commit()`.
        case rebuild
    }

    /// The index directory.
    public let path: String
    /// How the writer builds segments and when it merges them.
    public let configuration: IndexConfiguration
    /// Nil once closed: releasing the last reference unlocks the index.
    private var lock: WriterLock?
    private var manifest: Manifest
    private var committedSegments: [SegmentInfo]

    private let flushedSegments: FlushedSegments
    private var workers: [IndexingWorker] = []
    private let inFlight: DispatchSemaphore
    /// Articles not yet handed to a worker; their sequence numbers are the
    /// last `pending.count` ones given out.
    private var pending: [Article] = []
    private var nextWorker = 0
    private var nextSequence = 0
    /// For every id added or deleted since the last commit: the sequence of its
    /// newest addition, and the sequence below which it is deleted. Older
    /// versions are deleted on commit.
    private var latestAddition: [String: Int] = [:]
    private var latestDeletion: [String: Int] = [:]
    /// Ids added more than once since the last commit.
    private var addedTwice: Set<String> = []
    /// Why a commit failed part-way, after which the writer refuses to commit:
    /// the segments it had flushed are no longer tracked, and committing the
    /// rest would silently drop their articles.
    private var failure: Error?

    private static let batchSize = 32

    /// Opens the index in the directory at `path` for writing, creating the
    /// directory when there is none, and removes the files an interrupted
    /// writer left behind.
    ///
    /// - Parameters:
    ///   - path: the index directory.
    ///   - mode: whether to keep the index's articles or start from none.
    ///     Rebuilding also starts over from a damaged index.
    ///   - configuration: how to build segments.
    /// - Throws: `IndexError`: `.locked` while another writer holds the index,
    ///   `.corrupt` or `.unsupportedVersion` when the index cannot be read
    ///   (except when rebuilding), `.io` when the directory cannot be written.
    public init(path: String, mode: Mode = .openOrCreate, configuration: IndexConfiguration = .init()) throws {
        self.path = path
        self.configuration = configuration
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
        } catch is IndexError where mode == .rebuild {
            // A damaged index can always be rebuilt from the corpus.
            existing = .empty
        }
        manifest = existing
        committedSegments = mode == .rebuild ? [] : existing.segments
        if mode == .rebuild {
            manifest.userDataFile = nil
            manifest.stateFiles = nil
        }
        HeapMemory.fixMappingThreshold()
        let threads = max(1, configuration.analysisThreads)
        inFlight = DispatchSemaphore(value: 2 * threads)
        flushedSegments = FlushedSegments(directory: path, nextSegmentNumber: existing.nextSegmentNumber, policy: MergePolicy(mergeFactor: configuration.mergeFactor))
        let analyzer = Analyzer()
        let splitter = PassageSplitter(configuration)
        workers = (0..<threads).map {
            IndexingWorker(index: $0, analyzer: analyzer, splitter: splitter, ramBudgetBytes: configuration.ramBudgetBytes / threads, segments: flushedSegments)
        }
        try removeUnreferencedFiles(keeping: existing)
    }

    /// Adds an article, replacing any indexed article with the same id.
    ///
    /// The article is analysed and buffered in the background; a write that
    /// fails meanwhile is reported by the next ``commit(userData:)``.
    public func add(_ article: Article) {
        requireOpen()
        if latestAddition.updateValue(nextSequence, forKey: article.id) != nil { addedTwice.insert(article.id) }
        pending.append(article)
        nextSequence += 1
        if pending.count >= Self.batchSize { submitPending() }
    }

    /// Removes the article with this id, if indexed (including one added since the last commit).
    public func delete(articleID: String) {
        requireOpen()
        // Deletes every addition numbered below this one; numbers are not
        // consumed, so pending additions keep consecutive numbers.
        latestDeletion[articleID] = nextSequence
    }

    /// Makes every change so far durable and visible to readers opened
    /// afterwards, then merges segments if the merge policy asks for it.
    ///
    /// - Parameter userData: bytes of the application's own kept with this
    ///   commit and readable through `IndexReader.userData()` (the `gaceta`
    ///   tool keeps the state of the corpus there); nil keeps the previous ones.
    /// - Returns: the statistics of the index after the commit and any merge.
    /// - Throws: `IndexError` when a write fails. The index then holds the
    ///   last commit that completed (this one, when only a merge after it
    ///   failed); this writer may have lost track of the changes it was
    ///   committing and refuses to commit again (`.writerFailed`): open a new one.
    @discardableResult
    public func commit(userData: [UInt8]? = nil) throws -> IndexStatistics {
        // Another application's user data names no corpus state file.
        return try commitChanges { [manifest] in (userData, userData == nil ? manifest.stateFiles : nil) }
    }

    /// What a commit of a corpus state writes: the root (the user data), a
    /// new state file if any, and every state file the commit keeps.
    struct CorpusStateCommit {
        var root: [UInt8]
        var stateFile: (name: String, bytes: [UInt8])?
        var keeping: Set<String>
    }

    /// Commits with a corpus state as user data. `prepare` runs once the
    /// buffered segments are written, with a way to name a new state file
    /// (from the sequence segments are numbered from); the state file it
    /// returns is written before the manifest, and the commit keeps the
    /// state files named in `keeping`, so that the writer never deletes them.
    @discardableResult
    func commit(corpusState prepare: (_ reserveName: () -> String) throws -> CorpusStateCommit) throws -> IndexStatistics {
        try commitChanges { [path, manifest, flushedSegments] in
            let state = try prepare { flushedSegments.reserveName(prefix: "corpus-", suffix: "." + FileKind.corpusState.fileExtension) }
            var records = (manifest.stateFiles ?? [:]).filter { state.keeping.contains($0.key) }
            if let stateFile = state.stateFile {
                try DurableFile.write(stateFile.bytes, to: path + "/" + stateFile.name)
                records[stateFile.name] = FileRecord(size: stateFile.bytes.count, crc32: FileEnvelope.checksum(of: stateFile.bytes))
            }
            precondition(records.count == state.keeping.count, "a corpus state names state files that no commit recorded")
            return (state.root, records.isEmpty ? nil : records)
        }
    }

    /// `attachments` gives the user data and the state files the commit
    /// keeps, writing any new one; it runs only on a writer that has not
    /// failed, after the buffered segments are written.
    private func commitChanges(attachments: () throws -> (userData: [UInt8]?, stateFiles: [String: FileRecord]?)) throws -> IndexStatistics {
        requireOpen()
        if let failure {
            throw IndexError(.writerFailed, path: path, "an earlier commit of this writer failed (\(failure)); open a new writer, which starts from the last complete commit")
        }
        do {
            return try publishChanges(attachments: attachments)
        } catch {
            failure = error
            throw error
        }
    }

    private func publishChanges(attachments: () throws -> (userData: [UInt8]?, stateFiles: [String: FileRecord]?)) throws -> IndexStatistics {
        submitPending()
        // Both workers write their last segment at the same time.
        let workers = self.workers
        DispatchQueue.concurrentPerform(iterations: workers.count) { workers[$0].finish() }
        let flushed = try flushedSegments.take()
        var segments = committedSegments + flushed.map(\.info)
        let generation = manifest.generation + 1
        try applyReplacementsAndDeletions(to: &segments, flushed: flushed, generation: generation)
        let (userData, stateFiles) = try attachments()
        var userDataFile = manifest.userDataFile
        if let userData {
            userDataFile = "commit-\(generation).\(FileKind.userData.fileExtension)"
            var output = ByteWriter()
            FileEnvelope.writeHeader(kind: .userData, into: &output)
            output.append(contentsOf: userData)
            FileEnvelope.writeFooter(into: &output)
            try DurableFile.write(output.bytes, to: path + "/" + userDataFile!)
        }
        try publish(Manifest(
            generation: generation, nextSegmentNumber: flushedSegments.nextSegmentNumber, segments: segments,
            userDataFile: userDataFile, stateFiles: stateFiles
        ))
        latestAddition = [:]
        latestDeletion = [:]
        addedTwice = []
        let policy = MergePolicy(mergeFactor: configuration.mergeFactor)
        while let names = policy.merge(from: committedSegments) {
            try merge(names)
        }
        return try IndexReader(path: path).statistics
    }

    /// Commits, then merges every segment into one without deleted passages:
    /// the smallest, fastest index, at the cost of rewriting all of it.
    ///
    /// - Returns: the statistics of the optimised index.
    /// - Throws: `IndexError`, as ``commit(userData:)`` does.
    @discardableResult
    public func optimize() throws -> IndexStatistics {
        requireOpen()
        try commit()
        if committedSegments.count > 1 || committedSegments.contains(where: { $0.deletedPassages > 0 }) {
            try merge(committedSegments.map(\.name))
        }
        return try IndexReader(path: path).statistics
    }

    /// Releases the index, so that another writer can open it, and discards
    /// the changes made since the last commit. Returns once the analysis
    /// threads have finished with the articles they were given, so that
    /// nothing of this writer is written after another one takes over.
    ///
    /// Closing a closed writer does nothing; any other use of it afterwards
    /// is a programming error, which stops the program.
    public func close() {
        guard lock != nil else { return }
        pending = []
        for worker in workers { worker.discard() }
        flushedSegments.discard()
        // The segments flushed since the last commit.
        try? removeUnreferencedFiles(keeping: manifest)
        lock = nil
    }

    deinit {
        close()
    }

    private func requireOpen(_ function: StaticString = #function) {
        precondition(lock != nil, "IndexWriter.\(function) after close()")
    }

    /// Replaces the segments named with their merge, in a commit of its own.
    private func merge(_ names: [String]) throws {
        // The workers' buffers, freed by now, would otherwise stay resident through the merge.
        HeapMemory.releaseFreePages()
        let chosen = Set(names)
        let readers = try committedSegments.filter { chosen.contains($0.name) }.map { try SegmentReader(info: $0, directory: path) }
        let merged = try SegmentMerger.merge(readers, name: flushedSegments.reserveName(), directory: path)
        var segments = committedSegments
        let position = segments.firstIndex { chosen.contains($0.name) } ?? segments.endIndex
        segments.removeAll { chosen.contains($0.name) }
        if merged.passages > 0 { segments.insert(merged, at: position) }
        var next = manifest
        next.generation += 1
        next.nextSegmentNumber = flushedSegments.nextSegmentNumber
        next.segments = segments
        try publish(next)
    }

    /// Renames the new manifest into place: this is the commit. Then removes
    /// what no commit refers to any more.
    private func publish(_ next: Manifest) throws {
        try DurableFile.replace(path + "/" + Manifest.fileName, with: next.encoded(), directory: path)
        manifest = next
        committedSegments = next.segments
        try removeUnreferencedFiles(keeping: next)
    }

    // MARK: - Analysis

    /// Hands the pending batch to the worker with the fewest batches queued
    /// (the next in turn among equals); blocks while two batches per worker
    /// are in flight, which bounds memory.
    private func submitPending() {
        guard !pending.isEmpty else { return }
        inFlight.wait()
        let semaphore = inFlight
        let sequences = Array(nextSequence - pending.count..<nextSequence)
        // Among the least busy, the next in turn: batches alternate as long
        // as no worker falls behind.
        let turn = (0..<workers.count).map { (nextWorker + $0) % workers.count }
        let chosen = turn.min { workers[$0].queuedBatches < workers[$1].queuedBatches }!
        workers[chosen].submit(pending, sequences: sequences) { semaphore.signal() }
        nextWorker = (chosen + 1) % workers.count
        pending = []
    }

    // MARK: - Deletions

    /// Deletes every passage of an article that a later addition or deletion
    /// superseded, writing a new deletions file for each segment that changed.
    private func applyReplacementsAndDeletions(to segments: inout [SegmentInfo], flushed: [FlushedSegments.Flushed], generation: Int) throws {
        let sequencesByName = Dictionary(uniqueKeysWithValues: flushed.map { ($0.info.name, $0.sequences) })
        // In a fresh build an id added once has one version: only repeated
        // ids and deletions need a look, in every segment.
        let rebuiltFromScratch = committedSegments.isEmpty
        var touched = Set(latestDeletion.keys)
        touched.formUnion(rebuiltFromScratch ? addedTwice : Set(latestAddition.keys))
        guard !touched.isEmpty else { return }

        var kept: [SegmentInfo] = []
        for var info in segments {
            let reader = try SegmentReader(info: info, directory: path)
            var deletions = reader.deletions ?? DeletionSet(passageCount: info.passages)
            var deletedArticles: Set<Int> = []
            let sequences = sequencesByName[info.name]
            for id in touched {
                for passage in try reader.passages(ofArticle: id) where !reader.isDeleted(passage) {
                    let ordinal = try reader.articleOrdinal(of: passage)
                    let sequence = sequences.map { $0[ordinal] } ?? -1
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
        if let userData = manifest.userDataFile { referenced.insert(userData) }
        referenced.formUnion(manifest.stateFiles?.keys ?? [:].keys)
        for segment in manifest.segments { referenced.formUnion(segment.recordedFileNames) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for name in names where !referenced.contains(name) && Self.isIndexFile(name) {
            try? FileManager.default.removeItem(atPath: path + "/" + name)
        }
    }

    /// Only files Gaceta itself writes are ever removed from the directory.
    private static func isIndexFile(_ name: String) -> Bool {
        name.hasPrefix("seg-") || name.hasPrefix("commit-") || name.hasPrefix("corpus-") || name == Manifest.fileName + ".tmp"
    }
}

// Not Sendable by decision, not by omission (see the type's comment): misuse gets
// this message, and no module can add the conformance.
@available(*, unavailable, message: "an IndexWriter is driven by one thread or task at a time")
extension IndexWriter: Sendable {}
