// snippet.hide
// The code of the Getting Started article (Sources/Gaceta/Gaceta.docc), built
// with the package so that the article cannot drift from the API.
import Foundation
// snippet.show
import Gaceta

// snippet.hide
let indexPath = NSTemporaryDirectory() + "gaceta-getting-started-\(getpid())"
defer { try? FileManager.default.removeItem(atPath: indexPath) }
do {
// snippet.show

// snippet.index
let writer = try IndexWriter(path: indexPath, mode: .rebuild)
writer.add(Article(
    id: "es-0001",
    title: "Nuevos aranceles al acero",
    body: "El gobierno anunció aranceles al acero importado.\n\nLos productores celebran la medida.",
    date: "2025-03-04", source: "Gaceta", language: .spanish))
writer.add(Article(
    id: "en-0001",
    title: "New steel tariffs",
    body: "The government announced tariffs on imported steel.",
    date: "2025-03-04", source: "Gazette"))
try writer.commit()
// snippet.end

// snippet.search
let reader = try IndexReader(path: indexPath)
let searcher = Searcher(reader: reader)
var options = SearchOptions()
options.limit = 5
let results = try searcher.search("aranceles OR tariffs", options: options)
for hit in results.hits {
    let excerpt = PassageExcerpt(passage: hit.passage, highlights: hit.highlights)
    print(hit.rank, hit.article.id, hit.article.title, hit.score)
    print(excerpt.text)
}
// snippet.end

// snippet.update
writer.add(Article(
    id: "en-0001",
    title: "Steel tariffs take effect",
    body: "The tariffs on imported steel took effect on Wednesday.",
    date: "2025-03-12", source: "Gazette"))
writer.delete(articleID: "es-0001")
try writer.commit()
writer.close()
// snippet.end

// snippet.reopen
let newest = try reader.reopen()
print(reader.statistics.articles, newest.statistics.articles)
let updated = try Searcher(reader: newest).search("tariffs")
print(updated.hits.first?.article.title ?? "no match")
// snippet.end

// snippet.errors
do {
    _ = try IndexReader(path: indexPath + "-elsewhere")
} catch let error as IndexError {
    switch error.kind {
    case .notFound: print("no index yet: \(error)")
    case .corrupt, .unsupportedVersion: print("rebuild it from the articles: \(error)")
    default: print(error)
    }
}
// snippet.end

// snippet.hide
} catch {
    print(error)
    exit(1)
}
