import Foundation
import Testing
import Gaceta
@testable import GacetaEvaluation

@Suite struct RelevanceEvaluationTests {
    /// A fresh path under the system's temporary folder, removed after `body`.
    private func withScratchPath<T>(_ body: (String) throws -> T) throws -> T {
        let path = NSTemporaryDirectory() + "gaceta-evaluation-test-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    /// A long article whose passages all mention steel, so passages outnumber
    /// articles, and two short ones.
    private func withSteelIndex<T>(_ body: (Searcher) throws -> T) throws -> T {
        try withScratchPath { path in
            let writer = try IndexWriter(path: path)
            let paragraph = "Steel tariffs were debated again in parliament today, with members divided on the question of imports from abroad and their effect on prices."
            writer.add(Article(id: "steel", title: "Steel", body: Array(repeating: paragraph, count: 4).joined(separator: "\n\n"), language: .english))
            writer.add(Article(id: "rain", title: "Rain", body: "Heavy rain fell on the coast all week and the roads were flooded.", language: .english))
            writer.add(Article(id: "prices", title: "Prices", body: "Steel prices rose slowly.", language: .english))
            try writer.commit()
            return try body(Searcher(reader: IndexReader(path: path)))
        }
    }

    @Test func ranksArticlesByTheirBestPassage() throws {
        let report = try withSteelIndex { searcher in
            try RelevanceEvaluation(searcher: searcher).run([
                JudgedQuery(id: "q1", text: "rain coast", relevant: ["rain"]),
                JudgedQuery(id: "q2", text: "steel", relevant: ["steel", "prices"]),
                JudgedQuery(id: "q3", text: "anything", relevant: []),
            ])
        }
        #expect(report.queriesEvaluated == 2)
        #expect(report.queriesSkipped == 1)
        // Both steel articles come before anything else, once each, so q2 is perfect too.
        #expect(abs(report.ndcg - 1) < 1e-9)
        #expect(report.mrr == 1)
        #expect(report.recallAt1000 == 1)
    }

    @Test func ranksLikeSearcherSearchWithOnePassagePerArticle() throws {
        try withSteelIndex { searcher in
            var evaluation = RelevanceEvaluation(searcher: searcher)
            evaluation.depth = 50
            var options = SearchOptions()
            options.limit = 50
            options.perArticle = 1
            for query in ["steel", "steel rain", "prices coast"] {
                let expected = try searcher.search(.keywords(query), options: options).hits.map(\.passageID)
                #expect(try evaluation.rank(query).passages.map(\.id.description) == expected, "\(query)")
            }
        }
    }

    @Test func readsJudgedQueriesAndNamesTheBadLine() throws {
        try withScratchPath { path in
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
            let error = #expect(throws: EvaluationError.self) { try JudgedQueryFile.read(path: path) }
            #expect(error?.kind == .malformed)
            #expect(error?.line == 2)
            let missing = #expect(throws: EvaluationError.self) { try JudgedQueryFile.read(path: path + "-missing") }
            #expect(missing?.kind == .unreadable)
        }
    }
}
