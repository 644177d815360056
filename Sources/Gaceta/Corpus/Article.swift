/// A news article as it enters the index.
public struct Article: Sendable, Hashable, Codable {
    /// A stable identifier, unique in the archive; adding an article with an id
    /// that is already indexed replaces the old one.
    public var id: String
    /// The headline; searched as the `title` field of every passage of the article.
    public var title: String
    /// The text, paragraphs separated by blank lines.
    public var body: String
    /// The publication date as given, ideally ISO 8601 (`2025-03-04`).
    public var date: String?
    /// The publication or agency, searched by `source:` filters (`Diario del Norte`).
    public var source: String?
    /// Where the article can be read; stored, never searched.
    public var url: String?
    /// The article's language when its metadata says so; `nil` lets Gaceta detect it.
    public var language: Language?

    /// An article with the given fields; only the id, title and body are required.
    public init(
        id: String, title: String, body: String, date: String? = nil,
        source: String? = nil, url: String? = nil, language: Language? = nil
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.date = date
        self.source = source
        self.url = url
        self.language = language
    }
}
