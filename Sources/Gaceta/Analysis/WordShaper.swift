/// How a word becomes index material, after segmentation.
enum WordKind: Sendable, Equatable {
    /// Letters: checked against stopwords and stemmed.
    case word
    /// Digits with separators unified to "." ("3,5" and "3.5" both → "3.5").
    case number
    /// Letters separated by dots, one or two per group ("U.S." → "us",
    /// "EE.UU." → "eeuu"): dots dropped, never a stopword, stemmed like the
    /// same letters without dots.
    case acronym
    /// Kana, ideographs, or a word longer than the term bound (truncated):
    /// kept as folded, not stemmed.
    case verbatim
}

/// Turns a word span into one or more folded surface forms, ready for the
/// stopword check and stemming.
///
/// - Inner dots, colons and "@" split a word into several tokens unless they sit
///   between digits ("end.The", "example.com" → two tokens; "v1.2" stays) or
///   the word is an acronym.
/// - A piece with any letter is a word (stemmed), one without is a number.
/// - The possessive "'s" is removed and other apostrophes are dropped
///   ("Trump's" → "trump", "don't" → "dont", "O'Brien" → "obrien").
/// - Words longer than the term bound are truncated at a character boundary.
///
/// Noncopyable because it owns the buffer that folded words are written to:
/// a copy would share it and free it twice.
struct WordShaper: ~Copyable {
    let maxTermBytes: Int
    private let buffer: UnsafeMutableBufferPointer<UInt8>

    init(maxTermBytes: Int) {
        self.maxTermBytes = max(4, maxTermBytes)
        // Room for any word worth stemming; longer ones are truncated anyway.
        buffer = .allocate(capacity: max(256, self.maxTermBytes * 4))
    }

    deinit { buffer.deallocate() }

    /// Calls `body` with each piece of `span` in `text`: its byte range in
    /// `text`, its kind and its folded form (valid only during the call).
    func shape(_ span: WordSpan, in text: UnsafeBufferPointer<UInt8>,
               _ body: (Range<Int>, WordKind, UnsafeBufferPointer<UInt8>) -> Void) {
        if span.category != .other {
            var hasSeparator = false
            for i in span.start..<span.end where Self.isSeparator(text[i]) {
                hasSeparator = true
                break
            }
            if hasSeparator {
                if span.category == .letters, isAcronym(span, in: text) {
                    piece(span.start..<span.end, category: .letters, acronym: true, in: text, body)
                    return
                }
                var start = span.start
                for i in span.start..<span.end {
                    let byte = text[i]
                    guard Self.isSeparator(byte) else { continue }
                    if byte == UInt8(ascii: "."), i > span.start, i + 1 < span.end,
                       isDigit(text[i - 1]), isDigit(text[i + 1]) { continue }
                    if i > start { piece(start..<i, category: category(of: start..<i, in: text), acronym: false, in: text, body) }
                    start = i + 1
                }
                if span.end > start {
                    piece(start..<span.end, category: category(of: start..<span.end, in: text), acronym: false, in: text, body)
                }
                return
            }
            piece(span.start..<span.end, category: category(of: span.start..<span.end, in: text), acronym: false,
                  in: text, body)
            return
        }
        piece(span.start..<span.end, category: .other, acronym: false, in: text, body)
    }

    /// Letters if the piece holds any letter, else a number. ICU labels a
    /// word by its last character ("@user123" is a number to it); deciding by
    /// content makes "@user123" and "user123" the same word.
    private func category(of range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> WordCategory {
        for i in range {
            let byte = text[i]
            if byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) { return .letters }
        }
        return .number
    }

    private func piece(_ range: Range<Int>, category: WordCategory, acronym: Bool,
                       in text: UnsafeBufferPointer<UInt8>,
                       _ body: (Range<Int>, WordKind, UnsafeBufferPointer<UInt8>) -> Void) {
        let word = UnsafeBufferPointer(rebasing: text[range])
        // ICU calls "__" a word; a run of underscores is a rule, not a word.
        if word.allSatisfy({ $0 == UInt8(ascii: "_") }) { return }
        guard let folded = TextFolding.fold(word, into: buffer) else { return }
        if folded > buffer.count || folded > maxTermBytes {
            // Too long to be a word: index its first bytes, unstemmed.
            let cut = characterBoundary(atMost: min(folded, buffer.count, maxTermBytes))
            if cut > 0 { body(range, .verbatim, UnsafeBufferPointer(rebasing: buffer[..<cut])) }
            return
        }
        var length = folded
        let kind: WordKind
        switch category {
        case .number:
            for i in 0..<length where buffer[i] == UInt8(ascii: ",") { buffer[i] = UInt8(ascii: ".") }
            kind = .number
        case .other:
            kind = .verbatim
        case .letters:
            if acronym {
                length = remove(UInt8(ascii: "."), length: length)
                kind = .acronym
            } else {
                let apostrophe = UInt8(ascii: "'")
                if length >= 3, buffer[length - 2] == apostrophe, buffer[length - 1] == UInt8(ascii: "s") {
                    length -= 2
                }
                length = remove(apostrophe, length: length)
                kind = .word
            }
        }
        if length > 0 { body(range, kind, UnsafeBufferPointer(rebasing: buffer[..<length])) }
    }

    /// Two or more groups of one or two letters joined by dots: "U.S", "EE.UU", "p.m".
    private func isAcronym(_ span: WordSpan, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var groups = 0
        var letters = 0
        for i in span.start..<span.end {
            let byte = text[i]
            if byte == UInt8(ascii: ".") {
                if letters == 0 || letters > 2 { return false }
                groups += 1
                letters = 0
            } else if Self.isSeparator(byte) || byte == UInt8(ascii: "'") || isDigit(byte) {
                return false
            } else if byte & 0xC0 != 0x80 {
                letters += 1  // count characters by their leading byte
            }
        }
        if letters > 2 { return false }
        if letters > 0 { groups += 1 }
        return groups >= 2
    }

    private func remove(_ byte: UInt8, length: Int) -> Int {
        var kept = 0
        for i in 0..<length where buffer[i] != byte {
            buffer[kept] = buffer[i]
            kept += 1
        }
        return kept
    }

    /// The largest length <= `limit` that does not cut a UTF-8 sequence.
    private func characterBoundary(atMost limit: Int) -> Int {
        var cut = limit
        while cut > 0, cut < buffer.count, buffer[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// Characters ICU keeps inside words that we split on: "." and ":"
    /// (MidLetter/MidNumLet) and "@" (ICU's rules keep e-mail addresses and
    /// handles whole).
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@")
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
