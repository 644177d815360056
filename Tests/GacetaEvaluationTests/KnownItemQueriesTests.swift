import Testing
import Gaceta
import GacetaEvaluation

@Suite struct KnownItemQueriesTests {
    private let articles = [
        Article(id: "a", title: "Alpha", body: "x"),
        Article(id: "b", title: "", body: "x"),
        Article(id: "c", title: "Gamma", body: "x"),
        Article(id: "d", title: "Delta", body: "x"),
        Article(id: "e", title: "  ", body: "x"),
        Article(id: "f", title: "Phi", body: "x"),
        Article(id: "g", title: "Gee", body: "x"),
    ]

    @Test func samplesEvenlySpreadTitledArticles() {
        // Titled: a c d f g (5); two wanted → positions 0 and floor(5 / 2) = 2: a, d.
        let queries = KnownItemQueries.sample(articles, count: 2)
        #expect(queries.map(\.id) == ["a", "d"])
        #expect(queries.map(\.text) == ["Alpha", "Delta"])
        #expect(queries.map(\.relevant) == [["a"], ["d"]])
        // Three of five: positions 0, 1, 3.
        #expect(KnownItemQueries.sample(articles, count: 3).map(\.id) == ["a", "c", "f"])
    }

    @Test func aLargerSampleTakesEveryTitledArticle() {
        #expect(KnownItemQueries.sample(articles, count: 100).map(\.id) == ["a", "c", "d", "f", "g"])
    }

    @Test func theAnswerCanBeAnotherArticle() {
        let queries = KnownItemQueries.sample(articles, count: 10) { $0.id == "c" ? nil : $0.id + "-es" }
        #expect(queries.map(\.id) == ["a", "d", "f", "g"])
        #expect(queries.first?.relevant == ["a-es"])
    }
}
