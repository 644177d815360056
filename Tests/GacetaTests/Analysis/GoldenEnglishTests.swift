import Testing
@testable import Gaceta

/// Hand-written expected terms for English text.
@Suite struct GoldenEnglishTests {
    @Test func contractionsAndPossessives() {
        #expect(terms("I don't think Trump's O'Brien can't", .english)
                == ["i", "dont", "think", "trump", "obrien", "cant"])
        // The curly apostrophe behaves exactly like the straight one.
        #expect(terms("I don’t think Trump’s O’Brien can’t", .english)
                == ["i", "dont", "think", "trump", "obrien", "cant"])
        #expect(terms("the workers' union", .english) == ["the", "worker", "union"])
    }

    @Test func acronymsWithDots() {
        #expect(terms("The U.S. and the U.K. signed at 5 p.m.", .english)
                == ["the", "us", "and", "the", "uk", "sign", "at", "5", "pm"])
        #expect(terms("U.S.A. e.g. Ph.D.", .english) == ["usa", "eg", "phd"])
        // An acronym is never a stopword, even when it spells one ("us").
        let tokens = Analyzer().tokens(in: "U.S. told us", language: .english)
        #expect(tokens.map(\.isStopword) == [false, false, true])
    }

    @Test func hyphenatedWords() {
        #expect(terms("anti-drug co-operation well-known", .english)
                == ["anti", "drug", "co", "oper", "well", "known"])
    }

    @Test func numbersAndPercentages() {
        #expect(terms("80% of 1985 was 3,5 or 1.000.000 or 1,000,000.50 or 3.5", .english)
                == ["80", "of", "1985", "was", "3.5", "or", "1.000.000", "or", "1.000.000.50", "or", "3.5"])
        #expect(terms("1980s 2nd COVID-19 3.5m v1.2", .english) == ["1980s", "2nd", "covid", "19", "3.5m", "v1.2"])
    }

    @Test func urlsHandlesHashtags() {
        #expect(terms("Visit https://www.reuters.com/article?id=42 or mail news@bbc.co.uk", .english)
                == ["visit", "https", "www", "reuter", "com", "articl", "id", "42", "or", "mail", "news", "bbc", "co", "uk"])
        #expect(terms("@POTUS #MeToo #BlackLivesMatter", .english) == ["potus", "metoo", "blacklivesmatt"])
        // A handle ending in digits is the same word with or without "@".
        #expect(terms("@user123 user123 @jane_doe99", .english) == ["user123", "user123", "jane_doe99"])
        #expect(terms("it ended.The next", .english) == ["it", "end", "the", "next"])
    }

    @Test func quotesDashesAndEmoji() {
        #expect(terms("“Great” — news 😀 👍🏽 👨‍👩‍👧 ✔ ok", .english) == ["great", "news", "ok"])
    }

    @Test func foldingAndCompatibilityForms() {
        #expect(terms("naïve café résumé coöperate", .english) == ["naiv", "cafe", "resum", "cooper"])
        #expect(terms("Ｆｕｌｌ ﬁne Straße İstanbul", .english) == ["full", "fine", "strass", "istanbul"])
        // Accents go on Greek and Cyrillic too; marks that spell other scripts stay.
        #expect(TextFolding.fold("Ωμέγα Ёлка") == "ωμεγα елка")
        #expect(TextFolding.fold("ガス ﾃﾞﾝｷ हिन्दी") == "ガス デンキ हिन्दी")
    }

    @Test func stemming() {
        #expect(terms("tariffs tariff", .english) == ["tariff", "tariff"])
        #expect(terms("running runs ran runner", .english) == ["run", "run", "ran", "runner"])
        #expect(terms("markets market's marketing", .english) == ["market", "market", "market"])
    }
}
