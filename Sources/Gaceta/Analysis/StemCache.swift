import Foundation

/// The terms of words already stemmed, for one indexing thread.
///
/// Word frequencies are Zipfian: most tokens of a batch are words seen many
/// times before, and a hash probe over their folded bytes costs a fraction of
/// the Snowball stemmer and of making a new `String`. Entries live in flat
/// arrays (keys in one byte arena) so a lookup allocates nothing. When the
/// cache is full it starts over, which bounds its memory whatever the
/// vocabulary.
///
/// Not thread-safe: each indexing worker owns one and uses it on its queue.
final class StemCache {
    // One stored property: a class checks exclusive access to each stored
    // property at run time, so the table is reached once per lookup.
    private var table: Table

    init(capacity: Int = 1 << 17) {
        table = Table(capacity: max(capacity, 1))
    }

    var capacity: Int { table.capacity }
    var count: Int { table.terms.count }

    /// The term of `surface` (folded word bytes) in `language`: remembered,
    /// or made by `make` and remembered.
    func term(for surface: UnsafeBufferPointer<UInt8>, language: Language, make: () -> String) -> String {
        table.term(for: surface, language: language.keyByte, make: make)
    }

    private struct Table {
        let capacity: Int
        /// Open addressing, linear probing: entry numbers, -1 when free.
        var slots: [Int32]
        var hashes: [UInt64] = []
        /// Each key is its language byte then the word's bytes, in `keys`.
        var keyEnds: [Int32] = []
        var keys: [UInt8] = []
        var terms: [String] = []

        init(capacity: Int) {
            self.capacity = capacity
            var slotCount = 1
            while slotCount < capacity * 2 { slotCount <<= 1 }
            slots = [Int32](repeating: -1, count: slotCount)
            keys.reserveCapacity(capacity * 8)
        }

        mutating func term(for surface: UnsafeBufferPointer<UInt8>, language: UInt8, make: () -> String) -> String {
            var hasher = FNV1a64()
            hasher.add(language)
            for byte in surface { hasher.add(byte) }
            let hash = hasher.value
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let entry = Int(slots[slot])
                if entry < 0 { break }
                if hashes[entry] == hash, matches(entry, language, surface) { return terms[entry] }
                slot = (slot + 1) & mask
            }
            let term = make()
            if terms.count == capacity {
                clear()
                slot = Int(truncatingIfNeeded: hash) & mask
            }
            slots[slot] = Int32(terms.count)
            hashes.append(hash)
            keys.append(language)
            keys.append(contentsOf: surface)
            keyEnds.append(Int32(keys.count))
            terms.append(term)
            return term
        }

        private func matches(_ entry: Int, _ language: UInt8, _ surface: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = entry == 0 ? 0 : Int(keyEnds[entry - 1])
            guard Int(keyEnds[entry]) - start == surface.count + 1 else { return false }
            return keys.withUnsafeBufferPointer { stored in
                guard stored[start] == language else { return false }
                return memcmp(stored.baseAddress! + start + 1, surface.baseAddress!, surface.count) == 0
            }
        }

        private mutating func clear() {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
            hashes.removeAll(keepingCapacity: true)
            keyEnds.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            terms.removeAll(keepingCapacity: true)
        }
    }
}
