/// An immutable set of short words looked up by their UTF-8 bytes, without
/// making a `String` or hashing with SipHash: the per-token stopword check.
///
/// Words of up to 16 bytes are packed into two integers (`PackedWord`;
/// folded words never contain a NUL byte, so zero padding is unambiguous) and
/// kept in an open-addressing table; longer words go to an ordinary `Set`.
struct WordSet: Sendable {
    /// No words: the list of a language without stopwords.
    static let none = WordSet([])

    private let keys: [PackedWord]
    private let mask: Int
    private let long: Set<String>

    init<S: Sequence>(_ words: S) where S.Element == String {
        var packed: [PackedWord] = []
        var long: Set<String> = []
        for word in words where !word.isEmpty {
            let bytes = Array(word.utf8)
            if let key = bytes.withUnsafeBufferPointer(PackedWord.init) { packed.append(key) } else { long.insert(word) }
        }
        var size = 16
        while size < packed.count * 3 { size *= 2 }
        var keys = [PackedWord](repeating: .empty, count: size)
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
        guard let key = PackedWord(word) else {
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

    private static func slot(_ key: PackedWord, mask: Int) -> Int {
        Int(truncatingIfNeeded: key.hash()) & mask
    }
}
