import Testing

/// The tags of the test target, all in one place; Tests/README.md says how
/// to run them and how to make the long tests longer.
extension Tag {
    /// Runs for a size (documented on the test) that an environment variable
    /// raises: the crash harness's kills (`GACETA_CRASH_ITERATIONS`) and the
    /// rounds of the fuzz and oracle tests (`GACETA_FUZZ_SCALE`). Their
    /// defaults keep `swift test` short enough for CI.
    @Tag static var long: Self

    /// Draws its inputs from a seeded generator: prints the seed it used, and
    /// `GACETA_SEED` runs it with another (see `TestSeed`).
    @Tag static var randomised: Self

    /// Reads the evaluation data in ../shared/data, and is skipped when the
    /// files it needs are not there (see `SharedData`).
    @Tag static var sharedData: Self
}
