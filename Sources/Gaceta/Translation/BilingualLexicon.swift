/// English–Spanish translations keyed by Gaceta's own analysis: for a term
/// as a query word becomes it in one language (folded and stemmed: `tariff`,
/// `arancel`), the terms of its translations in the other language, each with
/// how many dictionaries give it. Built from dictionaries installed on the
/// machine (``installed(cacheDirectory:)``), never shipped with Gaceta; what
/// `SearchOptions.translation` translates queries with (docs/CROSSLINGUAL.md).
///
/// A `Sendable` value: built or loaded once, shared by every search. Two
/// lexicons are equal when they were built from the same dictionary files by
/// the same release.
public struct BilingualLexicon: Sendable, Hashable {
    /// One translation of a term.
    struct Translation: Sendable, Hashable {
        var term: String
        /// How many of the dictionaries give this translation (at least 1).
        var agreement: Int
    }

    /// What the lexicon was built from (`LexiconSources.fingerprint()`).
    let fingerprint: String
    /// `entries[language][term]`: the translations out of `language`, best attested first.
    let entries: [Language: [String: [Translation]]]

    init(fingerprint: String, entries: [Language: [String: [Translation]]]) {
        self.fingerprint = fingerprint
        self.entries = entries
    }

    /// The translations of `term`, an analysed term of `language`, into the
    /// other language; empty for a term no dictionary knows.
    func translations(of term: String, from language: Language) -> [Translation] {
        entries[language]?[term] ?? []
    }

    /// How many terms of `language` have a translation.
    public func termCount(from language: Language) -> Int {
        entries[language]?.count ?? 0
    }

    /// Whether both were built from the same dictionary files by the same release.
    public static func == (left: BilingualLexicon, right: BilingualLexicon) -> Bool {
        left.fingerprint == right.fingerprint
    }

    /// Hashes what `==` compares: the dictionary files and the release.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(fingerprint)
    }
}
