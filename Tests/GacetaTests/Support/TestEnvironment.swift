import Foundation

/// Settings a test run takes from the environment, so that the same build
/// can run the short default tests, longer ones or a replay of a failure.
enum TestEnvironment {
    /// The value of `name`, nil when unset. A value that does not read as a
    /// `T` stops the run: silently falling back to the default would report
    /// a short run as the long one that was asked for.
    static func value<T: LosslessStringConvertible>(_ name: String, as type: T.Type = T.self) -> T? {
        guard let text = ProcessInfo.processInfo.environment[name] else { return nil }
        guard let value = T(text) else { preconditionFailure("\(name)=\(text) is not a valid \(T.self)") }
        return value
    }
}

/// The seed of each randomised test.
///
/// Every test names its own default seed, so that `swift test` runs the same
/// inputs every time and a failure in CI is a failure at home.
/// `GACETA_SEED=n` runs every randomised test with seed n instead (and each
/// test that runs once per seed with that seed alone); `GACETA_SEED=random`
/// draws one fresh seed for the whole run, to look for new failures. Either
/// way each test prints the seed it used, so any failure can be replayed.
enum TestSeed {
    private static let chosen: UInt64? = {
        if ProcessInfo.processInfo.environment["GACETA_SEED"] == "random" {
            return UInt64.random(in: 0...UInt64.max)
        }
        return TestEnvironment.value("GACETA_SEED")
    }()

    /// The seed a test should use: `seed` unless `GACETA_SEED` chose another.
    static func resolve(_ seed: UInt64, test: String = #function, file: String = #fileID) -> UInt64 {
        let seed = chosen ?? seed
        print("\(file) \(test): seed \(seed) (GACETA_SEED=\(seed) replays it)")
        return seed
    }

    /// The seeds of a test that runs once per seed: `seeds`, or the one
    /// `GACETA_SEED` chose.
    static func arguments(_ seeds: [UInt64]) -> [UInt64] {
        chosen.map { [$0] } ?? seeds
    }
}

/// How many rounds the fuzz and oracle tests run, and how many lines the
/// tests of real text read: each test documents its default count, which
/// `GACETA_FUZZ_SCALE=k` multiplies by k (default 1).
enum TestSize {
    private static let scale: Int = {
        let scale = TestEnvironment.value("GACETA_FUZZ_SCALE") ?? 1
        precondition(scale >= 1, "GACETA_FUZZ_SCALE must be at least 1")
        return scale
    }()

    /// `count` rounds, times the scale.
    static func rounds(_ count: Int) -> Int { count * scale }
}
