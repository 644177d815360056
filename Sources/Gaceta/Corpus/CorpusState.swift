import Foundation

/// What an index knows of the corpus it was built from, kept with each commit
/// (as the commit's user data): per file, its version and the articles it
/// held, each with a hash of its content.
struct CorpusState: Codable, Equatable, Sendable {
    struct FileState: Codable, Equatable, Sendable {
        var size: Int
        var modified: Int64
        /// Article id → `CorpusState.contentHash` of the article.
        var articles: [String: UInt64]
    }

    static let formatVersion = 1

    var version = CorpusState.formatVersion
    /// By relative path.
    var files: [String: FileState] = [:]

    func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Array(try encoder.encode(self))
    }

    /// The state in `bytes`, or nil when they are not a state this version knows
    /// (the next update then reads the whole corpus, which is always safe).
    static func decode(_ bytes: [UInt8]) -> CorpusState? {
        guard let state = try? JSONDecoder().decode(CorpusState.self, from: Data(bytes)), state.version == formatVersion else {
            return nil
        }
        return state
    }

    /// For each article id, the hash of the copy the index holds: the one a
    /// whole read of the corpus meets last (each file records its own last copy).
    func indexedHashes() -> [String: UInt64] {
        var hashes: [String: UInt64] = [:]
        for path in files.keys.sorted(by: CorpusDirectory.readsBefore) {
            hashes.merge(files[path]!.articles) { _, later in later }
        }
        return hashes
    }

    /// The files other than `paths` that hold an id one of `paths` holds.
    func filesSharingArticles(with paths: Set<String>) -> Set<String> {
        var ids: Set<String> = []
        for path in paths { ids.formUnion(files[path]?.articles.keys ?? [:].keys) }
        guard !ids.isEmpty else { return [] }
        return Set(files.filter { !paths.contains($0.key) && $0.value.articles.keys.contains(where: ids.contains) }.keys)
    }

    /// Changes in anything stored about an article change this hash.
    static func contentHash(of article: Article) -> UInt64 {
        var hash = FNV1a64()
        for field in [article.title, article.body, article.date ?? "", article.source ?? "", article.url ?? "", article.language?.rawValue ?? ""] {
            hash.add(field)
            hash.addSeparator()
        }
        return hash.value
    }
}
