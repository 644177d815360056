/// An immutable set of short words looked up by their UTF-8 bytes, without
/// making a `String` or hashing with SipHash: the per-token stopword check.
///
/// Words of up to 16 bytes are packed into two integers (folded words never
/// contain a NUL byte, so zero padding is unambiguous) and kept in an
/// open-addressing table; longer words go to an ordinary `Set`.
struct WordSet: Sendable {
    private let keys: [Key]
    private let mask: Int
    private let long: Set<String>

    private struct Key: Sendable, Equatable {
        var low: UInt64
        var high: UInt64
        static let empty = Key(low: 0, high: 0)
    }

    init<S: Sequence>(_ words: S) where S.Element == String {
        var packed: [Key] = []
        var long: Set<String> = []
        for word in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            if let key = bytes.withUnsafeBufferPointer(Self.key) { packed.append(key) } else { long.insert(word) }
        }
        var size = 16
        while size < packed.count * 3 { size *= 2 }
        var keys = [Key](repeating: .empty, count: size)
        for key in packed {
            var slot = Self.slot(key, mask: size - 1)
            while keys[slot] != .empty && keys[slot] != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
        }
        self.keys = keys
        self.mask = size - 1
        self.long = long
    }

    func contains(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let key = Self.key(word) else {
            return !long.isEmpty && long.contains(String(decoding: word, as: UTF8.self))
        }
        if key == .empty { return false }
        return keys.withUnsafeBufferPointer { keys in
            var slot = Self.slot(key, mask: mask)
            while true {
                let found = keys[slot]
                if found == key { return true }
                if found == .empty { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    private static func key(_ word: UnsafeBufferPointer<UInt8>) -> Key? {
        let count = word.count
        guard count <= 16 else { return nil }
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
        return Key(low: low, high: high)
    }

    private static func slot(_ key: Key, mask: Int) -> Int {
        var h = key.low &* 0x9E37_79B9_7F4A_7C15 ^ key.high &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29
        return Int(truncatingIfNeeded: h) & mask
    }
}
