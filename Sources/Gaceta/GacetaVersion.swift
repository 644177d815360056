/// Which Gaceta this is: what `gaceta --version` prints, and what an embedder
/// can record beside an index or in a bug report.
public enum GacetaVersion {
    /// The release of the library and the `gaceta` tool, in semantic
    /// versioning: while the major number is 0, a minor release may change
    /// the public API.
    public static let release = "0.1.0"

    /// The version of the index files this build reads and writes
    /// (docs/FORMAT.md, "Versioning"). An index of any other version fails to
    /// open with `IndexError.Kind.unsupportedVersion` and must be rebuilt.
    public static let indexFormat = Int(FileEnvelope.formatVersion)

    /// Both in one line, as `gaceta --version` prints them: `0.1.0 (index format 2)`.
    public static var summary: String { "\(release) (index format \(indexFormat))" }
}
