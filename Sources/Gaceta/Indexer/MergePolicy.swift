import Foundation

/// Decides which segments to merge after a commit, log-structured: segments
/// fall into levels by size (live passages, powers of `mergeFactor`), and as
/// soon as a level holds `mergeFactor` segments they are merged into one of
/// the next level. The segment count stays logarithmic in the index size,
/// and each passage is rewritten about log(size) times over its life.
struct MergePolicy: Sendable {
    var mergeFactor: Int

    /// Names of segments to merge together, or nil when the index is in shape.
    func merge(from segments: [SegmentInfo]) -> [String]? {
        let factor = Double(max(mergeFactor, 2))
        var levels: [Int: [SegmentInfo]] = [:]
        for segment in segments {
            let size = Double(max(segment.livePassages, 1))
            levels[Int((log(size) / log(factor)).rounded(.down)), default: []].append(segment)
        }
        for level in levels.keys.sorted() {
            let members = levels[level]!
            if members.count >= mergeFactor {
                return members.sorted { $0.livePassages < $1.livePassages }.prefix(mergeFactor).map(\.name)
            }
        }
        // Segments that are mostly deletions are worth rewriting on their own.
        return segments.first { $0.passages > 0 && $0.deletedPassages * 2 > $0.passages }.map { [$0.name] }
    }
}
