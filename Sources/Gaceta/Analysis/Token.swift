/// One indexable unit of text after segmentation, normalisation and stemming.
public struct Token: Sendable, Hashable {
    /// The normalised, stemmed term that goes into the index.
    public var term: String
    /// The ordinal of this token among the tokens of its text, starting at 0.
    public var position: Int
    /// Where the token stands in the UTF-8 bytes of the original text, so a
    /// highlighter can mark the exact span even when folding changed lengths.
    public var byteRange: Range<Int>
    /// Whether the unstemmed word is on its language's stopword list.
    public var isStopword: Bool

    init(term: String, position: Int, byteRange: Range<Int>, isStopword: Bool) {
        self.term = term
        self.position = position
        self.byteRange = byteRange
        self.isStopword = isStopword
    }
}
