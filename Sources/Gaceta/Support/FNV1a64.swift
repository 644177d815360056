/// The 64-bit Fowler–Noll–Vo 1a hash: tiny, fast and fixed by its specification,
/// unlike `Hasher`, which is seeded differently in every process.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes { add(byte) }
        }
    }

    /// A byte that cannot occur in UTF-8 text, so ("ab", "c") and ("a", "bc") differ.
    mutating func addSeparator() { add(0xff) }

    private mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01b3
    }
}
