import ArgumentParser
import Gaceta

/// `gaceta analyze`: shows how a text is tokenised.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Show the tokens Gaceta indexes for a text.",
        discussion: """
        Prints each token's term, position and UTF-8 byte offsets, and the
        detected language (used unless --lang is given). Stopwords are shown
        (marked) because they are indexed too.

        With --query, analyses the text as a search query instead: each word
        with its English and Spanish terms (or only --lang's) and the languages
        in which it is a stopword.

        Examples:
          gaceta analyze "Los aranceles de EE.UU. subieron un 3,5%"
          gaceta analyze --lang en "Trump's tariffs on U.S. steel"
          gaceta analyze --json "¿Qué dijo el ex-presidente?"
          gaceta analyze --query "the sea aranceles"
        """
    )

    @Option(name: .long, help: "Analyse as this language (en or es) instead of detecting it.")
    var lang: String?

    @Flag(name: .long, help: "Print JSON: {\"lang\": ..., \"tokens\": [{\"term\", \"position\", \"start\", \"end\"}]}.")
    var json = false

    @Flag(name: .long, help: "Analyse the text as a query (terms in every language).")
    var query = false

    @Argument(help: "The text to analyse.")
    var text: String

    func validate() throws {
        if let lang, Language(rawValue: lang) == nil {
            throw ValidationError("--lang must be 'en' or 'es', not '\(lang)'")
        }
    }

    func run() throws {
        let analyzer = Analyzer()
        if query {
            printQuery(analyzer.queryWords(in: text, language: lang.flatMap(Language.init(rawValue:))))
            return
        }
        let language = lang.flatMap(Language.init(rawValue:)) ?? analyzer.detectLanguage(of: text)
        let tokens = analyzer.tokens(in: text, language: language)
        if json {
            let items = tokens.map { token -> JSONValue in
                var members: [(String, JSONValue)] = [
                    ("term", .string(token.term)), ("position", .int(token.position)),
                    ("start", .int(token.byteRange.lowerBound)), ("end", .int(token.byteRange.upperBound)),
                ]
                if token.isStopword { members.append(("stopword", .bool(true))) }
                return .object(members)
            }
            StandardStreams.out(JSONValue.object([("lang", .string(language.rawValue)), ("tokens", .array(items))]).line)
        } else {
            print("language: \(language.rawValue)")
            let bytes = Array(text.utf8)
            for token in tokens {
                let original = String(decoding: bytes[token.byteRange], as: UTF8.self)
                let stop = token.isStopword ? "  (stopword)" : ""
                print("\(token.position)\t\(token.term)\t\(token.byteRange.lowerBound)..<\(token.byteRange.upperBound)\t\(original)\(stop)")
            }
        }
    }

    private func printQuery(_ words: [QueryWord]) {
        func stopwordList(_ word: QueryWord) -> [String] {
            Language.allCases.filter(word.stopwordLanguages.contains).map(\.rawValue)
        }
        if json {
            let items = words.map { word -> JSONValue in
                let terms = Language.allCases.compactMap { language in word.terms[language].map { (language.rawValue, JSONValue.string($0)) } }
                return .object([
                    ("text", .string(word.text)), ("position", .int(word.position)),
                    ("start", .int(word.byteRange.lowerBound)), ("end", .int(word.byteRange.upperBound)),
                    ("terms", .object(terms)), ("stopwordIn", .array(stopwordList(word).map(JSONValue.string))),
                ])
            }
            StandardStreams.out(JSONValue.object([("words", .array(items))]).line)
        } else {
            for word in words {
                let terms = Language.allCases.compactMap { language in word.terms[language].map { "\(language.rawValue)=\($0)" } }
                let stop = stopwordList(word)
                let note = stop.isEmpty ? "" : "  (stopword in \(stop.joined(separator: ", ")))"
                print("\(word.position)\t\(word.text)\t\(terms.joined(separator: " "))\(note)")
            }
        }
    }
}
