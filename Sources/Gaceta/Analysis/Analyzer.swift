// TEMPORARY STUB: replaced by the ICU/Snowball analyzer (issue 2).
/// Turns text into tokens, identically for documents and queries.
public struct Analyzer: Sendable {
    public init() {}

    /// The tokens of a document's text, stemmed for `language`.
    public func tokens(in text: String, language: Language) -> [Token] {
        var tokens: [Token] = []
        var start: Int? = nil
        var offset = 0
        func flush(_ end: Int) {
            guard let s = start else { return }
            let bytes = Array(text.utf8)[s..<end]
            let term = String(decoding: bytes, as: UTF8.self).lowercased()
            tokens.append(Token(term: term, position: tokens.count, byteRange: s..<end, isStopword: false))
            start = nil
        }
        for byte in text.utf8 {
            if byte == 32 || byte == 10 || byte == 9 { flush(offset) } else if start == nil { start = offset }
            offset += 1
        }
        flush(offset)
        return tokens
    }

    /// English or Spanish, from the text's own evidence.
    public func detectLanguage(of text: String) -> Language { .english }

    /// UTF-8 byte ranges of the sentences of `text`, in order, covering it.
    public func sentenceRanges(in text: String) -> [Range<Int>] { [0..<text.utf8.count] }

    /// The words of a query, each with its term under every language's stemmer.
    public func queryWords(in text: String, language: Language?) -> [QueryWord] {
        tokens(in: text, language: .english).map {
            QueryWord(text: $0.term, position: $0.position, byteRange: $0.byteRange,
                      isStopword: false, terms: [.english: $0.term, .spanish: $0.term])
        }
    }
}

/// A word of a query, analysed for every language it may be matched in.
public struct QueryWord: Sendable, Hashable {
    /// The word as typed (after segmentation).
    public var text: String
    public var position: Int
    public var byteRange: Range<Int>
    /// Whether the word is a stopword in every language it was analysed for.
    public var isStopword: Bool
    /// The indexed term this word becomes in each language.
    public var terms: [Language: String]

    public init(text: String, position: Int, byteRange: Range<Int>, isStopword: Bool, terms: [Language: String]) {
        self.text = text
        self.position = position
        self.byteRange = byteRange
        self.isStopword = isStopword
        self.terms = terms
    }
}
