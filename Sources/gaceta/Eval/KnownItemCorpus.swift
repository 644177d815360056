import ArgumentParser
import Gaceta

/// The corpus a known-item evaluation takes its queries and its answers from,
/// and how many of its titles to sample: what `gaceta eval known-item` and
/// `gaceta eval known-item-cross` share.
struct KnownItemCorpus: ParsableArguments {
    @Argument(help: ArgumentHelp("The corpus (JSON Lines, optionally gzipped).", valueName: "file"))
    var path: String

    @Option(help: ArgumentHelp("How many titles to sample as queries, evenly spread over the corpus.", valueName: "N"))
    var sample = 1000

    func validate() throws {
        if sample < 1 { throw ValidationError("--sample must be at least 1, not \(sample)") }
    }

    /// Every article of the corpus, read as `gaceta index` reads a corpus file.
    func articles() throws -> [Article] {
        try EvalDocuments.read(path: path)
    }

    /// The set's name in reports: `kind:` and the file's name less its extension.
    func setName(kind: String) -> String {
        kind + ":" + EvalRun.setName(of: path, dropping: [".jsonl.gz", ".jsonl"])
    }
}
