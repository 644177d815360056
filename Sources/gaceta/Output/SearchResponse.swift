import Gaceta

/// The `--json` shape of one query's results: `{"query", "took_us",
/// "open_us", "total_hits", "total_hits_relation", "results": [...]}`, absent metadata as `null` so
/// every result has the same keys. `open_us` is there only for a single query,
/// the one the index was opened for.
enum SearchResponse {
    static func json(query: String, tookMicroseconds: Int, openMicroseconds: Int? = nil, results: SearchResults) -> JSONValue {
        envelope(
            query: query, tookMicroseconds: tookMicroseconds, openMicroseconds: openMicroseconds,
            totalHits: results.totalHits, relation: results.totalHitsRelation, results: results.hits.map(json)
        )
    }

    /// `--ids-only`: the same object with each result cut to what ranking
    /// knows without reading the store.
    static func json(query: String, tookMicroseconds: Int, openMicroseconds: Int? = nil, ranking: PassageRanking) -> JSONValue {
        envelope(
            query: query, tookMicroseconds: tookMicroseconds, openMicroseconds: openMicroseconds,
            totalHits: ranking.totalHits, relation: ranking.totalHitsRelation,
            results: ranking.passages.enumerated().map { rank, passage in
                .object([("rank", .int(rank + 1)), ("score", .double(passage.score)), ("passage_id", .string(passage.id.description))])
            }
        )
    }

    private static func envelope(
        query: String, tookMicroseconds: Int, openMicroseconds: Int?, totalHits: Int, relation: HitCountRelation, results: [JSONValue]
    ) -> JSONValue {
        var fields: [(String, JSONValue)] = [("query", .string(query)), ("took_us", .int(tookMicroseconds))]
        if let openMicroseconds { fields.append(("open_us", .int(openMicroseconds))) }
        fields.append(("total_hits", .int(totalHits)))
        fields.append(("total_hits_relation", .string(relation.rawValue)))
        fields.append(("results", .array(results)))
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
