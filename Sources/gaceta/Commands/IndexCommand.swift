import ArgumentParser
import Gaceta

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build the index from a corpus directory.",
        discussion: """
            Reads every .jsonl, .jsonl.gz, .json, .md and .txt file under the corpus \
            directory and brings the index up to date with them: only files that \
            changed since the last run are read, only new or changed articles are \
            indexed, and articles whose file or record disappeared are deleted. \
            --rebuild starts from scratch. Problems with the input are \
            reported as `file:line: warning: ...` and the bad records skipped; the \
            good articles are always indexed. On a terminal a progress bar shows \
            articles/s, MB/s and the time left.

            Examples:
              gaceta index                     # first build, or update after changes
              gaceta index --rebuild           # from scratch
              gaceta index --corpus ~/archive --index ~/archive.index
              gaceta index --strict            # refuse a corpus with any problem
              GACETA_CORPUS=/data/news gaceta index --ram-budget 512
              gaceta index --commit-interval 512   # a first build commits every 512 MB read
            """
    )

    @OptionGroup var corpus: CorpusLocation
    @OptionGroup var index: IndexLocation

    @Flag(help: "Discard the existing index and build it anew from the whole corpus.")
    var rebuild = false

    @Flag(help: "Treat any problem in the corpus as an error: report them all, index nothing, exit 2.")
    var strict = false

    @Option(help: ArgumentHelp("Memory for buffered postings before a segment is written.", valueName: "MB"))
    var ramBudget: Int?

    @Option(help: ArgumentHelp("On a first build, commit each time this much of the corpus files is read, so that an interrupted build resumes there; 0 commits only at the end (default 128).", valueName: "MB"))
    var commitInterval: Double?

    func validate() throws {
        if let ramBudget, ramBudget < 1 {
            throw ValidationError("--ram-budget must be at least 1 (MB), not \(ramBudget)")
        }
        if let commitInterval, commitInterval < 0 {
            throw ValidationError("--commit-interval must be 0 or more (MB), not \(commitInterval)")
        }
    }

    func run() throws {
        var indexing = CorpusIndexing(corpus: corpus.path, index: index.path)
        indexing.strict = strict
        indexing.rebuild = rebuild
        if let ramBudget { indexing.configuration.ramBudgetBytes = ramBudget << 20 }
        if let commitInterval { indexing.commitInterval = Int(commitInterval * 1_048_576) }
        let outcome = try indexing.run()
        StandardStreams.out(outcome.summary(index: index.path) + "\n")
    }
}
