import Foundation

/// Reads an article from a Markdown or plain-text file: an optional front-matter
/// header of `key: value` lines between two `---` lines, then the text.
/// Without a `title` key the first non-empty line is the title (a Markdown
/// heading's `#` marks dropped) and the rest is the body.
enum FrontMatterText {

    /// - Parameter warn: receives the 1-based line and the problem.
    static func fields(of text: String, warn: (Int, String) -> Void) -> ArticleFields {
        // `\r\n` is one Character, so split on newline characters rather than on "\n".
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if let first = lines.first, first.first == "\u{FEFF}" {
            lines[0] = first.dropFirst()
        }
        var fields = ArticleFields()
        var bodyStart = 0
        if let first = lines.first, isDelimiter(first) {
            if let close = lines.indices.dropFirst().first(where: { isDelimiter(lines[$0]) }) {
                for index in 1..<close {
                    read(headerLine: lines[index], lineNumber: index + 1, into: &fields, warn: warn)
                }
                bodyStart = close + 1
            } else {
                warn(1, "front matter opened with `---` is never closed; the file is read as plain text")
                bodyStart = 1
            }
        }
        var rest = lines[bodyStart...]
        if fields.title?.contains(where: { !$0.isWhitespace }) != true {
            rest = rest.drop(while: { $0.allSatisfy(\.isWhitespace) })
            if let titleLine = rest.first {
                fields.title = headingText(titleLine)
                rest = rest.dropFirst()
            }
        }
        fields.body = rest.joined(separator: "\n")
        return fields
    }

    private static func isDelimiter(_ line: Substring) -> Bool {
        line.trimmingCharacters(in: .whitespaces) == "---"
    }

    private static func read(headerLine line: Substring, lineNumber: Int, into fields: inout ArticleFields, warn: (Int, String) -> Void) {
        let content = line.trimmingCharacters(in: .whitespaces)
        if content.isEmpty || content.hasPrefix("#") { return }
        guard let colon = content.firstIndex(of: ":") else {
            warn(lineNumber, "front matter line is not `key: value`; ignored")
            return
        }
        let key = content[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = unquoted(content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        switch key {
        case "id": fields.id = value
        case "title": fields.title = value
        case "date": fields.date = value
        case "source": fields.source = value
        case "url": fields.url = value
        case "lang": fields.lang = value
        default: break  // Other tools' keys (author, tags, ...) are allowed and not ours.
        }
    }

    /// YAML-style quotes around a value are syntax, not content.
    private static func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    private static func headingText(_ line: Substring) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let hashes = trimmed.prefix(while: { $0 == "#" })
        guard !hashes.isEmpty, hashes.count <= 6 else { return trimmed }
        let rest = trimmed.dropFirst(hashes.count)
        guard rest.isEmpty || rest.first == " " else { return trimmed }
        return rest.trimmingCharacters(in: .whitespaces)
    }
}
