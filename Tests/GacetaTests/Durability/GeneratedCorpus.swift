import Foundation
@testable import Gaceta

/// Article id → version: what an index or a corpus holds, exactly. The
/// content of every version is `GeneratedCorpus.article(id:version:)`.
typealias ArticleVersions = [String: Int]

/// A corpus directory of short generated articles whose every change is
/// known, so that an index can be compared with the exact article set it
/// should hold. Every article is in English, is one passage long and contains
/// `marker`; its title and body are a function of its id and version.
struct GeneratedCorpus {
    typealias Random = SplitMix64

    /// A word in every article and in nothing else.
    static let marker = "zorblat"

    let directory: String
    /// By file name: the articles of each `.jsonl` file.
    private(set) var files: [String: ArticleVersions] = [:]
    private var nextArticle = 0
    private var nextFile = 0
    /// Every write gets a later modification time than any before it, so an
    /// incremental update never misses a change to a file of the same size.
    private var clock = Date(timeIntervalSince1970: 1_700_000_000)

    init(directory: String) {
        self.directory = directory
    }

    /// Every article of the corpus.
    var articles: ArticleVersions {
        files.values.reduce(into: [:]) { $0.merge($1) { first, _ in first } }
    }

    static func article(id: String, version: Int) -> Article {
        var hash = FNV1a64()
        hash.add("\(id)/\(version)")
        var state = hash.value
        let words = (0..<12).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return syllables[Int(state >> 33) % syllables.count] + syllables[Int(state >> 45) % syllables.count]
        }
        return Article(
            id: id, title: "Story \(id) version \(version)",
            body: "\(marker) " + words.joined(separator: " ") + " v\(version)q",
            language: .english)
    }

    private static let syllables = ["ka", "lo", "mi", "ter", "van", "su", "pre", "dol", "gri", "ne", "ox", "bal", "cu", "fen", "ri", "tos"]

    /// A JSON line of the article.
    static func line(id: String, version: Int) -> String {
        let article = article(id: id, version: version)
        return #"{"id": "\#(id)", "title": "\#(article.title)", "body": "\#(article.body)", "lang": "en"}"#
    }

    /// Writes `fileCount` files of `articlesPerFile` new articles each.
    mutating func create(fileCount: Int, articlesPerFile: Int) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for _ in 0..<fileCount {
            try write(newFileName(), newArticles(articlesPerFile))
        }
    }

    /// Changes about a fifth of the files: new versions of some articles, some
    /// articles removed, some added, one moved between files; sometimes a
    /// whole file removed or a new one added.
    mutating func update(_ random: inout Random) throws {
        var names = files.keys.sorted()
        names.shuffle(using: &random)
        let changed = Array(names.prefix(max(2, names.count / 5)))
        var contents = changed.map { files[$0]! }
        for index in contents.indices {
            for (id, version) in contents[index] {
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<3: contents[index][id] = version + 1
                case 3: contents[index][id] = nil
                default: break
                }
            }
            contents[index].merge(newArticles(Int.random(in: 0...5, using: &random))) { first, _ in first }
        }
        if let moved = contents[0].keys.min() {
            contents[1][moved] = contents[0].removeValue(forKey: moved)
        }
        for (name, articles) in zip(changed, contents) { try write(name, articles) }
        if Bool.random(using: &random), let gone = names.last, !changed.contains(gone) {
            try FileManager.default.removeItem(atPath: directory + "/" + gone)
            files[gone] = nil
        }
        if Bool.random(using: &random) {
            try write(newFileName(), newArticles(Int.random(in: 20...120, using: &random)))
        }
    }

    private mutating func newArticles(_ count: Int) -> ArticleVersions {
        defer { nextArticle += count }
        return Dictionary(uniqueKeysWithValues: (nextArticle..<nextArticle + count).map { ("c\($0)", 1) })
    }

    private mutating func newFileName() -> String {
        defer { nextFile += 1 }
        return String(format: "f%04d.jsonl", nextFile)
    }

    private mutating func write(_ name: String, _ articles: ArticleVersions) throws {
        let text = articles.keys.sorted().map { Self.line(id: $0, version: articles[$0]!) + "\n" }.joined()
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        clock += 1
        try FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: path)
        files[name] = articles
    }
}
