import Foundation

extension BilingualLexicon {
    /// The lexicon of the English–Spanish dictionaries installed on this
    /// machine by Debian's `apertium-eng-spa`, `dict-freedict-eng-spa` and
    /// `dict-freedict-spa-eng` packages. The first call builds it (about a
    /// second) and keeps it in `cacheDirectory` (by default
    /// `$XDG_CACHE_HOME/gaceta`, else `~/.cache/gaceta`); later calls read that
    /// file, and build it again when the packages or Gaceta changed. A cache
    /// that cannot be written only costs the next call another build.
    ///
    /// - Throws: `TranslationError` of kind `dictionaryNotInstalled` naming the
    ///   package to install, `corrupt` or `io` when a dictionary cannot be read.
    public static func installed(cacheDirectory: String? = nil) throws -> BilingualLexicon {
        try cached(from: .debian, in: cacheDirectory ?? defaultCacheDirectory)
    }

    /// The lexicon of `sources`, read from `directory` when a cache there was
    /// built from the same files, otherwise built and written there.
    static func cached(from sources: LexiconSources, in directory: String) throws -> BilingualLexicon {
        let fingerprint = try sources.fingerprint()
        let path = (directory as NSString).appendingPathComponent("lexicon-en-es.gxl")
        // A damaged cache or one of another version is rebuilt like a stale one.
        if let data = FileManager.default.contents(atPath: path),
           let lexicon = try? LexiconFile.decode([UInt8](data), path: path), lexicon.fingerprint == fingerprint {
            return lexicon
        }
        let lexicon = try LexiconBuilder(analyzer: Analyzer()).build(sources, fingerprint: fingerprint)
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try? Data(LexiconFile.encode(lexicon)).write(to: URL(fileURLWithPath: path), options: .atomic)
        return lexicon
    }

    private static var defaultCacheDirectory: String {
        let environment = ProcessInfo.processInfo.environment
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
            return (cache as NSString).appendingPathComponent("gaceta")
        }
        return (NSHomeDirectory() as NSString).appendingPathComponent(".cache/gaceta")
    }
}
