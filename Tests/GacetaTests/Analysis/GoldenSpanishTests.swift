import Testing
@testable import Gaceta

/// Hand-written expected terms for Spanish text.
@Suite struct GoldenSpanishTests {
    @Test func acronyms() {
        #expect(terms("EE.UU. y la U.E. firmaron", .spanish) == ["eeuu", "y", "la", "ue", "firm"])
        // With or without dots, an acronym gives the same term.
        #expect(terms("PSOE P.S.O.E. ONU O.N.U. EEUU", .spanish) == ["pso", "pso", "onu", "onu", "eeuu"])
    }

    @Test func hyphenatedWords() {
        #expect(terms("el ex-presidente y el vice-ministro", .spanish)
                == ["el", "ex", "president", "y", "el", "vic", "ministr"])
    }

    @Test func numbers() {
        // "3,5" and "3.5" are the same number; so are "1.000.000" and "1,000,000".
        #expect(terms("subieron un 3,5% hasta 1.000.000 en 1985", .spanish)
                == ["sub", "un", "3.5", "hasta", "1.000.000", "en", "1985"])
    }

    @Test func invertedMarksAndGuillemets() {
        #expect(terms("¿Dónde está? ¡Ya! «Hola» — dijo “él”", .spanish)
                == ["donde", "esta", "ya", "hol", "dij", "el"])
    }

    @Test func diacriticsFoldButEnyeStays() {
        #expect(terms("México mexico García garcia extradición extradicion", .spanish)
                == ["mexic", "mexic", "garci", "garci", "extradicion", "extradicion"])
        #expect(terms("pingüino PINGÜINO Ñandú", .spanish) == ["pinguin", "pinguin", "ñandu"])
        // año and ano stay apart; a query typed "nino" does not find "niño".
        #expect(terms("año ano", .spanish) == ["año", "ano"])
        #expect(terms("niño", .spanish) != terms("nino", .spanish))
    }

    @Test func stemming() {
        #expect(terms("aranceles arancel", .spanish) == ["arancel", "arancel"])
        // Accents typed or not, singular and plural meet.
        #expect(terms("nación naciones nacion organización organizacion organizaciones", .spanish)
                == ["nacion", "nacion", "nacion", "organiz", "organiz", "organiz"])
        #expect(terms("biología biologia biologías", .spanish) == ["biolog", "biolog", "biolog"])
    }

    @Test func stopwordsAreIndexedAndFlagged() {
        let tokens = Analyzer().tokens(in: "El mayo de Madrid", language: .spanish)
        #expect(tokens.map(\.term) == ["el", "may", "de", "madr"])
        #expect(tokens.map(\.isStopword) == [true, false, true, false])
        #expect(tokens.map(\.position) == [0, 1, 2, 3])
    }
}
