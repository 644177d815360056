import Testing
@testable import Gaceta

/// The lexer classifies an ASCII character by its byte; that must agree with
/// the Unicode definitions it stands for, for every ASCII character and for
/// the two-scalar "\r\n".
@Suite struct QueryLexerClassesTests {
    @Test func asciiCharactersAreClassifiedAsByTheirUnicodeProperties() {
        var characters = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
        characters.append("\r\n")
        for character in characters {
            let scalar = character.unicodeScalars.first!
            let separator = character.isWhitespace || scalar.properties.generalCategory == .control
            #expect(QueryLexer.isSeparator(character) == separator, "\(scalar.value)")
            let endsWord = separator || character == "(" || character == ")"
                || QueryLexer.opensPhrase(character) || QueryLexer.closesPhrase(character)
            #expect(QueryLexer.endsWord(character) == endsWord, "\(scalar.value)")
        }
    }
}
