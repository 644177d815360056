import Testing
@testable import Gaceta

/// Highlights are UTF-8 byte spans of the matched tokens, exact in text with
/// accents, emoji, combining marks and right-to-left script around them.
@Suite struct HighlightTests {
    func highlighted(_ body: String, query: String, language: Language) throws -> [String] {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        writer.add(Article(id: "h", title: "", body: body, language: language))
        try writer.commit()
        let hit = try #require(try Searcher(reader: IndexReader(path: directory.path)).search(query).hits.first)
        let bytes = Array(hit.passage.utf8)
        return hit.highlights.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func stemmedVariantsAndAccentsInSpanish() throws {
        let body = "🌮 Los ARANCELES subieron; ¡el arancel! «Aranceles» en México y en Me\u{301}xico, שלום aranceles."
        let spans = try highlighted(body, query: "arancel mexico", language: .spanish)
        #expect(spans == ["ARANCELES", "arancel", "Aranceles", "México", "Me\u{301}xico", "aranceles"])
    }

    @Test func phraseWordsAndPossessivesInEnglish() throws {
        let body = "Mexico's tariffs 🇲🇽 rose; the tariff on steel — “tariffs” again — and café prices."
        let spans = try highlighted(body, query: #""tariffs" cafe"#, language: .english)
        #expect(spans == ["tariffs", "tariff", "tariffs", "café"])
    }
}
