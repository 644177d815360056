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
            var out = "{\"lang\": \(Self.jsonString(language.rawValue)), \"tokens\": ["
            for (index, token) in tokens.enumerated() {
                if index > 0 { out += ", " }
                out += "{\"term\": \(Self.jsonString(token.term)), \"position\": \(token.position), "
                out += "\"start\": \(token.byteRange.lowerBound), \"end\": \(token.byteRange.upperBound)"
                if token.isStopword { out += ", \"stopword\": true" }
                out += "}"
            }
            out += "]}"
            print(out)
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
        func termsJSON(_ word: QueryWord) -> String {
            Language.allCases.compactMap { language in
                word.terms[language].map { "\(Self.jsonString(language.rawValue)): \(Self.jsonString($0))" }
            }.joined(separator: ", ")
        }
        func stopwordList(_ word: QueryWord) -> [String] {
            Language.allCases.filter(word.stopwordLanguages.contains).map(\.rawValue)
        }
        if json {
            let items = words.map { word in
                "{\"text\": \(Self.jsonString(word.text)), \"position\": \(word.position), "
                    + "\"start\": \(word.byteRange.lowerBound), \"end\": \(word.byteRange.upperBound), "
                    + "\"terms\": {\(termsJSON(word))}, "
                    + "\"stopwordIn\": [\(stopwordList(word).map(Self.jsonString).joined(separator: ", "))]}"
            }
            print("{\"words\": [\(items.joined(separator: ", "))]}")
        } else {
            for word in words {
                let terms = Language.allCases.compactMap { language in word.terms[language].map { "\(language.rawValue)=\($0)" } }
                let stop = stopwordList(word)
                let note = stop.isEmpty ? "" : "  (stopword in \(stop.joined(separator: ", ")))"
                print("\(word.position)\t\(word.text)\t\(terms.joined(separator: " "))\(note)")
            }
        }
    }

    /// A JSON string literal for `value`.
    private static func jsonString(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
