import ArgumentParser
import Foundation
import Gaceta

struct DeleteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete articles from the index by id.",
        discussion: """
            Deletes the articles with these ids in one commit. An id that is not \
            in the index is reported as a warning and the others are still \
            deleted (exit 0); with --strict any such id fails the command and \
            nothing is deleted (exit 2).

            Deleting an article that came from the corpus lasts until its corpus \
            file changes or the index is rebuilt: `gaceta index` indexes it again \
            then. To remove it for good, remove it from the corpus.

            Examples:
              gaceta delete reuters21578-42
              gaceta delete --index ~/archive.index x1 x2 x3
              gaceta delete --strict fncs-train-4
            """
    )

    @OptionGroup var index: IndexLocation

    @Flag(help: "Fail, deleting nothing, when an id is not in the index.")
    var strict = false

    @Argument(help: ArgumentHelp("Ids of the articles to delete.", valueName: "article-id"))
    var articleIDs: [String]

    func run() throws {
        let started = Date()
        // Fails with "no index here" before the writer could create one.
        _ = try IndexReader(path: index.path)
        let writer = try IndexWriter(path: index.path)
        let snapshot = try IndexReader(path: index.path)
        var ids: [String] = []
        var unknown: [String] = []
        var seen: Set<String> = []
        for id in articleIDs where seen.insert(id).inserted {
            if try snapshot.contains(articleID: id) { ids.append(id) } else { unknown.append(id) }
        }
        if strict, !unknown.isEmpty {
            let list = unknown.map { "`\($0)`" }.joined(separator: ", ")
            throw CommandFailure(message: "not in \(index.path): \(list); --strict is set, so nothing was deleted")
        }
        for id in unknown {
            StandardStreams.error("gaceta: warning: no article with id `\(id)` in \(index.path); skipped\n")
        }
        var line = "Deleted \(Formatting.count(ids.count, "article"))"
        if !unknown.isEmpty { line += " (\(Formatting.count(unknown.count, "id")) not in the index)" }
        if ids.isEmpty {
            line += "; the index at \(index.path) was not changed"
        } else {
            for id in ids { writer.delete(articleID: id) }
            let statistics = try writer.commit()
            line += " in \(Formatting.seconds(Date().timeIntervalSince(started))); index has \(Formatting.count(statistics.articles, "article")) at \(index.path)"
        }
        StandardStreams.out(line + "\n")
    }
}
