import CGacetaSupport
import Foundation

/// The headwords and translations of a FreeDict dictionary in dictd form: an
/// index (`freedict-eng-spa.index`, one `headword TAB offset TAB length` line
/// per entry, numbers in dictd's base 64) and the entries' text
/// (`.dict.dz`, gzip, or `.dict` uncompressed). An entry's text is its
/// headword line (`steel /stiːl/`), then lines of comma-separated
/// translations, numbered (`1. acero`) when there are several senses.
enum FreeDictDictionary {
    /// Each (headword, translation) pair, in the dictionary's direction.
    static func pairs(index indexPath: String, entries entriesPath: String) throws -> [(source: String, target: String)] {
        guard let indexData = FileManager.default.contents(atPath: indexPath) else {
            throw TranslationError(.io, path: indexPath, "cannot read the file")
        }
        let text = try inflated(entriesPath)
        var pairs: [(source: String, target: String)] = []
        for line in String(decoding: indexData, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            // dictd's own entries (00databaseinfo, 00-database-url …) describe the file.
            guard fields.count >= 3, !fields[0].hasPrefix("00database"), !fields[0].hasPrefix("00-database") else { continue }
            guard let offset = number(fields[1]), let length = number(fields[2]), offset + length <= text.count else {
                throw TranslationError(.corrupt, path: indexPath, "the entry of '\(fields[0])' points outside \((entriesPath as NSString).lastPathComponent)")
            }
            pairs += entryPairs(String(decoding: text[offset..<offset + length], as: UTF8.self))
        }
        return pairs
    }

    /// The pairs of one entry's text.
    static func entryPairs(_ entry: String) -> [(source: String, target: String)] {
        var lines = entry.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !lines.isEmpty else { return [] }
        let headline = lines.removeFirst()
        // The pronunciation follows the headword between slashes.
        let headword = (headline.range(of: " /").map { String(headline[..<$0.lowerBound]) } ?? headline).trimmingCharacters(in: .whitespaces)
        guard !headword.isEmpty else { return [] }
        var pairs: [(source: String, target: String)] = []
        for line in lines {
            var sense = Substring(line)
            if let dot = sense.firstIndex(of: "."), dot > sense.startIndex, sense[..<dot].allSatisfy(\.isNumber) {
                sense = sense[sense.index(after: dot)...]
            }
            for translation in sense.split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let trimmed = translation.trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty { pairs.append((headword, trimmed)) }
            }
        }
        return pairs
    }

    /// dictd writes offsets and lengths in base 64, most significant digit first.
    static func number(_ digits: Substring) -> Int? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var value = 0
        for byte in digits.utf8 {
            guard let digit = alphabet.firstIndex(of: byte), value < Int.max >> 6 else { return nil }
            value = value << 6 | digit
        }
        return digits.isEmpty ? nil : value
    }

    /// The whole file through zlib: a dictzip file is a gzip member, which
    /// reads like any other; an uncompressed `.dict` passes through.
    private static func inflated(_ path: String) throws -> [UInt8] {
        guard let reader = gaceta_gzip_open(path) else {
            throw TranslationError(.io, path: path, "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { gaceta_gzip_close(reader) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBufferPointer { gaceta_gzip_read(reader, $0.baseAddress, $0.count) }
            guard count >= 0 else { throw TranslationError(.corrupt, path: path, "the gzip stream is damaged or ends early") }
            if count == 0 { return bytes }
            bytes += buffer[0..<Int(count)]
        }
    }
}
