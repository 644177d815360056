/// The corpus state of one commit, its state files mapped: which files the
/// index was built from and, per article id, which of them hold it in which
/// version. Nothing is loaded: each question reads the records it needs.
struct CorpusStateSnapshot {
    let root: CorpusStateRoot
    let readers: [String: ArticleStateReader]
    /// Each part the root uses: the corpus file it belongs to and its place
    /// among that file's parts, which decides between two copies in one file.
    private let owners: [CorpusStateRoot.PartReference: (path: String, index: Int)]
    /// Per state file, where its last lookup ended (`ArticleStateReader.holdings`).
    private var hints: [String: Int] = [:]

    static let empty = CorpusStateSnapshot(root: CorpusStateRoot(), readers: [:])

    private init(root: CorpusStateRoot, readers: [String: ArticleStateReader]) {
        self.root = root
        self.readers = readers
        var owners: [CorpusStateRoot.PartReference: (path: String, index: Int)] = [:]
        for (path, entry) in root.files {
            for (index, part) in entry.parts.enumerated() { owners[part] = (path, index) }
        }
        self.owners = owners
    }

    /// The state `snapshot` was committed with: empty when it has none, one
    /// this version cannot read, or state files that do not open (an update
    /// then reads the whole corpus, which is always safe).
    init(of snapshot: IndexReader) throws {
        guard let bytes = try snapshot.userData(), let root = try? CorpusStateRoot.decode(bytes),
              let readers = try? Self.readers(of: root, in: snapshot)
        else {
            self = .empty
            return
        }
        self.init(root: root, readers: readers)
    }

    private static func readers(of root: CorpusStateRoot, in snapshot: IndexReader) throws -> [String: ArticleStateReader] {
        var readers: [String: ArticleStateReader] = [:]
        for name in root.stateFiles {
            guard let file = snapshot.stateFiles[name] else {
                throw IndexError(.corrupt, path: snapshot.path + "/" + Manifest.fileName, "the corpus state names \(name), which the manifest does not list")
            }
            readers[name] = try ArticleStateReader(file: file)
        }
        for part in root.files.values.flatMap(\.parts) where part.part >= readers[part.stateFile]!.partCount {
            throw IndexError(.corrupt, path: snapshot.path + "/" + part.stateFile, "the corpus state names part \(part.part), past the file's \(readers[part.stateFile]!.partCount)")
        }
        return readers
    }

    /// The articles the state records for the file at `path`, with their hashes.
    func articles(of path: String) throws -> [String: UInt64] {
        var articles: [String: UInt64] = [:]
        for part in root.files[path]?.parts ?? [] {
            for (id, hash) in try readers[part.stateFile]!.articles(ofPart: part.part) { articles[id] = hash }
        }
        return articles
    }

    /// The files that hold `id`, each with the hash of its copy (its last
    /// one, when it holds several).
    mutating func holders(of id: String) throws -> [String: UInt64] {
        let bytes = Array(id.utf8)
        var holders: [String: (index: Int, hash: UInt64)] = [:]
        for (name, reader) in readers {
            var hint = hints[name] ?? 0
            for holding in try reader.holdings(of: bytes, hint: &hint) {
                guard let owner = owners[CorpusStateRoot.PartReference(stateFile: name, part: holding.part)] else { continue }
                if (holders[owner.path]?.index ?? -1) < owner.index { holders[owner.path] = (owner.index, holding.hash) }
            }
            hints[name] = hint
        }
        return holders.mapValues(\.hash)
    }
}
