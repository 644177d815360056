/// Turns text into tokens, identically for documents and queries.
///
/// The pipeline: ICU word segmentation (`WordSegmenter`), folding
/// (`TextFolding`: NFKC, case folding, diacritics off except ñ), word shaping
/// (`WordShaper`: apostrophes, acronyms, numbers, length bound), the stopword
/// flag (`Stopwords`) and Snowball stemming (`Stemmer`). See docs/ANALYSIS.md.
///
/// An analyzer is a value that is safe to use from many threads at once: the
/// ICU iterators and Snowball stemmers it relies on are kept per thread. It
/// owns no buffers (each call makes its own, in the noncopyable `TermMaker`
/// and `WordShaper`, freed when the call returns), so it stays copyable and
/// can be stored, passed and captured like any other value.
public struct Analyzer: Sendable {
    /// The configuration this analyzer was made with.
    public let configuration: AnalyzerConfiguration
    private let stopwords: [Language: WordSet]
    private let identifier = LanguageIdentifier()

    /// An analyzer with Gaceta's default stopword lists, 64-byte terms and
    /// stemming. Cheap: the folded default lists are built once per process.
    public init() {
        configuration = .standard
        stopwords = Self.standardStopwords
    }

    /// An analyzer with the given stopword lists, term bound and stemming.
    public init(configuration: AnalyzerConfiguration) {
        self.configuration = configuration
        stopwords = Self.fold(configuration.stopwords)
    }

    private static let standardStopwords = fold(AnalyzerConfiguration.standard.stopwords)

    private static func fold(_ lists: [Language: Set<String>]) -> [Language: WordSet] {
        var folded: [Language: WordSet] = [:]
        for (language, words) in lists {
            folded[language] = WordSet(words.map(Analyzer.foldedStopword))
        }
        return folded
    }

