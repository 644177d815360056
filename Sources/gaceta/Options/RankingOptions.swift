import ArgumentParser
import Gaceta

/// `--k1`, `--b`, `--title-weight`, `--coordination`, `--proximity-weight`,
/// `--proximity-depth`, `--article-weight` and `--article-depth`: the ranking parameters of `SearchOptions`, each
/// defaulting to the library's own value, so that a run without them ranks
/// exactly as an embedder's `Searcher` does.
struct RankingOptions: ParsableArguments {
    private static let library = SearchOptions()

    @Option(help: ArgumentHelp("BM25 term-frequency saturation: how quickly repeats of a word stop adding to the score.", valueName: "x"))
    var k1 = library.k1

    @Option(help: ArgumentHelp("BM25 length normalisation, 0 (none) to 1 (full).", valueName: "x"))
    var b = library.b

    @Option(help: ArgumentHelp("Weight of a title match against a passage match.", valueName: "x"))
    var titleWeight = library.titleWeight

    @Option(help: ArgumentHelp("Soft AND, 0 to 1: how much a passage loses for each query word it lacks.", valueName: "x"))
    var coordination = library.coordination

    @Option(help: ArgumentHelp("Weight of the bonus for query words close together; 0 for none.", valueName: "x"))
    var proximityWeight = library.proximityWeight

    @Option(help: ArgumentHelp("How many of the best passages the proximity bonus may reorder.", valueName: "N"))
    var proximityDepth = library.proximityDepth

    @Option(help: ArgumentHelp("Weight of the whole article's BM25 added to its best passages; 0 for none.", valueName: "x"))
    var articleWeight = library.articleWeight

    @Option(help: ArgumentHelp("How many of the best articles the article bonus may reorder.", valueName: "N"))
    var articleDepth = library.articleDepth

    func validate() throws {
        // Negated comparisons, so that `nan` is refused too.
        if !(k1 >= 0) { throw ValidationError("--k1 must be 0 or more, not \(k1)") }
        if !(0...1).contains(b) { throw ValidationError("--b must be between 0 and 1, not \(b)") }
        if !(titleWeight >= 0) { throw ValidationError("--title-weight must be 0 or more, not \(titleWeight)") }
        if !(0...1).contains(coordination) { throw ValidationError("--coordination must be between 0 and 1, not \(coordination)") }
        if !(proximityWeight >= 0) { throw ValidationError("--proximity-weight must be 0 or more, not \(proximityWeight)") }
        if proximityDepth < 0 { throw ValidationError("--proximity-depth must be 0 or more, not \(proximityDepth)") }
        if !(articleWeight >= 0) { throw ValidationError("--article-weight must be 0 or more, not \(articleWeight)") }
        if articleDepth < 0 { throw ValidationError("--article-depth must be 0 or more, not \(articleDepth)") }
    }

    /// `options` with these parameters in place of its own.
    func applied(to options: SearchOptions) -> SearchOptions {
        var options = options
        options.k1 = k1
        options.b = b
        options.titleWeight = titleWeight
        options.coordination = coordination
        options.proximityWeight = proximityWeight
        options.proximityDepth = proximityDepth
        options.articleWeight = articleWeight
        options.articleDepth = articleDepth
        return options
    }
}
