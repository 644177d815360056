/// Finds the best passages of one segment for a disjunction of clauses, with
/// block-max MaxScore dynamic pruning.
///
/// Clauses are kept sorted by their upper bound. Those whose bounds add up to
/// no more than the current top-k threshold are "non-essential": a passage
/// matching only them cannot enter the top k, so candidates come only from the
/// essential clauses, and non-essential ones are merely probed. Before probing,
/// the block-max bounds of the non-essential clauses at the candidate (read from
/// skip data, no decoding) often prove the candidate cannot make it. And when
/// the block-max bounds of the essential clauses' current blocks cannot beat
/// the threshold, the evaluator jumps past those blocks without decoding them.
///
/// Passages that `excluded` matches are left out; it is asked only about
/// candidates that survive the bounds, in increasing order.
///
/// Generic over the clause so that a plain query's loop is specialised for
/// `TermScorer`; a translated query runs it over `AlternativesScorer`s.
struct MaxScoreEvaluator<Clause: MaxScoreClause> {
    let scorers: [Clause]
    let segment: SegmentReader
    let segmentIndex: Int
    let coordination: Coordination
    var excluded: (any PassageMatcher)?
    // Computed: a generic type has no static stored properties.
    private static var slack: Double { 1 + 1e-9 }

    /// Adds this segment's candidates to `collector`; returns how many live
    /// passages were scored.
    func collect(into collector: inout RankingCollector) throws -> Int {
        let scorers = self.scorers.sorted { $0.maxScore < $1.maxScore }
        // prefixBounds[i] = sum of maxScore of scorers[0..<i].
        // Bounds carry a little slack so that rounding in a different order of
        // addition can never prune a passage that belongs in the top k.
        var prefixBounds = [0.0]
        for scorer in scorers { prefixBounds.append(prefixBounds.last! + scorer.maxScore * Self.slack) }
        var scored = 0
        var firstEssential = 0
        // The coordination factor by number of words matched, worked out once
        // rather than with a division per scored passage.
        let factors = (0...64).map { coordination.factor(matched: $0) }

        func updateEssential(_ threshold: Double) {
            while firstEssential < scorers.count, prefixBounds[firstEssential + 1] <= threshold {
                firstEssential += 1
            }
        }
        updateEssential(collector.threshold)
        // The current block-max window: the bound of every passage in it, where
        // it ends, and the essential clauses it was made for.
        var window = (bound: 0.0, end: UInt32(0), firstEssential: -1)

        func firstDocument() -> UInt32 {
            var first = PostingsCursor.exhausted
            for index in firstEssential..<scorers.count { first = min(first, scorers[index].document) }
            return first
        }
        // The next candidate is found while the current one is scored, in
        // the same pass over the essential clauses; it is looked for again
        // only when a window skip moves them or the essential set shrinks.
        var next = firstDocument()

        while firstEssential < scorers.count {
            let candidate = next
            if candidate == PostingsCursor.exhausted { break }

            let threshold = collector.threshold
            if threshold > -.infinity {
                // Block-max window: up to the nearest end of an essential block,
                // no passage can beat these blocks' bounds; skip them whole
                // when even that is not enough. The window is worked out again
                // only once the candidates leave it.
                if candidate > window.end || window.firstEssential != firstEssential {
                    window = (prefixBounds[firstEssential], PostingsCursor.exhausted, firstEssential)
                    for index in firstEssential..<scorers.count {
                        guard let block = scorers[index].blockBound(atOrAfter: candidate) else { continue }
                        window.bound += block.score * Self.slack
                        window.end = min(window.end, block.lastDocument)
                    }
                }
                if window.bound <= threshold {
                    if window.end == PostingsCursor.exhausted { break }
                    for index in firstEssential..<scorers.count where scorers[index].document <= window.end {
                        try scorers[index].advance(to: window.end + 1)
                    }
                    next = firstDocument()
                    continue
                }
            }

            var score = 0.0
            var matched: UInt64 = 0
            next = PostingsCursor.exhausted
            for index in firstEssential..<scorers.count {
                if scorers[index].document == candidate {
                    score += scorers[index].score()
                    matched |= 1 << UInt64(scorers[index].member & 63)
                    try scorers[index].next()
                }
                next = min(next, scorers[index].document)
            }
            if segment.isDeleted(candidate) { continue }

            if firstEssential > 0 {
                if score + prefixBounds[firstEssential] <= threshold { continue }
                var bound = 0.0
                for index in 0..<firstEssential { bound += scorers[index].blockMaxScore(at: candidate) * Self.slack }
                if score + bound <= threshold { continue }
                var remaining = prefixBounds[firstEssential]
                // `scorers[index]` each time rather than a local: binding one
                // costs a retain and a release per probe.
                for index in stride(from: firstEssential - 1, through: 0, by: -1) {
                    remaining -= scorers[index].maxScore * Self.slack
                    if try scorers[index].advance(to: candidate) == candidate {
                        score += scorers[index].score()
                        matched |= 1 << UInt64(scorers[index].member & 63)
                    }
                    if score + remaining <= threshold { break }
                }
            }
            scored += 1
            score *= factors[matched.nonzeroBitCount]
            if score > threshold {
                if let excluded, try excluded.advance(to: candidate) == candidate { continue }
                try collector.insert(.init(score: score, passage: GlobalPassage(segment: segmentIndex, number: candidate)))
                let essential = firstEssential
                updateEssential(collector.threshold)
                if firstEssential != essential { next = firstDocument() }
            }
        }
        return scored
    }
}
