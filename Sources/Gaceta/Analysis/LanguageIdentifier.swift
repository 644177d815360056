/// Tells English from Spanish with hand-picked evidence, in one pass over the
/// UTF-8 bytes, without segmentation or allocation:
///
/// - function words that belong to one language only ("the", "of", "which";
///   "de", "los", "según"), each a vote;
/// - letters and marks of Spanish spelling: ñ, accented vowels, ¿ and ¡;
/// - word endings typical of one language ("-ing", "-tion", "-ly" against
///   "-ción", "-mente", "-dad").
///
/// The sum of the votes decides; no evidence at all means English. The method
/// and its measured accuracy are in docs/ANALYSIS.md.
struct LanguageIdentifier: Sendable {
    /// Positive: Spanish; negative: English. Keys are words of up to 8
    /// lower-case UTF-8 bytes packed into an integer.
    private let weights: [UInt64: Float] = Self.sharedWeights

    private static let sharedWeights: [UInt64: Float] = {
        var weights: [UInt64: Float] = [:]
        for word in englishWords { weights[key(Array(word.utf8))] = -1 }
        for word in spanishWords { weights[key(Array(word.utf8))] = 1 }
        return weights
    }()

    func language(of text: String) -> Language {
        score(text) > 0 ? .spanish : .english
    }

    /// The Spanish-minus-English evidence of `text`: 0 when it has none.
    func score(_ text: String) -> Float {
        var text = text
        return text.withUTF8 { score($0) }
    }

    /// The Spanish-minus-English evidence of `bytes`.
    func score(_ bytes: UnsafeBufferPointer<UInt8>) -> Float {
        var score: Float = 0
        var key: UInt64 = 0
        var length = 0
        // The last eight lower-case bytes of the current word, for endings.
        var tail: UInt64 = 0
        // Whether the current word is capitalised ("Los", not "los" or "LOS"):
        // "Los Angeles", "El Paso", "La Paz" in English text are names, so a
        // capitalised Spanish function word is weaker evidence.
        var capitalized = false
        var i = 0
        let count = bytes.count
        func endWord() {
            if length > 0 {
                if length <= 8, let weight = weights[key] {
                    score += weight > 0 && capitalized ? weight * 0.3 : weight
                } else if length >= 5 {
                    score += Self.endingWeight(tail)
                }
            }
            key = 0
            length = 0
            tail = 0
        }
        while i < count {
            var byte = bytes[i]
            if byte < 0x80 {
                if byte >= 65 && byte <= 90 {
                    capitalized = length == 0  // "Los", not "LOS"
                    byte += 32
                } else if length == 0 {
                    capitalized = false
                }
                if byte >= 97 && byte <= 122 {
                    if length < 8 { key |= UInt64(byte) << (8 * UInt64(length)) }
                    length += 1
                    tail = (tail << 8) | UInt64(byte)
                } else if byte == UInt8(ascii: "'") && length > 0 {
                    score -= 0.5  // contractions and possessives: English
                    key = 0
                    length = 0
                    tail = 0
                } else {
                    endWord()
                }
                i += 1
                continue
            }
            if byte == 0xC2, i + 1 < count {
                let next = bytes[i + 1]
                if next == 0xBF || next == 0xA1 { score += 3 }  // ¿ ¡
                endWord()
                i += 2
                continue
            }
            if byte == 0xC3, i + 1 < count {
                var next = bytes[i + 1]
                if next >= 0x80 && next <= 0x9E && next != 0x97 { next += 0x20 }  // upper → lower
                switch next {
                case 0xB1: score += 2                       // ñ
                case 0xA1, 0xA9, 0xAD, 0xB3, 0xBA: score += 1  // á é í ó ú
                case 0xBC: score += 0.5                     // ü
                default: break
                }
                if length < 7 {
                    key |= (UInt64(0xC3) | UInt64(next) << 8) << (8 * UInt64(length))
                }
                length += 2
                tail = (tail << 16) | 0xC300 | UInt64(next)
                i += 2
                continue
            }
            if byte == 0xE2, i + 2 < count, bytes[i + 1] == 0x80 {
                // General punctuation: ’ is an apostrophe, the rest separates words.
                if bytes[i + 2] == 0x99 && length > 0 {
                    score -= 0.5
                    key = 0
                    length = 0
                    tail = 0
                } else {
                    endWord()
                }
                i += 3
                continue
            }
            // Other non-ASCII: part of a word we do not weigh.
            if byte >= 0xC0 { length += 9 }  // longer than any key: no lookup
            i += 1
        }
        endWord()
        return score
    }

