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

/// The 64-bit Fowler–Noll–Vo 1a hash: tiny, fast and fixed by its specification,
/// unlike `Hasher`, which is seeded differently in every process.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        for byte in text.utf8 { add(byte) }
    }

    /// A byte that cannot occur in UTF-8 text, so ("ab", "c") and ("a", "bc") differ.
    mutating func addSeparator() { add(0xff) }

    private mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01b3
    }
}
