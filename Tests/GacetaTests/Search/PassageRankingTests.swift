import Testing
@testable import Gaceta

/// `Searcher.rankPassages` ranks exactly as `search` does, only without
/// fetching: over several segments, with several passages per article, on
/// both the pruned and the exhaustive paths.
@Suite struct PassageRankingTests {
    let directory: TemporaryDirectory
    let searcher: Searcher

    init() throws {
        directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.ramBudgetBytes = 16_000  // several segments
        let writer = try IndexWriter(path: directory.path, configuration: configuration)
        let words = ["steel", "rain", "coast", "tariffs", "prices", "acero", "lluvia", "costa", "precios", "week"]
        for index in 0..<300 {
            let paragraphs = (0..<(1 + index % 4)).map { p in
                (0..<25).map { words[($0 * 7 + index * 3 + p) % words.count] }.joined(separator: " ")
            }
            let date = "2025-0\(1 + index % 9)-1\(index % 10)"
            writer.add(Article(id: "a\(index)", title: words[index % words.count], body: paragraphs.joined(separator: "\n\n"), date: date))
        }
        try writer.commit()
        searcher = Searcher(reader: try IndexReader(path: directory.path))
        #expect(searcher.reader.segments.count > 1)
    }

    @Test(arguments: ["steel rain", "costa precios", "week", "tariffs acero lluvia", "\"steel rain\" -coast", "title:steel OR prec*"])
    func ranksTheSamePassagesAsSearch(query: String) throws {
        for configure in [{ (_: inout SearchOptions) in }, { $0.limit = 50 }, { $0.limit = 40; $0.perArticle = 3 },
                          { $0.sort = .date }, { $0.recencyHalfLifeDays = 30 }, { $0.pruning = false },
                          { $0.hitCount = .upTo(5) }, { $0.hitCount = .exact }] {
            var options = SearchOptions()
            configure(&options)
            let results = try searcher.search(query, options: options)
            let ranking = try searcher.rankPassages(query, options: options)
            #expect(ranking.totalHits == results.totalHits, "\(query)")
            #expect(ranking.totalHitsRelation == results.totalHitsRelation, "\(query)")
            #expect(ranking.passages.map(\.id.description) == results.hits.map(\.passageID), "\(query)")
            #expect(ranking.passages.map(\.score) == results.hits.map(\.score), "\(query)")
            #expect(try ranking.passages.map { try searcher.article($0.article) } == results.hits.map(\.article), "\(query)")
        }
    }

    @Test func passagesOfOneArticleShareItsReference() throws {
        var options = SearchOptions()
        options.limit = 1000
        options.perArticle = 1000
        let ranking = try searcher.rankPassages("steel", options: options)
        let articles = try Dictionary(grouping: ranking.passages, by: \.article).mapValues { try searcher.article($0[0].article).id }
        #expect(Set(articles.values).count == articles.count)
        #expect(articles.count < ranking.passages.count)
    }

    @Test func refusesAnEmptyLimitAndAReferenceToAnotherSnapshot() throws {
        var options = SearchOptions()
        options.limit = 0
        #expect(throws: IndexError.self) { try searcher.rankPassages("steel", options: options) }

        // A segment merged away since the ranking, say.
        let gone = ArticleReference(segment: "seg-999999", ordinal: 0)
        let error = #expect(throws: IndexError.self) { try searcher.article(gone) }
        #expect(error?.kind == .invalidArgument)
    }
}
