/// Where in a corpus an article was read from, for messages a person can follow.
public struct ArticleOrigin: Sendable, Hashable, CustomStringConvertible {
    /// The file's path: the corpus directory joined with the path inside it.
    public var file: String
    /// The 1-based line of a JSON Lines record; `nil` for whole-file formats.
    public var line: Int?
    /// The 1-based position of the article in a `.json` file that holds an array.
    public var element: Int?

    init(file: String, line: Int? = nil, element: Int? = nil) {
        self.file = file
        self.line = line
        self.element = element
    }

    /// `file:line`, `file (article 3)` for an array element, or `file` alone.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let element { text += " (article \(element))" }
        return text
    }
}
