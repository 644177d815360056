import Foundation
@testable import Gaceta

/// Runs `gaceta` on a generated corpus again and again, kills it with SIGKILL
/// at a random moment, and checks that the index always holds exactly the
/// articles of a completed commit and passes `IndexChecker`, that a writer
/// sweeps away what the killed one left, and that running the command again
/// finishes the job. The corpus repeats ids across files and within files.
struct CrashHarness {
    typealias Random = SplitMix64

    /// What one iteration runs.
    enum Operation: String, CaseIterable {
        /// `gaceta index` with no index yet.
        case firstBuild
        /// `gaceta index --rebuild`: the old index stays readable until the commit.
        case rebuild
        /// `gaceta index` after a fifth of the corpus files changed.
        case update
        /// `gaceta optimize`: every segment rewritten into one.
        case optimize
        /// `gaceta add` of a file of new and replacing articles from outside the corpus.
        case add
        /// `gaceta delete` of some of those articles, and of an unknown id.
        case delete
    }

    /// How the runs ended, for the report.
    struct Tally: CustomStringConvertible {
        /// Killed before the commit: the index held the previous state.
        var killedBefore: [Operation: Int] = [:]
        /// Killed after the commit (during merges or cleanup): the new state.
        var killedAfter: [Operation: Int] = [:]
        /// Finished before the kill came (or made no commit at all).
        var finished: [Operation: Int] = [:]
        /// Kills that left files of the interrupted work for the next writer
        /// to remove, by kind of file: which stages the kills interrupted.
        var leftovers = 0
        var leftoverKinds: [String: Int] = [:]
        var iterations = 0

        mutating func count(_ operation: Operation, killed: Bool, committed: Bool) {
            iterations += 1
            switch (killed, committed) {
            case (false, _): finished[operation, default: 0] += 1
            case (true, false): killedBefore[operation, default: 0] += 1
            case (true, true): killedAfter[operation, default: 0] += 1
            }
        }

        var description: String {
            func list(_ counts: [Operation: Int]) -> String {
                Operation.allCases.compactMap { operation in counts[operation].map { "\(operation.rawValue) \($0)" } }.joined(separator: ", ")
            }
            return "\(iterations) iterations; killed before commit: \(list(killedBefore)); killed after commit: \(list(killedAfter)); "
                + "finished: \(list(finished)); \(leftovers) kills left files behind ("
                + leftoverKinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
        }
    }

    let scratch: String
    var index: String { scratch + "/index" }
    private var corpus: GeneratedCorpus
    private var random: Random
    /// The articles of the index's newest commit; nil while there is none.
    private var state: ArticleVersions?
    private var nextBatch = 0
    /// Seconds a run of each operation takes to finish, learnt as runs finish.
    private var duration: [Operation: Double] = [:]
    private(set) var tally = Tally()

    /// How often each operation comes: the slow whole-index ones less often.
    private static let mix: [Operation] = [.firstBuild, .rebuild, .optimize, .update, .update, .update, .update, .add, .add, .delete]

    /// Small RAM budget: segments are written during analysis, and merges follow commits.
    private static let indexArguments = ["index", "--ram-budget", "1"]

    init(scratch: String, seed: UInt64) throws {
        self.scratch = scratch
        random = Random(seed: seed)
        corpus = GeneratedCorpus(directory: scratch + "/corpus")
        try corpus.create(fileCount: 20, articlesPerFile: 100)
        try FileManager.default.createDirectory(atPath: scratch + "/adds", withIntermediateDirectories: true)
    }

    /// Builds the first index without interruption, learning how long that takes.
    mutating func buildFirstIndex() throws {
        let started = Date()
        try complete(Self.indexArguments, expecting: corpus.articles)
        duration[.firstBuild] = Date().timeIntervalSince(started)
        duration[.rebuild] = duration[.firstBuild]
        duration[.optimize] = duration[.firstBuild]
        state = corpus.articles
    }

