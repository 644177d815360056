/// Checks one segment for `IndexChecker`: its files' frames and checksums,
/// then the passage table, the store and the deletions against each other and
/// against the manifest; the dictionary and postings are checked in
/// `SegmentChecker+Terms.swift`.
///
/// A file that fails its frame, size or checksum check is reported and left
/// out of every later check, so its damage is reported once.
struct SegmentChecker {
    struct Counts {
        var termsChecked = 0
        var postingsChecked = 0
        var passagesChecked = 0
        var articlesChecked = 0
    }

    let info: SegmentInfo
    let directory: String
    private(set) var problems: [IndexProblem] = []
    var counts = Counts()
    /// The passage table, once its frame and checksum are sound.
    private(set) var table: [PassageTableEntry]?
    /// Each article's passages, when the table gives each article one run of passages.
    private(set) var articleRuns: [Range<Int>]?
    /// The store's article records, once they decode and follow each other.
    private(set) var records: [StoredArticleRecord]?
    /// Article ordinals by id, in increasing order, alongside `records`. An
    /// id names several articles when the segment keeps versions that a
    /// later one replaced before the same commit (all deleted but one).
    private(set) var articlesByID: [String: [Int]] = [:]
    /// Ids of the articles none of whose passages is deleted, once the store
    /// and the deletions are sound; `IndexChecker` makes sure no id is live twice.
    private(set) var liveArticleIDs: [String] = []
    /// Terms whose recorded minimum length is wrong, reported after the
    /// passage lengths themselves have been checked.
    var minimumLengthProblems: [String] = []

    init(info: SegmentInfo, directory: String) {
        self.info = info
        self.directory = directory
    }

    mutating func run() {
        readPassageTable()
        readStore()
        checkArticleRuns()
        checkDeletions()
        checkTerms()
    }

    mutating func report(_ kind: FileKind, _ message: String) {
        problems.append(IndexProblem(file: info.fileName(kind), message: message))
    }

    mutating func reportManifest(_ message: String) {
        problems.append(IndexProblem(file: Manifest.fileName, message: "segment \(info.name): \(message)"))
    }

    /// Maps a file and checks its size, frame and both checksums; nil, with
    /// the problem reported, unless all are right.
    mutating func open(_ kind: FileKind) -> MappedFile? {
        do {
            return try IndexChecker.openVerified(info.fileName(kind), kind: kind, in: directory, record: info.files[kind.rawValue]).file
        } catch {
            report(kind, error.message)
            return nil
        }
    }

    // MARK: - Passage table and store

    private mutating func readPassageTable() {
        guard let file = open(.passages) else { return }
        let reader: PassageTableReader
        do {
            reader = try PassageTableReader(file: file, passageCount: info.passages)
        } catch {
            report(.passages, IndexChecker.message(of: error))
            return
        }
        let entries = (0..<info.passages).map { reader.entry(UInt32($0)) }
        counts.passagesChecked += entries.count
        table = entries
        let body = entries.reduce(0) { $0 + Int($1.bodyLength) }
        let title = entries.reduce(0) { $0 + Int($1.titleLength) }
        if body != info.bodyLength || title != info.titleLength {
            report(.passages, "body and title lengths add up to \(body) and \(title), the manifest says \(info.bodyLength) and \(info.titleLength)")
        }
        var runs: [Range<Int>] = []
        for (passage, entry) in entries.enumerated() {
            let article = Int(entry.article)
            if article == runs.count, article < info.articles {
                runs.append(passage..<passage + 1)
            } else if article == runs.count - 1 {
                runs[article] = runs[article].lowerBound..<passage + 1
            } else {
                report(.passages, "passage \(passage) belongs to article \(article) after article \(runs.count - 1) of \(info.articles): an article's passages must follow each other in order")
                return
            }
        }
        guard runs.count == info.articles else {
            report(.passages, "names \(runs.count) articles, the manifest says \(info.articles)")
            return
        }
        articleRuns = runs
    }

