import Testing
@testable import Gaceta

/// Every operator, field and filter of the query language, on a handmade corpus.
@Suite struct QueryExecutionTests {
    static let articles = [
        Article(id: "e1", title: "Steel tariffs rise", body: "The tariffs on steel rose again. Mexico and Canada protest the decision.",
                date: "2025-01-10", source: "Gulf Coast Courier", language: .english),
        Article(id: "e2", title: "Fentanyl seizures", body: "Fentanyl seizures fell at the border while El Mayo pleaded guilty in Brooklyn.",
                date: "2025-03-05", source: "The Border Ledger", language: .english),
        Article(id: "e3", title: "Weather", body: "The Who played a concert during the storm on the coast.",
                source: "Gulf Coast Courier", language: .english),
        Article(id: "s1", title: "Aranceles al acero", body: "Los aranceles al acero subieron otra vez. México protesta.",
                date: "2025-02-01", source: "Diario del Norte", language: .spanish),
        Article(id: "s2", title: "El Mayo se declara culpable", body: "El Mayo Zambada se declaró culpable en Nueva York ante un juez federal.",
                date: "2024-12-01", source: "El País", language: .spanish),
        Article(id: "s3", title: "Discurso", body: "En mayo el presidente habló de la economía y del peso.",
                date: "2025-05-20", source: "Diario del Norte", language: .spanish),
    ]

    let index: SearchableArticles
    var searcher: Searcher { index.searcher }

    init() throws {
        index = try SearchableArticles(Self.articles)
    }

    func ids(_ query: Query, _ configure: (inout SearchOptions) -> Void = { _ in }) throws -> [String] {
        var options = SearchOptions()
        configure(&options)
        return try searcher.search(query, options: options).hits.map(\.article.id)
    }

    func words(_ text: String) -> [Query] {
        text.split(separator: " ").map { .word(String($0)) }
    }

    @Test func phraseNeedsAdjacentWordsInOrderAndKeepsStopwords() throws {
        #expect(try Set(ids(.phrase("El Mayo"))) == ["e2", "s2"])
        #expect(try ids(.phrase("mayo el")) == ["s3"])
        #expect(try ids(.phrase("declaro culpable")) == ["s2"])
    }

    @Test func requiredAndExcludedWords() throws {
        #expect(try ids(.group(words("tariffs") + [.required(.word("canada"))])) == ["e1"])
        #expect(try ids(.group([.word("steel"), .excluded(.word("canada"))])).isEmpty)
        #expect(try ids(.group(words("protest") + [.excluded(.word("steel"))])).isEmpty == false)
        #expect(try Set(ids(.group([.word("culpable"), .word("aranceles"), .excluded(.phrase("El Mayo"))]))) == ["s1"])
    }

    @Test func allAndAny() throws {
        #expect(try ids(.all([.word("fentanyl"), .word("guilty")])) == ["e2"])
        #expect(try ids(.all([.word("fentanyl"), .word("steel")])).isEmpty)
        #expect(try Set(ids(.any([.word("fentanyl"), .word("steel")]))) == ["e1", "e2"])
    }

    @Test func fieldScopes() throws {
        #expect(try ids(.field(.title, .word("weather"))) == ["e3"])
        #expect(try ids(.field(.body, .word("weather"))).isEmpty)
        #expect(try ids(.field(.title, .phrase("se declara culpable"))) == ["s2"])
    }

    @Test func filters() throws {
        #expect(try Set(ids(.group(words("the") + [.filter(.source("gulf coast courier"))]))) == ["e1", "e3"])
        #expect(try Set(ids(.group(words("protest protesta") + [.filter(.source("courier"))]))) == ["e1"])
        #expect(try Set(ids(.group(words("mayo") + [.filter(.language(.spanish))]))) == ["s2", "s3"])
        #expect(try Set(ids(.group(words("acero steel") + [.filter(.dates(from: "2025-01-01", through: "2025-02-28"))]))) == ["e1", "s1"])
        #expect(try ids(.group(words("mayo") + [.filter(.dates(from: "2025-05-01", through: nil))])) == ["s3"])
        #expect(try Set(ids(.word("mayo")) { $0.filters = [.source("El País")] }) == ["s2"])
    }

    @Test func prefixesExpandThroughTheDictionary() throws {
        #expect(try ids(.prefix("fentan")) == ["e2"])
        #expect(try ids(.prefix("arancel")) == ["s1"])
        #expect(try ids(.prefix("")).isEmpty)
    }

    @Test func aPrefixWithTooManyExpansionsIsRefused() throws {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        let body = (0...QueryPlanner.maximumPrefixExpansions).map { "zz\($0)q" }.joined(separator: " ")
        writer.add(Article(id: "many", title: "", body: body, language: .english))
        try writer.commit()
        let error = #expect(throws: IndexError.self) {
            try Searcher(reader: IndexReader(path: directory.path)).search(.prefix("zz"))
        }
        #expect(error?.kind == .prefixTooBroad)
        #expect(error?.message.contains("type more letters") == true)
    }

    @Test func sortByDateAndRecency() throws {
        let newestFirst = try ids(.group(words("mayo steel aranceles"))) { $0.sort = .date }
        #expect(newestFirst == ["s3", "e2", "s1", "e1", "s2"])
        #expect(Searcher.recencyFactor(day: 20250520, newest: PublicationDay(number: 20250520), halfLifeDays: 30) == 1)
        let monthOld = Searcher.recencyFactor(day: 20250420, newest: PublicationDay(number: 20250520), halfLifeDays: 30)
        #expect(abs(monthOld - 0.75) < 1e-9)
        // Each score is the plain score times its article's recency factor,
        // counted back from the newest article (s3, 2025-05-20). Recency
        // weighs BM25 alone: the relevance rerankers are off in `plain` too.
        var bm25 = SearchOptions()
        bm25.proximityWeight = 0
        bm25.articleWeight = 0
        let plain = try searcher.search(.group(words("mayo steel")), options: bm25)
        var options = SearchOptions()
        options.recencyHalfLifeDays = 60
        let boosted = try searcher.search(.group(words("mayo steel")), options: options)
        #expect(Set(boosted.hits.map(\.article.id)) == Set(plain.hits.map(\.article.id)))
        let newest = PublicationDay(number: 20250520)
        for hit in boosted.hits {
            let original = try #require(plain.hits.first { $0.passageID == hit.passageID })
            let day = PublicationDay(hit.article.date)?.number ?? 0
            let factor = Searcher.recencyFactor(day: day, newest: newest, halfLifeDays: 60)
            #expect(abs(hit.score - original.score * factor) < 1e-9, "\(hit.article.id)")
        }
        #expect(boosted.hits.map(\.score) == boosted.hits.map(\.score).sorted(by: >))
    }

    @Test func stopwordsAloneAndAccentsAndCase() throws {
        #expect(try ids(.group(words("the who"))).first == "e3")
        #expect(try Set(ids(.word("MEXICO"))) == ["e1", "s1"])
    }

    @Test func hugeLimitsReturnEveryMatchWithoutOverflowing() throws {
        var options = SearchOptions()
        options.limit = .max
        options.perArticle = .max
        let results = try searcher.search(.group(words("mayo steel")), options: options)
        #expect(results.hits.count == results.totalHits)
        #expect(Set(results.hits.map(\.article.id)) == ["e1", "e2", "s2", "s3"])
    }
}