    /// Votes of a longer word's ending; `tail` holds its last eight bytes,
    /// the last one lowest.
    private static func endingWeight(_ tail: UInt64) -> Float {
        let last6 = tail & 0xFFFF_FFFF_FFFF
        let last4 = tail & 0xFFFF_FFFF
        let last3 = tail & 0xFF_FFFF
        let last2 = tail & 0xFFFF
        switch last6 {
        case 0x63_69_6F_6E_65_73, 0x73_69_6F_6E_65_73: return 1  // "ciones", "siones"
        default: break
        }
        switch last4 {
        case 0x74_69_6F_6E: return -0.5  // "tion" (Spanish writes "ción")
        case 0x63_C3_B3_6E: return 1     // "ción"
        case 0x65_6E_74_65: return 0.5   // "ente" (-mente, -ente)
        default: break
        }
        switch last3 {
        case 0x69_6E_67: return -0.5     // "ing"
        case 0x64_61_64: return 0.5      // "dad"
        default: break
        }
        switch last2 {
        case 0x6C_79: return -0.5        // "ly"
        case 0x6F_73, 0x61_73: return 0.3  // "-os", "-as"
        default: return 0
        }
    }

    private static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var key: UInt64 = 0
        for (index, byte) in bytes.prefix(8).enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
        return key
    }

    /// Frequent English words that are not Spanish words.
    static let englishWords: [String] = [
        "the", "of", "and", "to", "in", "is", "was", "that", "for", "on", "with", "as", "by",
        "at", "from", "it", "be", "has", "have", "are", "were", "said", "will", "would", "which",
        "this", "its", "an", "not", "but", "or", "he", "his", "they", "their", "been", "had",
        "we", "you", "who", "after", "also", "new", "more", "than", "about", "up", "out",
        "there", "into", "over", "can", "year", "years", "mln", "pct", "dlrs", "billion",
        "million", "share", "shares", "company", "inc", "corp", "what", "when", "could", "should",
        "these", "those", "them", "she", "her", "if", "all", "one", "two", "three", "last",
        "first", "told", "says", "did", "do", "does", "our", "my", "your", "him",
        "before", "because", "while", "where", "how", "other", "some", "such", "only", "just",
        "may", "might", "must", "being", "so", "any", "many", "most", "per", "cts", "net", "rate",
        "market", "bank", "government", "people", "time", "made", "make", "up", "against",
        "between", "under", "during", "without", "through", "very", "now", "then", "still",
        "well", "back", "way", "get", "got", "us", "since", "both", "each", "next",
    ]

    /// Frequent Spanish words that are not English words.
    static let spanishWords: [String] = [
        "de", "la", "que", "el", "en", "y", "los", "del", "las", "por", "un", "para", "con",
        "una", "su", "al", "lo", "como", "más", "mas", "pero", "sus", "le", "ya", "este", "sí",
        "porque", "esta", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay",
        "donde", "quien", "desde", "todo", "nos", "durante", "todos", "uno", "les", "ni",
        "contra", "otros", "ese", "eso", "ante", "ellos", "esto", "antes", "algunos", "qué",
        "unos", "otro", "otras", "otra", "él", "tanto", "esa", "estos", "mucho", "quienes",
        "nada", "muchos", "cual", "es", "son", "fue", "ha", "han", "está", "están", "era",
        "ser", "según", "años", "año", "dijo", "tiene", "hace", "puede", "gobierno", "país",
        "millones", "parte", "dos", "tres", "se", "si", "cuatro", "cinco", "sólo", "solo",
        "nuevo", "nueva", "mayor", "así", "ahora", "después", "había", "sido", "estaba",
        "tienen", "pues", "aunque", "mientras", "cada", "ayer", "hoy", "día", "mismo",
        "misma", "bien", "vez", "tras", "además", "donde", "presidente", "dólares", "euros",
        "empresa", "precio", "precios", "mercado", "primer", "primera", "junto", "estas",
        "o", "hemos", "somos", "fueron", "será", "están", "ello", "ella", "nuestro",
        "nuestra", "sino", "muchas", "poco", "menos", "tan", "mil", "ciento", "cuenta",
    ]
}
