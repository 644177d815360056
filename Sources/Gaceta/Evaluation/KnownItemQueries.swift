/// Known-item queries from a news corpus: an article's title is the query and
/// one article the only right answer — the article itself, or (across
/// languages) its translation. The index must then be built without titles,
/// or the task is trivial.
public enum KnownItemQueries {
    /// A deterministic sample of at most `count` queries, evenly spread: every
    /// `ceil(n / count)`-th eligible article, starting with the first.
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
        let step = (eligible.count + count - 1) / count
        return stride(from: 0, to: eligible.count, by: step).prefix(count).map { index in
            let (article, target) = eligible[index]
            return JudgedQuery(id: article.id, text: article.title, language: article.language, relevant: [target])
        }
    }
}
