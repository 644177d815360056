import Foundation

/// Cuts an article body into passages, the unit of retrieval: paragraphs as the
/// author wrote them, long ones cut at sentence ends near `targetWords`, short
/// ones (a dateline, a one-line quote) merged into their neighbour so that every
/// passage carries enough text to rank and to read.
struct PassageSplitter: Sendable {
    var targetWords: Int
    var minimumWords: Int

    /// The passage sizes of `configuration`, its only source of defaults.
    init(_ configuration: IndexConfiguration) {
        targetWords = max(configuration.targetPassageWords, 1)
        minimumWords = max(min(configuration.minimumPassageWords, targetWords), 0)
    }

    /// No passage is longer than this many words, even without sentence ends.
    var maximumWords: Int { targetWords * 2 }

    func passages(of body: String, analyzer: Analyzer) -> [String] {
        var pieces: [Piece] = []
        for paragraph in Self.paragraphs(of: body) {
            let words = Self.wordCount(paragraph)
            if words <= targetWords + targetWords / 2 {
                pieces.append(Piece(text: paragraph, words: words))
            } else {
                pieces.append(contentsOf: split(paragraph, analyzer: analyzer))
            }
        }
        return merge(pieces).map(\.text)
    }

    private struct Piece {
        var text: String
        var words: Int
    }

    /// Paragraphs are separated by lines holding only white space.
    static func paragraphs(of body: String) -> [String] {
        var body = body
        // Byte offsets over the UTF-8 buffer: walking `String.Index`es cost
        // tens of instructions a byte. Every cut follows a newline, so each
        // offset is a character boundary.
        let ranges = body.withUTF8 { bytes -> [Range<Int>] in
            var ranges: [Range<Int>] = []
            guard let base = bytes.baseAddress else { return [0..<0] }
            var paragraphStart = 0
            var lineStart = 0
            while true {
                // A line holding only blanks ends the paragraph before it.
                var index = lineStart
                while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D {
                    index += 1
                }
                guard index < bytes.count else { break }
                if bytes[index] == 0x0A {
                    ranges.append(paragraphStart..<lineStart)
                    paragraphStart = index + 1
                    lineStart = index + 1
                    continue
                }
                // A line with text: on to the next (memchr is many bytes a step).
                guard let newline = memchr(base + index, 0x0A, bytes.count - index) else { break }
                lineStart = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
            }
            ranges.append(paragraphStart..<bytes.count)
            return ranges
        }
        let utf8 = body.utf8
        return ranges.compactMap { range in
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
            let text = body[lower..<upper].trimmingWhitespace()
            return text.isEmpty ? nil : text
        }
    }

    static func wordCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            // A word starts at each byte that is not a space and follows a
            // space or the start; counted without a branch per byte.
            var count = 0
            var previousIsSpace = true
            for byte in bytes {
                let space = isSpace(byte)
                count &+= !space && previousIsSpace ? 1 : 0
                previousIsSpace = space
            }
            return count
        }
    }

    /// Space, line feed, tab or carriage return: one test against a bit mask.
    private static func isSpace(_ byte: UInt8) -> Bool {
        let spaces: UInt64 = 1 << 0x20 | 1 << 0x0A | 1 << 0x09 | 1 << 0x0D
        return byte <= 0x20 && (1 &<< UInt64(byte)) & spaces != 0
    }

    /// Groups sentences into pieces of about `targetWords`; a sentence longer
    /// than `maximumWords` is cut between words.
    private func split(_ paragraph: String, analyzer: Analyzer) -> [Piece] {
        let utf8 = Array(paragraph.utf8)
        var pieces: [Piece] = []
        var current = ""
        var currentWords = 0
        func close() {
            let text = current.trimmingWhitespace()
            if !text.isEmpty { pieces.append(Piece(text: text, words: currentWords)) }
            current = ""
            currentWords = 0
        }
        for range in analyzer.sentenceRanges(in: paragraph) where range.lowerBound >= 0 && range.upperBound <= utf8.count {
            let sentence = String(decoding: utf8[range], as: UTF8.self)
            let words = Self.wordCount(sentence)
            if words > maximumWords {
                close()
                for chunk in Self.chunks(of: sentence, words: targetWords) {
                    pieces.append(Piece(text: chunk, words: Self.wordCount(chunk)))
                }
                continue
            }
            if currentWords > 0, currentWords + words > targetWords + targetWords / 2 { close() }
            current += sentence
            currentWords += words
            if currentWords >= targetWords { close() }
        }
        close()
        return pieces
    }

    private static func chunks(of text: String, words: Int) -> [String] {
        let all = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        return stride(from: 0, to: all.count, by: words).map { start in
            all[start..<min(start + words, all.count)].joined(separator: " ")
        }
    }

    /// Folds pieces shorter than `minimumWords` into the next piece (the last
    /// one into the previous), unless that would pass `maximumWords`.
    private func merge(_ pieces: [Piece]) -> [Piece] {
        var merged: [Piece] = []
        var pending: Piece?
        for piece in pieces {
            if var carried = pending {
                if carried.words + piece.words <= maximumWords {
                    carried.text += "\n\n" + piece.text
                    carried.words += piece.words
                    pending = carried.words < minimumWords ? carried : nil
                    if pending == nil { merged.append(carried) }
                    continue
                }
                merged.append(carried)
                pending = nil
            }
            if piece.words < minimumWords {
                pending = piece
            } else {
                merged.append(piece)
            }
        }
        if let carried = pending {
            if var last = merged.last, last.words + carried.words <= maximumWords {
                last.text += "\n\n" + carried.text
                last.words += carried.words
                merged[merged.count - 1] = last
            } else {
                merged.append(carried)
            }
        }
        return merged
    }
}
