/// Where each article id was last read, for the duplicate-id warning, in 16
/// bytes an id whatever its length: a 64-bit hash of the id (FNV-1a) mapped
/// to the number of its file and its line or element, packed. A corpus of
/// millions of articles so costs tens of megabytes here, not hundreds. Two
/// ids with one hash would make a wrong warning, not a wrong index; at ten
/// million ids the odds are about three in a million.
struct SeenArticleIDs {
    private var origins: [UInt64: UInt64] = [:]

    /// Records that `id` was read at `origin`, the `file`-th file read, and
    /// returns where it was read before, if it was.
    mutating func update(_ id: String, at origin: ArticleOrigin, file: Int, files: [CorpusFile]) -> ArticleOrigin? {
        var hash = FNV1a64()
        hash.add(id)
        // Bits 0-31 the line or element, 32-33 which of the two, the rest the file.
        let position = UInt64(UInt32(truncatingIfNeeded: origin.line ?? origin.element ?? 0))
        let kind: UInt64 = origin.line != nil ? 1 : origin.element != nil ? 2 : 0
        guard let earlier = origins.updateValue(UInt64(file) << 34 | kind << 32 | position, forKey: hash.value) else { return nil }
        let number = Int(truncatingIfNeeded: earlier & 0xFFFF_FFFF)
        let path = files[Int(earlier >> 34)].path
        switch (earlier >> 32) & 3 {
        case 1: return ArticleOrigin(file: path, line: number)
        case 2: return ArticleOrigin(file: path, element: number)
        default: return ArticleOrigin(file: path)
        }
    }
}
