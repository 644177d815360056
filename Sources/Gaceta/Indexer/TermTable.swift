import Foundation

/// Maps (field, language, term) to dense term ids while a segment is built.
///
/// An open-addressing hash table over the terms' UTF-8 bytes, which live
/// side by side in one byte arena: no `String` hashing (SipHash, plus
/// Unicode normalisation for non-ASCII text) and no allocation per term.
struct TermTable {
    private struct Entry {
        var offset: UInt32
        var length: UInt32
        var slot: UInt16
        var hash: UInt32
    }

    private var bytes: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry index + 1 per bucket; 0 is empty. Power-of-two sized.
    private var buckets: [UInt32] = Array(repeating: 0, count: 1 << 12)

    var count: Int { entries.count }
    /// Bytes held, for the writer's memory accounting.
    var memoryBytes: Int { bytes.capacity + entries.capacity * MemoryLayout<Entry>.stride + buckets.count * 4 }

    /// The id of the term in `slot` (a field and language pair numbered by the
    /// caller), adding it when new.
    mutating func id(slot: UInt16, term: String) -> (id: Int, isNew: Bool) {
        var term = term
        return term.withUTF8 { id(slot: slot, utf8: $0) }
    }

    private mutating func id(slot: UInt16, utf8: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let hash = Self.hash(utf8, seed: UInt64(slot))
        let mask = buckets.count - 1
        var bucket = Int(hash) & mask
        while true {
            let stored = buckets[bucket]
            if stored == 0 { break }
            let entry = entries[Int(stored) - 1]
            if entry.hash == hash, entry.slot == slot, Int(entry.length) == utf8.count, equals(entry, utf8) {
                return (Int(stored) - 1, false)
            }
            bucket = (bucket + 1) & mask
        }
        let id = entries.count
        entries.append(Entry(offset: UInt32(bytes.count), length: UInt32(utf8.count), slot: slot, hash: hash))
        bytes.append(contentsOf: utf8)
        buckets[bucket] = UInt32(id + 1)
        if entries.count * 2 > buckets.count { grow() }
        return (id, true)
    }

    /// The UTF-8 bytes of term `id`.
    func term(_ id: Int) -> ArraySlice<UInt8> {
        let entry = entries[id]
        return bytes[Int(entry.offset)..<Int(entry.offset + entry.length)]
    }

    func slot(_ id: Int) -> UInt16 { entries[id].slot }

    private func equals(_ entry: Entry, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { stored in
            guard let base = utf8.baseAddress, utf8.count > 0 else { return true }
            return memcmp(stored.baseAddress! + Int(entry.offset), base, utf8.count) == 0
        }
    }

    private mutating func grow() {
        var larger = [UInt32](repeating: 0, count: buckets.count * 2)
        let mask = larger.count - 1
        for (index, entry) in entries.enumerated() {
            var bucket = Int(entry.hash) & mask
            while larger[bucket] != 0 { bucket = (bucket + 1) & mask }
            larger[bucket] = UInt32(index + 1)
        }
        buckets = larger
    }

    /// A multiply-and-fold hash over 8-byte words: plenty for a table that
    /// never sees adversarial keys from the network.
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt32 {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ (seed &* 0xFF51_AFD7_ED55_8CCD) ^ UInt64(utf8.count)
        var index = 0
        let raw = UnsafeRawBufferPointer(utf8)
        while index + 8 <= utf8.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            state = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
            state ^= state >> 29
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < utf8.count {
            tail |= UInt64(utf8[index]) << shift
            shift += 8
            index += 1
        }
        state = (state ^ tail) &* 0x94D0_49BB_1331_11EB
        state ^= state >> 32
        return UInt32(truncatingIfNeeded: state)
    }
}
