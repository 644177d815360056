import Foundation
@testable import Gaceta

/// Compares an index on disk with the generated articles it should hold, and
/// lists the files of its directory that no commit refers to.
enum IndexContents {
    /// Ids looked up one by one per check; the stores are scanned for all of them.
    static let lookups = 100

    /// The first way in which the index at `index` differs from holding
    /// exactly `expected` (nil: no index at all), or nil when it does not.
    ///
    /// Every live passage in the stores must be the one passage of an
    /// expected article, in its expected version, and each article must be
    /// there once; the statistics and a search for the word in every article
    /// must count them all; and looking ids up (`lookups` of them, spread
    /// over the set) must find the right versions. An article lost, one too
    /// many, one indexed twice or an old version would show.
    static func mismatch(index: String, expected: ArticleVersions?) throws -> String? {
        let reader: IndexReader
        do {
            reader = try IndexReader(path: index)
        } catch let error as IndexError where error.kind == .notFound {
            return expected == nil ? nil : "no index, expected \(expected!.count) articles"
        }
        guard let expected else { return "an index of generation \(reader.generation), expected none" }
        try reader.verifyChecksums()
        let articles = reader.statistics.articles
        guard articles == expected.count else { return "\(articles) articles, expected \(expected.count)" }
        // A check of every passage wants their number, not "at least 1,000".
        var exactly = SearchOptions()
        exactly.hitCount = .exact
        let hits = try Searcher(reader: reader).search(GeneratedCorpus.marker, options: exactly).totalHits
        guard hits == expected.count else { return "\(hits) passages hold the marker, expected \(expected.count)" }

        var seen: Set<String> = []
        for segment in reader.segments {
            let records = try segment.store.allArticles()
            for passage in 0..<UInt32(segment.info.passages) where !segment.isDeleted(passage) {
                let stored = records[try segment.articleOrdinal(of: passage)].article
                guard let version = expected[stored.id] else { return "\(stored.id) should not be there" }
                guard seen.insert(stored.id).inserted else { return "\(stored.id) is there twice" }
                let wanted = GeneratedCorpus.article(id: stored.id, version: version)
                guard stored.title == wanted.title, try segment.store.passage(Int(passage)) == wanted.body else {
                    return "\(stored.id) is \"\(stored.title)\", expected version \(version)"
                }
            }
        }
        guard seen.count == expected.count else { return "\(expected.count - seen.count) articles are missing" }

        let ids = expected.keys.sorted()
        let step = max(1, ids.count / lookups)
        for id in stride(from: 0, to: ids.count, by: step).map({ ids[$0] }) {
            let wanted = GeneratedCorpus.article(id: id, version: expected[id]!)
            guard let found = try reader.article(id: id) else { return "looking up \(id) finds nothing" }
            guard found.title == wanted.title, found.body == wanted.body else {
                return "looking up \(id) finds \"\(found.title)\", expected version \(expected[id]!)"
            }
        }
        return nil
    }

    /// The live articles of the index and their versions, read from the
    /// titles the generated corpus gives them (`Story <id> version <n>`);
    /// nil when there is no index.
    static func versions(index: String) throws -> ArticleVersions? {
        let reader: IndexReader
        do {
            reader = try IndexReader(path: index)
        } catch let error as IndexError where error.kind == .notFound {
            return nil
        }
        var versions: ArticleVersions = [:]
        for segment in reader.segments {
            let records = try segment.store.allArticles()
            for passage in 0..<UInt32(segment.info.passages) where !segment.isDeleted(passage) {
                let stored = records[try segment.articleOrdinal(of: passage)].article
                versions[stored.id] = stored.title.split(separator: " ").last.flatMap { Int($0) } ?? -1
            }
        }
        return versions
    }

    /// Files in the directory that the newest commit does not use: segment,
    /// deletion and user-data files, the temporary manifest, anything else.
    static func unreferencedFiles(index: String) throws -> [String] {
        var referenced: Set<String> = [WriterLock.fileName]
        if let manifest = try? IndexReader(path: index).manifest {
            referenced.insert(Manifest.fileName)
            if let userData = manifest.userDataFile { referenced.insert(userData) }
            referenced.formUnion(manifest.stateFiles?.keys ?? [:].keys)
            for segment in manifest.segments {
                for kind in FileKind.allCases where segment.files[kind.rawValue] != nil {
                    referenced.insert(segment.fileName(kind))
                }
            }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: index)) ?? []
        return names.filter { !referenced.contains($0) }.sorted()
    }
}
