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
    /// What one indexing thread keeps between the articles it analyses: a
    /// term cache for each of its two analyzers.
    struct Caches {
        var terms = TermCache()
        /// Source names are few and repeat: a small cache holds their words.
        var sourceTerms = TermCache(slots: 1 << 10)
    }

    /// Longest title kept for scoring; the stored title is never cut.
    static let maximumTitleTerms = 256

    /// Detects the language when the metadata gives none, splits the body into
    /// passages and analyses each with the article's language.
    /// `unstemmed` folds the words of the source without stemming them;
    /// `caches` keep the terms of both analyzers between articles.
    init(_ source: Article, analyzer: Analyzer, unstemmed: Analyzer, splitter: PassageSplitter,
         caches: inout Caches) {
        let language = source.language ?? analyzer.detectLanguage(of: source.title + "\n\n" + source.body)
        article = StoredArticle(
            id: source.id, title: source.title, date: source.date, source: source.source,
            url: source.url, language: language
        )
        titleTerms = analyzer.terms(in: source.title, language: language, limit: Self.maximumTitleTerms,
                                    cache: &caches.terms)
        passages = splitter.passages(of: source.body, analyzer: analyzer).map { text in
            AnalyzedPassage(text: text, terms: analyzer.terms(in: text, language: language,
                                                              limit: PassageTableEntry.maximumLength, cache: &caches.terms))
        }
        textBytes = source.title.utf8.count + source.body.utf8.count
        sourceTerms = Self.sourceTerms(source.source, analyzer: unstemmed, language: language,
                                       cache: &caches.sourceTerms)
        day = PublicationDay(source.date)
    }

    static func sourceTerms(_ source: String?, analyzer: Analyzer, language: Language,
                            cache: inout TermCache) -> [String] {
        guard let source else { return [] }
        let words = analyzer.terms(in: source, language: language, limit: .max, cache: &cache)
        return words.count > 1 ? words + [words.joined()] : words
    }
}
