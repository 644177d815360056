/// The tokens of recently seen words, kept by a thread that analyses many
/// texts with one analyzer (an indexing worker).
///
/// Word frequencies are Zipfian, and what a word span turns into is a pure
/// function of its bytes as written, its ICU category and the language once
/// the analyzer's configuration is fixed: remembering it changes nothing but
/// time. A hit skips shaping, folding, the stopword lookup, Snowball and
/// making the `String`. Only words that make exactly one token, spanning the
/// whole word, are kept (not "end.The" or "__").
///
/// Direct-mapped (the newest word in a slot wins); words longer than
/// `PackedWord.maximumBytes` are never kept. A cache of no slots keeps
/// nothing. One cache serves one analyzer: its terms depend on the
/// analyzer's configuration.
struct TermCache {
    private struct Entry {
        // In this order an entry takes 40 bytes.
        var word: PackedWord
        var term: String
        /// What besides the bytes the token depends on (see `tag`); 0: empty.
        var tag: UInt32
        var isStopword: Bool
    }

    private var entries: [Entry]
    private let mask: Int

    /// A cache of `slots` entries, rounded up to a power of two (0: none).
    /// The default 32K entries take 1.25 MB and keep 90% of the words of
    /// news prose (16K: 87%); a miss costs about 2,300 instructions.
    init(slots: Int = 1 << 15) {
        let size = slots > 0 ? 1 << (Int.bitWidth - (slots - 1).leadingZeroBitCount) : 0
        entries = Array(repeating: Entry(word: .empty, term: "", tag: 0, isStopword: false), count: size)
        mask = size - 1
    }

    /// The term and stopword flag of the one token `word` made when it was
    /// kept, or nil.
    func token(_ word: UnsafeBufferPointer<UInt8>, category: WordCategory, language: Language) -> (String, Bool)? {
        guard !entries.isEmpty, let packed = PackedWord(word) else { return nil }
        let tag = Self.tag(length: word.count, category: category, language: language)
        let entry = entries[Self.slot(packed, tag: tag, mask: mask)]
        guard entry.tag == tag, entry.word == packed else { return nil }
        return (entry.term, entry.isStopword)
    }

    /// Keeps the one token `word` made, spanning all of it.
    mutating func keep(_ word: UnsafeBufferPointer<UInt8>, category: WordCategory, language: Language,
                       term: String, isStopword: Bool) {
        guard !entries.isEmpty, let packed = PackedWord(word) else { return }
        let tag = Self.tag(length: word.count, category: category, language: language)
        entries[Self.slot(packed, tag: tag, mask: mask)] = Entry(word: packed, term: term, tag: tag, isStopword: isStopword)
    }

    private static func slot(_ word: PackedWord, tag: UInt32, mask: Int) -> Int {
        Int(truncatingIfNeeded: word.hash(seed: UInt64(tag))) & mask
    }

    /// The length (which tells "a" from "a\0"), category and language, never 0.
    private static func tag(length: Int, category: WordCategory, language: Language) -> UInt32 {
        let categoryBits: UInt32
        switch category {
        case .letters: categoryBits = 1
        case .number: categoryBits = 2
        case .other: categoryBits = 3
        }
        let languageBits: UInt32 = language == .spanish ? 1 : 0
        return UInt32(length) | categoryBits << 8 | languageBits << 16
    }
}
