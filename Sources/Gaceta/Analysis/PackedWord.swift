/// The UTF-8 bytes of a short word packed into two integers, zero padded:
/// a key that compares and hashes in a few instructions, with no `String`
/// made and no SipHash. `WordSet` and `TermCache` key their tables with it.
struct PackedWord: Sendable, Equatable {
    var low: UInt64
    var high: UInt64

    /// The longest word that packs.
    static let maximumBytes = 16

    /// Nothing packed: no word of one byte or more packs to it unless it is
    /// all NUL bytes, which folded words never contain.
    static let empty = PackedWord(low: 0, high: 0)

    /// `word` packed, or nil when it is longer than `maximumBytes`. Words of
    /// different lengths can pack alike only if one ends in NUL bytes.
    init?(_ word: UnsafeBufferPointer<UInt8>) {
        let count = word.count
        guard count <= Self.maximumBytes else { return nil }
        // Byte by byte into registers (a memcpy into the key stalls on store forwarding).
        var low: UInt64 = 0
        var high: UInt64 = 0
        var index = 0
        while index < count && index < 8 {
            low |= UInt64(word[index]) << (8 * UInt64(index))
            index += 1
        }
        while index < count {
            high |= UInt64(word[index]) << (8 * UInt64(index - 8))
            index += 1
        }
        self.init(low: low, high: high)
    }

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// A multiply-and-fold hash; `seed` lets a table key more than the bytes.
    func hash(seed: UInt64 = 0) -> UInt64 {
        var h = (low ^ seed) &* 0x9E37_79B9_7F4A_7C15 ^ high &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return h
    }
}
