/// A language Gaceta analyzes: it picks the stemmer and the stopword list.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case english = "en"
    case spanish = "es"
}
