/// Finds the spans of text that a query matched, using the same analyzer as the
/// index so that "aranceles" marks "Arancel" when both stem alike.
struct Highlighter: Sendable {
    let analyzer: Analyzer

    init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// The UTF-8 byte ranges of the tokens of `text` whose indexed term is one of
    /// `terms`, one range per token, in text order.
    func spans(in text: String, language: Language, terms: Set<String>) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        return analyzer.tokens(in: text, language: language)
            .filter { terms.contains($0.term) }
            .map(\.byteRange)
            .sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    }
}