    /// The tokens of a document's text, stemmed for `language`.
    ///
    /// Every word is kept, stopwords included (flagged `isStopword`), so
    /// phrase positions stay exact; `position` counts tokens from 0 and
    /// `byteRange` is the word's span in the UTF-8 bytes of `text`.
    public func tokens(in text: String, language: Language) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 6 + 4)
        var noCache = TermCache(slots: 0)
        forEachTerm(in: text, language: language, cache: &noCache) { range, term, isStopword in
            tokens.append(Token(term: term, position: tokens.count, byteRange: range, isStopword: isStopword))
        }
        return tokens
    }

    /// The terms of the first `limit` tokens of `tokens(in:language:)`, taking
    /// the terms of words met before from `cache`, which must serve this
    /// analyzer only: what indexing keeps of a text, without the `Token`s.
    func terms(in text: String, language: Language, limit: Int, cache: inout TermCache) -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(min(text.utf8.count / 6 + 4, limit))
        forEachTerm(in: text, language: language, cache: &cache) { _, term, _ in
            if terms.count < limit { terms.append(term) }
        }
        return terms
    }

    /// Calls `body` with each token's byte range, term and stopword flag.
    /// It walks the words itself, not through `forEachPiece`, so that a word
    /// found in `cache` skips shaping and folding as well.
    private func forEachTerm(in text: String, language: Language, cache: inout TermCache,
                             _ body: (Range<Int>, String, Bool) -> Void) {
        let stopwords = self.stopwords[language] ?? .none
        var text = text
        text.withUTF8 { bytes in
            let shaper = WordShaper(maxTermBytes: configuration.maxTermBytes)
            let maker = TermMaker(stemming: configuration.stemming)
            WordSegmenter.forEachWord(in: bytes) { span in
                let whole = span.start..<span.end
                let word = UnsafeBufferPointer(rebasing: bytes[whole])
                if let (term, isStopword) = cache.token(word, category: span.category, language: language) {
                    body(whole, term, isStopword)
                    return
                }
                var pieces = 0
                var wholeToken: (String, Bool)?
                shaper.shape(span, in: bytes) { range, kind, surface in
                    let (term, isStopword) = maker.term(surface, kind: kind, language: language, stopwords: stopwords)
                    pieces += 1
                    if range == whole { wholeToken = (term, isStopword) }
                    body(range, term, isStopword)
                }
                if pieces == 1, let (term, isStopword) = wholeToken {
                    cache.keep(word, category: span.category, language: language, term: term, isStopword: isStopword)
                }
            }
        }
    }

    /// The UTF-8 byte ranges of the tokens of `text` whose term is one of
    /// `wanted`: what `tokens(in:language:)` would find, filtered, without
    /// stemming the words that cannot match.
    func ranges(of wanted: WantedTerms, in text: String, language: Language) -> [Range<Int>] {
        guard !wanted.terms.isEmpty else { return [] }
        var ranges: [Range<Int>] = []
        let stopwords = self.stopwords[language] ?? .none
        var text = text
        text.withUTF8 { bytes in
            let maker = TermMaker(stemming: configuration.stemming)
            forEachPiece(in: bytes) { range, kind, surface in
                guard let first = surface.first, wanted.mayStart(with: first) else { return }
                if wanted.terms.contains(maker.term(surface, kind: kind, language: language, stopwords: stopwords).0) {
                    ranges.append(range)
                }
            }
        }
        return ranges
    }

    /// English or Spanish, from the text's own evidence (function words,
    /// letters such as ñ and accented vowels, ¿ ¡, typical endings). Text
    /// without any evidence is taken as English.
    public func detectLanguage(of text: String) -> Language {
        identifier.language(of: text)
    }

    /// The evidence `detectLanguage(of:)` weighs: positive for Spanish,
    /// negative for English, 0 for a text with none.
    func languageEvidence(in text: String) -> Float {
        identifier.score(text)
    }

    /// UTF-8 byte ranges of the sentences of `text`, in order, covering it
    /// (ICU sentence rules; each sentence keeps its trailing spaces).
    public func sentenceRanges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { SentenceSegmenter.sentenceRanges(in: $0) }
    }

    /// The words of a query, each with its term in `language`, or in every
    /// language when `language` is nil (the index keys terms by language, so
    /// a word is looked up as its English stem in English documents and its
    /// Spanish stem in Spanish ones). The same pipeline as `tokens(in:language:)`.
    public func queryWords(in text: String, language: Language?) -> [QueryWord] {
        queryWords(in: text, languages: language.map { [$0] } ?? Language.allCases)
    }

    /// The words of a query with their terms in each of `languages`.
    func queryWords(in text: String, languages: [Language]) -> [QueryWord] {
        var words: [QueryWord] = []
        var text = text
        text.withUTF8 { bytes in
            let terms = TermMaker(stemming: configuration.stemming)
            forEachPiece(in: bytes) { range, kind, surface in
                var byLanguage: [Language: String] = [:]
                var stopwordLanguages: Set<Language> = []
                for language in languages {
                    let (term, isStopword) = terms.term(surface, kind: kind, language: language,
                                                        stopwords: stopwords[language] ?? .none)
                    byLanguage[language] = term
                    if isStopword { stopwordLanguages.insert(language) }
                }
                let typed = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                var word = QueryWord(text: typed, position: words.count, byteRange: range,
                                     isStopword: stopwordLanguages.count == languages.count, terms: byLanguage)
                word.stopwordLanguages = stopwordLanguages
                words.append(word)
            }
        }
        return words
    }

    private func forEachPiece(in bytes: UnsafeBufferPointer<UInt8>,
                              _ body: (Range<Int>, WordKind, UnsafeBufferPointer<UInt8>) -> Void) {
        let shaper = WordShaper(maxTermBytes: configuration.maxTermBytes)
        WordSegmenter.forEachWord(in: bytes) { span in
            shaper.shape(span, in: bytes, body)
        }
    }

    /// A stopword entry folded and shaped like a word of text.
    private static func foldedStopword(_ word: String) -> String {
        var folded = Array(TextFolding.fold(word).utf8)
        if folded.count >= 3, folded.suffix(2) == [UInt8(ascii: "'"), UInt8(ascii: "s")] {
            folded.removeLast(2)
        }
        folded.removeAll { $0 == UInt8(ascii: "'") }
        return String(decoding: folded, as: UTF8.self)
    }
}

