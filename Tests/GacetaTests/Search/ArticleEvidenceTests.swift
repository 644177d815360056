import Testing
@testable import Gaceta

/// Whole-article evidence: an article whose paragraphs together hold the
/// query's words outranks one whose single paragraph holds as much of them
/// as any one of its paragraphs does.
@Suite struct ArticleEvidenceTests {
    // Twenty filler words and the query word: a paragraph long enough to stay
    // a passage of its own.
    static let filler = "harbor lantern meadow pebble quartz ribbon saddle thistle violet walnut"
    // Every passage holds one of the two words, each word in two passages:
    // on BM25 alone, every passage ties, and ties go to the earlier one.
    static let articles = [
        Article(id: "lone", title: "", body: "steel \(filler) \(filler)", language: .english),
        Article(id: "spread", title: "", body: "tariff \(filler) \(filler)\n\nsteel \(filler) \(filler)", language: .english),
        Article(id: "other", title: "", body: "tariff \(filler) \(filler)", language: .english),
    ]

    let index: SearchableArticles
    var searcher: Searcher { index.searcher }

    init() throws {
        index = try SearchableArticles(Self.articles)
    }

    func hits(_ query: String, weight: Double, depth: Int = 50, limit: Int = 10, pruning: Bool = true) throws -> [SearchHit] {
        var options = SearchOptions()
        options.articleWeight = weight
        options.articleDepth = depth
        options.limit = limit
        options.pruning = pruning
        return try searcher.search(query, options: options).hits
    }

    @Test func theArticleMatchingEveryWordRanksFirstAtItsBestPassage() throws {
        #expect(searcher.reader.statistics.passages == 4, "each paragraph must be a passage")
        let plain = try hits("tariff steel", weight: 0)
        #expect(plain.map(\.article.id) == ["lone", "spread", "other"])
        #expect(Set(plain.map(\.score)).count == 1)
        for pruning in [true, false] {
            let ranked = try hits("tariff steel", weight: 0.5, pruning: pruning)
            #expect(ranked.map(\.article.id) == ["spread", "lone", "other"], "pruning \(pruning)")
            // Still a passage: the same one as without the bonus.
            #expect(ranked[0].passage.hasPrefix("tariff"), "pruning \(pruning)")
            #expect(ranked[0].passage == plain[1].passage, "pruning \(pruning)")
        }
    }

    @Test func theBonusIsTheWeightTimesTheArticleScore() throws {
        func scores(_ weight: Double) throws -> [String: Double] {
            Dictionary(uniqueKeysWithValues: try hits("tariff steel", weight: weight).map { ($0.article.id, $0.score) })
        }
        let plain = try scores(0)
        let once = try scores(1)
        let twice = try scores(2)
        for (id, base) in plain {
            #expect(once[id]! > base, "\(id)")
            #expect(abs((twice[id]! - base) - 2 * (once[id]! - base)) < 1e-9, "\(id)")
        }
        // Both words count for "spread", though it is twice as long as the others.
        #expect(once["spread"]! - plain["spread"]! > once["lone"]! - plain["lone"]!)
        #expect(once["lone"]! - plain["lone"]! == once["other"]! - plain["other"]!)
    }

    @Test func onlyTheFirstArticlesAreRescoredWhateverTheLimit() throws {
        // Depth 1 rescores "lone" alone: it only moves further ahead.
        #expect(try hits("tariff steel", weight: 0.5, depth: 1).map(\.article.id) == ["lone", "spread", "other"])
        // The depth, not the limit, says which articles are rescored.
        let first = try hits("tariff steel", weight: 0.5, limit: 1)
        #expect(first.map(\.article.id) == ["spread"])
        #expect(first[0].score == (try hits("tariff steel", weight: 0.5))[0].score)
    }

    @Test func dateOrderAndPhrasesGetNoBonus() throws {
        var options = SearchOptions()
        options.sort = .date
        options.articleWeight = 0
        let plain = try searcher.search("tariff steel", options: options).hits.map(\.score)
        options.articleWeight = 1
        #expect(try searcher.search("tariff steel", options: options).hits.map(\.score) == plain)
        #expect(try hits("\"steel harbor\"", weight: 1).map(\.score) == hits("\"steel harbor\"", weight: 0).map(\.score))
    }
}
