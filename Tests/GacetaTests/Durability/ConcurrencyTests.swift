import Foundation
import Testing
@testable import Gaceta

/// One writer process and readers at the same time: every search sees exactly
/// one commit, a reader keeps its snapshot while the files under it are
/// replaced, and a second writer is turned away at once.
@Suite struct ConcurrencyTests {
    /// A word only the articles of corpus file `generation` hold: consonants
    /// only, which no stemmer or stopword list touches.
    static func marker(_ generation: Int) -> String {
        let letters = Array("bcdfghjklmnpqrtvwxz")
        return "mark" + String(letters[generation / letters.count]) + String(letters[generation % letters.count])
    }

    static func fileName(_ generation: Int) -> String {
        String(format: "gen-%04d.jsonl", generation)
    }

    /// Writes `corpus/gen-NNNN.jsonl` with `count` articles holding the marker
    /// of the generation and `GeneratedCorpus.marker`.
    static func writeGeneration(_ generation: Int, count: Int, in scratch: String) throws {
        let lines = (0..<count).map { item in
            #"{"id": "g\#(generation)-\#(item)", "title": "Generation \#(generation) item \#(item)", "#
                + #""body": "\#(GeneratedCorpus.marker) \#(marker(generation)) filler words for item \#(item)", "lang": "en"}"#
        }
        try FileManager.default.createDirectory(atPath: scratch + "/corpus", withIntermediateDirectories: true)
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: scratch + "/corpus/" + fileName(generation)))
    }

    /// What another thread reports back.
    final class Outcomes: @unchecked Sendable {
        private let lock = NSLock()
        private var failures: [String] = []
        private var finished = false

        func fail(_ message: String) { lock.withLock { failures.append(message) } }
        func finish() { lock.withLock { finished = true } }
        var isFinished: Bool { lock.withLock { finished } }
        var allFailures: [String] { lock.withLock { failures } }
    }

    @Test func everySearchSeesExactlyOneCommit() throws {
        let scratch = try TemporaryDirectory()
        let generations = 14
        try Self.writeGeneration(0, count: 300, in: scratch.path)
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)

        // The writer: a new corpus file per update, an old one removed every
        // third, an optimize every fourth.
        let outcomes = Outcomes()
        let path = scratch.path
        let writer = Thread {
            defer { outcomes.finish() }
            do {
                for generation in 1..<generations {
                    try Self.writeGeneration(generation, count: 20 + generation, in: path)
                    if generation % 3 == 0 {
                        try FileManager.default.removeItem(atPath: path + "/corpus/" + Self.fileName(generation - 2))
                    }
                    for command in generation % 4 == 0 ? [["index"], ["optimize"]] : [["index"]] {
                        let outcome = try GacetaProcess.run(command, in: path)
                        if outcome.status != 0 { outcomes.fail("gaceta \(command[0]): \(outcome.standardError)") }
                    }
                }
            } catch {
                outcomes.fail("writer: \(error)")
            }
        }
        writer.start()

        // The reader: reopen, then check every count against the snapshot's own
        // corpus state, which names the files (so the articles) it holds.
        var reader = try IndexReader(path: scratch.path + "/index")
        var generationsSeen: Set<Int> = []
        var searches = 0
        while !outcomes.isFinished || searches == 0 {
            reader = try reader.reopen()
            generationsSeen.insert(reader.generation)
            let state = try CorpusStateSnapshot(of: reader)
            #expect(!state.root.files.isEmpty)
            var expected = [Int](repeating: 0, count: generations)
            for name in state.root.files.keys {
                expected[try #require(Int(name.dropFirst(4).prefix(4)))] = try state.articles(of: name).count
            }
            let total = expected.reduce(0, +)
            let searcher = Searcher(reader: reader)
            #expect(reader.statistics.articles == total, "generation \(reader.generation)")
            #expect(try searcher.search(GeneratedCorpus.marker).totalHits == total, "generation \(reader.generation)")
            for generation in 0..<generations {
                let hits = try searcher.search(Self.marker(generation)).totalHits
                #expect(hits == expected[generation], "generation \(reader.generation), marker of file \(generation)")
                let present = try reader.article(id: "g\(generation)-0") != nil
                #expect(present == (expected[generation] > 0))
            }
            searches += 1
        }
        #expect(outcomes.allFailures == [])
        // Commits came while the reader searched, and it saw many of them.
        #expect(generationsSeen.count >= 5, "\(generationsSeen.count) generations in \(searches) rounds of searches")
    }

    @Test func aReaderKeepsItsSnapshotWhileItsFilesAreReplaced() throws {
        let scratch = try TemporaryDirectory()
        try Self.writeGeneration(0, count: 200, in: scratch.path)
        try Self.writeGeneration(1, count: 50, in: scratch.path)
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let old = try IndexReader(path: scratch.path + "/index")
        let oldFiles = Set(old.segments.flatMap { segment in
            FileKind.allCases.filter { segment.info.files[$0.rawValue] != nil }.map { segment.info.fileName($0) }
        })
        let oldUserData = try old.userData()
        let query = Self.marker(1) + " filler"
        let oldResults = try Searcher(reader: old).search(query)

        // Remove one file, add another, then merge everything into new files.
        try FileManager.default.removeItem(atPath: scratch.path + "/corpus/" + Self.fileName(1))
        try Self.writeGeneration(2, count: 80, in: scratch.path)
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        #expect(try GacetaProcess.run(["optimize"], in: scratch.path).status == 0)
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/index"))
        #expect(names.isDisjoint(with: oldFiles), "the old segments' files are gone")

        try old.verifyChecksums()
        #expect(old.statistics.articles == 250)
        #expect(try old.userData() == oldUserData)
        #expect(try old.article(id: "g1-7")?.title == "Generation 1 item 7")
        let again = try Searcher(reader: old).search(query)
        #expect(again.totalHits == oldResults.totalHits && again.totalHits == 250)
        #expect(again.hits.map(\.passageID) == oldResults.hits.map(\.passageID))
        #expect(again.hits.map(\.score) == oldResults.hits.map(\.score))

        let new = try old.reopen()
        #expect(new.generation > old.generation)
        #expect(new.statistics.articles == 280)
        #expect(try new.article(id: "g1-7") == nil)
        #expect(try Searcher(reader: new).search(Self.marker(1)).totalHits == 0)
    }

    /// The lock is held here, by the test process, for as long as the other
    /// writers try: whether a real writer would still be running by then
    /// depends on the machine's load, and the refusal must not. A writer that
    /// waited for the lock instead of refusing would wait for ever (it is
    /// released only after all four have exited), so each exiting with the
    /// refusal shows it was turned away at once, without timing it.
    @Test func aSecondWriterIsTurnedAwayAtOnce() throws {
        let scratch = try TemporaryDirectory()
        var corpus = GeneratedCorpus(directory: scratch.path + "/corpus")
        try corpus.create(fileCount: 3, articlesPerFile: 20)
        #expect(try GacetaProcess.run(["index"], in: scratch.path).status == 0)
        let pid = "\(getpid())"
        try withExtendedLifetime(try WriterLock(directory: scratch.path + "/index")) {
            let others = [
                try GacetaProcess.run(["add"], in: scratch.path, input: GeneratedCorpus.line(id: "x1", version: 1)),
                try GacetaProcess.run(["index", "--rebuild"], in: scratch.path),
                try GacetaProcess.run(["delete", "c1"], in: scratch.path),
                try GacetaProcess.run(["optimize"], in: scratch.path),
            ]
            for outcome in others {
                #expect(outcome.status == 2)
                #expect(outcome.standardError == "gaceta: ./index: index is being updated by process \(pid); wait for it to finish\n")
            }
            // Readers are never blocked: the last commit is there to search.
            #expect(try IndexContents.mismatch(index: scratch.path + "/index", expected: corpus.articles) == nil)
        }
        #expect(try GacetaProcess.run(["add"], in: scratch.path, input: GeneratedCorpus.line(id: "x1", version: 1)).status == 0)
    }
}
