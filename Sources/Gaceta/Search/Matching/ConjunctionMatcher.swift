/// Matches when every child does; scores their sum.
final class ConjunctionMatcher: PassageMatcher {
    private let children: [any PassageMatcher]
    private(set) var document: UInt32 = 0
    let maxScore: Double

    init(_ children: [any PassageMatcher]) throws {
        self.children = children
        maxScore = children.reduce(0) { $0 + $1.maxScore }
        document = try align(children.map(\.document).max() ?? PostingsCursor.exhausted)
    }

    func advance(to target: UInt32) throws -> UInt32 {
        document = try align(target)
        return document
    }

    private func align(_ target: UInt32) throws -> UInt32 {
        try leapfrog(children, from: target) { try $0.advance(to: $1) }
    }

    func score() throws -> Double {
        try children.reduce(0) { $0 + (try $1.score()) }
    }
}
