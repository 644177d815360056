import CGacetaSupport

/// What kind of word ICU's word-break rules found.
enum WordCategory: Sendable {
    /// Digits, with the separators ICU keeps inside numbers ("3,5", "1.000.000").
    case number
    /// Letters (possibly with digits, apostrophes, inner dots).
    case letters
    /// Kana or ideographs: each kept as it is.
    case other
}

/// A word span found in UTF-8 text.
struct WordSpan: Sendable, Equatable {
    var start: Int
    var end: Int
    var category: WordCategory
}

/// Splits UTF-8 text into words with ICU's word-break iterator (UAX #29 rules),
/// keeping only spans whose rule status marks a word or number: spaces,
/// punctuation, symbols and emoji are skipped.
///
/// One refinement over the plain rules: a ZERO WIDTH SPACE between two letter
/// words is treated as invisible ("pala\u{200B}bra" is one word), because in
/// news text it is a copy-and-paste artefact, not a word separator.
enum WordSegmenter {
    /// Calls `body` with each word of `bytes`, in order.
    static func forEachWord(in bytes: UnsafeBufferPointer<UInt8>, _ body: (WordSpan) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        guard let cursor = gaceta_words_begin(base, bytes.count) else { return }
        defer { gaceta_words_end(cursor) }
        let capacity = 256
        let spans = UnsafeMutablePointer<gaceta_word_span>.allocate(capacity: capacity)
        defer { spans.deallocate() }
        var pending: WordSpan? = nil
        while true {
            let count = gaceta_words_next(cursor, spans, capacity)
            if count == 0 { break }
            for i in 0..<count {
                let raw = spans[i]
                let span = WordSpan(start: Int(raw.start), end: Int(raw.end), category: category(of: raw.status))
                if var previous = pending {
                    if previous.category == .letters, span.category == .letters,
                       isZeroWidthSpace(bytes, from: previous.end, to: span.start) {
                        previous.end = span.end
                        pending = previous
                        continue
                    }
                    body(previous)
                }
                pending = span
            }
        }
        if let last = pending { body(last) }
    }

    private static func category(of status: Int32) -> WordCategory {
        if status < GACETA_WORD_NUMBER_LIMIT { return .number }
        if status < GACETA_WORD_LETTER_LIMIT { return .letters }
        return .other
    }

    /// Whether `bytes[from..<to]` is one or more U+200B (E2 80 8B).
    private static func isZeroWidthSpace(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        let length = to - from
        guard length > 0, length % 3 == 0 else { return false }
        var i = from
        while i < to {
            if bytes[i] != 0xE2 || bytes[i + 1] != 0x80 || bytes[i + 2] != 0x8B { return false }
            i += 3
        }
        return true
    }
}

/// Splits UTF-8 text into sentences with ICU's sentence-break iterator
/// (with ICU's English abbreviation suppressions), then repairs two things
/// passages care about:
/// - a break after a title or initial followed by a space ("El Sr. García",
///   "John F. Kennedy") is undone, for a short list of English and Spanish
///   abbreviations ICU does not know;
/// - a piece that is only white space (a blank line) joins the sentence
///   before it (or, at the start of the text, the first sentence), so every
///   sentence has some text.
enum SentenceSegmenter {
    /// Byte ranges of consecutive sentences covering all of `bytes`; each
    /// sentence keeps its trailing spaces and line breaks.
    static func sentenceRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
        var capacity = bytes.count / 64 + 16
        while true {
            var ends = [Int64](repeating: 0, count: capacity)
            let count = ends.withUnsafeMutableBufferPointer {
                gaceta_sentence_ends(base, bytes.count, $0.baseAddress, capacity)
            }
            if count < 0 { return [0..<bytes.count] }
            if Int(count) > capacity {
                capacity = Int(count)
                continue
            }
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(Int(count))
            var start = 0          // where the next ICU piece begins
            var sentenceStart = 0  // where the next sentence begins (leading blanks join it)
            var mergeWithNext = false
            for end in ends.prefix(Int(count)) {
                let end = min(Int(end), bytes.count)
                guard end > start else { continue }
                let range = start..<end
                start = end
                let blank = isBlank(range, in: bytes)
                if let last = ranges.last, mergeWithNext || blank {
                    ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
                } else if blank {
                    continue  // white space before the first sentence
                } else {
                    ranges.append(sentenceStart..<range.upperBound)
                }
                sentenceStart = range.upperBound
                mergeWithNext = endsWithAbbreviation(ranges[ranges.count - 1], in: bytes)
            }
            if let last = ranges.last {
                if last.upperBound < bytes.count { ranges[ranges.count - 1] = last.lowerBound..<bytes.count }
            } else {
                ranges.append(0..<bytes.count)  // only white space
            }
            return ranges
        }
    }

    private static func isBlank(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        range.allSatisfy { isSpace(bytes[$0]) }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13
    }

    /// Titles ICU's suppressions miss, lower-case, without the dot, packed
    /// into integers (all are at most 5 bytes).
    private static let abbreviations: Set<UInt64> = Set([
        "sr", "sra", "srta", "sres", "dr", "dra", "lic", "ing", "arq", "gral", "gob", "av", "avda",
        "ud", "uds", "vd", "vds", "sto", "sta", "prof", "dña", "pág", "núm", "art", "cap", "cía",
        "mr", "mrs", "ms", "gen", "gov", "sen", "rep", "st", "jr", "lt", "col", "sgt", "capt", "rev",
    ].map { word in word.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) } })

    /// Whether the sentence ends with "<abbreviation>. " or "<initial>. " on
    /// the same line.
    private static func endsWithAbbreviation(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = range.upperBound - 1
        var sawSpace = false
        while i >= range.lowerBound, bytes[i] == 32 || bytes[i] == 9 {
            sawSpace = true
            i -= 1
        }
        guard sawSpace, i > range.lowerBound, bytes[i] == UInt8(ascii: ".") else { return false }
        let end = i
        i -= 1
        while i >= range.lowerBound, bytes[i] >= 0x80 || isLetter(bytes[i]) { i -= 1 }
        let word = end - (i + 1)
        guard word > 0, word <= 5 else { return false }
        // A word standing alone: preceded by a space (or the sentence start).
        if i >= range.lowerBound, !isSpace(bytes[i]) { return false }
        if word == 1, bytes[end - 1] >= UInt8(ascii: "A"), bytes[end - 1] <= UInt8(ascii: "Z") {
            return true  // an initial: "John F. Kennedy"
        }
        var key: UInt64 = 0
        for (shift, index) in (i + 1..<end).enumerated() {
            let byte = bytes[index]
            key |= UInt64(byte >= 65 && byte <= 90 ? byte + 32 : byte) << (8 * UInt64(shift))
        }
        return abbreviations.contains(key)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
    }
}
