import Foundation
import Gaceta
import GacetaEvaluation

/// How `gaceta eval` prints a `RelevanceReport`, for people or as JSON.
struct EvalOutput {
    var set: String
    var report: RelevanceReport
    var options: SearchOptions
    var titles: Bool
    /// Time to build the scratch index; nil when an existing index was searched.
    var indexSeconds: Double?

    /// What every `gaceta eval` subcommand prints, for its `--help`.
    static let figuresHelp = """
        Runs every query, retrieving up to 1000 articles (each ranked by its \
        best passage), and prints the means of nDCG@k and MRR@k (k = 10 by \
        default), Recall@100 and Recall@1000 with binary relevance, the number \
        of queries evaluated (those with no relevant article are skipped and \
        counted) and the mean time to rank one query's top 1000 articles.
        """

    /// The shape of `json`, for the subcommands' `--help`.
    static let jsonHelp = """
        --json prints one object: {"set", "k", "queries", "skipped", "ndcg", \
        "mrr", "recall_100", "recall_1000", "mean_latency_ms", "index_seconds", \
        "k1", "b", "title_weight", "titles", "translate"}.
        """

    var text: String {
        let k = report.cutoff
        var lines = ["\(set): \(Formatting.count(report.queriesEvaluated, "query", plural: "queries")) evaluated"
            + (report.queriesSkipped > 0 ? ", \(Formatting.count(report.queriesSkipped, "query", plural: "queries")) skipped (nothing relevant)" : "")]
        lines.append(String(format: "  nDCG@%d       %.4f", k, report.ndcg))
        lines.append(String(format: "  MRR@%d        %.4f", k, report.mrr))
        lines.append(String(format: "  Recall@100    %.4f", report.recallAt100))
        lines.append(String(format: "  Recall@1000   %.4f", report.recallAt1000))
        lines.append(String(format: "  mean latency  %.3f ms", report.meanLatencySeconds * 1000))
        var setting = String(format: "  k1 %g, b %g, title weight %g%@%@", options.k1, options.b, options.titleWeight, titles ? "" : ", titles not indexed",
                             options.translation == nil ? "" : ", queries translated")
        if let indexSeconds { setting += "; index built in \(Formatting.seconds(indexSeconds))" }
        lines.append(setting)
        return lines.joined(separator: "\n") + "\n"
    }

    var json: JSONValue {
        .object([
            ("set", .string(set)),
            ("k", .int(report.cutoff)),
            ("queries", .int(report.queriesEvaluated)),
            ("skipped", .int(report.queriesSkipped)),
            ("ndcg", .double(report.ndcg)),
            ("mrr", .double(report.mrr)),
            ("recall_100", .double(report.recallAt100)),
            ("recall_1000", .double(report.recallAt1000)),
            ("mean_latency_ms", .double(report.meanLatencySeconds * 1000)),
            ("index_seconds", indexSeconds.map(JSONValue.double) ?? .null),
            ("k1", .double(options.k1)),
            ("b", .double(options.b)),
            ("title_weight", .double(options.titleWeight)),
            ("titles", .bool(titles)),
            ("translate", .bool(options.translation != nil)),
        ])
    }
}
