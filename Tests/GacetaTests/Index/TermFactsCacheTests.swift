import Foundation
import Testing
@testable import Gaceta

/// `TermFactsCache`: each term worked out once per snapshot, no more terms
/// kept than its capacity, and searches that read it see what a fresh
/// snapshot would tell them, from any number of threads.
@Suite struct TermFactsCacheTests {
    private func facts(_ frequency: Int) -> TermFactsCache.Facts {
        .init(info: nil, liveFrequency: frequency)
    }

    @Test func aTermIsWorkedOutOncePerSegment() {
        let cache = TermFactsCache(segmentCount: 2)
        var computed = 0
        for _ in 0..<3 {
            #expect(cache.facts(segment: 0, key: [1]) { computed += 1; return facts(7) }.liveFrequency == 7)
        }
        #expect(computed == 1)
        // The same key in another segment is another term.
        #expect(cache.facts(segment: 1, key: [1]) { computed += 1; return facts(3) }.liveFrequency == 3)
        #expect(computed == 2)
        #expect(cache.termCount == 2)
    }

    @Test func aFullCacheTakesNoNewTerms() {
        let cache = TermFactsCache(segmentCount: 1, capacity: 1)
        var computed = 0
        _ = cache.facts(segment: 0, key: [1]) { computed += 1; return facts(1) }
        for _ in 0..<2 {
            #expect(cache.facts(segment: 0, key: [2]) { computed += 1; return facts(2) }.liveFrequency == 2)
        }
        #expect(computed == 3, "a term beyond the capacity is worked out every time")
        #expect(cache.termCount == 1)
        _ = cache.facts(segment: 0, key: [1]) { computed += 1; return facts(1) }
        #expect(computed == 3, "the terms kept stay")
    }

    /// Live frequencies are cached per snapshot: after deletions, a reader
    /// warmed by earlier searches ranks like a fresh one, on every thread.
    @Test func warmSearchesOnSeveralThreadsRankLikeAFreshSnapshot() throws {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        for index in 0..<60 {
            let body = index % 3 == 0 ? "alpha beta" : index % 3 == 1 ? "alpha" : "beta gamma"
            writer.add(Article(id: "a\(index)", title: "", body: body, language: .english))
        }
        try writer.commit()
        for index in stride(from: 0, to: 60, by: 4) { writer.delete(articleID: "a\(index)") }
        try writer.commit()
        let queries = ["alpha beta", "alpha", "beta gamma", "gamma alpha"]
        @Sendable func ranking(_ searcher: Searcher, _ query: String) throws -> [String] {
            var options = SearchOptions()
            options.limit = 100
            let ranked = try searcher.rankPassages(query, options: options)
            return ["\(ranked.totalHits)"] + ranked.passages.map { "\($0.id) \($0.score)" }
        }
        let fresh = try queries.map { query in try ranking(Searcher(reader: IndexReader(path: directory.path)), query) }
        let shared = Searcher(reader: try IndexReader(path: directory.path))
        // Each query runs 8 times: the first fills the cache, the rest read it.
        DispatchQueue.concurrentPerform(iterations: 32) { iteration in
            let query = iteration % queries.count
            let result = try? ranking(shared, queries[query])
            #expect(result == fresh[query])
        }
        #expect(shared.reader.termFacts.termCount > 0)
    }
}
