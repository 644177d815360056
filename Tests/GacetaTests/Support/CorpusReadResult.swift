@testable import Gaceta

/// Everything a `CorpusReader` delivered, for assertions.
struct CorpusReadResult {
    var articles: [(article: Article, origin: ArticleOrigin)] = []
    var diagnostics: [CorpusDiagnostic] = []

    init(directory: String) throws {
        try CorpusReader(directory: directory).read(
            onArticle: { articles.append(($0, $1)) },
            onDiagnostic: { diagnostics.append($0) }
        )
    }

    var ids: [String] { articles.map(\.article.id) }

    func article(_ id: String) -> Article? {
        articles.last { $0.article.id == id }?.article
    }

    var messages: [String] { diagnostics.map(\.description) }
}
