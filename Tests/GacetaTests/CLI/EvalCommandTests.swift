import Foundation
import Testing

/// `gaceta eval` and its subcommands end to end on toy files.
@Suite struct EvalCommandTests {
    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test(arguments: [["eval"], ["eval", "judged"], ["eval", "known-item"], ["eval", "known-item-cross"]])
    func everySubcommandsHelpTeaches(command: [String]) throws {
        let scratch = try TemporaryDirectory()
        let outcome = try GacetaProcess.run(command + ["--help"], in: scratch.path)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.contains("Examples:"))
        #expect(outcome.standardOutput.contains("gaceta " + command.joined(separator: " ")))
        if command.count > 1 {
            #expect(outcome.standardOutput.contains("RANKING OPTIONS:"))
            #expect(outcome.standardOutput.contains("--json prints one object"))
        }
    }

    @Test func retrievalSetPrintsTheMetricsAsJSON() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("docs.jsonl", """
            {"id": "d1", "title": "Acero", "body": "El gobierno impuso aranceles al acero importado.", "lang": "es"}
            {"id": "d2", "title": "Lluvia", "body": "Llueve sin parar en la costa esta semana.", "lang": "es"}
            {"id": "d3", "title": "Steel", "body": "The new tariffs on steel imports take effect on Monday.", "lang": "en"}
            """)
        try scratch.write("set.queries.jsonl", """
            {"qid": "1", "query": "aranceles acero", "lang": "es", "relevant": ["d1"]}
            {"qid": "2", "query": "lluvias en la costa", "lang": "es", "relevant": ["d2"]}
            {"qid": "3", "query": "nothing", "lang": "en", "relevant": []}
            """)
        let outcome = try GacetaProcess.run(["eval", "judged", "--docs", "docs.jsonl", "--queries", "set.queries.jsonl", "--json"], in: scratch.path)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let report = try json(outcome.standardOutput)
        #expect(report["set"] as? String == "set")
        #expect(report["queries"] as? Int == 2)
        #expect(report["skipped"] as? Int == 1)
        #expect(report["ndcg"] as? Double == 1)
        #expect(report["mrr"] as? Double == 1)
        #expect(report["titles"] as? Bool == true)
        // The scratch index is gone afterwards; nothing was written beside the inputs.
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/index"))
    }

    @Test func knownItemIndexesWithoutTitles() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("news.jsonl", """
            {"id": "n1", "title": "Steel tariffs", "body": "Tariffs on steel imports take effect on Monday.", "lang": "en"}
            {"id": "n2", "title": "", "body": "A table of figures.", "lang": "en"}
            {"id": "n3", "title": "Coast floods", "body": "Rain flooded the coast roads all week.", "lang": "en"}
            """)
        let outcome = try GacetaProcess.run(["eval", "known-item", "news.jsonl"], in: scratch.path)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        #expect(outcome.standardOutput.contains("known-item:news: 2 queries evaluated"))
        #expect(outcome.standardOutput.contains("titles not indexed"))
    }

    @Test func wrongCombinationsAreUsageErrors() throws {
        let scratch = try TemporaryDirectory()
        for arguments in [["eval", "judged", "--queries", "q.jsonl"], ["eval", "judged", "--docs", "d.jsonl"],
                          ["eval", "judged", "--index", "i", "--queries", "q.jsonl", "--passage-words", "100"],
                          ["eval", "known-item", "n.jsonl", "--docs", "d.jsonl"], ["eval", "known-item"],
                          ["eval", "known-item-cross", "p.jsonl", "--b", "2"], ["eval", "--known-item", "n.jsonl"]] {
            let outcome = try GacetaProcess.run(arguments, in: scratch.path)
            #expect(outcome.status == 1, "\(arguments)")
            #expect(outcome.standardError.hasPrefix("gaceta: "), "\(arguments)")
        }
        // The advice names the subcommand whose options were wrong.
        let wrongSample = try GacetaProcess.run(["eval", "known-item", "n.jsonl", "--sample", "0"], in: scratch.path)
        #expect(wrongSample.standardError.contains("(see `gaceta eval known-item --help`)"))
        let missing = try GacetaProcess.run(["eval", "judged", "--docs", "none.jsonl", "--queries", "q.jsonl"], in: scratch.path)
        #expect(missing.status == 2)
        #expect(missing.standardError.hasPrefix("gaceta: "))
    }

    @Test func theSubcommandsShareTheRankingOptions() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("parallel.jsonl", """
            {"id": "p1-en", "title": "Steel tariffs in Mexico", "body": "Steel tariffs take effect.", "lang": "en"}
            {"id": "p1-es", "title": "Aranceles al acero en México", "body": "Aranceles al acero en México desde el lunes.", "lang": "es"}
            {"id": "p2-en", "title": "Floods on the coast", "body": "Rain flooded the coast.", "lang": "en"}
            {"id": "p2-es", "title": "Inundaciones en la costa", "body": "La lluvia inundó la costa.", "lang": "es"}
            """)
        let outcome = try GacetaProcess.run(
            ["eval", "known-item-cross", "parallel.jsonl", "--k1", "0.9", "--b", "0.5", "--title-weight", "2", "--json"], in: scratch.path)
        #expect(outcome.status == 0, "\(outcome.standardError)")
        let report = try json(outcome.standardOutput)
        #expect(report["set"] as? String == "known-item-cross:parallel")
        #expect(report["queries"] as? Int == 2)
        #expect(report["k1"] as? Double == 0.9)
        #expect(report["b"] as? Double == 0.5)
        #expect(report["title_weight"] as? Double == 2)
        #expect(report["titles"] as? Bool == false)
    }
}
