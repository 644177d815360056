import Testing
@testable import Gaceta

/// The term-proximity bonus: two passages with the same words, the same
/// number of times, differ only in how close the query words stand.
@Suite struct ProximityTests {
    static let filler = "harbor lantern meadow pebble quartz ribbon saddle thistle violet walnut"
    static let articles = [
        // Indexed first, so it wins a tie on BM25 alone.
        Article(id: "apart", title: "", body: "central \(filler) \(filler) bank", language: .english),
        Article(id: "together", title: "", body: "central bank \(filler) \(filler)", language: .english),
    ]

    let index: SearchableArticles
    var searcher: Searcher { index.searcher }

    init() throws {
        index = try SearchableArticles(Self.articles)
    }

    func hits(_ query: String, weight: Double, pruning: Bool = true) throws -> [(id: String, score: Double)] {
        var options = SearchOptions()
        options.proximityWeight = weight
        options.pruning = pruning
        return try searcher.search(query, options: options).hits.map { ($0.article.id, $0.score) }
    }

    @Test func adjacentWordsOutrankDistantOnes() throws {
        let plain = try hits("central bank", weight: 0)
        #expect(plain.map(\.id) == ["apart", "together"])
        #expect(plain[0].score == plain[1].score)

        for pruning in [true, false] {
            let ranked = try hits("central bank", weight: 1, pruning: pruning)
            #expect(ranked.map(\.id) == ["together", "apart"], "pruning \(pruning)")
            #expect(ranked[0].score > plain[0].score + 0.1, "pruning \(pruning)")
            // Twenty words apart still counts, but far less than side by side.
            #expect(ranked[1].score > plain[1].score, "pruning \(pruning)")
            #expect(ranked[1].score - plain[1].score < (ranked[0].score - plain[0].score) / 100, "pruning \(pruning)")
        }
    }

    @Test func aFilterNarrowsWithoutReordering() throws {
        var options = SearchOptions()
        let plain = try searcher.search("central bank", options: options).hits.map(\.score)
        options.filters = [.language(.english)]
        for pruning in [true, false] {
            options.pruning = pruning
            let filtered = try searcher.search("central bank", options: options).hits
            #expect(filtered.map(\.article.id) == ["together", "apart"])
            #expect(filtered.map(\.score) == plain)
        }
        #expect(try searcher.search("central bank lang:en").hits.map(\.score) == plain)
    }

    @Test func oneWordOrAPhraseGetsNoBonus() throws {
        #expect(try hits("bank", weight: 1).map(\.score) == hits("bank", weight: 0).map(\.score))
        // A phrase is not a bag of words: its own matcher already asks for adjacency.
        #expect(try hits("\"central bank\"", weight: 1).map(\.score) == hits("\"central bank\"", weight: 0).map(\.score))
    }

    @Test func theBonusScalesWithTheWeight() throws {
        let plain = try hits("central bank", weight: 0)[1].score
        let single = try hits("central bank", weight: 1)[0].score - plain
        let double = try hits("central bank", weight: 2)[0].score - plain
        #expect(abs(double - 2 * single) < 1e-9)
    }
}
