import Gaceta

/// Search results for a person: rank, title, metadata, then an excerpt of the
/// passage with the matches marked.
struct SearchResultPrinter {
    var style: TextStyle
    /// Target excerpt length in UTF-8 bytes.
    var excerptBytes = 300
    /// Whether each article's line starts with its language (`en`, `es`):
    /// for translated searches, whose results mix the two.
    var marksLanguage = false

    func render(query: String, results: SearchResults, seconds: Double) -> String {
        guard !results.hits.isEmpty else {
            return "No passages match \u{201C}\(query)\u{201D}. Try fewer words, other spellings, or the other language.\n"
        }
        // "1,000+": a count that stopped at --count's threshold.
        let total = Formatting.count(results.totalHits) + (results.totalHitsRelation == .atLeast ? "+" : "")
        var text = style.dim("\(Formatting.count(results.hits.count)) of \(total) matching passages (\(Formatting.oneDecimal(seconds * 1000)) ms)") + "\n"
        let rankWidth = String(results.hits.map(\.rank).max() ?? 1).count
        let indent = String(repeating: " ", count: rankWidth + 2)
        // Passages of one article (--per-article) come together under its heading,
        // where its best passage ranks.
        var groups: [[SearchHit]] = []
        var groupOfArticle: [String: Int] = [:]
        for hit in results.hits {
            if let group = groupOfArticle[hit.article.id] {
                groups[group].append(hit)
            } else {
                groupOfArticle[hit.article.id] = groups.count
                groups.append([hit])
            }
        }
        for group in groups {
            let first = group[0]
            let rank = String(first.rank)
            let title = first.article.title.isEmpty ? "(untitled)" : first.article.title
            text += "\n" + String(repeating: " ", count: rankWidth - rank.count) + rank + ". " + style.title(title) + "\n"
            let details = [marksLanguage ? first.article.language.rawValue : nil, first.article.date, first.article.source, "score " + score(first.score), first.article.id].compactMap { $0 }
            text += indent + style.dim(details.joined(separator: " \u{00B7} ")) + "\n"
            text += indent + excerpt(of: first) + "\n"
            for hit in group.dropFirst() {
                text += indent + style.dim("rank \(hit.rank) \u{00B7} score " + score(hit.score)) + "\n"
                text += indent + excerpt(of: hit) + "\n"
            }
        }
        return text
    }

    private func excerpt(of hit: SearchHit) -> String {
        let excerpt = PassageExcerpt(passage: hit.passage, highlights: hit.highlights, maxBytes: excerptBytes)
        let bytes = Array(excerpt.text.utf8)
        var text = ""
        var position = 0
        for highlight in excerpt.highlights where highlight.lowerBound >= position {
            text += Self.oneLine(bytes[position..<highlight.lowerBound])
            text += style.match(String(decoding: bytes[highlight], as: UTF8.self))
            position = highlight.upperBound
        }
        return text + Self.oneLine(bytes[position...])
    }

    /// The text with each run of whitespace, paragraph breaks included, as one
    /// space, so that an excerpt stays one indented line.
    private static func oneLine(_ bytes: ArraySlice<UInt8>) -> String {
        var text = ""
        var afterSpace = false
        for character in String(decoding: bytes, as: UTF8.self) {
            if character.isWhitespace {
                if !afterSpace { text.append(" ") }
                afterSpace = true
            } else {
                text.append(character)
                afterSpace = false
            }
        }
        return text
    }

    private func score(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
