import Testing
@testable import Gaceta

@Suite struct QueryAndConfigurationTests {
    @Test func queryWordsCarryATermPerLanguage() {
        let words = Analyzer().queryWords(in: "Los aranceles", language: nil)
        #expect(words.map(\.text) == ["Los", "aranceles"])
        #expect(words[1].terms == [.spanish: "arancel", .english: "arancel"])
        #expect(words[0].terms[.spanish] == "los")
        // "los" is a Spanish stopword but not an English one.
        #expect(words[0].isStopword == false)
        #expect(Analyzer().queryWords(in: "Los aranceles", language: .spanish)[0].isStopword)
        // Per language: "the" is an English stopword only, "sea" a Spanish one only.
        let mixed = Analyzer().queryWords(in: "the sea aranceles de", language: nil)
        #expect(mixed.map(\.stopwordLanguages) == [[.english], [.spanish], [], [.spanish]])
        #expect(mixed.map(\.isStopword) == [false, false, false, false])
        #expect(Analyzer().queryWords(in: "a no", language: nil).map(\.isStopword) == [true, true])
    }

    @Test func queriesAndDocumentsMeet() {
        let analyzer = Analyzer()
        let document = analyzer.tokens(in: "La extradición de García a México", language: .spanish).map(\.term)
        let query = analyzer.queryWords(in: "extradicion garcia MEXICO", language: .spanish).compactMap { $0.terms[.spanish] }
        #expect(query.allSatisfy(document.contains))
        // A false friend stays apart: "once" is a stopword in English only.
        let once = analyzer.queryWords(in: "once", language: nil)[0]
        #expect(once.terms[.spanish] == "once")
        #expect(once.isStopword == false)
        #expect(analyzer.queryWords(in: "once", language: .english)[0].isStopword)
    }

    @Test func stopwordsAreConfigurable() {
        let custom = Analyzer(configuration: AnalyzerConfiguration(stopwords: [.spanish: ["Él", "mayo"]]))
        let tokens = custom.tokens(in: "el mayo de", language: .spanish)
        #expect(tokens.map(\.isStopword) == [true, true, false])
        #expect(custom.tokens(in: "the", language: .english).map(\.isStopword) == [false])
        #expect(Stopwords.english.count >= 150 && Stopwords.spanish.count >= 150)
    }

    @Test func stemmingCanBeTurnedOff() {
        let plain = Analyzer(configuration: AnalyzerConfiguration(stemming: false))
        #expect(terms("Aranceles tariffs", .spanish, analyzer: plain) == ["aranceles", "tariffs"])
    }

    @Test func sentences() {
        let analyzer = Analyzer()
        func sentences(_ text: String) -> [String] {
            let bytes = Array(text.utf8)
            return analyzer.sentenceRanges(in: text).map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        #expect(sentences("Hello Mr. Smith. How are you? Fine.") == ["Hello Mr. Smith. ", "How are you? ", "Fine."])
        #expect(sentences("¿Qué tal? El Sr. García llegó a EE.UU. ayer. John F. Kennedy murió.")
                == ["¿Qué tal? ", "El Sr. García llegó a EE.UU. ayer. ", "John F. Kennedy murió."])
        #expect(sentences("Exports rose.\n\nNew paragraph") == ["Exports rose.\n\n", "New paragraph"])
        #expect(sentences("\n\n  Hola. Adiós.\n") == ["\n\n  Hola. ", "Adiós.\n"])
        #expect(sentences("  \n") == ["  \n"])
    }

    @Test func languageIdentification() {
        let analyzer = Analyzer()
        #expect(analyzer.detectLanguage(of: "The company said its net profit rose in the first quarter.") == .english)
        #expect(analyzer.detectLanguage(of: "La empresa dijo que su beneficio neto subió en el primer trimestre.") == .spanish)
        #expect(analyzer.detectLanguage(of: "¿Qué pasó?") == .spanish)
        #expect(analyzer.detectLanguage(of: "Año nuevo") == .spanish)
        #expect(analyzer.detectLanguage(of: "") == .english)
        #expect(analyzer.detectLanguage(of: "1.25 3.50 -- 4.90") == .english)
        #expect(analyzer.detectLanguage(of: "José García met the president of México in Washington.") == .english)
        // Capitalised Spanish words in English text are mostly names.
        #expect(analyzer.detectLanguage(of: "Teams: Los Angeles Rams, Los Angeles Lakers, Los Angeles Kings and the Padres.") == .english)
        #expect(analyzer.detectLanguage(of: "LOS PRECIOS DE LA GASOLINA SUBEN EN TODO EL PAIS") == .spanish)
    }
}
