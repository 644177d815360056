import ArgumentParser
import Gaceta

/// `--translate`: cross-lingual search with the lexicon of the installed
/// English–Spanish dictionaries, for `gaceta search` and `gaceta eval`.
struct TranslationOption: ParsableArguments {
    @Flag(help: "Also find passages in the other language, through the words' translations (needs the Debian packages apertium-eng-spa, dict-freedict-eng-spa and dict-freedict-spa-eng).")
    var translate = false

    /// The lexicon to translate with, nil without `--translate`. Built on the
    /// first run and cached, so only that run takes about a second more.
    func lexicon() throws -> BilingualLexicon? {
        translate ? try BilingualLexicon.installed() : nil
    }
}
