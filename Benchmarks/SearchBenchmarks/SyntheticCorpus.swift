@_spi(Benchmarking) import Gaceta

/// News-shaped articles of nonsense text: a title, two to five paragraphs of
/// 25–90 words (each paragraph becomes one passage), three in five English.
/// Only the term statistics are meant to be realistic, not the prose.
struct SyntheticCorpus {
    private var generator: SeededGenerator

    init(seed: UInt64) {
        generator = SeededGenerator(seed: seed)
    }

    mutating func article(number: Int) -> Article {
        let vocabulary = generator.nextUnit() < 0.6 ? ZipfVocabulary.english : ZipfVocabulary.spanish
        let title = words(integer(in: 5...9), from: vocabulary, capitalized: true)
        let paragraphs = (0..<integer(in: 2...5)).map { _ in paragraph(from: vocabulary) }
        // Only a day that exists in every month, so any yyyy-mm-dd is valid.
        let date = "\(integer(in: 2024...2025))-\(twoDigits(integer(in: 1...12)))-\(twoDigits(integer(in: 1...28)))"
        let sources = vocabulary.language == .english ? ["Harbour Gazette", "Northern Courier"] : ["Diario del Norte", "La Voz del Puerto"]
        return Article(
            id: "\(vocabulary.language.rawValue)-\(number)", title: title,
            body: paragraphs.joined(separator: "\n\n"), date: date,
            source: sources[integer(in: 0...1)], language: vocabulary.language
        )
    }

    private mutating func paragraph(from vocabulary: ZipfVocabulary) -> String {
        var text = ""
        var remaining = integer(in: 25...90)
        while remaining > 0 {
            let length = min(remaining, integer(in: 6...18))
            if !text.isEmpty { text += " " }
            text += words(length, from: vocabulary, capitalized: true) + "."
            remaining -= length
        }
        return text
    }

    private mutating func words(_ count: Int, from vocabulary: ZipfVocabulary, capitalized: Bool) -> String {
        var text = ""
        for index in 0..<count {
            // Function words take about two in five places, as in news text.
            let word = generator.nextUnit() < 0.4
                ? vocabulary.drawFunctionWord(using: &generator)
                : vocabulary.draw(using: &generator)
            if index > 0 { text += " " }
            text += index == 0 && capitalized ? word.prefix(1).uppercased() + word.dropFirst() : word
        }
        return text
    }

    /// Not `Int.random(in:using:)`, whose algorithm may change between
    /// toolchains: the corpus must not.
    private mutating func integer(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(generator.nextUnit() * Double(range.count))
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