    /// One operation, killed at a random moment, then checked, then finished.
    mutating func iterate() throws {
        let operation = state == nil ? .firstBuild : Self.mix.randomElement(using: &random)!
        let (arguments, next) = try prepare(operation)
        let previous = state

        // Half the kills anywhere in the run, half near its end, where the
        // commit and the merges are.
        let expected = duration[operation] ?? 0.2
        let fraction = Bool.random(using: &random) ? Double.random(in: 0..<1.1, using: &random) : Double.random(in: 0.75..<1.05, using: &random)
        let generationBefore = Self.generation(of: index)
        let running = try GacetaProcess.start(arguments, in: scratch)
        let started = Date()
        let deadline = started.addingTimeInterval(expected * fraction)
        while running.process.isRunning, Date() < deadline { usleep(1000) }
        let elapsed = Date().timeIntervalSince(started)
        running.kill()
        let outcome = try running.wait()

        let committed = Self.generation(of: index) != generationBefore
        if outcome.wasKilled {
            duration[operation] = max(expected, elapsed)
            tally.count(operation, killed: true, committed: committed)
        } else {
            guard outcome.status == 0 else {
                throw failure("\(operation) failed with status \(outcome.status): \(outcome.standardError)")
            }
            duration[operation] = elapsed
            tally.count(operation, killed: false, committed: committed)
        }
        // A commit that happened brought the whole new state; otherwise the
        // previous one is intact.
        let wanted = committed || !outcome.wasKilled ? next : previous
        if let problem = try IndexContents.mismatch(index: index, expected: wanted) {
            let how = outcome.wasKilled ? "killed after \(Int(elapsed * 1000)) ms" : "finished"
            throw failure("\(operation) \(how) left the wrong \(committed ? "new" : "previous") state: \(problem)")
        }
        if wanted != nil { try checkIndex(after: "\(operation) \(outcome.wasKilled ? "killed" : "finished")") }
        state = wanted
        try checkLeftoversAreRemoved(after: operation)
        if outcome.wasKilled {
            try complete(arguments, expecting: next)
            state = next
        }
    }

    /// The command line of an operation, with the corpus or input it needs
    /// written, and the articles the index holds once it has run.
    private mutating func prepare(_ operation: Operation) throws -> ([String], ArticleVersions) {
        let added = (state ?? [:]).filter { $0.key.hasPrefix("x") }
        switch operation {
        case .firstBuild:
            try? FileManager.default.removeItem(atPath: index)
            state = nil
            return (Self.indexArguments, corpus.articles)
        case .rebuild:
            return (Self.indexArguments + ["--rebuild"], corpus.articles)
        case .update:
            try corpus.update(&random)
            return (Self.indexArguments, corpus.articles.merging(added) { first, _ in first })
        case .optimize:
            return (["optimize"], state!)
        case .add:
            var batch: ArticleVersions = [:]
            for (id, version) in added where Bool.random(using: &random) { batch[id] = version + 1 }
            for _ in 0..<Int.random(in: 50...300, using: &random) {
                batch["x\(nextBatch)-\(batch.count)"] = 1
            }
            let file = "adds/batch-\(nextBatch).jsonl"
            nextBatch += 1
            let text = batch.keys.sorted().map { GeneratedCorpus.line(id: $0, version: batch[$0]!) + "\n" }.joined()
            try Data(text.utf8).write(to: URL(fileURLWithPath: scratch + "/" + file))
            return (["add", file], state!.merging(batch) { _, new in new })
        case .delete:
            let doomed = added.keys.sorted().filter { _ in Int.random(in: 0..<3, using: &random) == 0 }
            return (["delete", "never-indexed"] + doomed, state!.filter { !doomed.contains($0.key) })
        }
    }

    /// Runs the command to the end and checks the index holds `expected`;
    /// an `index` run that finished leaves nothing for the next one to do.
    private mutating func complete(_ arguments: [String], expecting expected: ArticleVersions) throws {
        let outcome = try GacetaProcess.run(arguments, in: scratch)
        guard outcome.status == 0 else { throw failure("`gaceta \(arguments.joined(separator: " "))` failed: \(outcome.standardError)") }
        if let problem = try IndexContents.mismatch(index: index, expected: expected) {
            throw failure("`gaceta \(arguments.joined(separator: " "))` run to the end left the wrong state: \(problem)")
        }
        try checkIndex(after: "`gaceta \(arguments.joined(separator: " "))` run to the end")
        if arguments.first == "index" {
            let again = try GacetaProcess.run(Self.indexArguments, in: scratch)
            guard again.standardOutput.contains("is up to date") else {
                throw failure("a second `gaceta index` still found work: \(again.standardOutput)")
            }
        }
    }

    /// Every index Gaceta leaves behind, killed or not, passes its own check.
    private func checkIndex(after what: String) throws {
        let problems = IndexChecker(path: index, userData: .corpusState).check().problems
        guard problems.isEmpty else {
            throw failure("\(what), `gaceta check` finds: " + problems.map(\.description).joined(separator: "; "))
        }
    }

