import ArgumentParser
import Gaceta

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a stored article.",
        discussion: """
            Prints the title, date, source, URL and language of the article with \
            this id, then its body. Ids are shown by `gaceta search`.

            Examples:
              gaceta show reuters21578-42
              gaceta show --index ~/archive.index fncs-train-4 | less
            """
    )

    @OptionGroup var index: IndexLocation

    @Argument(help: "The article's id.")
    var articleID: String

    func run() throws {
        let reader = try IndexReader(path: index.path)
        guard let article = try reader.article(id: articleID) else {
            throw CommandFailure(message: "no article with id `\(articleID)` in \(index.path); `gaceta search` shows the ids of matching articles")
        }
        var text = (article.title.isEmpty ? "(untitled)" : article.title) + "\n"
        let fields: [(String, String?)] = [
            ("Date", article.date), ("Source", article.source), ("URL", article.url),
            ("Language", article.language?.rawValue), ("Id", article.id),
        ]
        for case let (name, value?) in fields {
            text += "\(name): \(value)\n"
        }
        text += "\n" + article.body + "\n"
        StandardStreams.out(text)
    }
}
