/// A language Gaceta analyzes: it picks the stemmer and the stopword list.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    /// English, `en`: the Porter2 (Snowball `english`) stemmer and the English stopwords.
    case english = "en"
    /// Spanish, `es`: the Snowball `spanish` stemmer and the Spanish stopwords.
    case spanish = "es"
}
