import Foundation

/// The dictionaries a bilingual lexicon is built from, where their files
/// are, and which Debian package installs each.
struct LexiconSources: Sendable, Hashable {
    /// One dictionary, read in one direction.
    struct Dictionary: Sendable, Hashable {
        enum Format: Sendable, Hashable {
            /// An lttoolbox-compiled Apertium bilingual transducer: `paths` = [the `.bin`].
            case apertium
            /// A dictd dictionary from FreeDict: `paths` = [the `.index`, the `.dict.dz`].
            case freeDict
        }

        var format: Format
        /// The language of the dictionary's headwords.
        var from: Language
        var paths: [String]
        var package: String

        /// Its translations as English–Spanish pairs, whichever way it reads.
        func lemmaPairs() throws -> [LemmaPair] {
            let pairs = switch format {
            case .apertium: ApertiumBilingualDictionary.pairs(in: try CompiledTransducer(path: paths[0]))
            case .freeDict: try FreeDictDictionary.pairs(index: paths[0], entries: paths[1])
            }
            return pairs.map { from == .english ? LemmaPair(english: $0.source, spanish: $0.target) : LemmaPair(english: $0.target, spanish: $0.source) }
        }
    }

    var dictionaries: [Dictionary]

    /// Where Debian's packages install them: Apertium's English–Spanish
    /// pair (both directions of its bilingual dictionary) and FreeDict's two
    /// dictionaries.
    static let debian = LexiconSources(dictionaries: [
        Dictionary(format: .apertium, from: .english, paths: ["/usr/share/apertium/apertium-eng-spa/eng-spa.autobil.bin"], package: "apertium-eng-spa"),
        Dictionary(format: .apertium, from: .spanish, paths: ["/usr/share/apertium/apertium-eng-spa/spa-eng.autobil.bin"], package: "apertium-eng-spa"),
        Dictionary(format: .freeDict, from: .english,
                   paths: ["/usr/share/dictd/freedict-eng-spa.index", "/usr/share/dictd/freedict-eng-spa.dict.dz"], package: "dict-freedict-eng-spa"),
        Dictionary(format: .freeDict, from: .spanish,
                   paths: ["/usr/share/dictd/freedict-spa-eng.index", "/usr/share/dictd/freedict-spa-eng.dict.dz"], package: "dict-freedict-spa-eng"),
    ])

    /// What the lexicon built from these files depends on: each file's path,
    /// size and modification time, and the release whose analysis keyed it.
    /// A package upgrade or a new analyzer changes it, and the cached lexicon
    /// is built again.
    ///
    /// - Throws: `TranslationError.Kind.dictionaryNotInstalled` naming the
    ///   packages of the files that are missing.
    func fingerprint() throws -> String {
        var parts = ["gaceta \(GacetaVersion.release)"]
        var missing: [String] = []
        for dictionary in dictionaries {
            for path in dictionary.paths {
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                      let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
                else {
                    if !missing.contains(dictionary.package) { missing.append(dictionary.package) }
                    continue
                }
                parts.append("\(path) \(size) \(Int(modified.timeIntervalSince1970))")
            }
        }
        if let first = missing.first {
            throw TranslationError(
                .dictionaryNotInstalled(package: first),
                "query translation needs the English–Spanish dictionaries of the Debian package\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")); install \(missing.count > 1 ? "them" : "it") (apt-get install \(missing.joined(separator: " ")))"
            )
        }
        return parts.joined(separator: "\n")
    }
}
