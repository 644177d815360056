import Foundation
import Testing
@testable import Gaceta

/// The commit protocol under SIGKILL: whenever a writer dies, the index holds
/// exactly the articles of its last completed commit, the next writer sweeps
/// away the files of the interrupted work, and running the command again
/// brings the index to the new state.
///
/// GACETA_CRASH_ITERATIONS sets how many kills (default 24); GACETA_CRASH_SEED
/// replays a run.
@Suite struct CrashTests {
    @Test func aKilledWriterLeavesTheLastCompletedCommit() throws {
        let environment = ProcessInfo.processInfo.environment
        let iterations = environment["GACETA_CRASH_ITERATIONS"].flatMap { Int($0) } ?? 24
        let seed = environment["GACETA_CRASH_SEED"].flatMap { UInt64($0) } ?? 20_261_127
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
        #expect(iterations < 10 || kills >= iterations / 4, "\(harness.tally)")
    }
}
