/// The corpus state of the commit being prepared: the entries of the files
/// left alone, as the previous commit recorded them, and the fingerprints of
/// the files read since, which the next commit writes into one new state
/// file. A commit so writes what it read, not the whole archive.
///
/// State files are immutable, so a file read again leaves its old part
/// behind in an older state file; when less than half of a state file is
/// still used, or the commit would keep more than `maximumStateFiles`, the
/// parts still used are carried into the new file and the old one dropped.
/// The state files so stay within twice what is used, and lookups within
/// a bounded number of files.
struct CorpusStateBuilder {
    static let maximumStateFiles = 12

    private(set) var root: CorpusStateRoot
    /// The previous commit's state files, whose parts may be carried.
    private let previous: [String: ArticleStateReader]
    /// Parts to write at the next commit: the file each belongs to, and the
    /// place in its entry it fills (nil: appended).
    private var pending: [(path: String, replacing: Int?, articles: [String: UInt64])] = []
    /// The file being read and what it held so far since the last commit.
    private var current: (path: String, articles: [String: UInt64])?

    /// Starts from the previous state, keeping the entries of `unread` only.
    init(previous: CorpusStateSnapshot, keeping unread: some Sequence<String>) {
        self.previous = previous.readers
        root = CorpusStateRoot()
        for path in unread {
            if let entry = previous.root.files[path] { root.files[path] = entry }
        }
    }

    /// Reading moves to `file`: the file read before it is complete.
    mutating func begin(_ file: CorpusFileVersion) {
        closeCurrent()
        root.files[file.relativePath] = CorpusStateRoot.FileEntry(size: file.size, modified: file.modified, complete: false, parts: [])
        current = (file.relativePath, [:])
    }

    /// The file being read holds this article; a later copy of the id in the
    /// file replaces an earlier one.
    mutating func record(id: String, hash: UInt64) {
        current?.articles[id] = hash
    }

    /// Reading is over: every file in `read` was read to its end, those
    /// without a single article included.
    mutating func finish(read: [CorpusFileVersion]) {
        closeCurrent()
        for file in read where root.files[file.relativePath] == nil {
            root.files[file.relativePath] = CorpusStateRoot.FileEntry(size: file.size, modified: file.modified, complete: true, parts: [])
        }
    }

    private mutating func closeCurrent() {
        guard let current else { return }
        pending.append((current.path, nil, current.articles))
        root.files[current.path]?.complete = true
        self.current = nil
    }

    /// What to commit now: the root, the new state file (named by `name`
    /// when there is one) and the state files the commit keeps. A file still
    /// being read is recorded as far as it was read, and incomplete.
    mutating func prepareCommit(name: () -> String) throws -> IndexWriter.CorpusStateCommit {
        if let current, !current.articles.isEmpty {
            pending.append((current.path, nil, current.articles))
            self.current?.articles = [:]
        }
        try carryParts()
        var stateFile: (name: String, bytes: [UInt8])?
        if !pending.isEmpty {
            let name = name()
            stateFile = (name, try ArticleStateFile.encode(parts: pending.map(\.articles)))
            for (number, part) in pending.enumerated() {
                let reference = CorpusStateRoot.PartReference(stateFile: name, part: number)
                if let place = part.replacing {
                    root.files[part.path]!.parts[place] = reference
                } else {
                    root.files[part.path]!.parts.append(reference)
                }
            }
            pending = []
        }
        return IndexWriter.CorpusStateCommit(root: root.encoded(), stateFile: stateFile, keeping: root.stateFiles)
    }

    /// Queues for rewriting the used parts of the previous state files that
    /// are mostly unused, then of the smallest ones while too many remain.
    private mutating func carryParts() throws {
        var used: [String: Int] = [:]
        for entry in root.files.values {
            for part in entry.parts {
                guard let reader = previous[part.stateFile] else { continue }
                used[part.stateFile, default: 0] += try reader.recordCount(ofPart: part.part)
            }
        }
        var carried = Set(used.filter { 2 * $0.value < previous[$0.key]!.recordCount }.keys)
        let remaining = root.stateFiles.count - carried.count
        let writesFile = !pending.isEmpty || !carried.isEmpty
        let excess = remaining + (writesFile ? 1 : 0) - Self.maximumStateFiles
        if excess > 0 {
            let smallest = used.filter { !carried.contains($0.key) }.sorted { ($0.value, $0.key) < ($1.value, $1.key) }
            // Carrying into a file that would not be written otherwise adds one.
            carried.formUnion(smallest.prefix(writesFile ? excess : excess + 1).map(\.key))
        }
        guard !carried.isEmpty else { return }
        for (path, entry) in root.files {
            for (place, part) in entry.parts.enumerated() where carried.contains(part.stateFile) {
                let articles = try previous[part.stateFile]!.articles(ofPart: part.part)
                pending.append((path, place, Dictionary(articles, uniquingKeysWith: { _, later in later })))
            }
        }
    }
}