    /// Whatever the killed process left, the next writer to open removes.
    private mutating func checkLeftoversAreRemoved(after operation: Operation) throws {
        let left = try IndexContents.unreferencedFiles(index: index)
        if !left.isEmpty { tally.leftovers += 1 }
        for kind in Set(left.map(Self.kind)) { tally.leftoverKinds[kind, default: 0] += 1 }
        _ = try IndexWriter(path: index)
        let remaining = try IndexContents.unreferencedFiles(index: index)
        guard remaining.isEmpty else {
            throw failure("after a killed \(operation), opening a writer left \(remaining.joined(separator: ", "))")
        }
    }

    /// What a file left in the index directory was for.
    private static func kind(of name: String) -> String {
        if name == Manifest.fileName + ".tmp" { return "temporary manifest" }
        if name.hasPrefix("commit-") { return "user data" }
        if name.hasSuffix("." + FileKind.deletions.fileExtension) { return "deletions" }
        return "segment files"
    }

    /// The generation of the newest commit; nil when there is no index.
    private static func generation(of index: String) -> Int? {
        try? IndexReader(path: index).generation
    }

    private func failure(_ message: String) -> CrashFailure {
        CrashFailure(message: message + " (iteration \(tally.iterations), scratch \(scratch))")
    }
}

/// A broken promise of the commit protocol, found by `CrashHarness`.
struct CrashFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

extension CrashHarness {
    /// A first build that commits every few kilobytes, killed at a random
    /// moment: the index must hold exactly what reading the corpus up to
    /// some line gives (each commit lands between two articles), pass its
    /// check, and the next `gaceta index` must index only the articles the
    /// killed build had not indexed in their final version.
    ///
    /// - Returns: whether the kill came before the build finished.
    mutating func interruptBuild() throws -> Bool {
        try? FileManager.default.removeItem(atPath: index)
        let arguments = Self.indexArguments + ["--commit-interval", "0.02"]
        let expected = duration[.firstBuild] ?? 1
        let running = try GacetaProcess.start(arguments, in: scratch)
        let deadline = Date().addingTimeInterval(expected * Double.random(in: 0.2..<1.2, using: &random))
        while running.process.isRunning, Date() < deadline { usleep(1000) }
        running.kill()
        let outcome = try running.wait()
        guard outcome.wasKilled else {
            guard outcome.status == 0 else { throw failure("an interrupted build failed with status \(outcome.status): \(outcome.standardError)") }
            try complete(Self.indexArguments, expecting: corpus.articles)
            return false
        }
        let kept = try IndexContents.versions(index: index)
        if let kept {
            guard try readingPrefix(matching: kept) != nil else {
                throw failure("a build killed midway left \(kept.count) articles that no prefix of the corpus gives")
            }
            if let problem = try IndexContents.mismatch(index: index, expected: kept) { throw failure("a build killed midway: \(problem)") }
            try checkIndex(after: "a build killed midway")
        }
        try checkLeftoversAreRemoved(after: .firstBuild)

        let missing = corpus.articles.count { kept?[$0.key] != $0.value }
        let resumed = try GacetaProcess.run(Self.indexArguments, in: scratch)
        guard resumed.status == 0 else { throw failure("resuming a killed build failed: \(resumed.standardError)") }
        if kept != nil {
            // `(N new, M changed, 0 deleted)`: N + M articles indexed.
            let counts = resumed.standardOutput.firstMatch(of: /([\d,]+) new, ([\d,]+) changed, 0 deleted/)
            let indexed = counts.map { Int($0.1.filter(\.isNumber))! + Int($0.2.filter(\.isNumber))! } ?? -1
            // An id a file repeats may be handed over once per copy the
            // file holds after the kill point's: the read cannot tell which
            // copy the commit recorded came before.
            let repeated = corpus.idsRepeatedWithinAFile
            guard (missing...missing + repeated).contains(indexed) else {
                throw failure("resuming a build killed with \(missing) articles missing indexed \(indexed) (\(repeated) ids repeated within a file): \(resumed.standardOutput)")
            }
        }
        if let problem = try IndexContents.mismatch(index: index, expected: corpus.articles) {
            throw failure("resuming a killed build left the wrong state: \(problem)")
        }
        try checkIndex(after: "resuming a killed build")
        state = corpus.articles
        return true
    }

    /// The number of lines, in reading order, whose reading gives `versions`.
    private func readingPrefix(matching versions: ArticleVersions) throws -> Int? {
        var read: ArticleVersions = [:]
        if versions.isEmpty { return 0 }
        for (count, line) in corpus.linesInReadingOrder.enumerated() {
            read[line.id] = line.version
            if read.count == versions.count, read == versions { return count + 1 }
        }
        return nil
    }
}
