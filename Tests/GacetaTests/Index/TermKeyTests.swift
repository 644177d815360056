import Testing
@testable import Gaceta

/// Term keys decode back into the parts they were made from, and bytes that
/// are no key say why.
@Suite struct TermKeyTests {
    @Test func keysDecodeIntoTheirParts() throws {
        let keys = [
            TermKey(field: .body, language: .spanish, term: "acero"),
            TermKey(field: .title, language: .english, term: "ñandú"),
            TermKey(field: .articleID, language: nil, term: "reuters-42"),
            TermKey(field: .source, language: nil, term: ""),
            TermKey(field: .date, language: nil, term: "2025-03-04"),
            TermKey(field: .language, language: nil, term: "es"),
        ]
        for key in keys {
            let decoded = try TermKey(decoding: key.bytes)
            #expect(decoded == key)
        }
        #expect(keys[0].field == .body && keys[0].language == .spanish && keys[0].term == "acero")
        #expect(keys[1].term == "ñandú")
        #expect(keys[4].field == .date && keys[4].language == nil && keys[4].term == "2025-03-04")
        #expect(keys[0].bytes == [Field.body.rawValue, Language.spanish.keyByte] + Array("acero".utf8))
        #expect("\(keys[0])" == #"body/es "acero""#)
        #expect("\(keys[4])" == #"date "2025-03-04""#)
    }

    @Test func malformedBytesSayWhy() {
        func error(_ bytes: [UInt8]) -> TermKey.DecodingError? {
            do {
                _ = try TermKey(decoding: bytes)
                return nil
            } catch {
                return error
            }
        }
        #expect(error([]) == .unknownField)
        #expect(error([Field.body.rawValue]) == .unknownField)
        #expect(error([0x40, 1, 0x61]) == .unknownField)
        #expect(error([Field.body.rawValue, 0, 0x61]) == .wrongLanguage(0))
        #expect(error([Field.title.rawValue, 9, 0x61]) == .wrongLanguage(9))
        #expect(error([Field.date.rawValue, 1, 0x61]) == .wrongLanguage(1))
        #expect(error([Field.body.rawValue, 1, 0xFF]) == .termNotUTF8)
        #expect(error([Field.date.rawValue, 0]) == nil)
        #expect(TermKey.describe([0x40, 9, 0x61]) == #"field 64/language 9 "a""#)
        #expect(TermKey.describe([7]) == "term key [7]")
    }

    @Test func keysSortBytewise() {
        let keys = [
            TermKey(field: .title, language: .english, term: "a"),
            TermKey(field: .body, language: .spanish, term: "a"),
            TermKey(field: .body, language: .english, term: "b"),
            TermKey(field: .body, language: .english, term: "ab"),
        ]
        #expect(keys.sorted().map(\.bytes) == keys.map(\.bytes).sorted { $0.lexicographicallyPrecedes($1) })
        #expect(keys.sorted().first == keys[3])
    }
}
