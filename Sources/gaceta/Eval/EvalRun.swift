import Foundation
import Gaceta
import GacetaEvaluation

/// One evaluation as a `gaceta eval` subcommand sets it up — the set's name,
/// its judged queries and what to run them against — run, printed and judged
/// the same way whatever the kind.
struct EvalRun {
    /// What the queries run against.
    enum Target {
        /// Articles indexed for this run in a scratch directory, removed
        /// afterwards; without their titles unless `titles`.
        case articles([Article], titles: Bool)
        /// An existing index, as it is.
        case index(path: String)
    }

    var set: String
    var queries: [JudgedQuery]
    var target: Target

    /// Prints the report; fails when no query had anything to measure.
    func run(_ eval: EvalOptions) throws {
        let judged = eval.limitQueries.map { Array(queries.prefix($0)) } ?? queries
        let reader: IndexReader
        var scratch: ScratchDirectory?
        var indexSeconds: Double?
        var titles = true
        switch target {
        case .index(let path):
            reader = try IndexReader(path: path)
        case .articles(let articles, let keepTitles):
            let indexed = keepTitles ? articles : articles.map(Self.untitled)
            let built = try EvalDocuments.index(indexed, passageWords: eval.passageWords)
            scratch = built.directory
            indexSeconds = built.seconds
            titles = keepTitles
            reader = try IndexReader(path: built.directory.path)
        }
        var options = eval.ranking.applied(to: SearchOptions())
        options.translation = try eval.translation.lexicon()
        var evaluation = RelevanceEvaluation(searcher: Searcher(reader: reader), options: options)
        evaluation.cutoff = eval.k
        let report = try evaluation.run(judged)
        // The scratch index must outlive the searches that read it.
        withExtendedLifetime(scratch) {}
        let output = EvalOutput(set: set, report: report, options: options, titles: titles, indexSeconds: indexSeconds)
        StandardStreams.out(eval.json ? output.json.line : output.text)
        if report.queriesEvaluated == 0 {
            throw CommandFailure(message: "no query has a relevant article, so there is nothing to measure; check the queries file")
        }
    }

    /// The name a report gives the set of `path`: its file name less the first of `suffixes` it ends with.
    static func setName(of path: String, dropping suffixes: [String]) -> String {
        let name = (path as NSString).lastPathComponent
        guard let suffix = suffixes.first(where: name.hasSuffix) else { return name }
        return String(name.dropLast(suffix.count))
    }

    private static func untitled(_ article: Article) -> Article {
        var article = article
        article.title = ""
        return article
    }
}
