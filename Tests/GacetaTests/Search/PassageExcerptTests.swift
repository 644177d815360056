import Testing
@testable import Gaceta

@Suite struct PassageExcerptTests {
    /// The highlighted substrings of an excerpt, which must survive the cut intact.
    private func marked(_ excerpt: PassageExcerpt) -> [String] {
        let bytes = Array(excerpt.text.utf8)
        return excerpt.highlights.map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    private func ranges(of word: String, in text: String) -> [Range<Int>] {
        let bytes = Array(text.utf8), needle = Array(word.utf8)
        return (0...(bytes.count - needle.count)).filter { Array(bytes[$0..<$0 + needle.count]) == needle }
            .map { $0..<$0 + needle.count }
    }

    @Test func aShortPassageIsKeptWhole() {
        let excerpt = PassageExcerpt(passage: "Tariffs rose.", highlights: [0..<7], maxBytes: 300)
        #expect(excerpt.text == "Tariffs rose.")
        #expect(marked(excerpt) == ["Tariffs"])
    }

    @Test func theWindowWithTheMostMatchesIsChosen() {
        let filler = Array(repeating: "palabra", count: 60).joined(separator: " ")
        let passage = "aranceles al principio. " + filler + " los aranceles y más aranceles al final. " + filler
        let highlights = ranges(of: "aranceles", in: passage)
        let excerpt = PassageExcerpt(passage: passage, highlights: highlights, maxBytes: 120)
        #expect(marked(excerpt) == ["aranceles", "aranceles"])
        #expect(excerpt.text.hasPrefix(PassageExcerpt.ellipsis))
        #expect(excerpt.text.hasSuffix(PassageExcerpt.ellipsis))
        #expect(excerpt.text.utf8.count <= 120 + 2 * PassageExcerpt.ellipsis.utf8.count)
    }

    @Test func cutsFallOnlyAtWhitespaceWithAccentsEmojiAndCombiningMarks() {
        // "é" precomposed and decomposed, a flag, a family emoji and a skin tone.
        let words = ["canción", "cancio\u{301}n", "🇲🇽", "👨‍👩‍👧", "👍🏽", "niño", "pingüino", "fentanilo"]
        let passage = (0..<40).map { words[$0 % words.count] }.joined(separator: " ")
        let allWords = Set(words)
        for maxBytes in stride(from: 20, through: 200, by: 7) {
            let target = ranges(of: "fentanilo", in: passage)
            for (index, highlight) in target.enumerated() {
                let excerpt = PassageExcerpt(passage: passage, highlights: [highlight], maxBytes: maxBytes)
                let body = excerpt.text
                    .replacingOccurrences(of: PassageExcerpt.ellipsis, with: " ")
                    .split(separator: " ").map(String.init)
                #expect(body.allSatisfy(allWords.contains), "maxBytes \(maxBytes), match \(index): \(excerpt.text)")
                #expect(marked(excerpt) == ["fentanilo"])
            }
        }
    }

    @Test func matchesNearTheStartShowThePassageFromItsStart() {
        let passage = "NEW YORK — Ismael Zambada pleaded guilty on Monday " + String(repeating: "in a long passage ", count: 30)
        let excerpt = PassageExcerpt(passage: passage, highlights: [ranges(of: "Zambada", in: passage)[0]], maxBytes: 100)
        #expect(excerpt.text.hasPrefix("NEW YORK — Ismael Zambada"))
        #expect(marked(excerpt) == ["Zambada"])
    }

    @Test func noMatchesShowsTheStart() {
        let passage = String(repeating: "word ", count: 100)
        let excerpt = PassageExcerpt(passage: passage, highlights: [], maxBytes: 50)
        #expect(excerpt.text.hasPrefix("word word"))
        #expect(!excerpt.text.hasPrefix(PassageExcerpt.ellipsis))
        #expect(excerpt.text.hasSuffix("word" + PassageExcerpt.ellipsis))
    }

    @Test func aWordLongerThanTheLimitIsKeptWhole() {
        let long = String(repeating: "x", count: 80)
        let passage = "\(long) tail words here"
        let excerpt = PassageExcerpt(passage: passage, highlights: [0..<80], maxBytes: 30)
        #expect(excerpt.text == long + PassageExcerpt.ellipsis)
        #expect(excerpt.highlights == [0..<80])
    }

    @Test func aNonPositiveLimitStillGivesTheFirstWord() {
        for maxBytes in [-5, 0, 1] {
            #expect(PassageExcerpt(passage: "uno dos tres", highlights: [], maxBytes: maxBytes).text == "uno" + PassageExcerpt.ellipsis)
        }
    }

    @Test func highlightsOutsideThePassageAreIgnored() {
        let excerpt = PassageExcerpt(passage: "short text", highlights: [6..<10, 8..<40], maxBytes: 300)
        #expect(excerpt.highlights == [6..<10])
    }

    /// 500 random passages (times GACETA_FUZZ_SCALE).
    @Test(.tags(.randomised, .long))
    func randomPassagesKeepEveryInvariant() {
        var random = SplitMix64(seed: TestSeed.resolve(42))
        let vocabulary = ["a", "el", "niño", "über", "año", "🇲🇽", "e\u{301}", "tariffs", "extradición", "日本語", "x"]
        for _ in 0..<TestSize.rounds(500) {
            let words = (0..<Int(random.next() % 80 + 1)).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
            let separators = words.map { _ in ["  ", " ", "\n\n", "\t"][Int(random.next() % 4)] }
            var passage = ""
            var wordRanges: [Range<Int>] = []
            for (word, separator) in zip(words, separators) {
                let start = passage.utf8.count
                passage += word
                wordRanges.append(start..<passage.utf8.count)
                passage += separator
            }
            let highlights = wordRanges.filter { _ in random.next() % 5 == 0 }
            let maxBytes = Int(random.next() % 120 + 10)
            let excerpt = PassageExcerpt(passage: passage, highlights: highlights, maxBytes: maxBytes)
            if passage.utf8.count <= maxBytes {
                #expect(excerpt == PassageExcerpt(text: passage, highlights: highlights))
                continue
            }

            var content = excerpt.text
            let ellipsis = PassageExcerpt.ellipsis
            let cutAtStart = content.hasPrefix(ellipsis)
            if cutAtStart { content.removeFirst() }
            if content.hasSuffix(ellipsis) { content.removeLast() }
            // The excerpt is a run of whole words of the passage.
            let passageBytes = Array(passage.utf8)
            let contentBytes = Array(content.utf8)
            let wordEnds = Set(wordRanges.map(\.upperBound))
            let isRunOfWords = wordRanges.map(\.lowerBound).contains {
                $0 + contentBytes.count <= passageBytes.count
                    && Array(passageBytes[$0..<$0 + contentBytes.count]) == contentBytes
                    && wordEnds.contains($0 + contentBytes.count)
            }
            #expect(isRunOfWords, "\(excerpt.text.debugDescription) is not a run of whole words of \(passage.debugDescription)")
            // Each highlight marks the same word it marked in the passage.
            let excerptBytes = Array(excerpt.text.utf8)
            let highlightedWords = Set(highlights.map { String(decoding: passageBytes[$0], as: UTF8.self) })
            for highlight in excerpt.highlights {
                #expect(highlightedWords.contains(String(decoding: excerptBytes[highlight], as: UTF8.self)))
            }
            if !highlights.isEmpty {
                #expect(!excerpt.highlights.isEmpty, "no match shown in \(excerpt.text)")
            }
        }
    }
}
