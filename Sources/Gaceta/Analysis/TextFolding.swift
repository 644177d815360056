import CGacetaSupport

/// The normalisation applied identically to document and query words:
/// NFKC, full case folding (ß → ss), default ignorables removed (soft hyphen,
/// ZWJ), diacritics removed (México → mexico, pingüino → pinguino) except the
/// tilde of ñ (año stays distinct from ano), and the curly apostrophes
/// (’ ‘ ʼ) turned into U+0027.
///
/// Pure ASCII and Latin-1 words take a byte-table fast path in C; anything
/// else goes through ICU's normalizers. Both give identical results.
enum TextFolding {
    /// Folds `word` into `output`; returns the folded length, which may exceed
    /// `output.count` (then only the first `output.count` bytes were written).
    /// Returns nil if ICU fails.
    static func fold(_ word: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        guard let base = word.baseAddress, !word.isEmpty else { return 0 }
        let length = gaceta_fold(base, word.count, output.baseAddress, output.count)
        return length < 0 ? nil : Int(length)
    }

    /// Folds a whole string (used for stopword lists and tests).
    static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var capacity = max(bytes.count * 2, 16)
            while true {
                let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: capacity)
                defer { buffer.deallocate() }
                guard let length = fold(bytes, into: buffer) else { return "" }
                if length <= capacity {
                    return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
                }
                capacity = length
            }
        }
    }
}
