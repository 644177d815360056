import Foundation
import Testing
@testable import Gaceta

/// The lexicon: keyed by our analysis, counting the dictionaries that agree,
/// kept on disk in a versioned file that is rebuilt when its sources change.
@Suite struct BilingualLexiconTests {
    func built() throws -> (lexicon: BilingualLexicon, directory: TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let sources = try TranslationFixtures.sources(in: directory.path)
        return (try LexiconBuilder(analyzer: Analyzer()).build(sources, fingerprint: try sources.fingerprint()), directory)
    }

    @Test func keysAndTranslationsAreAnalysedTerms() throws {
        let lexicon = try built().lexicon
        let analyzer = Analyzer()
        let tariff = try #require(analyzer.tokens(in: "tariffs", language: .english).first?.term)
        let arancel = try #require(analyzer.tokens(in: "aranceles", language: .spanish).first?.term)
        // Apertium and both FreeDict dictionaries give tariff–arancel; only one gives tarifa.
        let translations = lexicon.translations(of: tariff, from: .english)
        #expect(translations.first == .init(term: arancel, agreement: 3))
        #expect(translations.contains(.init(term: try #require(analyzer.tokens(in: "tarifa", language: .spanish).first?.term), agreement: 1)))
        #expect(lexicon.translations(of: arancel, from: .spanish).map(\.term).contains(tariff))
        // "the" is a stopword: no query looks for it, so no entry.
        #expect(lexicon.translations(of: "the", from: .english).isEmpty)
        #expect(lexicon.termCount(from: .english) >= 3)
    }

    @Test func theFileRoundTripsAndRefusesAnotherVersion() throws {
        let lexicon = try built().lexicon
        let bytes = LexiconFile.encode(lexicon)
        let decoded = try LexiconFile.decode(bytes, path: "lexicon.gxl")
        #expect(decoded.entries == lexicon.entries)
        #expect(decoded.fingerprint == lexicon.fingerprint)
        #expect(LexiconFile.encode(decoded) == bytes)

        var otherVersion = bytes
        otherVersion[8] = UInt8(LexiconFile.version + 1)
        #expect { try LexiconFile.decode(otherVersion, path: "lexicon.gxl") } throws: { error in
            guard let error = error as? TranslationError else { return false }
            return error.kind == .unsupportedVersion && error.message.contains("version \(LexiconFile.version + 1)")
        }
        var damaged = bytes
        damaged[damaged.count / 2] ^= 0xff
        #expect { try LexiconFile.decode(damaged, path: "lexicon.gxl") } throws: { ($0 as? TranslationError)?.kind == .corrupt }
    }

    @Test func theCacheIsReusedAndRebuiltWhenASourceChanges() throws {
        let directory = try TemporaryDirectory()
        let sources = try TranslationFixtures.sources(in: directory.path)
        let cache = directory.path + "/cache"
        let first = try BilingualLexicon.cached(from: sources, in: cache)
        let file = cache + "/lexicon-en-es.gxl"
        #expect(FileManager.default.fileExists(atPath: file))
        // A file with the right fingerprint is read, not rebuilt: make its contents tell.
        let marked = BilingualLexicon(fingerprint: first.fingerprint, entries: [.english: ["marker": [.init(term: "marca", agreement: 1)]]])
        try Data(LexiconFile.encode(marked)).write(to: URL(fileURLWithPath: file))
        #expect(try BilingualLexicon.cached(from: sources, in: cache).translations(of: "marker", from: .english).count == 1)
        // A changed dictionary changes the fingerprint: built again.
        let english = sources.dictionaries[1].paths[1]
        try (String(contentsOfFile: english, encoding: .utf8) + "\n").write(toFile: english, atomically: true, encoding: .utf8)
        let rebuilt = try BilingualLexicon.cached(from: sources, in: cache)
        #expect(rebuilt.translations(of: "marker", from: .english).isEmpty)
        #expect(rebuilt.entries == first.entries)
    }

    static let installed = LexiconSources.debian.dictionaries.allSatisfy { $0.paths.allSatisfy(FileManager.default.fileExists) }

    @Test(.enabled(if: installed, "needs apertium-eng-spa, dict-freedict-eng-spa and dict-freedict-spa-eng"))
    func theInstalledDictionariesTranslateNewsWords() throws {
        let directory = try TemporaryDirectory()
        let lexicon = try BilingualLexicon.installed(cacheDirectory: directory.path)
        let analyzer = Analyzer()
        for (english, spanish) in [("steel", "acero"), ("tariffs", "aranceles"), ("elections", "elecciones")] {
            let source = try #require(analyzer.tokens(in: english, language: .english).first?.term)
            let target = try #require(analyzer.tokens(in: spanish, language: .spanish).first?.term)
            #expect(lexicon.translations(of: source, from: .english).map(\.term).contains(target), "\(english) → \(spanish)")
            #expect(lexicon.translations(of: target, from: .spanish).map(\.term).contains(source), "\(spanish) → \(english)")
        }
        #expect(lexicon.termCount(from: .english) > 10_000)
        #expect(lexicon.termCount(from: .spanish) > 10_000)
    }
}
