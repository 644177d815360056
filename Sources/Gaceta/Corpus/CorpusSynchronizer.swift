/// Brings an index up to date with a corpus directory, doing only the work
/// that changed: files whose size and modification time are as recorded are
/// not even read; in the files that changed, an article is indexed only when
/// it is new or its content changed; articles whose file or line disappeared
/// are deleted. An unchanged corpus costs a directory listing and no commit.
///
/// An id held by several files (or lines) is indexed as its last copy in
/// reading order, as a rebuild would: an update reads the unchanged files
/// that share an id with a changed or removed one, since which copy is last
/// may change, and leaves a copy alone when an unchanged file read later
/// holds the id.
///
/// Articles added to the index from elsewhere (`IndexWriter.add`, `gaceta add`)
/// are left alone: only articles the corpus brought are ever deleted by it.
public struct CorpusSynchronizer: Sendable {
    /// The corpus directory.
    public let corpus: String
    /// The index directory.
    public let index: String
    /// How the writer that updates the index builds segments.
    public var configuration: IndexConfiguration
    /// A first build (no index yet) commits each time it has read this many
    /// bytes of corpus files (as on disk: compressed, for `.gz` files), so
    /// that a build killed midway keeps what it had committed and the next
    /// update indexes only the rest; 0 commits only at the end. Updates and
    /// rebuilds commit once, at the end: until then the previous index
    /// stays whole and searchable.
    public var commitInterval = 128 << 20

    /// A synchronizer of the index at `index` with the corpus at `corpus`;
    /// nothing is read until ``synchronize(rebuild:onDiagnostic:onProgress:)``.
    public init(corpus: String, index: String, configuration: IndexConfiguration = .init()) {
        self.corpus = corpus
        self.index = index
        self.configuration = configuration
    }

    /// What an update did, counting each article id once however many
    /// copies of it the corpus holds.
    public struct Summary: Sendable {
        /// Articles indexed for the first time.
        public var added = 0
        /// Articles indexed again because their content changed.
        public var changed = 0
        /// Articles removed because their file or record disappeared.
        public var deleted = 0
        /// Articles read again but found unchanged.
        public var unchanged = 0
        /// Corpus files read: those whose size or modification time changed.
        public var filesRead = 0
        /// Files in the corpus.
        public var files = 0
        /// The index after the update; nil when nothing changed and no commit was made.
        public var statistics: IndexStatistics?
    }

