import Testing
import Gaceta

/// `gaceta --version` prints the library's own version, so the two cannot drift apart.
@Suite struct VersionCommandTests {
    @Test func printsTheReleaseAndTheIndexFormat() throws {
        let scratch = try TemporaryDirectory()
        let outcome = try GacetaProcess.run(["--version"], in: scratch.path)
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "gaceta \(GacetaVersion.release) (index format \(GacetaVersion.indexFormat))\n")
        #expect(GacetaVersion.indexFormat == 3)  // docs/FORMAT.md's version: change both together
    }
}
