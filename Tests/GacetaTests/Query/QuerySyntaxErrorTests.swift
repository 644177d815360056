import Testing
@testable import Gaceta

/// The error `text` fails with, or nil when it parses.
func syntaxError(_ text: String) -> QuerySyntaxError? {
    do {
        _ = try QueryParser().parse(text)
        return nil
    } catch {
        return error
    }
}

/// Every message with the exact place of its caret.
@Suite struct QuerySyntaxErrorTests {
    struct Golden: CustomTestStringConvertible, Sendable {
        var query: String
        var message: String
        var offset: Int
        var testDescription: String { query }
    }

    static let goldens: [Golden] = [
        // Nothing to look for
        Golden(query: "", message: "empty query: type some words to look for", offset: 0),
        Golden(query: "   \t", message: "empty query: type some words to look for", offset: 0),
        Golden(query: "-china", message: "a query needs at least one word to look for, not only exclusions", offset: 0),
        Golden(query: "-a NOT b", message: "a query needs at least one word to look for, not only exclusions", offset: 0),
        Golden(query: "-a AND -b", message: "a query needs at least one word to look for, not only exclusions", offset: 0),
        Golden(query: "aranceles OR -china", message: "a query needs at least one word to look for, not only exclusions", offset: 13),
        Golden(query: "a (-b)", message: "a query needs at least one word to look for, not only exclusions", offset: 3),
        // Quotes
        Golden(query: "\"El Mayo", message: "unclosed quote", offset: 0),
        Golden(query: "aranceles «acero", message: "unclosed quote", offset: 10),
        Golden(query: "a AND \"b", message: "unclosed quote", offset: 6),
        Golden(query: "\"\" a", message: "empty phrase", offset: 0),
        Golden(query: "a “  ”", message: "empty phrase", offset: 2),
        Golden(query: "a » b", message: "unmatched '»': no phrase to close", offset: 2),
        // Parentheses
        Golden(query: "(aranceles OR tariffs", message: "unclosed '('", offset: 0),
        Golden(query: "a (b (c) d", message: "unclosed '('", offset: 2),
        Golden(query: "a (", message: "unclosed '('", offset: 2),
        Golden(query: "aranceles)", message: "unmatched ')'", offset: 9),
        Golden(query: ") a", message: "unmatched ')'", offset: 0),
        Golden(query: "()", message: "empty parentheses", offset: 0),
        Golden(query: "a ( ) b", message: "empty parentheses", offset: 2),
        // Dangling operators
        Golden(query: "tariffs AND", message: "'AND' needs something on both sides", offset: 8),
        Golden(query: "AND tariffs", message: "'AND' needs something on both sides", offset: 0),
        Golden(query: "OR aranceles", message: "'OR' needs something on both sides", offset: 0),
        Golden(query: "aranceles OR", message: "'OR' needs something on both sides", offset: 10),
        Golden(query: "a AND OR b", message: "'AND' needs something on both sides", offset: 2),
        Golden(query: "(a OR) b", message: "'OR' needs something on both sides", offset: 3),
        Golden(query: "NOT", message: "'NOT' must be followed by a word, a phrase or (…)", offset: 0),
        Golden(query: "a NOT )", message: "'NOT' must be followed by a word, a phrase or (…)", offset: 2),
        Golden(query: "a ++b", message: "'+' must be followed by a word, a phrase or (…)", offset: 2),
        Golden(query: "+AND a", message: "'+' must be followed by a word, a phrase or (…)", offset: 0),
        // Fields
        Golden(query: "title:", message: "'title:' must be directly followed by a value", offset: 6),
        Golden(query: "title: aranceles", message: "'title:' must be directly followed by a value", offset: 6),
        Golden(query: "(body:)", message: "'body:' must be directly followed by a value", offset: 6),
        Golden(query: "title:-china", message: "'title:' must be followed by a word, a phrase or (…)", offset: 6),
        Golden(query: "title:AND", message: "'title:' must be followed by a word, a phrase or (…)", offset: 6),
        Golden(query: "title:body:x", message: "'body:' cannot be used inside 'title:'", offset: 6),
        Golden(query: "title:(a lang:es)", message: "'lang:' cannot be used inside 'title:'", offset: 9),
        // Filters
        Golden(query: "source:", message: "'source:' must be directly followed by a value", offset: 7),
        Golden(query: "source: elpais", message: "'source:' must be directly followed by a value", offset: 7),
        Golden(query: "lang:(es)", message: "'lang:' takes one word or a \"phrase\", not (…)", offset: 5),
        Golden(query: "aranceles lang:fr", message: "unknown language 'fr': use lang:en or lang:es", offset: 15),
        Golden(query: "lang:\"es \"", message: "unknown language 'es ': use lang:en or lang:es", offset: 5),
        Golden(query: "lang:\"e\ns\"", message: "unknown language 'e s': use lang:en or lang:es", offset: 5),
        Golden(query: "lang:" + String(repeating: "x", count: 50),
               message: "unknown language '\(String(repeating: "x", count: 40))…': use lang:en or lang:es", offset: 5),
        // Dates
        Golden(query: "date:2025-02-30", message: "'2025-02-30' is not a real day: 2025-02 has 28 days", offset: 5),
        Golden(query: "date:2023-02-29", message: "'2023-02-29' is not a real day: 2023-02 has 28 days", offset: 5),
        Golden(query: "date:2025-04-31", message: "'2025-04-31' is not a real day: 2025-04 has 30 days", offset: 5),
        Golden(query: "date:2025-01-00", message: "'2025-01-00' is not a real day: 2025-01 has 31 days", offset: 5),
        Golden(query: "date:2025-13", message: "'2025-13' is not a date: months go from 01 to 12", offset: 5),
        Golden(query: "date:2025-00-10", message: "'2025-00-10' is not a date: months go from 01 to 12", offset: 5),
        Golden(query: "date:2025-1-5", message: "'2025-1-5' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2025-01-01..2025-03-31", offset: 5),
        Golden(query: "date:25", message: "'25' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2025-01-01..2025-03-31", offset: 5),
        Golden(query: "date:0000", message: "'0000' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2025-01-01..2025-03-31", offset: 5),
        Golden(query: "date:yesterday", message: "'yesterday' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2025-01-01..2025-03-31", offset: 5),
        Golden(query: "date:2025-01-01..2025-02-30", message: "'2025-02-30' is not a real day: 2025-02 has 28 days", offset: 17),
        Golden(query: "date:2025..2026..2027", message: "'2026..2027' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2025-01-01..2025-03-31", offset: 11),
        Golden(query: "date:..", message: "a date range needs a start, an end or both around '..'", offset: 5),
        Golden(query: "date:2025-03..2025-01", message: "the date range ends before it starts", offset: 5),
        Golden(query: "date:99999999999999999999999", message: "'99999999999999999999999' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD, or a range like 2025-01-01..2025-03-31", offset: 5),
        // Prefixes
        Golden(query: "*", message: "prefix too short: put at least 2 characters before '*'", offset: 0),
        Golden(query: "a f*", message: "prefix too short: put at least 2 characters before '*'", offset: 2),
        Golden(query: "é**", message: "prefix too short: put at least 2 characters before '*'", offset: 0),
        // Offsets count Characters, not bytes or UTF-16 units
        Golden(query: "México 🇲🇽 (", message: "unclosed '('", offset: 9),
        Golden(query: "cafe\u{301} )", message: "unmatched ')'", offset: 5),
        // Limits
        Golden(query: String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40),
               message: "too deeply nested: at most 32 parentheses inside each other", offset: 32),
        Golden(query: String(repeating: "a", count: 4_097), message: "query too long: at most 4096 characters", offset: 4_096),
    ]

    @Test(arguments: goldens)
    func goldenError(_ golden: Golden) {
        let error = syntaxError(golden.query)
        #expect(error?.message == golden.message)
        #expect(error?.offset == golden.offset)
        #expect(error?.query == golden.query)
    }

    @Test func limitsAreInclusive() throws {
        let deepest = String(repeating: "(", count: 32) + "a" + String(repeating: ")", count: 32)
        #expect(try parsed(deepest) == .word("a"))
        #expect(try parsed(String(repeating: "a", count: 4_096)) == .word(String(repeating: "a", count: 4_096)))
    }

    @Test func descriptionDrawsTheCaret() {
        let error = syntaxError("aranceles lang:fr")
        #expect(error?.description == """
            unknown language 'fr': use lang:en or lang:es
              aranceles lang:fr
                             ^
            """)
    }

    @Test func messagesAreOneLine() {
        for golden in Self.goldens {
            #expect(!golden.message.contains("\n"))
        }
    }
}
