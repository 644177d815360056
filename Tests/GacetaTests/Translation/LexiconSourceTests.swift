import Foundation
import Testing
@testable import Gaceta

/// The dictionary readers: FreeDict's dictd files and lttoolbox's compiled
/// transducers, on fixtures written here.
@Suite struct LexiconSourceTests {
    @Test func freeDictEntriesGiveEveryTranslationOfEverySense() throws {
        let directory = try TemporaryDirectory()
        let paths = try TranslationFixtures.writeFreeDict(
            [("house", ["1. casa, hogar", "2. vivienda"]), ("green tea", ["té verde"])], in: directory.path, name: "d"
        )
        let pairs = try FreeDictDictionary.pairs(index: paths[0], entries: paths[1])
        #expect(pairs.map { "\($0.source)>\($0.target)" } == ["house>casa", "house>hogar", "house>vivienda", "green tea>té verde"])
    }

    @Test func dictdNumbersAreBase64() {
        for value in [0, 1, 63, 64, 4095, 123_456] {
            #expect(FreeDictDictionary.number(Substring(TranslationFixtures.base64(value))) == value)
        }
        #expect(FreeDictDictionary.number("") == nil)
        #expect(FreeDictDictionary.number("a-b") == nil)
    }

    @Test func anIndexPointingPastTheEntriesIsCorrupt() throws {
        let directory = try TemporaryDirectory()
        let paths = try TranslationFixtures.writeFreeDict([("house", ["casa"])], in: directory.path, name: "d")
        try "house\tA\tBAAA\n".write(toFile: paths[0], atomically: true, encoding: .utf8)
        #expect { try FreeDictDictionary.pairs(index: paths[0], entries: paths[1]) } throws: {
            ($0 as? TranslationError)?.kind == .corrupt
        }
    }

    @Test func transducerPathsGiveLemmaPairsAndLoopsAreLeftOut() throws {
        let bytes = TranslationFixtures.transducer([("cat", "gato"), ("mouse", "ratón"), ("on", "sobre")], loop: true)
        let transducer = try CompiledTransducer(bytes: bytes, path: "fixture.bin")
        #expect(transducer.tags == ["n"])
        let pairs = ApertiumBilingualDictionary.pairs(in: transducer)
        #expect(pairs.map { "\($0.source)>\($0.target)" } == ["cat>gato", "mouse>ratón", "on>sobre"])
    }

    @Test func aTruncatedTransducerIsCorruptAndNeverATrap() throws {
        let bytes = TranslationFixtures.transducer([("cat", "gato")])
        for length in stride(from: 0, to: bytes.count, by: 3) {
            #expect { try CompiledTransducer(bytes: Array(bytes.prefix(length)), path: "cut.bin") } throws: {
                ($0 as? TranslationError)?.kind == .corrupt
            }
        }
    }

    @Test func cyclicStatesAreFoundInEveryComponent() {
        typealias Arc = CompiledTransducer.Transition
        // 0 → 1 → 2 → 1 (a cycle of two), 0 → 3 → 3 (a self-loop), 0 → 4.
        let transitions: [[Arc]] = [
            [Arc(input: 1, output: 1, target: 1), Arc(input: 1, output: 1, target: 3), Arc(input: 1, output: 1, target: 4)],
            [Arc(input: 1, output: 1, target: 2)], [Arc(input: 1, output: 1, target: 1)], [Arc(input: 1, output: 1, target: 3)], [],
        ]
        #expect(ApertiumBilingualDictionary.cyclicStates(transitions) == [false, true, true, true, false])
    }

    @Test func missingDictionariesNameThePackageToInstall() throws {
        let sources = LexiconSources(dictionaries: [
            .init(format: .apertium, from: .english, paths: ["/nonexistent/eng-spa.autobil.bin"], package: "apertium-eng-spa"),
        ])
        #expect { try sources.fingerprint() } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.kind == .dictionaryNotInstalled(package: "apertium-eng-spa") && error.message.contains("apt-get install apertium-eng-spa")
        }
    }
}
