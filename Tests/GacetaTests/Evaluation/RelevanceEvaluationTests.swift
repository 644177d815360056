import Foundation
import Testing
@testable import Gaceta

@Suite struct RelevanceEvaluationTests {
    @Test func ranksArticlesByTheirBestPassage() throws {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        // A long article whose passages all mention steel, so passages outnumber articles.
        let paragraph = "Steel tariffs were debated again in parliament today, with members divided on the question of imports from abroad and their effect on prices."
        writer.add(Article(id: "steel", title: "Steel", body: Array(repeating: paragraph, count: 4).joined(separator: "\n\n"), language: .english))
        writer.add(Article(id: "rain", title: "Rain", body: "Heavy rain fell on the coast all week and the roads were flooded.", language: .english))
        writer.add(Article(id: "prices", title: "Prices", body: "Steel prices rose slowly.", language: .english))
        try writer.commit()
        let evaluation = try RelevanceEvaluation(searcher: Searcher(reader: try IndexReader(path: directory.path)))
        let report = try evaluation.run([
            JudgedQuery(id: "q1", text: "rain coast", relevant: ["rain"]),
            JudgedQuery(id: "q2", text: "steel", relevant: ["steel", "prices"]),
            JudgedQuery(id: "q3", text: "anything", relevant: []),
        ])
        #expect(report.queriesEvaluated == 2)
        #expect(report.queriesSkipped == 1)
        // Both steel articles come before anything else, once each, so q2 is perfect too.
        #expect(abs(report.ndcg - 1) < 1e-9)
        #expect(report.mrr == 1)
        #expect(report.recallAt1000 == 1)
    }

    @Test func ranksLikeSearcherSearchWithOnePassagePerArticle() throws {
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.ramBudgetBytes = 16_000  // several segments
        let writer = try IndexWriter(path: directory.path, configuration: configuration)
        let words = ["steel", "rain", "coast", "tariffs", "prices", "acero", "lluvia", "costa", "precios", "week"]
        for index in 0..<300 {
            let paragraphs = (0..<(1 + index % 4)).map { p in
                (0..<25).map { words[($0 * 7 + index * 3 + p) % words.count] }.joined(separator: " ")
            }
            writer.add(Article(id: "a\(index)", title: words[index % words.count], body: paragraphs.joined(separator: "\n\n")))
        }
        try writer.commit()
        let searcher = Searcher(reader: try IndexReader(path: directory.path))
        var evaluation = try RelevanceEvaluation(searcher: searcher)
        evaluation.depth = 50
        var options = SearchOptions()
        options.limit = 50
        options.perArticle = 1
        for query in ["steel rain", "costa precios", "week", "tariffs acero lluvia"] {
            let expected = try searcher.search(query, options: options).hits.map(\.article.id)
            #expect(try evaluation.rankedArticles(query) == expected, "\(query)")
            #expect(Set(expected).count == expected.count)
        }
    }

    @Test func readsJudgedQueriesAndNamesTheBadLine() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/q.jsonl"
        try """
            {"qid": "1", "query": "aranceles", "lang": "es", "relevant": ["d1", "d2"]}

            {"qid": "2", "query": "tariffs", "relevant": []}
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let queries = try JudgedQueryFile.read(path: path)
        #expect(queries == [
            JudgedQuery(id: "1", text: "aranceles", language: .spanish, relevant: ["d1", "d2"]),
            JudgedQuery(id: "2", text: "tariffs", relevant: []),
        ])

        try "{\"qid\": \"1\", \"query\": \"x\", \"relevant\": []}\n{\"qid\": 3}\n".write(toFile: path, atomically: true, encoding: .utf8)
        let malformed = #expect(throws: EvaluationError.self) { try JudgedQueryFile.read(path: path) }
        #expect(malformed?.kind == .malformed)
        #expect(malformed?.line == 2)
        let missing = #expect(throws: EvaluationError.self) { try JudgedQueryFile.read(path: directory.path + "/missing.jsonl") }
        #expect(missing?.kind == .unreadable)
    }
}
