import Foundation
@testable import Gaceta

/// Small dictionaries in the formats the lexicon is built from, written by
/// the tests themselves: a FreeDict-style dictd pair of files and an
/// lttoolbox-style compiled transducer.
enum TranslationFixtures {
    /// dictd files for `entries` (headword, then its translation lines),
    /// the entries' text left uncompressed.
    static func writeFreeDict(_ entries: [(String, [String])], in directory: String, name: String) throws -> [String] {
        var text = Data()
        var index = ""
        for (headword, lines) in entries {
            let entry = Data(([headword + " /x/"] + lines).joined(separator: "\n").utf8 + [0x0a])
            index += "\(headword)\t\(base64(text.count))\t\(base64(entry.count))\n"
            text += entry
        }
        let indexPath = directory + "/\(name).index"
        let dictPath = directory + "/\(name).dict"
        try ("00databaseinfo\tA\tB\n" + index).write(toFile: indexPath, atomically: true, encoding: .utf8)
        try text.write(to: URL(fileURLWithPath: dictPath))
        return [indexPath, dictPath]
    }

    static func base64(_ value: Int) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        var digits = ""
        var rest = value
        repeat {
            digits = String(alphabet[rest % 64]) + digits
            rest /= 64
        } while rest > 0
        return digits
    }

    /// lttoolbox's 1–4 byte number.
    static func number(_ value: Int) -> [UInt8] {
        switch value {
        case ..<0x40: [UInt8(value)]
        case ..<0x4000: [UInt8(0x40 | value >> 8), UInt8(value & 0xff)]
        default: [UInt8(0x80 | value >> 16), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
        }
    }

    static func string(_ text: String) -> [UInt8] {
        number(text.unicodeScalars.count) + text.unicodeScalars.flatMap { number(Int($0.value)) }
    }

    /// A compiled bilingual transducer holding `entries` (source lemma,
    /// target lemma), each ending in the tag `<n>`, as one chain of states per
    /// entry; `loop` adds a state with an arc to itself, as the regular
    /// expressions of real dictionaries have.
    static func transducer(_ entries: [(String, String)], loop: Bool = false) -> [UInt8] {
        let tags = ["n"]
        var pairs: [(Int, Int)] = []
        func pair(_ input: Int, _ output: Int) -> Int {
            if let index = pairs.firstIndex(where: { $0 == (input, output) }) { return index }
            pairs.append((input, output))
            return pairs.count - 1
        }
        // states[0] is the initial state; each entry's chain ends in the one final state 1.
        var states: [[(pair: Int, target: Int)]] = [[], []]
        for (source, target) in entries {
            let input = source.unicodeScalars.map { Int($0.value) }
            let output = target.unicodeScalars.map { Int($0.value) }
            var state = 0
            for step in 0..<max(input.count, output.count) {
                let next = states.count
                states.append([])
                states[state].append((pair(step < input.count ? input[step] : 0, step < output.count ? output[step] : 0), next))
                state = next
            }
            states[state].append((pair(-1, -1), 1))
        }
        if loop {
            let looping = states.count
            states.append([(pair(Int(("7" as Unicode.Scalar).value), Int(("7" as Unicode.Scalar).value)), looping)])
            states[0].append((pair(Int(("7" as Unicode.Scalar).value), Int(("7" as Unicode.Scalar).value)), looping))
        }
        var bytes = Array("LTTB".utf8) + [UInt8](repeating: 0, count: 8)
        bytes += number(0)  // letters
        bytes += number(tags.count) + tags.flatMap(string)
        bytes += number(pairs.count) + pairs.flatMap { number($0.0 + tags.count) + number($0.1 + tags.count) }
        bytes += number(1) + string("main@standard") + Array("LTTD".utf8) + [UInt8](repeating: 0, count: 8)
        bytes += number(0) + number(1) + number(1)  // initial 0; one final, state 1
        bytes += number(states.count)
        for (index, arcs) in states.enumerated() {
            bytes += number(arcs.count)
            var previous = 0
            for arc in arcs.sorted(by: { $0.pair < $1.pair }) {
                bytes += number(arc.pair - previous) + number((arc.target - index + states.count) % states.count)
                previous = arc.pair
            }
        }
        return bytes
    }

    /// Sources made of the fixtures above, written in `directory`: an
    /// English→Spanish transducer, and FreeDict files both ways.
    static func sources(in directory: String) throws -> LexiconSources {
        let transducerPath = directory + "/en-es.bin"
        try Data(transducer([("steel", "acero"), ("tariff", "arancel"), ("run", "correr"), ("run", "funcionar")], loop: true))
            .write(to: URL(fileURLWithPath: transducerPath))
        let english = try writeFreeDict([("tariff", ["1. arancel", "2. tarifa"]), ("the", ["el, la"])], in: directory, name: "en-es")
        let spanish = try writeFreeDict([("aranceles", ["tariffs, duties"]), ("acero", ["steel"])], in: directory, name: "es-en")
        return LexiconSources(dictionaries: [
            .init(format: .apertium, from: .english, paths: [transducerPath], package: "fixture-apertium"),
            .init(format: .freeDict, from: .english, paths: english, package: "fixture-freedict-en"),
            .init(format: .freeDict, from: .spanish, paths: spanish, package: "fixture-freedict-es"),
        ])
    }
}
