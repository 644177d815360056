/// The checks of `IndexChecker` on the corpus state files a manifest lists
/// and, for an index `gaceta index` keeps, on the root in the user data that
/// names them (docs/FORMAT.md, "Corpus state").
struct CorpusStateChecker {
    let manifest: Manifest
    let directory: String
    var problems: [IndexProblem] = []
    /// The state files that opened and decoded, by name.
    private var readers: [String: ArticleStateReader] = [:]

    init(manifest: Manifest, directory: String) {
        self.manifest = manifest
        self.directory = directory
    }

    /// Every listed state file: name, size, checksums, and records sorted,
    /// each in the one part whose ordinal list names it.
    mutating func checkFiles() {
        for (name, record) in (manifest.stateFiles ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard Self.isStateFileName(name, below: manifest.nextSegmentNumber) else {
                problems.append(IndexProblem(file: Manifest.fileName, message: "corpus state file '\(name)' is not corpus-NNNNNN.state numbered below nextSegmentNumber \(manifest.nextSegmentNumber); it was not checked"))
                continue
            }
            do {
                let opened = try IndexChecker.openVerified(name, kind: .corpusState, in: directory, record: record)
                let reader = try ArticleStateReader(file: opened.file)
                try Self.checkRecords(of: reader)
                readers[name] = reader
            } catch {
                problems.append(IndexProblem(file: name, message: (error as? IndexChecker.FileProblem)?.message ?? IndexChecker.message(of: error)))
            }
        }
        if manifest.stateFiles != nil, manifest.userDataFile == nil {
            problems.append(IndexProblem(file: Manifest.fileName, message: "lists corpus state files but no user data file to name them"))
        }
    }

    private static func checkRecords(of reader: ArticleStateReader) throws {
        var previous: (id: [UInt8], part: Int)?
        for ordinal in 0..<reader.recordCount {
            let (holding, id) = try reader.record(ordinal)
            let key = (Array(id), holding.part)
            if let previous, !(previous.id.lexicographicallyPrecedes(key.0) || (previous.id == key.0 && previous.part < key.1)) {
                throw IndexError(.corrupt, path: reader.file.path, "record \(ordinal) is not after the one before it in (id, part) order")
            }
            guard String(validating: key.0, as: UTF8.self) != nil else {
                throw IndexError(.corrupt, path: reader.file.path, "record \(ordinal)'s id is not UTF-8")
            }
            previous = key
        }
        var listed = 0
        for part in 0..<reader.partCount {
            // `articles(ofPart:)` refuses a listed record of another part.
            let articles = try reader.articles(ofPart: part)
            listed += articles.count
        }
        guard listed == reader.recordCount else {
            throw IndexError(.corrupt, path: reader.file.path, "its parts list \(listed) records of \(reader.recordCount)")
        }
    }

    /// The root in the user data: it decodes, names exactly the listed state
    /// files and existing parts, each part once, and every article it says
    /// a file holds is live in the index (`liveIDs`, when the segments could
    /// all be read).
    mutating func checkRoot(_ bytes: [UInt8], userDataFile name: String, liveIDs: Set<String>?) {
        let root: CorpusStateRoot
        do {
            root = try CorpusStateRoot.decode(bytes)
        } catch {
            let reason = switch error {
            case .unknownVersion(let version): "holds a corpus state of version \(version), not \(CorpusStateRoot.formatVersion)"
            case .damaged(let why): "does not decode as a corpus state (\(why))"
            }
            problems.append(IndexProblem(file: name, message: reason + "; the next `gaceta index` would read the whole corpus again"))
            return
        }
        let listed = Set(manifest.stateFiles?.keys ?? [:].keys)
        for missing in root.stateFiles.subtracting(listed).sorted() {
            problems.append(IndexProblem(file: name, message: "names corpus state file \(missing), which the manifest does not list"))
        }
        for unused in listed.subtracting(root.stateFiles).sorted() {
            problems.append(IndexProblem(file: name, message: "does not use corpus state file \(unused), which the manifest lists"))
        }
        var used: Set<CorpusStateRoot.PartReference> = []
        for (path, entry) in root.files.sorted(by: { $0.key < $1.key }) {
            for part in entry.parts {
                if !used.insert(part).inserted {
                    problems.append(IndexProblem(file: name, message: "part \(part.part) of \(part.stateFile) is named twice (again by \(path))"))
                }
                guard let reader = readers[part.stateFile] else { continue }
                guard part.part < reader.partCount else {
                    problems.append(IndexProblem(file: name, message: "\(path) names part \(part.part) of \(part.stateFile), which has \(reader.partCount)"))
                    continue
                }
                guard let liveIDs else { continue }
                do {
                    let absent = try reader.articles(ofPart: part.part).filter { !liveIDs.contains($0.id) }
                    if let first = absent.first {
                        problems.append(IndexProblem(file: name, message: "\(path) holds \(absent.count) articles that the index does not, such as '\(first.id)'"))
                    }
                } catch {
                    problems.append(IndexProblem(file: part.stateFile, message: IndexChecker.message(of: error)))
                }
            }
        }
    }

    private static func isStateFileName(_ name: String, below next: Int) -> Bool {
        let prefix = "corpus-", suffix = "." + FileKind.corpusState.fileExtension
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else { return false }
        let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
        guard digits.count >= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { return false }
        return number < next
    }
}
