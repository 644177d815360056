import Gaceta

/// Known-item queries from a news corpus: an article's title is the query and
/// one article the only right answer — the article itself, or (across
/// languages) its translation. The index must then be built without titles,
/// or the task is trivial.
public enum KnownItemQueries {
    /// A deterministic sample of `min(count, n)` queries evenly spread over the
    /// `n` eligible articles: the `floor(i × n / count)`-th for i = 0, 1, ….
    ///
    /// An article is eligible when its title is not blank and `answer` gives
    /// the id of the article that should be found for it (by default its own).
    public static func sample(
        _ articles: [Article], count: Int, answer: (Article) -> String? = { $0.id }
    ) -> [JudgedQuery] {
        let eligible: [(article: Article, answer: String)] = articles.compactMap { article in
            guard !article.title.allSatisfy(\.isWhitespace), let target = answer(article) else { return nil }
            return (article, target)
        }
        guard count > 0, !eligible.isEmpty else { return [] }
        let taken = min(count, eligible.count)
        return (0..<taken).map { i in
            let (article, target) = eligible[i * eligible.count / taken]
            return JudgedQuery(id: article.id, text: article.title, language: article.language, relevant: [target])
        }
    }
}
