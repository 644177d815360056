@testable import Gaceta

/// The terms of `text` analysed as `language`.
func terms(_ text: String, _ language: Language, analyzer: Analyzer = Analyzer()) -> [String] {
    analyzer.tokens(in: text, language: language).map(\.term)
}

/// The original text of each token, by its byte range.
func spans(_ text: String, _ language: Language) -> [String] {
    let bytes = Array(text.utf8)
    return Analyzer().tokens(in: text, language: language).map {
        String(decoding: bytes[$0.byteRange], as: UTF8.self)
    }
}
