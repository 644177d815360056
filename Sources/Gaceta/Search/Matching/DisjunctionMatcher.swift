/// Matches when any child does; scores the sum of the children on the passage.
/// With coordination, its children are the words of a group, and the sum is
/// scaled by how many of them (plus the group's required words) match.
final class DisjunctionMatcher: PassageMatcher {
    private let children: [any PassageMatcher]
    private let coordination: Coordination
    private let alwaysMatched: Int
    private(set) var document: UInt32
    let maxScore: Double

    init(_ children: [any PassageMatcher], coordination: Coordination = Coordination(strength: 0, memberCount: 1), alwaysMatched: Int = 0) {
        self.children = children
        self.coordination = coordination
        self.alwaysMatched = alwaysMatched
        document = children.map(\.document).min() ?? PostingsCursor.exhausted
        maxScore = children.reduce(0) { $0 + $1.maxScore }
    }

    func advance(to target: UInt32) throws -> UInt32 {
        var lowest = PostingsCursor.exhausted
        for child in children {
            let position = child.document < target ? try child.advance(to: target) : child.document
            lowest = min(lowest, position)
        }
        document = lowest
        return document
    }

    func score() throws -> Double {
        var total = 0.0
        var matched = alwaysMatched
        for child in children where child.document == document {
            total += try child.score()
            matched += 1
        }
        return total * coordination.factor(matched: matched)
    }
}
