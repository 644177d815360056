/// The terms of recently seen words, kept by a thread that analyses many
/// texts with one analyzer (an indexing worker).
///
/// Word frequencies are Zipfian, and a word's term and stopword flag are a
/// pure function of its folded bytes, kind and language once the analyzer's
/// stopwords and stemming are fixed: remembering them changes nothing but
/// time. A hit skips the stopword lookup, Snowball and making the `String`.
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
        /// What besides the bytes the term depends on (see `tag`); 0: empty.
        var tag: UInt32
        var isStopword: Bool
    }

    private var entries: [Entry]
    private let mask: Int

    /// A cache of `slots` entries, rounded up to a power of two (0: none).
    /// 16K entries take 640 KB: about what a core's L2 cache holds, for a
    /// lookup that misses it costs more than the stemming it saves.
    init(slots: Int = 1 << 14) {
        let size = slots > 0 ? 1 << (Int.bitWidth - (slots - 1).leadingZeroBitCount) : 0
        entries = Array(repeating: Entry(word: .empty, term: "", tag: 0, isStopword: false), count: size)
        mask = size - 1
    }

    /// The term and stopword flag of `word`, from the cache or else from
    /// `make`, which the cache then keeps.
    mutating func term(_ word: UnsafeBufferPointer<UInt8>, kind: WordKind, language: Language,
                       orMake make: () -> (String, Bool)) -> (String, Bool) {
        guard !entries.isEmpty, let packed = PackedWord(word) else { return make() }
        let tag = Self.tag(length: word.count, kind: kind, language: language)
        let slot = Int(truncatingIfNeeded: packed.hash(seed: UInt64(tag))) & mask
        let entry = entries[slot]
        if entry.tag == tag, entry.word == packed { return (entry.term, entry.isStopword) }
        let made = make()
        entries[slot] = Entry(word: packed, term: made.0, tag: tag, isStopword: made.1)
        return made
    }

    /// The length (which tells "a" from "a\0"), kind and language, never 0.
    private static func tag(length: Int, kind: WordKind, language: Language) -> UInt32 {
        let kindBits: UInt32
        switch kind {
        case .word: kindBits = 1
        case .number: kindBits = 2
        case .acronym: kindBits = 3
        case .verbatim: kindBits = 4
        }
        let languageBits: UInt32 = language == .spanish ? 1 : 0
        return UInt32(length) | kindBits << 8 | languageBits << 16
    }
}
