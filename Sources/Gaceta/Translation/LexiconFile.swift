import CGacetaSupport
import Foundation

/// The on-disk form of a `BilingualLexicon`, the cache that spares building it
/// from the dictionaries at every run (docs/FORMAT.md, "Lexicon file").
///
///     magic "GACETALX" · version (u32 LE) · fingerprint (string)
///     for English, then Spanish: term count · (term · translation count · (term · agreement)…)…
///     crc32 of all preceding bytes (u32 LE)
///
/// Counts and lengths are LEB128 varints, strings a length and UTF-8 bytes.
enum LexiconFile {
    static let version: UInt32 = 1
    private static let magic = Array("GACETALX".utf8)
    private static let languages: [Language] = [.english, .spanish]

    static func encode(_ lexicon: BilingualLexicon) -> [UInt8] {
        var writer = ByteWriter()
        writer.append(contentsOf: magic)
        writer.appendUInt32(version)
        writer.appendString(lexicon.fingerprint)
        for language in languages {
            let entries = lexicon.entries[language] ?? [:]
            writer.appendVarInt(entries.count)
            // Sorted, so that the same lexicon always makes the same bytes.
            for term in entries.keys.sorted() {
                writer.appendString(term)
                writer.appendVarInt(entries[term]!.count)
                for translation in entries[term]! {
                    writer.appendString(translation.term)
                    writer.appendVarInt(translation.agreement)
                }
            }
        }
        writer.appendUInt32(FileEnvelope.checksum(of: writer.bytes))
        return writer.bytes
    }

    /// - Throws: `TranslationError` of kind `unsupportedVersion` for a file of
    ///   another format version, `corrupt` for one that is damaged.
    static func decode(_ bytes: [UInt8], path: String) throws -> BilingualLexicon {
        guard bytes.count >= magic.count + 8, bytes.prefix(magic.count).elementsEqual(magic) else {
            throw TranslationError(.corrupt, path: path, "not a Gaceta lexicon file")
        }
        return try bytes.withUnsafeBytes { raw in
            var reader = ByteReader(UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 4)]), offset: magic.count, file: path)
            do {
                let found = try reader.readUInt32()
                guard found == version else {
                    throw TranslationError(.unsupportedVersion, path: path, "lexicon format version \(found), but this build of Gaceta reads version \(version)")
                }
                let stored = raw.loadUnaligned(fromByteOffset: raw.count - 4, as: UInt32.self).littleEndian
                guard stored == FileEnvelope.checksum(of: UnsafeRawBufferPointer(rebasing: raw[..<(raw.count - 4)])) else {
                    throw TranslationError(.corrupt, path: path, "checksum mismatch: the file is damaged")
                }
                let fingerprint = try reader.readString()
                var entries: [Language: [String: [BilingualLexicon.Translation]]] = [:]
                for language in languages {
                    var terms: [String: [BilingualLexicon.Translation]] = [:]
                    for _ in 0..<(try reader.readVarInt(atMost: reader.remaining, "a term count")) {
                        let term = try reader.readString()
                        var translations: [BilingualLexicon.Translation] = []
                        for _ in 0..<(try reader.readVarInt(atMost: reader.remaining, "a translation count")) {
                            translations.append(.init(term: try reader.readString(), agreement: try reader.readVarInt(atMost: 64, "an agreement")))
                        }
                        terms[term] = translations
                    }
                    entries[language] = terms
                }
                guard reader.isAtEnd else { throw TranslationError(.corrupt, path: path, "\(reader.remaining) bytes follow the last entry") }
                return BilingualLexicon(fingerprint: fingerprint, entries: entries)
            } catch let error as IndexError {
                throw TranslationError(.corrupt, path: path, error.message)
            }
        }
    }
}
