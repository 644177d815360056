/// Passages of `required`, scored with whatever `optional` adds on them.
final class RequiredOptionalMatcher: PassageMatcher {
    private let required: any PassageMatcher
    private let optional: any PassageMatcher

    init(required: any PassageMatcher, optional: any PassageMatcher) {
        self.required = required
        self.optional = optional
    }

    var document: UInt32 { required.document }
    var maxScore: Double { required.maxScore + optional.maxScore }

    func advance(to target: UInt32) throws -> UInt32 {
        try required.advance(to: target)
    }

    func score() throws -> Double {
        var total = try required.score()
        if try optional.advance(to: document) == document { total += try optional.score() }
        return total
    }
}