    private mutating func readStore() {
        guard let file = open(.store) else { return }
        let store: StoredFieldsReader
        do {
            store = try StoredFieldsReader(file: file)
        } catch {
            report(.store, IndexChecker.message(of: error))
            return
        }
        guard store.passageCount == info.passages, store.articleCount == info.articles else {
            report(.store, "holds \(store.passageCount) passages and \(store.articleCount) articles, the manifest says \(info.passages) and \(info.articles)")
            return
        }
        do {
            try store.forEachPassage { _ in }
        } catch {
            report(.store, "passage texts: " + IndexChecker.message(of: error))
        }
        let decoded: [StoredArticleRecord]
        do {
            decoded = try store.allArticles()
        } catch {
            report(.store, "article records: " + IndexChecker.message(of: error))
            return
        }
        counts.articlesChecked += decoded.count
        var next = 0
        var ids: [String: [Int]] = [:]
        var sound = true
        for (ordinal, record) in decoded.enumerated() {
            ids[record.article.id, default: []].append(ordinal)
            guard record.firstPassage == next, record.passageCount >= 1 else {
                report(.store, "article \(ordinal) ('\(record.article.id)') has passages \(record.firstPassage) and \(record.passageCount) after it, expected passages from \(next)")
                sound = false
                break
            }
            next += record.passageCount
        }
        if sound, next != info.passages {
            report(.store, "its articles have \(next) passages, the manifest says \(info.passages)")
            sound = false
        }
        if sound {
            records = decoded
            articlesByID = ids
        }
    }

    /// The table and the store agree on each article's passages, title
    /// length and publication day.
    private mutating func checkArticleRuns() {
        guard let table, let articleRuns, let records else { return }
        for (ordinal, record) in records.enumerated() {
            let run = articleRuns[ordinal]
            guard run.lowerBound == record.firstPassage, run.count == record.passageCount else {
                report(.passages, "article \(ordinal) ('\(record.article.id)') has passages \(run.lowerBound)..<\(run.upperBound), its store record says \(record.firstPassage)..<\(record.firstPassage + record.passageCount)")
                continue
            }
            let day = PublicationDay(record.article.date)?.number ?? 0
            for passage in run {
                if table[passage].titleLength != table[run.lowerBound].titleLength {
                    report(.passages, "passage \(passage) has a title length of \(table[passage].titleLength), the other passages of its article \(table[run.lowerBound].titleLength)")
                    break
                }
                if table[passage].day != day {
                    report(.passages, "passage \(passage) has day \(table[passage].day), its article's date '\(record.article.date ?? "")' gives \(day)")
                    break
                }
            }
        }
    }

    // MARK: - Deletions

    private mutating func checkDeletions() {
        var deletions: DeletionSet?
        if info.deletionsGeneration != nil {
            guard let file = open(.deletions) else { return }
            do {
                deletions = try DeletionSet(file: file, passageCount: info.passages)
            } catch {
                report(.deletions, IndexChecker.message(of: error))
                return
            }
            if let count = deletions?.count, count != info.deletedPassages {
                report(.deletions, "marks \(count) passages deleted, the manifest says \(info.deletedPassages)")
            }
        }
        let isDeleted = { (passage: Int) in deletions?.contains(UInt32(passage)) ?? false }
        if let table {
            var body = 0
            var title = 0
            for passage in table.indices where isDeleted(passage) {
                body += Int(table[passage].bodyLength)
                title += Int(table[passage].titleLength)
            }
            if body != info.deletedBodyLength || title != info.deletedTitleLength {
                reportManifest("deleted passages have body and title lengths \(body) and \(title), the manifest says \(info.deletedBodyLength) and \(info.deletedTitleLength)")
            }
        }
        guard let records else { return }
        var deletedArticles = 0
        var live: [String: Int] = [:]
        for (ordinal, record) in records.enumerated() {
            let passages = record.firstPassage..<record.firstPassage + record.passageCount
            let deleted = passages.filter(isDeleted).count
            if deleted == passages.count {
                deletedArticles += 1
            } else if deleted == 0 {
                live[record.article.language.rawValue, default: 0] += 1
                liveArticleIDs.append(record.article.id)
            } else {
                report(.deletions, "article \(ordinal) ('\(record.article.id)') has \(deleted) of its \(passages.count) passages deleted; articles are deleted whole")
            }
        }
        if deletedArticles != info.deletedArticles {
            reportManifest("\(deletedArticles) articles are deleted, the manifest says \(info.deletedArticles)")
        }
        let recorded = info.articlesByLanguage.filter { $0.value != 0 }
        if live != recorded {
            reportManifest("live articles by language are \(Self.describe(live)), the manifest says \(Self.describe(recorded))")
        }
    }

    private static func describe(_ counts: [String: Int]) -> String {
        "{" + counts.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
}
