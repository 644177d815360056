import Testing
@testable import Gaceta

@Suite struct MergeTests {
    /// Statistics exclude deletions, so merging must not change a single score.
    @Test(.tags(.randomised))
    func optimizeKeepsEveryResultAndScore() throws {
        var random = SplitMix64(seed: TestSeed.resolve(11))
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.ramBudgetBytes = 20_000
        configuration.mergeFactor = 100
        for round in 0..<4 {
            let writer = try IndexWriter(path: directory.path, configuration: configuration)
            for index in 0..<80 {
                writer.add(SearcherOracleTests.article(id: "a\((round * 80 + index) % 200)", &random))
            }
            writer.delete(articleID: "a\(round * 7)")
            try writer.commit()
        }
        let before = Searcher(reader: try IndexReader(path: directory.path))
        #expect(before.reader.segments.count > 1)
        let queries = (0..<40).map { _ in (0..<3).map { _ in SearcherOracleTests.word(&random) }.joined(separator: " ") }
        let expected = try queries.map { try before.search($0) }

        let statistics = try IndexWriter(path: directory.path, configuration: configuration).optimize()
        #expect(statistics.segments == 1)
        #expect(statistics.deletedPassages == 0)
        #expect(statistics.articles == before.reader.statistics.articles)
        let after = Searcher(reader: try IndexReader(path: directory.path))
        for (query, old) in zip(queries, expected) {
            let new = try after.search(query)
            #expect(new.totalHits == old.totalHits)
            #expect(new.hits.map(\.article.id) == old.hits.map(\.article.id), "\(query)")
            for (a, b) in zip(new.hits, old.hits) { #expect(abs(a.score - b.score) < 1e-9) }
            #expect(new.hits.map(\.passage) == old.hits.map(\.passage))
        }
        // The old snapshot still reads: its files were unlinked, not overwritten.
        #expect(try before.search(queries[0]).hits.map(\.article.id) == expected[0].hits.map(\.article.id))
    }

    @Test func segmentCountStaysLogarithmicInCommits() throws {
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.mergeFactor = 4
        let writer = try IndexWriter(path: directory.path, configuration: configuration)
        for commit in 0..<64 {
            writer.add(Article(id: "c\(commit)", title: "Commit \(commit)", body: "words of commit number \(commit)", language: .english))
            let statistics = try writer.commit()
            #expect(statistics.segments <= 3 * 4, "after \(commit + 1) commits")
        }
        let reader = try IndexReader(path: directory.path)
        #expect(reader.statistics.articles == 64)
        #expect(reader.segments.count < 12)
        #expect(try Searcher(reader: reader).search("commit").totalHits == 64)
    }

    @Test func userDataTravelsWithCommitsAndRebuildForgetsIt() throws {
        let directory = try TemporaryDirectory()
        do {
            let writer = try IndexWriter(path: directory.path)
            writer.add(Article(id: "x", title: "", body: "some text", language: .english))
            try writer.commit(userData: Array("state one".utf8))
            #expect(try IndexReader(path: directory.path).userData() == Array("state one".utf8))
            writer.add(Article(id: "y", title: "", body: "more text", language: .english))
            try writer.commit()
            #expect(try IndexReader(path: directory.path).userData() == Array("state one".utf8))
            try writer.commit(userData: Array("state two".utf8))
            #expect(try IndexReader(path: directory.path).userData() == Array("state two".utf8))
        }

        let rebuilt = try IndexWriter(path: directory.path, mode: .rebuild)
        rebuilt.add(Article(id: "z", title: "", body: "fresh", language: .english))
        try rebuilt.commit()
        #expect(try IndexReader(path: directory.path).userData() == nil)
    }
}
