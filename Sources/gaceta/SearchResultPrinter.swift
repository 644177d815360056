import Gaceta

/// Search results for a person: rank, title, metadata, then an excerpt of the
/// passage with the matches marked.
struct SearchResultPrinter {
    var style: TextStyle
    /// Target excerpt length in UTF-8 bytes.
    var excerptBytes = 300

    func render(query: String, results: SearchResults, seconds: Double) -> String {
        guard !results.hits.isEmpty else {
            return "No passages match \u{201C}\(query)\u{201D}. Try fewer words, other spellings, or the other language.\n"
        }
        var text = style.dim("\(Formatting.count(results.hits.count)) of \(Formatting.count(results.totalHits)) matching passages (\(Formatting.oneDecimal(seconds * 1000)) ms)") + "\n"
        let rankWidth = String(results.hits.map(\.rank).max() ?? 1).count
        for hit in results.hits {
            let rank = String(hit.rank)
            let indent = String(repeating: " ", count: rankWidth + 2)
            let title = hit.article.title.isEmpty ? "(untitled)" : hit.article.title
            text += "\n" + String(repeating: " ", count: rankWidth - rank.count) + rank + ". " + style.title(title) + "\n"
            let details = [hit.article.date, hit.article.source, "score " + score(hit.score), hit.article.id].compactMap { $0 }
            text += indent + style.dim(details.joined(separator: " \u{00B7} ")) + "\n"
            text += indent + excerpt(of: hit) + "\n"
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
