import Testing
@testable import Gaceta

/// The query `text` parses to.
func parsed(_ text: String) throws -> Query {
    try QueryParser().parse(text)
}

@Suite struct QueryParserTests {
    // MARK: Words, phrases, prefixes

    @Test func singleWordIsNotWrapped() throws {
        #expect(try parsed("aranceles") == .word("aranceles"))
        #expect(try parsed("  México \n") == .word("México"))
    }

    @Test func juxtapositionMakesAGroup() throws {
        #expect(try parsed("aranceles acero") == .group([.word("aranceles"), .word("acero")]))
    }

    @Test func lowerCaseOperatorsAreWords() throws {
        #expect(try parsed("tariffs and steel or not") == .group([
            .word("tariffs"), .word("and"), .word("steel"), .word("or"), .word("not"),
        ]))
        #expect(try parsed("And Or Not") == .group([.word("And"), .word("Or"), .word("Not")]))
    }

    @Test func straightQuotesMakeAPhrase() throws {
        #expect(try parsed("\"El Mayo\" Zambada") == .group([.phrase("El Mayo"), .word("Zambada")]))
    }

    @Test func typographicQuotesMakeAPhrase() throws {
        #expect(try parsed("“El Mayo”") == .phrase("El Mayo"))
        #expect(try parsed("«El Mayo»") == .phrase("El Mayo"))
        #expect(try parsed("„El Mayo“") == .phrase("El Mayo"))
        #expect(try parsed("«El Mayo\"") == .phrase("El Mayo"))
    }

    @Test func phraseKeepsItsTextAsTyped() throws {
        #expect(try parsed("\" la ola de calor \"") == .phrase(" la ola de calor "))
        #expect(try parsed("\"a (b) OR c:d -e*\"") == .phrase("a (b) OR c:d -e*"))
    }

    @Test func phraseEndsAWord() throws {
        #expect(try parsed("a\"b c\"") == .group([.word("a"), .phrase("b c")]))
    }

    @Test func trailingStarMakesAPrefix() throws {
        #expect(try parsed("fentan*") == .prefix("fentan"))
        #expect(try parsed("extradi** acero") == .group([.prefix("extradi"), .word("acero")]))
        #expect(try parsed("ab*") == .prefix("ab"))
    }

    @Test func starInsideAWordIsText() throws {
        #expect(try parsed("a*b") == .word("a*b"))
    }

    // MARK: Required, excluded, NOT

    @Test func plusRequires() throws {
        #expect(try parsed("aranceles +mexico") == .group([.word("aranceles"), .required(.word("mexico"))]))
        #expect(try parsed("+\"El Mayo\"") == .group([.required(.phrase("El Mayo"))]))
    }

    @Test func minusExcludes() throws {
        #expect(try parsed("aranceles -china") == .group([.word("aranceles"), .excluded(.word("china"))]))
        #expect(try parsed("tariffs -(china OR canada)") == .group([
            .word("tariffs"), .excluded(.any([.word("china"), .word("canada")])),
        ]))
    }

    @Test func minusInsideAWordIsText() throws {
        #expect(try parsed("ex-presidente") == .word("ex-presidente"))
        #expect(try parsed("a+b") == .word("a+b"))
    }

    @Test func signsStandingAloneArePunctuation() throws {
        #expect(try parsed("budget approved - reuters") == parsed("budget approved reuters"))
        #expect(try parsed("usda -- weekly + summary") == parsed("usda weekly summary"))
        #expect(try parsed("tariffs -") == .word("tariffs"))
        #expect(try parsed("a -- -china") == .group([.word("a"), .excluded(.word("china"))]))
    }

    @Test func notExcludes() throws {
        #expect(try parsed("aranceles NOT china") == .group([.word("aranceles"), .excluded(.word("china"))]))
    }

    @Test func andWithAnExclusionSideBecomesAGroup() throws {
        let expected = Query.group([.required(.word("aranceles")), .excluded(.word("china"))])
        #expect(try parsed("aranceles AND -china") == expected)
        #expect(try parsed("aranceles AND NOT china") == expected)
        #expect(try parsed("-china AND aranceles") == expected)
    }

    // MARK: AND, OR, parentheses, precedence

    @Test func andMakesAll() throws {
        #expect(try parsed("tariffs AND steel AND canada") == .all([.word("tariffs"), .word("steel"), .word("canada")]))
    }

    @Test func orMakesAny() throws {
        #expect(try parsed("fentanyl OR fentanilo OR fentan*") == .any([.word("fentanyl"), .word("fentanilo"), .prefix("fentan")]))
    }

    @Test func andBindsTighterThanOr() throws {
        #expect(try parsed("a AND b OR c AND d") == .any([.all([.word("a"), .word("b")]), .all([.word("c"), .word("d")])]))
        #expect(try parsed("a OR b AND c") == .any([.word("a"), .all([.word("b"), .word("c")])]))
    }

    @Test func juxtapositionBindsTighterThanAnd() throws {
        #expect(try parsed("a b AND c d") == .all([.group([.word("a"), .word("b")]), .group([.word("c"), .word("d")])]))
        #expect(try parsed("a b OR c") == .any([.group([.word("a"), .word("b")]), .word("c")]))
    }

    @Test func parenthesesOverridePrecedence() throws {
        #expect(try parsed("(a OR b) AND c") == .all([.any([.word("a"), .word("b")]), .word("c")]))
        #expect(try parsed("a (b OR c)") == .group([.word("a"), .any([.word("b"), .word("c")])]))
        #expect(try parsed("((a))") == .word("a"))
        #expect(try parsed("(a b)") == .group([.word("a"), .word("b")]))
    }

    @Test func parenthesesEndWords() throws {
        #expect(try parsed("(a)(b)") == .group([.word("a"), .word("b")]))
    }

    // MARK: Fields

    @Test func titleField() throws {
        #expect(try parsed("title:aranceles") == .field(.title, .word("aranceles")))
        #expect(try parsed("title:\"El Mayo\"") == .field(.title, .phrase("El Mayo")))
        #expect(try parsed("title:fentan*") == .field(.title, .prefix("fentan")))
        #expect(try parsed("title:(tariffs OR aranceles)") == .field(.title, .any([.word("tariffs"), .word("aranceles")])))
    }

    @Test func bodyField() throws {
        #expect(try parsed("body:zambada culiacán") == .group([.field(.body, .word("zambada")), .word("culiacán")]))
        #expect(try parsed("a -body:china") == .group([.word("a"), .excluded(.field(.body, .word("china")))]))
    }

    @Test func fieldNamesIgnoreCase() throws {
        #expect(try parsed("Title:acero") == .field(.title, .word("acero")))
    }

    @Test func unknownFieldIsPlainText() throws {
        #expect(try parsed("foo:bar") == .word("foo:bar"))
        #expect(try parsed("http://example.com/x") == .word("http://example.com/x"))
        #expect(try parsed("a:title:x") == .word("a:title:x"))
    }

    // MARK: Filters

    @Test func sourceFilter() throws {
        #expect(try parsed("source:elpais") == .filter(.source("elpais")))
        #expect(try parsed("source:\"el país\" aranceles") == .group([.filter(.source("el país")), .word("aranceles")]))
    }

    @Test func languageFilter() throws {
        #expect(try parsed("lang:es") == .filter(.language(.spanish)))
        #expect(try parsed("lang:en") == .filter(.language(.english)))
        #expect(try parsed("lang:EN lang:español") == .group([.filter(.language(.english)), .filter(.language(.spanish))]))
    }

    @Test func filterValueEndsAtParenthesis() throws {
        #expect(try parsed("(lang:es OR date:2025)") == .any([
            .filter(.language(.spanish)), .filter(.dates(from: "2025-01-01", through: "2025-12-31")),
        ]))
    }

    @Test func excludedFilterNeedsSomethingElse() throws {
        #expect(try parsed("aranceles -lang:en") == .group([.word("aranceles"), .excluded(.filter(.language(.english)))]))
    }

    // MARK: Dates

    @Test func closedDateRange() throws {
        #expect(try parsed("date:2025-01-01..2025-03-31") == .filter(.dates(from: "2025-01-01", through: "2025-03-31")))
    }

    @Test func openDateRanges() throws {
        #expect(try parsed("date:2025-01-01..") == .filter(.dates(from: "2025-01-01", through: nil)))
        #expect(try parsed("date:..2025-03-31") == .filter(.dates(from: nil, through: "2025-03-31")))
    }

    @Test func singleDay() throws {
        #expect(try parsed("date:2025-03-04") == .filter(.dates(from: "2025-03-04", through: "2025-03-04")))
    }

    @Test func wholeMonth() throws {
        #expect(try parsed("date:2025-03") == .filter(.dates(from: "2025-03-01", through: "2025-03-31")))
        #expect(try parsed("date:2025-04") == .filter(.dates(from: "2025-04-01", through: "2025-04-30")))
        #expect(try parsed("date:2025-02") == .filter(.dates(from: "2025-02-01", through: "2025-02-28")))
        #expect(try parsed("date:2024-02") == .filter(.dates(from: "2024-02-01", through: "2024-02-29")))
        #expect(try parsed("date:1900-02") == .filter(.dates(from: "1900-02-01", through: "1900-02-28")))
        #expect(try parsed("date:2000-02") == .filter(.dates(from: "2000-02-01", through: "2000-02-29")))
    }

    @Test func wholeYear() throws {
        #expect(try parsed("date:2025") == .filter(.dates(from: "2025-01-01", through: "2025-12-31")))
    }

    @Test func partialDatesInRanges() throws {
        #expect(try parsed("date:2025-01..2025-03") == .filter(.dates(from: "2025-01-01", through: "2025-03-31")))
        #expect(try parsed("date:2024..") == .filter(.dates(from: "2024-01-01", through: nil)))
        #expect(try parsed("date:..2024") == .filter(.dates(from: nil, through: "2024-12-31")))
        #expect(try parsed("date:2025-03..2025-03") == .filter(.dates(from: "2025-03-01", through: "2025-03-31")))
    }

    @Test func leapDay() throws {
        #expect(try parsed("date:2024-02-29") == .filter(.dates(from: "2024-02-29", through: "2024-02-29")))
    }

    // MARK: Escapes

    @Test func backslashEscapes() throws {
        #expect(try parsed("\\+a") == .word("+a"))
        #expect(try parsed("\\-a") == .word("-a"))
        #expect(try parsed("\\\"a\\\"") == .word("\"a\""))
        #expect(try parsed("title\\:x") == .word("title:x"))
        #expect(try parsed("\\AND") == .word("AND"))
        #expect(try parsed("fentan\\*") == .word("fentan*"))
        #expect(try parsed("a\\ b") == .word("a b"))
        #expect(try parsed("\\(a\\)") == .word("(a)"))
        #expect(try parsed("\"say \\\"no\\\"\"") == .phrase("say \"no\""))
        #expect(try parsed("a\\") == .word("a\\"))
    }

    // MARK: A realistic query

    @Test func everythingTogether() throws {
        let query = try parsed("(fentanyl OR fentanilo) +precursor* -china title:\"El Mayo\" lang:es date:2025-06..")
        #expect(query == .group([
            .any([.word("fentanyl"), .word("fentanilo")]),
            .required(.prefix("precursor")),
            .excluded(.word("china")),
            .field(.title, .phrase("El Mayo")),
            .filter(.language(.spanish)),
            .filter(.dates(from: "2025-06-01", through: nil)),
        ]))
    }

    // MARK: Description

    @Test func descriptionReadsBack() throws {
        for text in [
            "aranceles", "a b", "a AND b OR c", "+a -\"b c\" NOT d", "title:(a OR bo*) body:x",
            "source:\"el país\" lang:en date:2025-03", "date:..2024", "\\AND \\+x a\\:b", "a AND -b",
            "\"say \\\"no\\\"\"", "-(a OR b) c", "a\\ b",
        ] {
            let query = try parsed(text)
            #expect(try parsed(query.description) == query, "\(text) → \(query)")
        }
        #expect(try parsed("aranceles acero +mexico -china").description == "(aranceles acero +mexico -china)")
        #expect(try parsed("date:2025").description == "date:2025-01-01..2025-12-31")
    }

    @Test func syntaxHelpMentionsEveryFeature() {
        for feature in ["\"El Mayo\"", "+mexico", "-china", " OR ", " AND ", "NOT", "fentan*", "title:", "body:",
                        "source:", "lang:es", "date:", "\\"] {
            #expect(QueryParser.syntaxHelp.contains(feature), "\(feature)")
        }
    }
}
