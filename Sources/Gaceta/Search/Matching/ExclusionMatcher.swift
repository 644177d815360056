/// Passages of `base` that `excluded` does not match.
final class ExclusionMatcher: PassageMatcher {
    private let base: any PassageMatcher
    private let excluded: any PassageMatcher
    private(set) var document: UInt32 = 0

    init(base: any PassageMatcher, excluded: any PassageMatcher) throws {
        self.base = base
        self.excluded = excluded
        document = try settle(base.document)
    }

    var maxScore: Double { base.maxScore }

    func advance(to target: UInt32) throws -> UInt32 {
        document = try settle(try base.advance(to: target))
        return document
    }

    private func settle(_ start: UInt32) throws -> UInt32 {
        var candidate = start
        while candidate != PostingsCursor.exhausted, try excluded.advance(to: candidate) == candidate {
            candidate = try base.advance(to: candidate + 1)
        }
        return candidate
    }

    func score() throws -> Double { try base.score() }
}
