/// How an `Analyzer` treats words: stopword lists, term length bound, stemming.
public struct AnalyzerConfiguration: Sendable, Hashable {
    /// The stopword list of each language (a language missing from the
    /// dictionary has none). Entries are folded like text when the analyzer
    /// is made, so accents and apostrophes in them do not matter.
    public var stopwords: [Language: Set<String>]
    /// The longest term, in UTF-8 bytes, that goes into the index. A longer
    /// word is indexed unstemmed as its first `maxTermBytes` bytes, cut at a
    /// character boundary. Values below 4 count as 4.
    public var maxTermBytes: Int
    /// Whether words are reduced to their Snowball stems.
    public var stemming: Bool

    /// Gaceta's own stopword lists, 64-byte terms, stemming on.
    public init(
        stopwords: [Language: Set<String>] = [.english: Stopwords.english, .spanish: Stopwords.spanish],
        maxTermBytes: Int = 64,
        stemming: Bool = true
    ) {
        self.stopwords = stopwords
        self.maxTermBytes = maxTermBytes
        self.stemming = stemming
    }

    /// The default configuration.
    public static let standard = AnalyzerConfiguration()
}
