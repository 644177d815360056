/// One thing `IndexChecker` found wrong with an index.
public struct IndexProblem: Sendable, Equatable, CustomStringConvertible {
    /// The file concerned, by name inside the index directory
    /// (`seg-000001.terms`, `gaceta.manifest`).
    public var file: String
    /// What is wrong, in one line.
    public var message: String

    init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    /// `FILE: message`.
    public var description: String { "\(file): \(message)" }
}