    /// Updates the index (or builds it from scratch when `rebuild` is set or
    /// there is no index yet).
    ///
    /// - Parameters:
    ///   - rebuild: discard the index and build it anew from the whole corpus.
    ///   - onDiagnostic: problems with the input, as `CorpusReader` reports them.
    ///   - onProgress: progress over the files that are read.
    /// - Returns: what the update did.
    /// - Throws: `CorpusError` when the corpus directory cannot be read,
    ///   `IndexError` when the index cannot be read or written.
    public func synchronize(
        rebuild: Bool = false,
        onDiagnostic: (CorpusDiagnostic) -> Void,
        onProgress: (CorpusProgress) -> Void = { _ in }
    ) throws -> Summary {
        let reader = CorpusReader(directory: corpus)
        let files = try reader.files(onDiagnostic: onDiagnostic)
        var previous = CorpusStateSnapshot.empty
        var fresh = rebuild
        var firstBuild = false
        if !rebuild {
            do {
                // An index without a state of ours was not built from a corpus by
                // this version: read everything, replacing each article.
                previous = try CorpusStateSnapshot(of: IndexReader(path: index))
            } catch let error as IndexError where error.kind == .notFound {
                fresh = true
                firstBuild = true
            }
        }

        var summary = Summary(files: files.count)
        var changed: Set<String> = []
        for file in files {
            let known = previous.root.files[file.relativePath]
            if known?.complete != true || known?.size != file.size || known?.modified != file.modified {
                changed.insert(file.relativePath)
            }
        }
        let order = Dictionary(files.enumerated().map { ($1.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        let vanished = previous.root.files.keys.filter { order[$0] == nil }
        guard fresh || !changed.isEmpty || !vanished.isEmpty else { return summary }

        // The articles the changed and vanished files held, which may have
        // to go, and the unchanged files that share one of them: which copy
        // of it is last may change, so they are read again too.
        var toRead = changed
        var candidates: Set<String> = []
        for path in Array(changed) + vanished {
            for id in try previous.articles(of: path).keys.sorted() {
                candidates.insert(id)
                for holder in try previous.holders(of: id).keys where order[holder] != nil { toRead.insert(holder) }
            }
        }

        let writer = try IndexWriter(path: index, mode: fresh ? .rebuild : .openOrCreate, configuration: configuration)
        let positions = Dictionary(files.enumerated().map { ($1.path, (order: $0, file: $1)) }, uniquingKeysWith: { first, _ in first })
        var next = CorpusStateBuilder(previous: previous, keeping: files.map(\.relativePath).filter { !toRead.contains($0) })
        // Ids handed to the writer, with the hash of the copy handed last, and
        // ids read: for the counts and the deletions of an update. A fresh
        // build keeps neither, so that its memory does not grow with the corpus.
        var added: [String: (hash: UInt64, isNew: Bool)] = [:]
        var seen: Set<String> = []
        var reading: String?
        var bytesRead = 0
        var committedAt = 0
        try reader.read(
            only: toRead,
            onArticle: { article, origin in
                guard let position = positions[origin.file] else { return }
                if firstBuild, commitInterval > 0, bytesRead - committedAt >= commitInterval {
                    // Everything handed to the writer so far, and the state
                    // saying so: a build killed from now on resumes here.
                    try writer.commit { try next.prepareCommit(name: $0) }
                    committedAt = bytesRead
                }
                if reading != position.file.relativePath {
                    next.begin(position.file)
                    reading = position.file.relativePath
                }
                let hash = ArticleFingerprint.of(article)
                next.record(id: article.id, hash: hash)
                if fresh {
                    writer.add(article)
                    return
                }
                seen.insert(article.id)
                let holders = try previous.holders(of: article.id)
                // A copy is not the one to index when an unchanged file read
                // later holds the id: that file's copy is indexed already, or
                // will be met later in this read.
                let readLater = holders.keys.contains { holder in
                    !changed.contains(holder) && (order[holder] ?? -1) > position.order
                }
                if readLater { return }
                // The copy the index holds: the one its last holder in reading order had.
                let indexed = holders.max { CorpusDirectory.readsBefore($0.key, $1.key) }?.value
                guard (added[article.id]?.hash ?? indexed) != hash else { return }
                added[article.id] = (hash, added[article.id]?.isNew ?? (indexed == nil))
                writer.add(article)
            },
            onDiagnostic: onDiagnostic,
            onProgress: { progress in
                bytesRead = progress.bytesRead
                onProgress(progress)
            }
        )
        next.finish(read: files.filter { toRead.contains($0.relativePath) })
        summary.filesRead = toRead.count

        if !fresh {
            // Articles of the files changed or gone that no file holds any more.
            for id in candidates.sorted() where !seen.contains(id) {
                let stillHeld = try previous.holders(of: id).keys.contains { order[$0] != nil && !toRead.contains($0) }
                if stillHeld { continue }
                writer.delete(articleID: id)
                summary.deleted += 1
            }
        }
        let statistics = try writer.commit { try next.prepareCommit(name: $0) }
        summary.statistics = statistics
        if fresh {
            // A fresh index holds nothing but the corpus, each id once.
            summary.added = statistics.articles
        } else {
            summary.added = added.values.count(where: \.isNew)
            summary.changed = added.count - summary.added
            summary.unchanged = seen.count { added[$0] == nil }
        }
        return summary
    }
}
