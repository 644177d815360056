import Foundation
import Testing
@testable import Gaceta

/// The buffer's postings, grouped by term only at flush, against postings
/// grown term by term as each passage is added.
@Suite struct SegmentBufferTests {
    private struct Postings: Equatable {
        var documents: [UInt32] = []
        var frequencies: [UInt32] = []
        var positions: [UInt32] = []

        mutating func add(document: UInt32, position: Int) {
            if documents.last == document {
                frequencies[frequencies.count - 1] += 1
            } else {
                documents.append(document)
                frequencies.append(1)
            }
            positions.append(UInt32(position))
        }
    }

    @Test(.tags(.randomised), arguments: TestSeed.arguments([1, 2, 3]))
    func invertedPostingsEqualPostingsGrownPerTerm(seed: UInt64) {
        var random = SplitMix64(seed: TestSeed.resolve(seed))
        // Few common words and many rare ones, some longer than a hash word
        // and some not ASCII, repeated within passages.
        let vocabulary = (0..<3000).map { index in
            String(repeating: ["a", "ñ", "lóng", "wörd"][index % 4], count: 1 + index % 13) + String(index)
        }
        func word() -> String {
            vocabulary[Int(Double(vocabulary.count) * pow(Double.random(in: 0..<1, using: &random), 3))]
        }
        var buffer = SegmentBuffer()
        var expected: [[UInt8]: Postings] = [:]
        var document: UInt32 = 0
        func record(_ term: String, _ field: Field, _ languageByte: UInt8, position: Int) {
            expected[[field.rawValue, languageByte] + Array(term.utf8), default: Postings()].add(document: document, position: position)
        }
        // Enough occurrences to fill several blocks of the occurrence log.
        for number in 0..<1000 {
            let language: Language = number % 3 == 0 ? .spanish : .english
            let title = (0..<Int.random(in: 0...6, using: &random)).map { _ in word() }
            let sources = number % 5 == 0 ? [] : ["diario", "del", "norte"].prefix(number % 4)
            let day = number % 7 == 0 ? nil : PublicationDay("2024-03-\(10 + number % 18)")
            let passages = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                AnalyzedPassage(text: "text", terms: (0..<Int.random(in: 0...120, using: &random)).map { _ in word() })
            }
            let article = StoredArticle(id: "article-\(number)", title: title.joined(separator: " "), date: nil, source: nil, url: nil, language: language)
            buffer.add(AnalyzedArticle(
                article: article, titleTerms: title, passages: passages, sourceTerms: Array(sources), day: day, textBytes: 0
            ))
            for passage in passages {
                for (position, term) in passage.terms.enumerated() { record(term, .body, language.keyByte, position: position) }
                for (position, term) in title.enumerated() { record(term, .title, language.keyByte, position: position) }
                record(article.id, .articleID, 0, position: 0)
                for term in sources { record(term, .source, 0, position: 0) }
                if let day { record(day.key, .date, 0, position: 0) }
                record(language.rawValue, .language, 0, position: 0)
                document += 1
            }
        }
        #expect(buffer.passages.count == Int(document))
        #expect(buffer.termCount == expected.count)
        let inverted = buffer.inverted()
        var postings = InvertedPostings.Postings()
        for id in 0..<buffer.termCount {
            inverted.postings(of: id, into: &postings)
            let found = Postings(documents: postings.documents, frequencies: postings.frequencies, positions: postings.positions)
            #expect(found == expected[buffer.key(of: id)])
        }
    }
}
