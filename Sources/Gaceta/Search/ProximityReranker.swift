/// Reorders the best passages of a bag-of-words query by how close together
/// their query words stand (`SearchOptions.proximityWeight`).
///
/// BM25 sees a passage as a bag: "central bank" scores the same whether the
/// two words stand side by side or 300 words apart. The bonus follows the
/// term-proximity score of Büttcher, Clarke and Lushman (SIGIR 2006): walking
/// the body's query-word occurrences in order, each pair of neighbours that
/// are different words, `d` positions apart, credits each word with the
/// other's idf / d². A word's credit then saturates like a BM25 term
/// frequency (same k1, b and passage length), weighted by min(1, idf) so that
/// near-stopwords add little; the bonus is the sum over words times the
/// weight. Only neighbouring occurrences count, so a passage's cost is linear
/// in its query-word occurrences.
///
/// Only the first `depth` passages of the BM25 order are rescored (their
/// positions are read from fresh cursors, segment by segment in passage
/// order); a bonus is never negative, so they stay ahead of the rest and the
/// whole list stays in score order.
struct ProximityReranker {
    let reader: IndexReader
    let statistics: CollectionStatistics
    let bm25: BM25
    let weight: Double
    let depth: Int
    /// The body clauses of the query, and the query word each stands for.
    private let clauses: [(term: QueryTerm, member: Int, idf: Double)]
    /// One more than the highest query word of the clauses.
    private let memberCount: Int

    /// The words whose closeness counts: a plain bag of words, also when
    /// filters restrict it (`date:`, `--since`, `--source`), so that a filter
    /// narrows the results without reordering them.
    static func words(in plan: MatchPlan) -> DisjunctivePlan? {
        switch plan {
        case .all(let parts) where parts.dropFirst().allSatisfy({ if case .filter = $0 { true } else { false } }):
            // `SearchOptions.filters` wrap the query as the one required member of a group.
            return parts.first.flatMap(words(in:))
        case .group(let required, let optional, let excluded) where required.count == 1 && optional.isEmpty && excluded.isEmpty:
            return words(in: required[0])
        default:
            return plan.disjunction
        }
    }

    /// Nil when the bonus cannot change anything: no weight, no depth, or
    /// fewer than two distinct words matchable in the body.
    init?(plan: DisjunctivePlan, reader: IndexReader, statistics: CollectionStatistics, bm25: BM25, weight: Double, depth: Int) {
        let clauses = zip(plan.terms, plan.members).filter { $0.0.field == .body }.map { term, member in
            (term: term, member: member, idf: statistics.inverseDocumentFrequency(term.key))
        }
        guard weight > 0, depth > 0, Set(clauses.map(\.member)).count > 1 else { return nil }
        self.reader = reader
        self.statistics = statistics
        self.bm25 = bm25
        self.weight = weight
        self.depth = depth
        self.clauses = clauses
        memberCount = (clauses.map(\.member).max() ?? -1) + 1
    }

    /// `entries`, best first, with the first `depth` given their bonus and
    /// sorted again.
    func rerank(_ entries: [TopKCollector.Entry]) throws -> [TopKCollector.Entry] {
        var head = Array(entries.prefix(depth))
        // Cursors only move forward: visit each segment's passages in order.
        let order = head.indices.sorted { head[$0].passage < head[$1].passage }
        var start = 0
        while start < order.count {
            let segmentIndex = head[order[start]].passage.segment
            var end = start
            while end < order.count, head[order[end]].passage.segment == segmentIndex { end += 1 }
            let segment = reader.segments[segmentIndex]
            var cursors: [(cursor: PostingsCursor, clause: Int)] = []
            let first = head[order[start]].passage.number
            for (index, clause) in clauses.enumerated() {
                guard let info = statistics.terms[segmentIndex][clause.term.key]?.info else { continue }
                cursors.append((try segment.cursor(for: info, startingAt: first), index))
            }
            for position in start..<end {
                let passage = head[order[position]].passage.number
                head[order[position]].score += try bonus(passage: passage, in: segment, cursors: cursors)
            }
            start = end
        }
        head.sort { $1.ranksBelow($0) }
        return head + entries.dropFirst(depth)
    }

    private func bonus(passage: UInt32, in segment: SegmentReader, cursors: [(cursor: PostingsCursor, clause: Int)]) throws -> Double {
        var occurrences: [(position: UInt32, clause: Int)] = []
        for (cursor, clause) in cursors where try cursor.advance(to: passage) == passage {
            for position in try cursor.positions() { occurrences.append((position, clause)) }
        }
        guard occurrences.count > 1 else { return 0 }
        occurrences.sort { $0.position != $1.position ? $0.position < $1.position : $0.clause < $1.clause }
        // Indexed by query word: a dictionary would hash twice per pair of neighbours.
        var credited = [Bool](repeating: false, count: memberCount)
        var credit = [Double](repeating: 0, count: memberCount)
        var idf = [Double](repeating: 0, count: memberCount)
        for (previous, current) in zip(occurrences, occurrences.dropFirst()) {
            let left = clauses[previous.clause]
            let right = clauses[current.clause]
            // A word next to itself says nothing of closeness; two query words
            // analysed alike share a position, which is one word, not two close ones.
            guard left.member != right.member, current.position > previous.position else { continue }
            let distance = Double(current.position - previous.position)
            credit[left.member] += right.idf / (distance * distance)
            credit[right.member] += left.idf / (distance * distance)
            idf[left.member] = max(idf[left.member], left.idf)
            idf[right.member] = max(idf[right.member], right.idf)
            credited[left.member] = true
            credited[right.member] = true
        }
        let length = Double(segment.passages.length(of: .body, passage: passage))
        let averageLength = statistics.averageLength(of: .body)
        let normalisation = bm25.k1 * (1 - bm25.b + bm25.b * (averageLength > 0 ? length / averageLength : 1))
        var total = 0.0
        // Members in order, so the sum does not depend on the order of the pairs.
        for member in credit.indices where credited[member] {
            let accumulated = credit[member]
            total += min(1, idf[member]) * accumulated * (bm25.k1 + 1) / (accumulated + normalisation)
        }
        return weight * total
    }
}
