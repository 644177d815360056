/// The soft-AND factor of `SearchOptions.coordination`: 1 when a passage has
/// every query word, down to 1 − coordination when it has none of them. Never
/// above 1, so the score bounds used for pruning stay bounds.
struct Coordination: Sendable {
    var strength: Double
    var memberCount: Int

    func factor(matched: Int) -> Double {
        guard strength > 0, memberCount > 1 else { return 1 }
        return 1 - strength * (1 - Double(min(matched, memberCount)) / Double(memberCount))
    }
}
