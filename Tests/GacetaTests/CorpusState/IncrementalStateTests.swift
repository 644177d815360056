import Foundation
import Testing
@testable import Gaceta

/// Updates through the corpus state give what a rebuild gives: the same
/// articles in the same versions, and the same state of every file, however
/// many commits extended the state and whichever state files carried it.
@Suite struct IncrementalStateTests {
    /// The articles each file holds, as a commit's corpus state records them.
    static func recordedArticles(index: String) throws -> [String: [String: UInt64]] {
        let state = try CorpusStateSnapshot(of: IndexReader(path: index))
        var files: [String: [String: UInt64]] = [:]
        for path in state.root.files.keys { files[path] = try state.articles(of: path) }
        return files
    }

    @Test(.tags(.randomised), arguments: TestSeed.arguments([1, 2, 3]))
    func updatesAgreeWithARebuild(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        print("IncrementalStateTests updatesAgreeWithARebuild: seed \(seed) (GACETA_SEED=\(seed) replays it)")
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        var corpus = GeneratedCorpus(directory: scratch.path + "/corpus")
        try corpus.create(fileCount: 12, articlesPerFile: 30)
        let index = scratch.path + "/index", rebuilt = scratch.path + "/rebuilt"
        var configuration = IndexConfiguration()
        configuration.ramBudgetBytes = 1 << 20
        func synchronize(_ path: String, rebuild: Bool = false) throws -> CorpusSynchronizer.Summary {
            try CorpusSynchronizer(corpus: corpus.directory, index: path, configuration: configuration).synchronize(rebuild: rebuild, onDiagnostic: { _ in })
        }
        _ = try synchronize(index)
        for round in 0..<16 {
            try corpus.update(&random)
            _ = try synchronize(index)
            #expect(try IndexContents.mismatch(index: index, expected: corpus.articles) == nil, "round \(round)")
            _ = try synchronize(rebuilt, rebuild: true)
            #expect(try Self.recordedArticles(index: index) == Self.recordedArticles(index: rebuilt), "round \(round)")
            let manifest = try IndexReader.readManifest(directory: index)
            #expect((manifest.stateFiles ?? [:]).count <= CorpusStateBuilder.maximumStateFiles)
            #expect(IndexChecker(path: index, userData: .corpusState).check().problems.map(\.description) == [], "round \(round)")
        }
        // Carried parts keep the state files within twice what is used.
        let state = try CorpusStateSnapshot(of: IndexReader(path: index))
        let used = try state.root.files.values.flatMap(\.parts).reduce(0) { $0 + (try state.readers[$1.stateFile]!.recordCount(ofPart: $1.part)) }
        let stored = state.readers.values.reduce(0) { $0 + $1.recordCount }
        #expect(stored <= 2 * used, "\(stored) records stored for \(used) used")
    }

    @Test(.tags(.randomised))
    func aFirstBuildCommittingAtIntervalsEndsAsOneCommitWould() throws {
        let seed = TestSeed.resolve(74)
        var random = SplitMix64(seed: seed)
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        var corpus = GeneratedCorpus(directory: scratch.path + "/corpus")
        try corpus.create(fileCount: 6, articlesPerFile: 40)
        var synchronizer = CorpusSynchronizer(corpus: corpus.directory, index: scratch.path + "/index")
        synchronizer.commitInterval = 2_000 + Int(random.next() % 3_000)
        let summary = try synchronizer.synchronize(onDiagnostic: { _ in })
        #expect(summary.added == corpus.articles.count)
        let reader = try IndexReader(path: synchronizer.index)
        #expect(reader.generation > 3, "commits at intervals")
        #expect(try IndexContents.mismatch(index: synchronizer.index, expected: corpus.articles) == nil)
        let whole = CorpusSynchronizer(corpus: corpus.directory, index: scratch.path + "/whole")
        _ = try whole.synchronize(onDiagnostic: { _ in })
        #expect(try Self.recordedArticles(index: synchronizer.index) == Self.recordedArticles(index: whole.index))
        #expect(IndexChecker(path: synchronizer.index, userData: .corpusState).check().problems.map(\.description) == [])
        #expect(try synchronizer.synchronize(onDiagnostic: { _ in }).statistics == nil, "nothing left to do")
    }

    /// Builds an index of three generated files, then changes its state file
    /// with `damage`; returns the corpus, the synchronizer and the file's name.
    static func indexWithDamagedStateFile(
        in scratch: TemporaryDirectory, _ damage: (inout [UInt8]) -> Void
    ) throws -> (corpus: GeneratedCorpus, synchronizer: CorpusSynchronizer, name: String) {
        var corpus = GeneratedCorpus(directory: scratch.path + "/corpus")
        try corpus.create(fileCount: 3, articlesPerFile: 10)
        let synchronizer = CorpusSynchronizer(corpus: corpus.directory, index: scratch.path + "/index")
        _ = try synchronizer.synchronize(onDiagnostic: { _ in })
        let name = try #require(IndexReader.readManifest(directory: synchronizer.index).stateFiles?.keys.first)
        let url = URL(fileURLWithPath: synchronizer.index + "/" + name)
        var bytes = [UInt8](try Data(contentsOf: url))
        damage(&bytes)
        try Data(bytes).write(to: url)
        return (corpus, synchronizer, name)
    }

    /// One byte of a state file changed: `gaceta check` names the file.
    @Test func checkFindsADamagedStateFile() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let damaged = try Self.indexWithDamagedStateFile(in: scratch) { $0[$0.count / 2] ^= 0x20 }
        let problems = IndexChecker(path: damaged.synchronizer.index, userData: .corpusState).check().problems
        #expect(problems.contains { $0.file == damaged.name }, "\(problems)")
    }

    /// A state file that does not open is not an error: the update reads
    /// the whole corpus, as without a state (and, as without one, deletes
    /// nothing, not knowing what the corpus held).
    @Test func aStateFileThatDoesNotOpenMeansAFullReread() throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let damaged = try Self.indexWithDamagedStateFile(in: scratch) { $0[6] = UInt8(ascii: "X") }
        let summary = try damaged.synchronizer.synchronize(onDiagnostic: { _ in })
        #expect(summary.filesRead == damaged.corpus.files.count)
        #expect(try IndexContents.mismatch(index: damaged.synchronizer.index, expected: damaged.corpus.articles) == nil)
    }
}
