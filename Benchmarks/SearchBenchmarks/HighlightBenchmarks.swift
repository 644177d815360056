import Benchmark
@_spi(Benchmarking) import Gaceta

/// Marking a query's words in passages, as `search` does for each hit: the
/// highlighter analyses the whole passage again to find them. Passages are
/// paragraph-sized news text of our own writing, which is what the index
/// stores; the index is just these articles, since the highlighter only
/// needs the query's plan.
struct HighlightFixture: Sendable {
    static let shared: HighlightFixture = {
        do {
            return try HighlightFixture()
        } catch {
            fatalError("cannot build the highlighting index: \(error)")
        }
    }()

    static let englishQuery = Query.keywords("port strike wages shipping")
    static let spanishQuery = Query.keywords("huelga puerto salarios transporte")

    let english: PassageHighlighter
    let spanish: PassageHighlighter

    private init() throws {
        let reader = try openTemporaryIndex(configuration: IndexConfiguration()) { writer in
            for (number, passage) in HighlightPassages.english.enumerated() {
                writer.add(Article(id: "en-\(number)", title: "Port strike", body: passage, language: .english))
            }
            for (number, passage) in HighlightPassages.spanish.enumerated() {
                writer.add(Article(id: "es-\(number)", title: "Huelga en el puerto", body: passage, language: .spanish))
            }
        }
        let searcher = Searcher(reader: reader)
        english = try searcher.passageHighlighter(for: Self.englishQuery)
        spanish = try searcher.passageHighlighter(for: Self.spanishQuery)
        // A highlighter that marks nothing would measure only the analysis.
        precondition(HighlightPassages.english.allSatisfy { !english.highlights(in: $0, language: .english).isEmpty })
        precondition(HighlightPassages.spanish.allSatisfy { !spanish.highlights(in: $0, language: .spanish).isEmpty })
    }
}

func registerHighlightBenchmarks() {
    for language in [Language.english, .spanish] {
        let passages = language == .english ? HighlightPassages.english : HighlightPassages.spanish
        Benchmark(
            "highlight: \(passages.count) \(language == .english ? "English" : "Spanish") passages, 4-word query",
            configuration: .search(setup: { _ = HighlightFixture.shared })
        ) { benchmark in
            let fixture = HighlightFixture.shared
            let highlighter = language == .english ? fixture.english : fixture.spanish
            for _ in benchmark.scaledIterations {
                for passage in passages {
                    blackHole(highlighter.highlights(in: passage, language: language))
                }
            }
        }
    }
}
