import Foundation

/// The fields of one article as found in a corpus file, before they are checked
/// and turned into an `Article`.
struct ArticleFields {
    var id: String?
    var title: String?
    var body: String?
    var date: String?
    var source: String?
    var url: String?
    var lang: String?

    /// The article these fields describe, or `nil` when it must be skipped; every
    /// oddity is passed to `warn`.
    ///
    /// - Parameter relativePath: the file's path inside the corpus, which makes
    ///   generated ids independent of where the corpus directory lives.
    func article(relativePath: String, warn: (String) -> Void) -> Article? {
        let title = Self.trimmed(title) ?? ""
        guard let body = Self.trimmed(body) else {
            warn("article has no body (`body` or `text`); skipped")
            return nil
        }
        if let date = Self.trimmed(date), !ISO8601Date.isValid(date) {
            warn("date `\(date)` is not ISO 8601 (YYYY-MM-DD); kept as given")
        }
        var language: Language?
        if let lang = Self.trimmed(lang) {
            language = Language(metadataTag: lang)
            if language == nil {
                warn("unknown lang `\(lang)` (Gaceta knows en and es); the language will be detected")
            }
        }
        let id = Self.trimmed(id) ?? AutomaticArticleID.make(relativePath: relativePath, title: title, body: body)
        return Article(
            id: id, title: title, body: body, date: Self.trimmed(date),
            source: Self.trimmed(source), url: Self.trimmed(url), language: language
        )
    }

    /// `nil` for a missing or blank value, so that `"title": ""` and no title read alike.
    private static func trimmed(_ value: String?) -> String? {
        guard let value else { return nil }
        let trimmed = value.trimmingWhitespace()
        return trimmed.isEmpty ? nil : trimmed
    }
}

extension Language {
    /// The language of a `lang` field: a BCP 47 tag whose primary subtag is `en`
    /// or `es` (`es-MX` is Spanish), in any letter case.
    init?(metadataTag tag: String) {
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first
        guard let primary, let language = Language(rawValue: String(primary)) else { return nil }
        self = language
    }
}
