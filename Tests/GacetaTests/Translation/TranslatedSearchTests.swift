import Foundation
import Testing
@testable import Gaceta

/// Searches with `SearchOptions.translation`, on a small bilingual index and
/// the fixture lexicon.
@Suite struct TranslatedSearchTests {
    let directory: TemporaryDirectory
    let lexicon: BilingualLexicon

    init() throws {
        directory = try TemporaryDirectory()
        let sources = try TranslationFixtures.sources(in: directory.path)
        lexicon = try BilingualLexicon.cached(from: sources, in: directory.path + "/cache")
        let writer = try IndexWriter(path: directory.path + "/index")
        writer.add(Article(id: "en-steel", title: "", body: "Steel tariffs rose again on Monday.", language: .english))
        writer.add(Article(id: "es-acero", title: "", body: "Los aranceles al acero subieron de nuevo el lunes.", language: .spanish))
        writer.add(Article(id: "es-other", title: "", body: "La lluvia llegó al norte el lunes.", language: .spanish))
        writer.add(Article(id: "es-name", title: "", body: "Sheinbaum habló del tema en Palacio Nacional.", language: .spanish))
        try writer.commit()
    }

    func search(_ query: String, translated: Bool = true, language: Language? = nil) throws -> SearchResults {
        var options = SearchOptions()
        options.translation = translated ? lexicon : nil
        options.language = language
        return try Searcher(reader: IndexReader(path: directory.path + "/index")).search(query, options: options)
    }

    @Test func anEnglishQueryFindsTheSpanishPassageWithItsTranslationsMarked() throws {
        let results = try search("steel tariffs")
        #expect(Set(results.hits.map(\.article.id)) == ["en-steel", "es-acero"])
        let spanish = try #require(results.hits.first { $0.article.id == "es-acero" })
        let bytes = Array(spanish.passage.utf8)
        #expect(spanish.highlights.map { String(decoding: bytes[$0], as: UTF8.self) } == ["aranceles", "acero"])
        #expect(try search("steel tariffs", translated: false).hits.map(\.article.id) == ["en-steel"])
    }

    @Test func aSpanishQueryFindsTheEnglishPassage() throws {
        #expect(Set(try search("aranceles acero").hits.map(\.article.id)) == ["en-steel", "es-acero"])
    }

    @Test func aLanguageRestrictionMeansTheOtherLanguagesQuery() throws {
        #expect(try search("steel tariffs", language: .spanish).hits.map(\.article.id) == ["es-acero"])
        #expect(try search("acero", language: .english).hits.map(\.article.id) == ["en-steel"])
    }

    @Test func wordsTheLexiconDoesNotKnowMatchAsSpelled() throws {
        #expect(try search("Sheinbaum steel", language: .spanish).hits.map(\.article.id).first == "es-name")
    }

    @Test func translationsOfOneWordShareItsWeight() throws {
        // "run" has two translations; each is one alternative of one clause, with half its weight.
        let translator = QueryTranslator(lexicon: lexicon, source: .english)
        let word = try #require(Analyzer().queryWords(in: "run", languages: Language.allCases).first)
        let alternatives = translator.alternatives(of: word)
        #expect(alternatives.count == 3)  // correr, funcionar and "run" as spelled
        #expect(abs(alternatives.reduce(0) { $0 + $1.share } - 1) < 1e-12)
        #expect(Set(alternatives.map(\.share)).count == 1)
    }
}
