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

    /// Segments flushed within one commit are merged while the analysis goes
    /// on: a commit of new articles publishes them merged and needs no merge
    /// of its own.
    @Test func flushedSegmentsMergeBeforeTheCommit() throws {
        var random = SplitMix64(seed: TestSeed.resolve(12))
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.ramBudgetBytes = 16_000
        configuration.mergeFactor = 3
        let writer = try IndexWriter(path: directory.path, configuration: configuration)
        for index in 0..<240 { writer.add(SearcherOracleTests.article(id: "a\(index)", &random)) }
        let statistics = try writer.commit()
        #expect(statistics.generation == 1, "the commit had merges left to do")
        // A level holds fewer segments than the merge factor; sizes grow threefold a level.
        #expect(statistics.segments < 3 * 6)
        #expect(statistics.articles == 240)
    }

    /// Merged flushed segments answer as one segment holding the same articles
    /// does, with replacements and deletions of articles in the merged inputs.
    @Test(.tags(.randomised))
    func mergedFlushedSegmentsKeepTheNewestVersions() throws {
        var random = SplitMix64(seed: TestSeed.resolve(13))
        let articles = (0..<240).map { SearcherOracleTests.article(id: "a\($0 % 170)", &random) }
        let deleted = ["a3", "a77", "a169"]
        func build(_ configuration: IndexConfiguration, in directory: TemporaryDirectory) throws -> IndexStatistics {
            let writer = try IndexWriter(path: directory.path, configuration: configuration)
            for (index, article) in articles.enumerated() {
                writer.add(article)
                if index == 200 { deleted.forEach { writer.delete(articleID: $0) } }
            }
            return try writer.commit()
        }
        var merging = IndexConfiguration()
        merging.ramBudgetBytes = 16_000
        merging.mergeFactor = 3
        let merged = try TemporaryDirectory()
        #expect(try build(merging, in: merged).articles == 170 - deleted.count)
        var single = IndexConfiguration()
        single.ramBudgetBytes = 1 << 30
        single.analysisThreads = 1
        let oracle = try TemporaryDirectory()
        #expect(try build(single, in: oracle).segments == 1)

        #expect(IndexChecker(path: merged.path).check().problems.map(\.description) == [])
        let expected = Searcher(reader: try IndexReader(path: oracle.path))
        let actual = Searcher(reader: try IndexReader(path: merged.path))
        var options = SearchOptions()
        options.limit = 1_000
        // Reranking depends on the order of tied scores, which segments change.
        options.proximityWeight = 0
        options.articleWeight = 0
        for _ in 0..<40 {
            let query = (0..<2).map { _ in SearcherOracleTests.word(&random) }.joined(separator: " ")
            let want = try expected.search(query, options: options)
            let got = try actual.search(query, options: options)
            #expect(got.totalHits == want.totalHits, "\(query)")
            let wanted = Dictionary(uniqueKeysWithValues: want.hits.map { ($0.article.id, ($0.article.title, $0.score)) })
            #expect(Set(got.hits.map(\.article.id)) == Set(wanted.keys), "\(query)")
            for hit in got.hits {
                #expect(hit.article.title == wanted[hit.article.id]?.0, "\(query): \(hit.article.id)")
                #expect(abs(hit.score - (wanted[hit.article.id]?.1 ?? .infinity)) < 1e-9, "\(query): \(hit.article.id)")
            }
            #expect(got.hits.allSatisfy { !deleted.contains($0.article.id) })
        }
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
