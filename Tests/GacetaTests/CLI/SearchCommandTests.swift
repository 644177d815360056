import Foundation
import Testing

/// `gaceta` end to end on a small corpus: index, search (human, JSON, batch),
/// stats and show.
@Suite struct SearchCommandTests {
    /// A scratch directory with `./corpus` holding three articles in two files.
    private func scratchWithCorpus() throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory()
        try scratch.write("corpus/es.jsonl", """
            {"id": "es-1", "title": "Nuevos aranceles al acero", "body": "El gobierno impuso aranceles al acero importado.\\n\\nLos productores celebran la medida.", "date": "2025-03-04", "source": "Gaceta", "url": "https://example.org/es-1", "lang": "es"}
            {"id": "es-2", "title": "Lluvias en la costa", "body": "Llueve sin parar en la costa esta semana.", "lang": "es"}
            """)
        try scratch.write("corpus/en/tariffs.md", """
            ---
            id: en-1
            title: Steel tariffs announced
            date: 2025-03-05
            lang: en
            ---
            The new tariffs on steel imports take effect on Monday. Café owners worry about prices.
            """)
        return scratch
    }

    private func json(_ line: some StringProtocol) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test func searchJSONHasTheDocumentedShape() throws {
        let scratch = try scratchWithCorpus()
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let outcome = try GacetaProcess.run(["search", "--json", "tariffs", "steel"], in: scratch.path)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardOutput.hasPrefix(#"{"query":"tariffs steel","took_us":"#))
        let response = try json(outcome.standardOutput)
        #expect(Set(response.keys) == ["query", "took_us", "open_us", "total_hits", "total_hits_relation", "results"])
        #expect(response["total_hits_relation"] as? String == "eq")
        let results = try #require(response["results"] as? [[String: Any]])
        let first = try #require(results.first)
        #expect(Set(first.keys) == ["rank", "score", "article_id", "passage_id", "title", "date", "source", "url", "lang", "passage", "highlights"])
        #expect(first["article_id"] as? String == "en-1")
        #expect(first["source"] is NSNull)
        let passage = try #require(first["passage"] as? String)
        let highlights = try #require(first["highlights"] as? [[Int]])
        #expect(!highlights.isEmpty)
        let bytes = Array(passage.utf8)
        let marked = highlights.map { String(decoding: bytes[$0[0]..<$0[1]], as: UTF8.self).lowercased() }
        #expect(marked.allSatisfy { $0.hasPrefix("tariff") || $0 == "steel" })
    }

    @Test func humanOutputMarksMatchesPlainlyWhenPiped() throws {
        let scratch = try scratchWithCorpus()
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let plain = try GacetaProcess.run(["search", "aranceles"], in: scratch.path)
        #expect(plain.status == 0)
        #expect(plain.standardOutput.contains("1. Nuevos aranceles al acero"))
        #expect(plain.standardOutput.contains("2025-03-04 · Gaceta · score "))
        #expect(plain.standardOutput.contains("[aranceles]"))
        #expect(!plain.standardOutput.contains("\u{1B}["))
        let colored = try GacetaProcess.run(["search", "--color", "always", "aranceles"], in: scratch.path)
        #expect(colored.standardOutput.contains("\u{1B}[1;33maranceles\u{1B}[0m"))
    }

    @Test func countStopsAtItsThresholdUnlessExact() throws {
        let scratch = try scratchWithCorpus()
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let exact = try json(GacetaProcess.run(["search", "--json", "--count", "exact", "aranceles"], in: scratch.path).standardOutput)
        #expect(exact["total_hits_relation"] as? String == "eq")
        let bounded = try json(GacetaProcess.run(["search", "--json", "--count", "1", "aranceles"], in: scratch.path).standardOutput)
        #expect(bounded["total_hits_relation"] as? String == "gte")
        let total = try #require(exact["total_hits"] as? Int)
        let atLeast = try #require(bounded["total_hits"] as? Int)
        #expect((1...total).contains(atLeast))
        let text = try GacetaProcess.run(["search", "--count", "1", "aranceles"], in: scratch.path)
        #expect(text.standardOutput.hasPrefix("1 of \(atLeast)+ matching passages ("))
        let refused = try GacetaProcess.run(["search", "--count", "0", "aranceles"], in: scratch.path)
        #expect(refused.status != 0)
        #expect(refused.standardError.contains("--count"))
    }

    @Test func zeroHitsIsNotAnError() throws {
        let scratch = try scratchWithCorpus()
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let outcome = try GacetaProcess.run(["search", "zeppelin"], in: scratch.path)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput.hasPrefix("No passages match"))
    }

    @Test func batchPrintsOneObjectPerQuery() throws {
        let scratch = try scratchWithCorpus()
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let outcome = try GacetaProcess.run(["search", "--batch"], in: scratch.path, input: "tariffs\n\n  lluvias \nzeppelin\n")
        #expect(outcome.status == 2, "the blank line is an empty query: stderr: \(outcome.standardError)")
        let lines = outcome.standardOutput.split(separator: "\n")
        #expect(try lines.map { try json($0)["query"] as? String } == ["tariffs", "", "lluvias", "zeppelin"])
        #expect(try json(lines[1])["error"] as? String == "empty query: type some words to look for (at character 1)")
        #expect(try (json(lines[3])["results"] as? [Any])?.isEmpty == true)
        #expect(try json(lines[0])["open_us"] == nil, "the index is opened once, for no query in particular")
    }

    @Test func searchBuildsAMissingIndexFromTheCorpus() throws {
        let scratch = try scratchWithCorpus()
        let outcome = try GacetaProcess.run(["search", "--json", "--lang", "es", "acero"], in: scratch.path)
        #expect(outcome.status == 0, "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.contains("building it from ./corpus first"))
        let results = try #require(try json(outcome.standardOutput)["results"] as? [[String: Any]])
        #expect(results.map { $0["article_id"] as? String } == ["es-1"])
    }

    @Test func idsOnlyRanksAsTheFullSearchDoes() throws {
        let scratch = try scratchWithCorpus()
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let input = "aranceles\nacero\nzeppelin\n"
        let full = try GacetaProcess.run(["search", "--batch"], in: scratch.path, input: input)
        let ranked = try GacetaProcess.run(["search", "--batch", "--ids-only"], in: scratch.path, input: input)
        #expect(ranked.status == 0, "stderr: \(ranked.standardError)")
        func results(_ output: String, keys: [String]) throws -> [[[String]]] {
            try output.split(separator: "\n").map { line in
                try #require(try json(line)["results"] as? [[String: Any]]).map { result in keys.map { "\(result[$0] ?? "nil")" } }
            }
        }
        let keys = ["rank", "score", "passage_id"]
        let expected = try results(full.standardOutput, keys: keys)
        #expect(expected.count == 3 && !expected[0].isEmpty && !expected[1].isEmpty && expected[2].isEmpty, "two queries that match and one that does not")
        #expect(try results(ranked.standardOutput, keys: keys) == expected)
        #expect(try results(ranked.standardOutput, keys: ["title"]).joined().joined().allSatisfy { $0 == "nil" }, "nothing read from the store")
        let single = try GacetaProcess.run(["search", "--ids-only", "acero"], in: scratch.path)
        #expect(single.status == 1)
        #expect(single.standardError.contains("--ids-only prints JSON"))
    }

    @Test func showAndStatsReadTheIndex() throws {
        let scratch = try scratchWithCorpus()
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let show = try GacetaProcess.run(["show", "es-1"], in: scratch.path)
        #expect(show.status == 0)
        #expect(show.standardOutput.hasPrefix("Nuevos aranceles al acero\nDate: 2025-03-04\nSource: Gaceta\nURL: https://example.org/es-1\nLanguage: es\nId: es-1\n\nEl gobierno"))
        let unknown = try GacetaProcess.run(["show", "nope"], in: scratch.path)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.hasPrefix("gaceta: no article with id `nope`"))
        let stats = try GacetaProcess.run(["stats", "--json"], in: scratch.path)
        #expect(stats.status == 0)
        let statistics = try json(stats.standardOutput)
        #expect(statistics["articles"] as? Int == 3)
        #expect((statistics["articles_by_language"] as? [String: Int])?["es"] == 2)
        let human = try GacetaProcess.run(["stats"], in: scratch.path)
        #expect(human.standardOutput.contains("Articles"))
    }
}
