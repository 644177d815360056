import CGacetaSupport
import Foundation
import Testing
@testable import Gaceta

/// The ASCII fast path of the word segmenter must find exactly the words ICU
/// finds. These tests compare the two on random and on real text.
@Suite struct SegmenterEquivalenceTests {
    struct Span: Equatable, CustomStringConvertible {
        var start: Int, end: Int, status: Int32
        var description: String { "\(start)..<\(end):\(status)" }
    }

    static func spans(_ bytes: [UInt8], icuOnly: Bool) -> [Span] {
        bytes.withUnsafeBufferPointer { buffer -> [Span] in
            let base = buffer.baseAddress
            guard let cursor = icuOnly ? gaceta_words_begin_icu(base, buffer.count)
                                       : gaceta_words_begin(base, buffer.count) else { return [] }
            defer { gaceta_words_end(cursor) }
            var result: [Span] = []
            var chunk = [gaceta_word_span](repeating: gaceta_word_span(), count: 7)
            while true {
                let count = chunk.withUnsafeMutableBufferPointer { gaceta_words_next(cursor, $0.baseAddress, 7) }
                if count == 0 { break }
                for span in chunk.prefix(count) {
                    // Underscore-only "words" are dropped by the shaper either way.
                    if bytes[Int(span.start)..<Int(span.end)].allSatisfy({ $0 == UInt8(ascii: "_") }) { continue }
                    result.append(Span(start: Int(span.start), end: Int(span.end), status: span.status))
                }
            }
            return result
        }
    }

    /// 20,000 random texts (times GACETA_FUZZ_SCALE).
    @Test(.tags(.randomised, .long))
    func randomTextAgrees() {
        let pieces: [String] = ["a", "Z", "x", "1", "9", "_", ".", "'", ",", ";", ":", "@", "-", "#", " ", " ", "\t",
                                "\n", "\r\n", "é", "ñ", "\u{200B}", "\u{0301}", "😀", "’", "\u{00A0}", "中", "\u{00AD}", "%", "\"",
                                "É", "Ö", "ÿ", "×", "÷", "«", "»", "¿", "¡", "“", "”", "‘", "—", "–", "ª", "µ", "\u{2019}s"]
        var generator = SplitMix64(seed: TestSeed.resolve(3))
        for _ in 0..<TestSize.rounds(20_000) {
            let length = Int.random(in: 0..<24, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = Array(text.utf8)
            let fast = Self.spans(bytes, icuOnly: false)
            let icu = Self.spans(bytes, icuOnly: true)
            #expect(fast == icu, "\(text.debugDescription)")
            if fast != icu { break }
        }
    }

    @Test func tricksAgree() {
        for text in ["U.S. EE.UU. a.b.c1 1.2,3;4 can't 5'6 a..b 1..2 x_.y @john_doe __ _ a__b",
                     "end.The 3.5m v1.2 e1.5 1,a a;1 news@bbc.co.uk http://x.org/a?b=c#d",
                     "Précio 3,5% ‘quoted’ don’t año\u{00A0}nuevo", "«¿Qué?» —dijo— ¡Sí! 5’6 1’000 ×2 a÷b",
                     "e\u{0301}l niño\u{00AD}s ª º µ", "1_ 1__ 1___ _1__ 1_2__ a1__ __1 1__2 1.2__ 1_.2", ""] {
            let bytes = Array(text.utf8)
            #expect(Self.spans(bytes, icuOnly: false) == Self.spans(bytes, icuOnly: true), "\(text)")
        }
    }

    static let news = ["news-en.jsonl.gz", "news-es.jsonl.gz", "news-es-more.jsonl.gz", "news-parallel-en-es.jsonl.gz",
                       "squad-es-dev.docs.jsonl.gz", "xquad-es.docs.jsonl.gz"]

    /// Real news text: the first 400 lines (times GACETA_FUZZ_SCALE) of each file.
    @Test(.tags(.sharedData), .enabled(if: SharedData.has(news), "needs ../shared/data"))
    func newsTextAgrees() throws {
        for name in Self.news {
            for (number, line) in try SharedData.lines(of: name, limit: TestSize.rounds(400)).enumerated() {
                let fast = Self.spans(line, icuOnly: false)
                let icu = Self.spans(line, icuOnly: true)
                #expect(fast == icu, "\(name) line \(number + 1)")
                if fast != icu { break }
            }
        }
    }
}
