import Foundation
@testable import Gaceta

/// Article id → version: what an index or a corpus holds, exactly. The
/// content of every version is `GeneratedCorpus.article(id:version:)`.
typealias ArticleVersions = [String: Int]

/// A corpus directory of short generated articles whose every change is
/// known, so that an index can be compared with the exact article set it
/// should hold. Every article is in English, is one passage long and contains
/// `marker`; its title and body are a function of its id and version.
///
/// Like a news feed, the corpus repeats ids: a file may carry a correction
/// of an article of another file, or a later line correcting an earlier
/// one of the same file. Every copy has a version of its own, so an index
/// holding any copy but the last one read shows.
struct GeneratedCorpus {
    typealias Random = SplitMix64

    /// One line of a file.
    struct Line: Equatable {
        var id: String
        var version: Int
    }

    /// A word in every article and in nothing else.
    static let marker = "zorblat"

    let directory: String
    /// By file name: the lines of each `.jsonl` file, in order.
    private(set) var files: [String: [Line]] = [:]
    private var nextArticle = 0
    private var nextFile = 0
    /// Versions are numbered across the corpus, so no two copies of an id are alike.
    private var nextVersion = 2
    /// Every write gets a later modification time than any before it, so an
    /// incremental update never misses a change to a file of the same size.
    private var clock = Date(timeIntervalSince1970: 1_700_000_000)

    init(directory: String) {
        self.directory = directory
    }

    /// Every article of the corpus, in the version read last: files in name
    /// order, lines in order, as `gaceta index` reads them.
    var articles: ArticleVersions {
        var articles: ArticleVersions = [:]
        for name in files.keys.sorted() {
            for line in files[name]! { articles[line.id] = line.version }
        }
        return articles
    }

    /// Every line of the corpus in reading order: files in name order, lines in order.
    var linesInReadingOrder: [Line] {
        files.keys.sorted().flatMap { files[$0]! }
    }

    /// How many times an id appears again in a file that already holds it, over all files.
    var idsRepeatedWithinAFile: Int {
        files.values.reduce(0) { $0 + $1.count - Set($1.map(\.id)).count }
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

    /// Writes `fileCount` files of `articlesPerFile` new articles each; every
    /// file but the first also corrects an article of the one before it and,
    /// in a last line, one of its own.
    mutating func create(fileCount: Int, articlesPerFile: Int) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        var previous: Line?
        for _ in 0..<fileCount {
            var lines = newArticles(articlesPerFile)
            if let previous, let own = lines.first {
                lines += [Line(id: previous.id, version: newVersion()), Line(id: own.id, version: newVersion())]
            }
            previous = lines.last
            try write(newFileName(), lines)
        }
    }

    /// Changes about a fifth of the files: new versions of some articles, some
    /// articles removed, some added, one moved between files, corrections of
    /// articles of other files and of earlier lines of the same file;
    /// sometimes a whole file removed or a new one added.
    mutating func update(_ random: inout Random) throws {
        var names = files.keys.sorted()
        names.shuffle(using: &random)
        let changed = Array(names.prefix(max(2, names.count / 5)))
        var contents = changed.map { files[$0]! }
        for index in contents.indices {
            var lines: [Line] = []
            for line in contents[index] {
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<3: lines.append(Line(id: line.id, version: newVersion()))
                case 3: break
                default: lines.append(line)
                }
            }
            lines += newArticles(Int.random(in: 0...5, using: &random))
            if Bool.random(using: &random) { lines += corrections(of: names, &random) }
            if let earlier = lines.randomElement(using: &random), Int.random(in: 0..<3, using: &random) == 0 {
                lines.append(Line(id: earlier.id, version: newVersion()))
            }
            contents[index] = lines
        }
        if let moved = contents[0].map(\.id).min() {
            let version = contents[0].last { $0.id == moved }!.version
            contents[0].removeAll { $0.id == moved }
            contents[1].append(Line(id: moved, version: version))
        }
        for (name, lines) in zip(changed, contents) { try write(name, lines) }
        if Bool.random(using: &random), let gone = names.last, !changed.contains(gone) {
            try FileManager.default.removeItem(atPath: directory + "/" + gone)
            files[gone] = nil
        }
        if Bool.random(using: &random) {
            let lines = newArticles(Int.random(in: 20...120, using: &random)) + corrections(of: names, &random)
            try write(newFileName(), lines)
        }
    }

    /// New versions of one to three articles of the files named, as another
    /// file would carry them.
    private mutating func corrections(of names: [String], _ random: inout Random) -> [Line] {
        (0..<Int.random(in: 1...3, using: &random)).compactMap { _ in
            guard let name = names.randomElement(using: &random), let line = files[name]?.randomElement(using: &random) else { return nil }
            return Line(id: line.id, version: newVersion())
        }
    }

    private mutating func newVersion() -> Int {
        defer { nextVersion += 1 }
        return nextVersion
    }

    private mutating func newArticles(_ count: Int) -> [Line] {
        defer { nextArticle += count }
        return (nextArticle..<nextArticle + count).map { Line(id: "c\($0)", version: 1) }
    }

    private mutating func newFileName() -> String {
        defer { nextFile += 1 }
        return String(format: "f%04d.jsonl", nextFile)
    }

    private mutating func write(_ name: String, _ lines: [Line]) throws {
        let text = lines.map { Self.line(id: $0.id, version: $0.version) + "\n" }.joined()
        let path = directory + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        clock += 1
        try FileManager.default.setAttributes([.modificationDate: clock], ofItemAtPath: path)
        files[name] = lines
    }
}
