import ArgumentParser
import Foundation
import Gaceta

struct OptimizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "optimize",
        abstract: "Merge the index into one segment without deleted passages.",
        discussion: """
            Rewrites every segment into one, dropping the passages of deleted and \
            replaced articles: the smallest and fastest index, at the cost of \
            rewriting all of it. Searches may run meanwhile; they see the old \
            segments until they reopen the index. Other updates wait: only one \
            process writes an index at a time.

            Examples:
              gaceta optimize
              gaceta optimize --index ~/archive.index
            """
    )

    @OptionGroup var index: IndexLocation

    func run() throws {
        let started = Date()
        // Fails with "no index here" before the writer could create one.
        _ = try IndexReader(path: index.path)
        let writer = try IndexWriter(path: index.path)
        let before = try IndexReader(path: index.path).statistics
        let after = try writer.optimize()
        let shape = { (statistics: IndexStatistics) in
            "\(Formatting.count(statistics.segments, "segment")), \(Formatting.bytes(statistics.bytesByKind.values.reduce(0, +)))"
        }
        var line = "Optimized \(index.path) from \(shape(before))"
        if before.deletedPassages > 0 { line += ", \(Formatting.count(before.deletedPassages, "deleted passage"))" }
        line += " to \(shape(after)) in \(Formatting.seconds(Date().timeIntervalSince(started)))"
        StandardStreams.out(line + "\n")
    }
}
