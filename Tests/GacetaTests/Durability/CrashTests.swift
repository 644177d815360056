import Foundation
import Testing
@testable import Gaceta

/// The commit protocol under SIGKILL: whenever a writer dies, the index holds
/// exactly the articles of its last completed commit, the next writer sweeps
/// away the files of the interrupted work, and running the command again
/// brings the index to the new state.
///
/// Size: 6 iterations, each an operation killed at a random moment;
/// GACETA_CRASH_ITERATIONS sets another count (Tests/README.md). GACETA_SEED
/// replays a run's operations; the kill moments follow measured durations,
/// so they differ between runs.
@Suite struct CrashTests {
    @Test(.tags(.long, .randomised))
    func aKilledWriterLeavesTheLastCompletedCommit() throws {
        let iterations = TestEnvironment.value("GACETA_CRASH_ITERATIONS") ?? 6
        let seed = TestSeed.resolve(20_261_127)
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let started = Date()
        var harness = try CrashHarness(scratch: scratch.path, seed: seed)
        try harness.buildFirstIndex()
        for _ in 0..<iterations {
            try harness.iterate()
        }
        print("CrashTests, seed \(seed), \(Int(Date().timeIntervalSince(started))) s: \(harness.tally)")
        // Kill times follow the measured durations, so most runs die midway.
        let kills = harness.tally.killedBefore.values.reduce(0, +) + harness.tally.killedAfter.values.reduce(0, +)
        #expect(kills >= max(1, iterations / 4), "\(harness.tally)")
    }

    /// A long first build commits at intervals: killed anywhere, it leaves
    /// what it had read up to its last commit, and the next run indexes only
    /// the rest. Size: 3 kills (GACETA_CRASH_ITERATIONS / 2 when set).
    @Test(.tags(.long, .randomised))
    func aKilledFirstBuildResumesFromItsLastCommit() throws {
        let kills = TestEnvironment.value("GACETA_CRASH_ITERATIONS").map { max(1, $0 / 2) } ?? 3
        let seed = TestSeed.resolve(20_261_207)
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        var harness = try CrashHarness(scratch: scratch.path, seed: seed)
        try harness.buildFirstIndex()
        var interrupted = 0
        for _ in 0..<kills where try harness.interruptBuild() { interrupted += 1 }
        print("CrashTests, seed \(seed): \(interrupted) of \(kills) first builds killed midway and resumed")
        #expect(interrupted >= 1)
    }
}
