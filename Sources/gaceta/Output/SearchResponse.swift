import Gaceta

/// The `--json` shape of one query's results: `{"query", "took_us",
/// "open_us", "total_hits", "total_hits_relation", "results": [...]}`, absent metadata as `null` so
/// every result has the same keys. `open_us` is there only for a single query,
/// the one the index was opened for.
enum SearchResponse {
    static func json(query: String, tookMicroseconds: Int, openMicroseconds: Int? = nil, results: SearchResults) -> JSONValue {
        var fields: [(String, JSONValue)] = [("query", .string(query)), ("took_us", .int(tookMicroseconds))]
        if let openMicroseconds { fields.append(("open_us", .int(openMicroseconds))) }
        fields.append(("total_hits", .int(results.totalHits)))
        fields.append(("total_hits_relation", .string(results.totalHitsRelation.rawValue)))
        fields.append(("results", .array(results.hits.map(json))))
        return .object(fields)
    }

    static func json(_ hit: SearchHit) -> JSONValue {
        .object([
            ("rank", .int(hit.rank)),
            ("score", .double(hit.score)),
            ("article_id", .string(hit.article.id)),
            ("passage_id", .string(hit.passageID)),
            ("title", .string(hit.article.title)),
            ("date", .optional(hit.article.date)),
            ("source", .optional(hit.article.source)),
            ("url", .optional(hit.article.url)),
            ("lang", .string(hit.article.language.rawValue)),
            ("passage", .string(hit.passage)),
            ("highlights", .array(hit.highlights.map { .array([.int($0.lowerBound), .int($0.upperBound)]) })),
        ])
    }

    /// The `--batch` line for a query that could not be run.
    static func json(query: String, error: String) -> JSONValue {
        .object([("query", .string(query)), ("error", .string(error))])
    }
}
