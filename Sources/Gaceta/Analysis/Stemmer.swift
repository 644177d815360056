import CGacetaSupport

/// Snowball stemming (Porter2 for English, the Snowball Spanish stemmer).
///
/// libstemmer's stemmers keep state, so the C side keeps one pair per thread
/// (created on first use, freed at thread exit) and copies each stem out at
/// once: calling this from many threads at a time is safe.
enum Stemmer {
    /// Stems folded, lower-case UTF-8 `word` into `output`; returns the
    /// stem's length, or nil when it does not fit or the stemmer is missing.
    static func stem(_ word: UnsafeBufferPointer<UInt8>, language: Language,
                     into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard let base = word.baseAddress, !word.isEmpty, let out = output.baseAddress else { return nil }
        let code = language == .spanish ? GACETA_STEMMER_SPANISH : GACETA_STEMMER_ENGLISH
        let length = gaceta_stem(Int32(code), base, word.count, out, output.count)
        guard length >= 0, Int(length) <= output.count else { return nil }
        return Int(length)
    }
}
