/// A stretch of a passage short enough to show in a list of results, chosen where
/// the matches are densest.
///
/// The excerpt is cut only at whitespace, so no word, multi-byte character or
/// combining sequence is ever split, and `…` marks each side where text was left out.
public struct PassageExcerpt: Sendable, Hashable {
    /// The excerpt, with `…` where the passage was cut.
    public var text: String
    /// The highlights that fall wholly inside the excerpt, as UTF-8 byte ranges of `text`.
    public var highlights: [Range<Int>]

    /// The marker put where text was cut.
    public static let ellipsis = "…"

    /// Chooses the excerpt of `passage`.
    ///
    /// - Parameters:
    ///   - passage: the full passage text.
    ///   - highlights: UTF-8 byte ranges in `passage`, as in `SearchHit.highlights`.
    ///   - maxBytes: the excerpt's target size in UTF-8 bytes, ellipses excluded;
    ///     a single word longer than this is kept whole and may exceed it.
    public init(passage: String, highlights: [Range<Int>], maxBytes: Int = 300) {
        let maxBytes = max(1, maxBytes)
        let words = WordBoundaries(passage)
        let length = passage.utf8.count
        let sorted = highlights.filter { $0.lowerBound >= 0 && $0.upperBound <= length }.sorted { $0.lowerBound < $1.lowerBound }
        guard length > maxBytes else {
            self.init(text: passage, highlights: sorted)
            return
        }
        let (window, firstMatch) = Self.densestWindow(sorted, length: length, maxBytes: maxBytes)
        var start = window.lowerBound == 0 ? 0 : words.wordStart(atOrBefore: window.lowerBound)
        if let firstMatch, start + maxBytes < firstMatch.upperBound {
            // Backing up to a word start pushed the match out: start at its word.
            start = words.wordStart(atOrBefore: firstMatch.lowerBound)
        }
        var end = min(length, start + maxBytes)
        if end < length {
            end = words.wordEnd(atOrBefore: end, after: start) ?? words.wordEnd(atOrAfter: end)
        }
        let content = words.trimmed(start..<end)
        let whole = words.trimmed(0..<length)
        let bytes = Array(passage.utf8)
        let leading = content.lowerBound > whole.lowerBound ? Self.ellipsis : ""
        let trailing = content.upperBound < whole.upperBound ? Self.ellipsis : ""
        let shift = leading.utf8.count - content.lowerBound
        self.init(
            text: leading + String(decoding: bytes[content], as: UTF8.self) + trailing,
            highlights: sorted.filter { content.contains($0.lowerBound) && $0.upperBound <= content.upperBound }
                .map { ($0.lowerBound + shift)..<($0.upperBound + shift) }
        )
    }

    /// An excerpt taken as given.
    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }

    /// A window of `maxBytes` that holds the most highlights, and the first
    /// highlight in it: from the passage's start when they fit there, else
    /// centred on them; the passage's start when there are none.
    private static func densestWindow(_ highlights: [Range<Int>], length: Int, maxBytes: Int) -> (Range<Int>, Range<Int>?) {
        guard !highlights.isEmpty else { return (0..<maxBytes, nil) }
        var best = (first: 0, last: 0)
        var last = 0
        for first in highlights.indices {
            last = max(last, first)
            while last + 1 < highlights.count, highlights[last + 1].upperBound - highlights[first].lowerBound <= maxBytes {
                last += 1
            }
            if last - first > best.last - best.first { best = (first, last) }
        }
        let covered = highlights[best.first].lowerBound..<max(highlights[best.first].upperBound, highlights[best.last].upperBound)
        let slack = max(0, maxBytes - covered.count)
        // The passage's own start reads best, when the matches fit after it.
        let start = covered.upperBound <= maxBytes ? 0 : max(0, min(length - maxBytes, covered.lowerBound - slack / 2))
        return (start..<start + maxBytes, highlights[best.first])
    }
}

/// Where words start and end in a text, by UTF-8 offset, at grapheme-cluster
/// boundaries so that a cut never separates a character from its accents.
private struct WordBoundaries {
    /// The UTF-8 offset of each character's start, and whether it is whitespace;
    /// a final entry marks the end of the text.
    private var offsets: [Int] = []
    private var isSpace: [Bool] = []

    init(_ text: String) {
        var offset = 0
        for character in text {
            offsets.append(offset)
            isSpace.append(character.isWhitespace)
            offset += character.utf8.count
        }
        offsets.append(offset)
        isSpace.append(true)
    }

    /// The index of the character that contains byte `offset`.
    private func characterIndex(containing offset: Int) -> Int {
        var low = 0, high = offsets.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if offsets[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The start of the word that contains `offset`, or `offset` rounded down to
    /// a character when it is in whitespace.
    func wordStart(atOrBefore offset: Int) -> Int {
        var index = characterIndex(containing: offset)
        while index > 0, !isSpace[index - 1], !isSpace[index] { index -= 1 }
        return offsets[index]
    }

    /// The largest word end not after `offset` and after `floor`, if any.
    func wordEnd(atOrBefore offset: Int, after floor: Int) -> Int? {
        var index = characterIndex(containing: offset)
        // A cut exactly at `offset` is fine when a space or the end follows it.
        if offsets[index] == offset, isSpace[index] { return offset }
        while index > 0, offsets[index] > floor {
            if isSpace[index - 1] == false, isSpace[index] { return offsets[index] }
            index -= 1
        }
        return nil
    }

    /// The end of the word that contains `offset`.
    func wordEnd(atOrAfter offset: Int) -> Int {
        var index = characterIndex(containing: offset)
        while !isSpace[index] { index += 1 }
        return offsets[index]
    }

    /// `range` without whitespace at either side.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var first = characterIndex(containing: range.lowerBound)
        var last = characterIndex(containing: range.upperBound)
        while first < last, isSpace[first] { first += 1 }
        while last > first, isSpace[last - 1] { last -= 1 }
        return offsets[first]..<offsets[last]
    }
}
