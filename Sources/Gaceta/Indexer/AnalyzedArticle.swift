/// An article turned into what the index stores: its metadata and the terms of
/// its title and of each passage, in order (a term's index is its position).
struct AnalyzedArticle: Sendable {
    var article: StoredArticle
    var titleTerms: [String]
    var passages: [AnalyzedPassage]
    /// Folded words of the source, then all of them run together.
    var sourceTerms: [String]
    var day: PublicationDay?
    /// UTF-8 bytes of the original title and body, for progress and memory accounting.
    var textBytes: Int
}

struct AnalyzedPassage: Sendable {
    var text: String
    var terms: [String]
}

extension AnalyzedArticle {
    /// Longest title kept for scoring; the stored title is never cut.
    static let maximumTitleTerms = 256

    /// Detects the language when the metadata gives none, splits the body into
    /// passages and analyses each with the article's language.
    /// `unstemmed` folds the words of the source without stemming them;
    /// `cache` keeps the terms of `analyzer` between articles.
    init(_ source: Article, analyzer: Analyzer, unstemmed: Analyzer, splitter: PassageSplitter,
         cache: inout TermCache) {
        let language = source.language ?? analyzer.detectLanguage(of: source.title + "\n\n" + source.body)
        article = StoredArticle(
            id: source.id, title: source.title, date: source.date, source: source.source,
            url: source.url, language: language
        )
        titleTerms = analyzer.terms(in: source.title, language: language, limit: Self.maximumTitleTerms, cache: &cache)
        passages = splitter.passages(of: source.body, analyzer: analyzer).map { text in
            AnalyzedPassage(text: text, terms: analyzer.terms(in: text, language: language,
                                                              limit: PassageTableEntry.maximumLength, cache: &cache))
        }
        textBytes = source.title.utf8.count + source.body.utf8.count
        sourceTerms = Self.sourceTerms(source.source, analyzer: unstemmed, language: language)
        day = PublicationDay(source.date)
    }

    static func sourceTerms(_ source: String?, analyzer: Analyzer, language: Language) -> [String] {
        guard let source else { return [] }
        let words = analyzer.tokens(in: source, language: language).map(\.term)
        return words.count > 1 ? words + [words.joined()] : words
    }
}
