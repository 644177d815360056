import Testing
@testable import Gaceta

@Suite struct IndexEndToEndTests {
    @Test func addCommitSearchAndShow() throws {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path, mode: .rebuild)
        writer.add(Article(id: "a1", title: "Tariffs on steel", body: "The new tariffs hit steel imports hard.", language: .english))
        writer.add(Article(id: "a2", title: "Weather", body: "Rain and more rain over the coast this week.", language: .english))
        let statistics = try writer.commit()
        #expect(statistics.articles == 2)
        #expect(statistics.passages == 2)

        let reader = try IndexReader(path: directory.path)
        let results = try Searcher(reader: reader).search("steel")
        #expect(results.hits.map(\.article.id) == ["a1"])
        #expect(results.totalHits == 1)
        let article = try #require(try reader.article(id: "a2"))
        #expect(article.body == "Rain and more rain over the coast this week.")
    }

    /// A snapshot describes its own commit, however many come after it.
    @Test func aSnapshotsStatisticsAreThoseOfItsCommit() throws {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        writer.add(Article(id: "a1", title: "Tariffs on steel", body: "The new tariffs hit steel imports hard.", language: .english))
        let first = try writer.commit()
        let snapshot = try IndexReader(path: directory.path)
        #expect(snapshot.statistics.articles == 1)
        #expect(snapshot.statistics.bytesByKind == first.bytesByKind)

        writer.add(Article(id: "a2", title: "Lluvia", body: "Llueve otra vez sobre la costa esta semana.", language: .spanish))
        try writer.commit(userData: Array(repeating: 1, count: 100))
        let newest = try snapshot.reopen()
        #expect(newest.statistics.articles == 2)
        #expect(newest.statistics.bytesByKind["manifest"] != first.bytesByKind["manifest"])
        #expect(snapshot.statistics.bytesByKind == first.bytesByKind)
        #expect(snapshot.statistics.generation == first.generation)
    }
}
