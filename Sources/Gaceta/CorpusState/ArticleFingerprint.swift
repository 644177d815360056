/// The hash by which an update tells that an article changed: a 64-bit
/// FNV-1a of everything stored about it, fields separated so that moving
/// text from one field to the next changes it too.
enum ArticleFingerprint {
    static func of(_ article: Article) -> UInt64 {
        var hash = FNV1a64()
        for field in [article.title, article.body, article.date ?? "", article.source ?? "", article.url ?? "", article.language?.rawValue ?? ""] {
            hash.add(field)
            hash.addSeparator()
        }
        return hash.value
    }
}
