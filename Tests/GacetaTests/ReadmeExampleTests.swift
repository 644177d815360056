import Foundation
import Gaceta
import Testing

// The README's "Embedding the library" example, verbatim, so it keeps compiling
// against the public API (this file imports Gaceta without @testable).
func readmeExample(indexPath: String) throws {
    let writer = try IndexWriter(path: indexPath, mode: .rebuild)
    writer.add(Article(
        id: "es-0001",
        title: "Nuevos aranceles al acero",
        body: "El gobierno anunció aranceles al acero importado.\n\nLos productores celebran la medida.",
        date: "2025-03-04", source: "Gaceta", language: .spanish))
    try writer.commit()
    writer.close()

    let searcher = Searcher(reader: try IndexReader(path: indexPath))
    var options = SearchOptions()
    options.limit = 5
    let results = try searcher.search("aranceles", options: options)
    for hit in results.hits {
        print(hit.rank, hit.article.id, hit.article.title, hit.score)
        print(hit.passage)
    }
}

@Test func theReadmeExampleRuns() throws {
    let directory = try TemporaryDirectory()
    try readmeExample(indexPath: directory.path)
    let reader = try IndexReader(path: directory.path)
    #expect(reader.statistics.articles == 1)
    #expect(try Searcher(reader: reader).search("aranceles").hits.first?.article.id == "es-0001")
}
