/// One segment of a commit, its files mapped and their frames checked. Opening
/// reads only headers, footers and trailers, never the whole files.
final class SegmentReader: Sendable {
    let info: SegmentInfo
    let terms: TermDictionaryReader
    let postings: MappedFile
    let positions: MappedFile
    let passages: PassageTableReader
    let store: StoredFieldsReader
    let deletions: DeletionSet?
    /// Kept mapped so that `verifyChecksums` can read the file it came from.
    let deletionsFile: MappedFile?

    init(info: SegmentInfo, directory: String) throws {
        self.info = info
        // Passage and article numbers are 32-bit everywhere in the files.
        let counts = [info.passages, info.articles, info.deletedPassages, info.deletedArticles]
        guard counts.allSatisfy({ (0...Int(UInt32.max)).contains($0) }), info.deletedPassages <= info.passages else {
            throw IndexError(.corrupt, path: directory + "/" + Manifest.fileName, "segment \(info.name) has impossible counts")
        }
        func map(_ kind: FileKind) throws -> MappedFile {
            let file = try MappedFile(path: directory + "/" + info.fileName(kind))
            if let record = info.files[kind.rawValue], record.size != file.bytes.count {
                throw IndexError(.corrupt, path: file.path, "is \(file.bytes.count) bytes, the manifest says \(record.size); the file was truncated or replaced")
            }
            return file
        }
        terms = try TermDictionaryReader(file: map(.terms))
        postings = try map(.postings)
        _ = try FileEnvelope.payload(of: postings.bytes, kind: .postings, file: postings.path)
        positions = try map(.positions)
        _ = try FileEnvelope.payload(of: positions.bytes, kind: .positions, file: positions.path)
        passages = try PassageTableReader(file: map(.passages), passageCount: info.passages)
        store = try StoredFieldsReader(file: map(.store))
        guard store.passageCount == info.passages, store.articleCount == info.articles else {
            throw IndexError(.corrupt, path: store.file.path, "holds \(store.passageCount) passages and \(store.articleCount) articles, the manifest says \(info.passages) and \(info.articles)")
        }
        if info.deletionsGeneration != nil {
            let file = try map(.deletions)
            let deletions = try DeletionSet(file: file, passageCount: info.passages)
            guard deletions.count == info.deletedPassages else {
                throw IndexError(.corrupt, path: directory + "/" + info.fileName(.deletions), "marks \(deletions.count) passages deleted, the manifest says \(info.deletedPassages)")
            }
            self.deletions = deletions
            deletionsFile = file
        } else {
            deletions = nil
            deletionsFile = nil
        }
    }

    /// Drops this process's resident pages of the segment's files; see
    /// `MappedFile.dropResidentPages()`.
    func dropResidentPages() {
        dropResidentTermPages()
        for file in [passages.file, store.file] { file.dropResidentPages() }
    }

    /// Drops the pages of the dictionary, postings and positions only.
    func dropResidentTermPages() {
        for file in [terms.file, postings, positions] { file.dropResidentPages() }
    }

    func isDeleted(_ passage: UInt32) -> Bool {
        deletions?.contains(passage) ?? false
    }

    func cursor(for key: [UInt8]) throws -> PostingsCursor? {
        guard let info = try terms.lookup(key) else { return nil }
        return try PostingsCursor(postings: postings, positions: positions, info: info, passageCount: self.info.passages)
    }

    func cursor(for info: TermInfo, startingAt target: UInt32 = 0) throws -> PostingsCursor {
        try PostingsCursor(postings: postings, positions: positions, info: info, passageCount: self.info.passages, startingAt: target)
    }

    /// The article a passage belongs to, checked against the store.
    func articleOrdinal(of passage: UInt32) throws -> Int {
        let ordinal = Int(passages.entry(passage).article)
        guard ordinal < info.articles else {
            throw IndexError(.corrupt, path: passages.file.path, "passage \(passage) names article \(ordinal) of \(info.articles)")
        }
        return ordinal
    }

    /// Passages of the article with `id` in this segment, deleted ones included.
    func passages(ofArticle id: String) throws -> [UInt32] {
        guard let cursor = try cursor(for: TermKey(field: .articleID, language: nil, term: id).bytes) else { return [] }
        var result: [UInt32] = []
        while cursor.document != PostingsCursor.exhausted {
            result.append(cursor.document)
            try cursor.next()
        }
        return result
    }
}
