/// A word of a query, analysed for every language it may be matched in.
public struct QueryWord: Sendable, Hashable {
    /// The word as typed (its segment of the query text, before folding).
    public var text: String
    /// The ordinal of the word in the query, starting at 0.
    public var position: Int
    /// Where the word stands in the UTF-8 bytes of the query.
    public var byteRange: Range<Int>
    /// Whether the word is a stopword in every language it was analysed for.
    public var isStopword: Bool
    /// The indexed term this word becomes in each language.
    public var terms: [Language: String]
    /// The languages (among those of `terms`) in which the word is a
    /// stopword. A searcher that scores each language separately can leave
    /// the word out only there: with both languages, "the" is a stopword for
    /// English documents but an ordinary word for Spanish ones, and "sea" the
    /// other way round.
    public var stopwordLanguages: Set<Language>

    init(text: String, position: Int, byteRange: Range<Int>, isStopword: Bool, terms: [Language: String]) {
        self.text = text
        self.position = position
        self.byteRange = byteRange
        self.isStopword = isStopword
        self.terms = terms
        self.stopwordLanguages = isStopword ? Set(terms.keys) : []
    }
}
