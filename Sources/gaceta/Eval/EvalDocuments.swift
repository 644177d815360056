import Foundation
import Gaceta

/// The articles of one JSON Lines file (`.jsonl` or `.jsonl.gz`), read by the
/// same corpus reader as `gaceta index`, and the scratch index built from them.
struct EvalDocuments {
    /// Reads every article of `path`; problems with the input are printed to
    /// standard error and counted, as when indexing.
    static func read(path: String) throws -> [Article] {
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".jsonl") || name.hasSuffix(".jsonl.gz") else {
            throw CommandFailure(message: "\(path): expected a .jsonl or .jsonl.gz file of articles")
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(message: "\(path): no such file; check the path")
        }
        // The corpus reader reads directories: give it one holding only this file.
        let corpus = try ScratchDirectory(purpose: "corpus")
        let target = URL(fileURLWithPath: path).standardizedFileURL.path
        try FileManager.default.createSymbolicLink(atPath: corpus.path + "/" + name, withDestinationPath: target)
        var articles: [Article] = []
        try CorpusReader(directory: corpus.path).read(
            onArticle: { article, _ in articles.append(article) },
            onDiagnostic: { StandardStreams.error($0.description + "\n") }
        )
        guard !articles.isEmpty else {
            throw CommandFailure(message: "\(path): no articles in this file")
        }
        return articles
    }

    /// Indexes `articles` into a fresh scratch directory, removed when the
    /// returned value is released.
    ///
    /// One analysis thread: with two, which worker's segment comes first
    /// varies from run to run, and so does the order of passages with
    /// equal (or all but equal) scores — enough to move nDCG@10 by about 0.001 between runs.
    static func index(_ articles: [Article], passageWords: Int?) throws -> (directory: ScratchDirectory, seconds: Double) {
        let started = Date()
        let directory = try ScratchDirectory(purpose: "index")
        var configuration = IndexConfiguration()
        configuration.analysisThreads = 1
        if let passageWords { configuration.targetPassageWords = passageWords }
        let writer = try IndexWriter(path: directory.path, mode: .rebuild, configuration: configuration)
        for article in articles { writer.add(article) }
        try writer.commit()
        return (directory, Date().timeIntervalSince(started))
    }
}
