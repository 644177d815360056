/// A precomputed set of passages (a filter): matches, scores nothing.
final class PassageSetMatcher: PassageMatcher {
    private let members: [Bool]
    private(set) var document: UInt32 = 0
    let maxScore = 0.0

    init(members: [Bool]) {
        self.members = members
        document = Self.first(in: members, from: 0)
    }

    func advance(to target: UInt32) throws -> UInt32 {
        if target > document { document = Self.first(in: members, from: target) }
        return document
    }

    private static func first(in members: [Bool], from start: UInt32) -> UInt32 {
        var index = Int(start)
        while index < members.count {
            if members[index] { return UInt32(index) }
            index += 1
        }
        return PostingsCursor.exhausted
    }

    func score() throws -> Double { 0 }
}
