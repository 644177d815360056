/// The checks of `IndexChecker` that need only the manifest: names, counts
/// and file lists that the writer could never have recorded.
enum ManifestChecker {
    private static let segmentKinds: [FileKind] = [.terms, .postings, .positions, .passages, .store]

    static func problems(in manifest: Manifest) -> [IndexProblem] {
        var problems: [String] = []
        if manifest.generation < 1 { problems.append("generation \(manifest.generation) is not positive") }
        if let name = manifest.userDataFile, !isUserDataName(name, generation: manifest.generation) {
            problems.append("user data file '\(name)' is not commit-N.data with N from 1 to generation \(manifest.generation); it was not checked")
        }
        var names: Set<String> = []
        for info in manifest.segments {
            let name = info.name
            guard let number = segmentNumber(name) else {
                problems.append("segment name '\(name)' is not seg-NNNNNN; it was not checked")
                continue
            }
            if !names.insert(name).inserted { problems.append("segment \(name) is listed twice") }
            if number >= manifest.nextSegmentNumber {
                problems.append("segment \(name) is numbered at or past nextSegmentNumber \(manifest.nextSegmentNumber)")
            }
            problems += countProblems(info).map { "segment \(name): \($0)" }
            if let generation = info.deletionsGeneration, !(1...max(1, manifest.generation)).contains(generation) {
                problems.append("segment \(name): deletions generation \(generation) is outside 1...\(manifest.generation)")
            }
            var expected = Set(segmentKinds.map(\.rawValue))
            if info.deletionsGeneration != nil { expected.insert(FileKind.deletions.rawValue) }
            for kind in expected.subtracting(info.files.keys).sorted() {
                problems.append("segment \(name): no size and checksum recorded for its \(kind) file")
            }
            for kind in Set(info.files.keys).subtracting(expected).sorted() {
                problems.append("segment \(name): records a \(kind) file it should not have")
            }
            for (kind, record) in info.files.sorted(by: { $0.key < $1.key }) where record.size < FileEnvelope.headerSize + FileEnvelope.footerSize {
                problems.append("segment \(name): its \(kind) file is recorded as \(record.size) bytes, too small for any file")
            }
            for (code, count) in info.articlesByLanguage.sorted(by: { $0.key < $1.key }) {
                if Language(rawValue: code) == nil { problems.append("segment \(name): unknown language '\(code)' in articlesByLanguage") }
                if count < 0 { problems.append("segment \(name): \(count) articles in '\(code)'") }
            }
        }
        return problems.map { IndexProblem(file: Manifest.fileName, message: $0) }
    }

    /// Whether the segment's files can be opened and checked at all: a sane
    /// name and passage and article counts that fit the format (readers
    /// size their tables from those).
    static func isReadable(_ info: SegmentInfo) -> Bool {
        segmentNumber(info.name) != nil && (1...Int(UInt32.max)).contains(info.passages) && (1...info.passages).contains(info.articles)
    }

    /// Whether `name` is what a commit up to `generation` names its user data
    /// (a later commit without user data keeps naming an earlier one's).
    static func isUserDataName(_ name: String, generation: Int) -> Bool {
        let prefix = "commit-", suffix = "." + FileKind.userData.fileExtension
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else { return false }
        let digits = name.dropFirst(prefix.count).dropLast(suffix.count)
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { return false }
        return (1...max(1, generation)).contains(number) && name == "\(prefix)\(number)\(suffix)"
    }

    /// The number in `seg-NNNNNN`, when that is the name.
    private static func segmentNumber(_ name: String) -> Int? {
        let digits = name.dropFirst(4)
        guard name.hasPrefix("seg-"), digits.count >= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    private static func countProblems(_ info: SegmentInfo) -> [String] {
        var problems: [String] = []
        if !(1...Int(UInt32.max)).contains(info.passages) { problems.append("\(info.passages) passages") }
        if !(1...max(1, info.passages)).contains(info.articles) { problems.append("\(info.articles) articles for \(info.passages) passages") }
        if !(0...max(0, info.passages)).contains(info.deletedPassages) { problems.append("\(info.deletedPassages) deleted passages of \(info.passages)") }
        if !(0...max(0, info.articles)).contains(info.deletedArticles) { problems.append("\(info.deletedArticles) deleted articles of \(info.articles)") }
        if (info.deletedPassages == 0) != (info.deletedArticles == 0) {
            problems.append("\(info.deletedPassages) deleted passages but \(info.deletedArticles) deleted articles")
        }
        if (info.deletedPassages == 0) != (info.deletionsGeneration == nil) {
            problems.append(info.deletionsGeneration == nil ? "deleted passages but no deletions file" : "a deletions file but no deleted passage")
        }
        let maximumLength = Int(UInt32.max) * PassageTableEntry.maximumLength
        for (what, length, deleted) in [("body", info.bodyLength, info.deletedBodyLength), ("title", info.titleLength, info.deletedTitleLength)] {
            if !(0...maximumLength).contains(length) || !(0...max(0, length)).contains(deleted) {
                problems.append("\(what) length \(length) with \(deleted) deleted")
            }
        }
        return problems
    }
}