/// Makes the indexed term of a shaped word: stopword check, then stemming.
///
/// Noncopyable because it owns its stemming buffers: a copy would share them
/// and free them twice, and `deinit` frees them on every path out of the
/// analysis that made it.
struct TermMaker: ~Copyable {
    let stemming: Bool
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let output: UnsafeMutableBufferPointer<UInt8>

    init(stemming: Bool) {
        self.stemming = stemming
        input = .allocate(capacity: 512)
        output = .allocate(capacity: 512)
    }

    deinit {
        input.deallocate()
        output.deallocate()
    }

    /// The term for `surface` in `language`, and whether it is a stopword.
    /// Stopwords keep their folded form (stemming them gains nothing).
    func term(_ surface: UnsafeBufferPointer<UInt8>, kind: WordKind, language: Language,
              stopwords: WordSet) -> (String, Bool) {
        // Acronyms are stemmed like the same letters written without dots
        // ("P.S.O.E." and "PSOE" meet), but are never stopwords ("U.S.").
        guard kind == .word || kind == .acronym else { return (String(decoding: surface, as: UTF8.self), false) }
        if kind == .word, stopwords.contains(surface) { return (String(decoding: surface, as: UTF8.self), true) }
        guard stemming, let stem = stem(surface, language: language) else {
            return (String(decoding: surface, as: UTF8.self), false)
        }
        return (stem, false)
    }

    private func stem(_ surface: UnsafeBufferPointer<UInt8>, language: Language) -> String? {
        guard surface.count + 2 <= input.count else { return nil }
        var length = surface.count
        _ = UnsafeMutableBufferPointer(rebasing: input[..<length]).initialize(from: surface)
        if language == .spanish {
            length = Self.restoreSpanishAccent(input, length: length)
        }
        guard let stemmed = Stemmer.stem(UnsafeBufferPointer(rebasing: input[..<length]),
                                         language: language, into: output) else { return nil }
        // Fold back the accents restored above (and any the stemmer kept).
        var kept = 0
        var i = 0
        while i < stemmed {
            let byte = output[i]
            if byte == 0xC3, i + 1 < stemmed, output[i + 1] == 0xB3 || output[i + 1] == 0xAD {
                output[kept] = output[i + 1] == 0xB3 ? UInt8(ascii: "o") : UInt8(ascii: "i")
                i += 2
            } else {
                output[kept] = byte
                i += 1
            }
            kept += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: output[..<kept]), as: UTF8.self)
    }

    /// Folding removed accents before stemming, but the Snowball Spanish
    /// stemmer recognises some suffixes only with their accent. Where Spanish
    /// spelling makes the accent certain, put it back: "-cion"/"-sion" (always
    /// "-ción"/"-sión") and "-logia(s)" ("-logía(s)"). Returns the new length.
    static func restoreSpanishAccent(_ word: UnsafeMutableBufferPointer<UInt8>, length: Int) -> Int {
        func ends(with suffix: StaticString) -> Bool {
            let count = suffix.utf8CodeUnitCount
            guard length > count else { return false }
            let start = suffix.utf8Start
            for j in 0..<count where word[length - count + j] != start[j] { return false }
            return true
        }
        // Replace the vowel at `index` by its accented form (two bytes).
        func accent(at index: Int, second: UInt8) -> Int {
            var j = length
            while j > index + 1 {
                word[j] = word[j - 1]
                j -= 1
            }
            word[index] = 0xC3
            word[index + 1] = second
            return length + 1
        }
        if ends(with: "cion") || ends(with: "sion") {
            return accent(at: length - 2, second: 0xB3)  // ó
        }
        if ends(with: "logia") {
            return accent(at: length - 2, second: 0xAD)  // í
        }
        if ends(with: "logias") {
            return accent(at: length - 3, second: 0xAD)
        }
        return length
    }
}
