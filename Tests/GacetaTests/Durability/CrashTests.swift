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
}
