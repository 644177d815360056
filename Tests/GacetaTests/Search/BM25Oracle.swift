import Foundation
@testable import Gaceta

/// A deliberately naive BM25 over live articles held in memory: every passage
/// scored against every clause, no index structures. The searcher must agree.
struct BM25Oracle {
    struct Passage {
        var articleID: String
        var language: Language
        var body: [String]
        var title: [String]
        /// Order of addition: ties rank the earlier passage first.
        var sequence: Int
    }

    private(set) var passages: [Passage] = []
    private var nextSequence = 0
    let analyzer = Analyzer()
    let unstemmed = Analyzer(configuration: .init(stopwords: [:], stemming: false))
    let splitter = PassageSplitter(IndexConfiguration())
    private var caches = AnalyzedArticle.Caches()

    mutating func add(_ article: Article) {
        delete(article.id)
        let analyzed = AnalyzedArticle(article, analyzer: analyzer, unstemmed: unstemmed, splitter: splitter,
                                       caches: &caches)
        for passage in analyzed.passages {
            passages.append(Passage(
                articleID: article.id, language: analyzed.article.language,
                body: passage.terms, title: analyzed.titleTerms, sequence: nextSequence
            ))
            nextSequence += 1
        }
    }

    mutating func delete(_ id: String) {
        passages.removeAll { $0.articleID == id }
    }

    struct Hit: Equatable {
        var articleID: String
        var score: Double
    }

    /// The query's words are planned by the searcher's own planner (that is
    /// analysis, shared on purpose); everything after is the oracle's. A word
    /// written `-word` excludes the passages that hold it.
    func search(_ query: String, options: SearchOptions, reader: IndexReader) throws -> (hits: [Hit], totalHits: Int, scores: [String: Double]) {
        let words = query.split(separator: " ").map { word in
            word.hasPrefix("-") ? Query.excluded(.word(String(word.dropFirst()))) : Query.word(String(word))
        }
        let planner = QueryPlanner(analyzer: analyzer, unstemmed: analyzer, reader: reader, options: options)
        let plan = try planner.plan(.group(words))
        let clauses = plan.highlightedTerms
        var exclusions: [QueryTerm] = []
        if case .group(_, _, let excluded) = plan { exclusions = excluded.flatMap(\.scoredTerms) }
        let count = Double(passages.count)
        func terms(_ passage: Passage, _ field: Field) -> [String] { field == .title ? passage.title : passage.body }
        func averageLength(_ field: Field) -> Double {
            passages.isEmpty ? 0 : Double(passages.reduce(0) { $0 + terms($1, field).count }) / count
        }
        var documentFrequency: [QueryTerm: Double] = [:]
        var averages: [Field: Double] = [:]
        for clause in clauses {
            documentFrequency[clause] = Double(passages.filter { $0.language == clause.language && terms($0, clause.field).contains(clause.term) }.count)
            averages[clause.field] = averageLength(clause.field)
        }
        var scored: [(Passage, Double)] = []
        for passage in passages {
            if exclusions.contains(where: { $0.language == passage.language && terms(passage, $0.field).contains($0.term) }) { continue }
            var score = 0.0
            var matched = false
            for clause in clauses where clause.language == passage.language {
                let tf = terms(passage, clause.field).filter { $0 == clause.term }.count
                guard tf > 0 else { continue }
                matched = true
                let df = documentFrequency[clause]!
                let idf = log(1 + (count - df + 0.5) / (df + 0.5))
                let average = averages[clause.field]!
                let relative = average > 0 ? Double(terms(passage, clause.field).count) / average : 1
                let k1 = options.k1
                let b = options.b
                score += clause.weight * idf * Double(tf) * (k1 + 1) / (Double(tf) + k1 * (1 - b + b * relative))
            }
            if matched { scored.append((passage, score)) }
        }
        scored.sort { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0.sequence < $1.0.sequence) }
        let hits = scored.prefix(options.limit).map { Hit(articleID: $0.0.articleID, score: $0.1) }
        let scores = Dictionary(scored.map { ($0.0.articleID, $0.1) }, uniquingKeysWith: max)
        return (Array(hits), scored.count, scores)
    }
}
