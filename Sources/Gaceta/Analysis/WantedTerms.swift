/// The terms a highlighter looks for in one language, with the first bytes
/// they start with. Stemming keeps a word's first byte, so a word that starts
/// unlike every wanted term need not be stemmed to be ruled out. Built once
/// per query, used for every passage of its results.
struct WantedTerms: Sendable {
    let terms: Set<String>
    private let firstBytes: [Bool]

    init(_ terms: Set<String>) {
        self.terms = terms
        var firstBytes = [Bool](repeating: false, count: 256)
        for term in terms {
            if let first = term.utf8.first { firstBytes[Int(first)] = true }
        }
        self.firstBytes = firstBytes
    }

    /// Whether a word starting with `byte` can have one of the terms.
    func mayStart(with byte: UInt8) -> Bool {
        firstBytes[Int(byte)]
    }
}
