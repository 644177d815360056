/// A node of a query compiled for one segment: it walks the passages that
/// match, in increasing order, and scores the one it stands on. A new matcher
/// stands on its first match; `exhausted` means no more.
protocol PassageMatcher: AnyObject {
    var document: UInt32 { get }
    /// Moves to the first match at or after `target`; returns it or `exhausted`.
    @discardableResult
    func advance(to target: UInt32) throws -> UInt32
    /// The score of the current match.
    func score() throws -> Double
    /// No match scores higher.
    var maxScore: Double { get }
}

extension PassageMatcher {
    static var exhausted: UInt32 { PostingsCursor.exhausted }

    @discardableResult
    func next() throws -> UInt32 {
        document == PostingsCursor.exhausted ? document : try advance(to: document + 1)
    }
}

/// Moves every iterator to the first passage at or after `target` that all of
/// them hold, and returns it (or `exhausted`): each in turn jumps to where the
/// one before landed, until none has to move.
func leapfrog<Iterator>(
    _ iterators: [Iterator], from target: UInt32, advance: (Iterator, UInt32) throws -> UInt32
) rethrows -> UInt32 {
    var candidate = target
    while candidate != PostingsCursor.exhausted {
        var agreed = true
        for iterator in iterators {
            let position = try advance(iterator, candidate)
            if position != candidate {
                candidate = position
                agreed = false
                break
            }
        }
        if agreed { return candidate }
    }
    return PostingsCursor.exhausted
}

extension TermScorer: PassageMatcher {
    @discardableResult
    func advance(to target: UInt32) throws -> UInt32 {
        try cursor.advance(to: target)
    }
}

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
