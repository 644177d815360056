/// Ids for articles that have none, stable across runs and machines.
enum AutomaticArticleID {
    /// `auto-` and 16 hex digits of a 64-bit FNV-1a hash of the file's path inside
    /// the corpus, the title and the body: the same article in the same place gets
    /// the same id every time, so re-indexing replaces it instead of duplicating it.
    static func make(relativePath: String, title: String, body: String) -> String {
        var hash = FNV1a64()
        hash.add(relativePath)
        hash.addSeparator()
        hash.add(title)
        hash.addSeparator()
        hash.add(body)
        let hex = String(hash.value, radix: 16)
        return "auto-" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
