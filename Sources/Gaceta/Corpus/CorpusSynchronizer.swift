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
        var previous = CorpusState()
        var fresh = rebuild
        if !rebuild {
            do {
                let snapshot = try IndexReader(path: index)
                // An index without a state of ours was not built from a corpus by
                // this version: read everything, replacing each article.
                previous = try snapshot.userData().flatMap(CorpusState.decode) ?? CorpusState()
            } catch let error as IndexError where error.kind == .notFound {
                fresh = true
            }
        }

        var summary = Summary(files: files.count)
        var next = CorpusState()
        var toRead: Set<String> = []
        for file in files {
            if let known = previous.files[file.relativePath], known.size == file.size, known.modified == file.modified {
                next.files[file.relativePath] = known
            } else {
                toRead.insert(file.relativePath)
            }
        }
        let present = Set(files.map(\.relativePath))
        let vanished = previous.files.keys.filter { !present.contains($0) }
        guard fresh || !toRead.isEmpty || !vanished.isEmpty else { return summary }
        let changed = toRead
        toRead.formUnion(previous.filesSharingArticles(with: changed.union(vanished)).intersection(present))

        let writer = try IndexWriter(path: index, mode: fresh ? .rebuild : .openOrCreate, configuration: configuration)
        let indexed = previous.indexedHashes()
        let positions = Dictionary(files.enumerated().map { ($1.path, (order: $0, relativePath: $1.relativePath)) }, uniquingKeysWith: { first, _ in first })
        for file in files where toRead.contains(file.relativePath) {
            next.files[file.relativePath] = CorpusState.FileState(size: file.size, modified: file.modified, articles: [:])
        }
        // A copy is not the one to index when an unchanged file read later
        // holds the id: that file's copy is indexed already, or will be met
        // later in this read.
        var lastUnchangedHolder: [String: Int] = [:]
        for (order, file) in files.enumerated() where !changed.contains(file.relativePath) {
            for id in previous.files[file.relativePath]?.articles.keys ?? [:].keys { lastUnchangedHolder[id] = order }
        }
        var seen: Set<String> = []
        // Ids handed to the writer, with the hash of the copy handed last.
        var added: [String: UInt64] = [:]
        try reader.read(
            only: toRead,
            onArticle: { article, origin in
                let hash = CorpusState.contentHash(of: article)
                seen.insert(article.id)
                if let position = positions[origin.file] {
                    next.files[position.relativePath]?.articles[article.id] = hash
                    if let holder = lastUnchangedHolder[article.id], holder > position.order { return }
                }
                // The copy the index will hold when nothing more is added.
                guard (added[article.id] ?? indexed[article.id]) != hash else { return }
                added[article.id] = hash
                writer.add(article)
            },
            onDiagnostic: onDiagnostic,
            onProgress: onProgress
        )
        summary.filesRead = toRead.count
        summary.added = added.keys.count { indexed[$0] == nil }
        summary.changed = added.count - summary.added
        summary.unchanged = seen.count { added[$0] == nil }

        if !fresh {
            // Articles of the files read or gone that no file holds any more.
            let stillHeld = next.files.values.reduce(into: Set<String>()) { $0.formUnion($1.articles.keys) }
            var candidates: Set<String> = []
            for path in Array(toRead) + vanished {
                if let articles = previous.files[path]?.articles { candidates.formUnion(articles.keys) }
            }
            for id in candidates where !stillHeld.contains(id) && !seen.contains(id) {
                writer.delete(articleID: id)
                summary.deleted += 1
            }
        }
        summary.statistics = try writer.commit(userData: next.encoded())
        return summary
    }
}
