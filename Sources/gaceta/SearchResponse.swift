import Gaceta

/// The `--json` shape of one query's results.
struct SearchResponse: Encodable {
    var query: String
    var tookMicroseconds: Int
    var totalHits: Int
    var results: [Result]

    /// One ranked passage; absent metadata is `null` rather than missing, so
    /// every result has the same keys.
    struct Result: Encodable {
        var hit: SearchHit

        enum CodingKeys: String, CodingKey {
            case rank, score, articleID = "article_id", passageID = "passage_id", title, date, source, url, lang, passage, highlights
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(hit.rank, forKey: .rank)
            try container.encode(hit.score, forKey: .score)
            try container.encode(hit.article.id, forKey: .articleID)
            try container.encode(hit.passageID, forKey: .passageID)
            try container.encode(hit.article.title, forKey: .title)
            try container.encode(hit.article.date, forKey: .date)
            try container.encode(hit.article.source, forKey: .source)
            try container.encode(hit.article.url, forKey: .url)
            try container.encode(hit.article.language.rawValue, forKey: .lang)
            try container.encode(hit.passage, forKey: .passage)
            try container.encode(hit.highlights.map { [$0.lowerBound, $0.upperBound] }, forKey: .highlights)
        }
    }

    init(query: String, tookMicroseconds: Int, results: SearchResults) {
        self.query = query
        self.tookMicroseconds = tookMicroseconds
        self.totalHits = results.totalHits
        self.results = results.hits.map(Result.init)
    }

    enum CodingKeys: String, CodingKey {
        case query, tookMicroseconds = "took_us", totalHits = "total_hits", results
    }
}

/// The `--batch` line for a query that could not be run.
struct SearchFailureResponse: Encodable {
    var query: String
    var error: String
}
