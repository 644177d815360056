import ArgumentParser
import Foundation
import Gaceta

/// `gaceta eval`: ranking quality (nDCG, MRR, recall) on judged queries.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure ranking quality on judged queries.",
        discussion: """
            Runs every query, retrieving up to 1000 articles (each ranked by its \
            best passage), and prints the means of nDCG@k and MRR@k (k = 10 by \
            default), Recall@100 and Recall@1000 with binary relevance, the number \
            of queries evaluated (those with no relevant article are skipped and \
            counted) and the mean time to rank one query's top 1000 articles.

            Three kinds of evaluation:
              --docs DOCS.jsonl[.gz] --queries QUERIES.jsonl
                  Index the documents in a temporary directory (removed
                  afterwards), or search --index DIR instead; run the queries,
                  {"qid", "query", "lang", "relevant": [doc ids]} per line.
              --known-item NEWS.jsonl[.gz]
                  Titles as queries, each article the only answer; the index is
                  built without titles. --sample N titles, evenly spread.
              --known-item-cross PARALLEL.jsonl[.gz]
                  English titles as queries against the Spanish sides (ids
                  PAIR-en and PAIR-es), indexed without titles.

            Examples:
              gaceta eval --docs ../shared/data/xquad-es.docs.jsonl.gz \\
                  --queries ../shared/data/xquad-es.queries.jsonl
              gaceta eval --docs D.jsonl.gz --queries Q.jsonl --k1 0.9 --json
              gaceta eval --known-item ../shared/data/news-en.jsonl.gz --sample 500
              gaceta eval --known-item-cross ../shared/data/news-parallel-en-es.jsonl.gz

            --json prints one object: {"set", "k", "queries", "skipped", "ndcg", \
            "mrr", "recall_100", "recall_1000", "mean_latency_ms", "index_seconds", \
            "k1", "b", "title_weight", "titles"}.
            """
    )

    @Option(help: ArgumentHelp("The documents to index (JSON Lines, optionally gzipped).", valueName: "file"))
    var docs: String?

    @Option(help: ArgumentHelp("The judged queries (JSON Lines).", valueName: "file"))
    var queries: String?

    @Option(help: ArgumentHelp("Search this existing index instead of indexing --docs.", valueName: "dir"))
    var index: String?

    @Option(help: ArgumentHelp("Known-item queries from the titles of this news corpus.", valueName: "file"))
    var knownItem: String?

    @Option(help: ArgumentHelp("English titles against the Spanish side of this parallel corpus.", valueName: "file"))
    var knownItemCross: String?

    @Option(help: ArgumentHelp("How many known-item queries to sample.", valueName: "N"))
    var sample = 1000

    @Option(help: ArgumentHelp("The cut-off of nDCG and MRR.", valueName: "N"))
    var k = 10

    @Option(help: ArgumentHelp("Run only the first N queries of the file.", valueName: "N"))
    var limitQueries: Int?

    @Flag(help: "Index the documents with empty titles.")
    var noTitle = false

    @Option(help: ArgumentHelp("BM25 term-frequency saturation (default: the library's).", valueName: "x"))
    var k1: Double?

    @Option(help: ArgumentHelp("BM25 length normalisation, 0 to 1 (default: the library's).", valueName: "x"))
    var b: Double?

    @Option(help: ArgumentHelp("Weight of a title match against a passage match (default: the library's).", valueName: "x"))
    var titleWeight: Double?

    @Option(help: ArgumentHelp("Soft AND strength, 0 to 1 (default: the library's).", valueName: "x"))
    var coordination: Double?

    @Option(help: ArgumentHelp("Weight of the term-proximity bonus, 0 for none (default: the library's).", valueName: "x"))
    var proximityWeight: Double?

    @Option(help: ArgumentHelp("How many of the best passages the proximity bonus may reorder (default: the library's).", valueName: "N"))
    var proximityDepth: Int?

    @Option(help: ArgumentHelp("Passage length the indexer aims for when it cuts long paragraphs (default: the library's).", valueName: "words"))
    var passageWords: Int?

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    func validate() throws {
        let modes = [queries != nil, knownItem != nil, knownItemCross != nil].filter { $0 }.count
        guard modes == 1 else {
            throw ValidationError("give exactly one of --queries, --known-item and --known-item-cross")
        }
        if queries != nil, (docs == nil) == (index == nil) {
            throw ValidationError("with --queries, give either --docs (indexed for this run) or --index (an existing index)")
        }
        if queries == nil, docs != nil || index != nil {
            throw ValidationError("--docs and --index go with --queries; the known-item evaluations index their own corpus")
        }
        if index != nil, noTitle { throw ValidationError("--no-title applies to indexing --docs, not to an existing --index") }
        if sample < 1 { throw ValidationError("--sample must be at least 1, not \(sample)") }
        if k < 1 { throw ValidationError("--k must be at least 1, not \(k)") }
        if let limitQueries, limitQueries < 1 { throw ValidationError("--limit-queries must be at least 1, not \(limitQueries)") }
        if let k1, !(k1 >= 0) { throw ValidationError("--k1 must be 0 or more, not \(k1)") }
        if let b, !(0...1).contains(b) { throw ValidationError("--b must be between 0 and 1, not \(b)") }
        if let titleWeight, !(titleWeight >= 0) { throw ValidationError("--title-weight must be 0 or more, not \(titleWeight)") }
        if let coordination, !(0...1).contains(coordination) { throw ValidationError("--coordination must be between 0 and 1, not \(coordination)") }
        if let proximityWeight, !(proximityWeight >= 0) { throw ValidationError("--proximity-weight must be 0 or more, not \(proximityWeight)") }
        if let proximityDepth, proximityDepth < 0 { throw ValidationError("--proximity-depth must be 0 or more, not \(proximityDepth)") }
        if let passageWords, passageWords < 10 { throw ValidationError("--passage-words must be at least 10, not \(passageWords)") }
    }

    private var options: SearchOptions {
        var options = SearchOptions()
        if let k1 { options.k1 = k1 }
        if let b { options.b = b }
        if let titleWeight { options.titleWeight = titleWeight }
        if let coordination { options.coordination = coordination }
        if let proximityWeight { options.proximityWeight = proximityWeight }
        if let proximityDepth { options.proximityDepth = proximityDepth }
        return options
    }

    func run() throws {
        let task = try EvalTask(command: self)
        var judged = task.queries
        if let limitQueries { judged = Array(judged.prefix(limitQueries)) }
        let reader: IndexReader
        var scratch: ScratchDirectory?
        var indexSeconds: Double?
        if let index {
            reader = try IndexReader(path: index)
        } else {
            let built = try EvalDocuments.index(task.articles, passageWords: passageWords)
            scratch = built.directory
            indexSeconds = built.seconds
            reader = try IndexReader(path: built.directory.path)
        }
        var evaluation = try RelevanceEvaluation(searcher: Searcher(reader: reader), options: options)
        evaluation.cutoff = k
        let report = try evaluation.run(judged)
        withExtendedLifetime(scratch) {}
        let output = EvalOutput(set: task.name, report: report, options: options, titles: task.indexedTitles, indexSeconds: indexSeconds)
        StandardStreams.out(json ? output.json.line : output.text)
        if report.queriesEvaluated == 0 {
            throw CommandFailure(message: "no query has a relevant article, so there is nothing to measure; check the queries file")
        }
    }

    /// What the command line asks to evaluate: the queries, and the articles to index.
    private struct EvalTask {
        var name: String
        var queries: [JudgedQuery]
        var articles: [Article] = []
        var indexedTitles = true

        init(command: EvalCommand) throws {
            if let path = command.queries {
                name = Self.setName(path, suffixes: [".queries.jsonl.gz", ".queries.jsonl", ".jsonl.gz", ".jsonl"])
                queries = try JudgedQueryFile.read(path: path)
                if let docs = command.docs {
                    articles = try EvalDocuments.read(path: docs)
                    if command.noTitle { articles = articles.map(Self.untitled) }
                    indexedTitles = !command.noTitle
                }
            } else if let path = command.knownItem {
                name = "known-item:" + Self.setName(path, suffixes: [".jsonl.gz", ".jsonl"])
                let all = try EvalDocuments.read(path: path)
                queries = KnownItemQueries.sample(all, count: command.sample)
                articles = all.map(Self.untitled)
                indexedTitles = false
            } else {
                let path = command.knownItemCross!
                name = "known-item-cross:" + Self.setName(path, suffixes: [".jsonl.gz", ".jsonl"])
                let all = try EvalDocuments.read(path: path)
                let spanish = all.filter { $0.language == .spanish }
                let spanishIDs = Set(spanish.map(\.id))
                queries = KnownItemQueries.sample(all.filter { $0.language == .english }, count: command.sample) { article in
                    guard article.id.hasSuffix("-en") else { return nil }
                    let counterpart = String(article.id.dropLast(3)) + "-es"
                    return spanishIDs.contains(counterpart) ? counterpart : nil
                }
                guard !queries.isEmpty else {
                    throw CommandFailure(message: "\(path): no English article with a title has a Spanish counterpart (ids PAIR-en and PAIR-es)")
                }
                articles = spanish.map(Self.untitled)
                indexedTitles = false
            }
        }

        private static func untitled(_ article: Article) -> Article {
            var article = article
            article.title = ""
            return article
        }

        private static func setName(_ path: String, suffixes: [String]) -> String {
            let name = (path as NSString).lastPathComponent
            guard let suffix = suffixes.first(where: name.hasSuffix) else { return name }
            return String(name.dropLast(suffix.count))
        }
    }
}
