import Testing
@testable import Gaceta

/// `SearchOptions.hitCount`: a lower bound only where it is one, from live
/// passages, and exact counts wherever every match is scored anyway.
@Suite struct HitCountTests {
    /// 20 articles with "alpha" of which 15 are deleted, 10 with "beta" and
    /// 40 with neither: "alpha" keeps 20 postings but 5 live passages. The
    /// articles alternate and most stay, so no segment is mostly deletions,
    /// which a merge would rewrite without them.
    private func indexWithDeletions() throws -> (TemporaryDirectory, Searcher) {
        let directory = try TemporaryDirectory()
        let writer = try IndexWriter(path: directory.path)
        var counts = (alpha: 0, beta: 0, gamma: 0)
        for index in 0..<70 {
            switch index % 7 {
            case 0, 1: writer.add(Article(id: "a\(counts.alpha)", title: "", body: "alpha", language: .english)); counts.alpha += 1
            case 2: writer.add(Article(id: "b\(counts.beta)", title: "", body: "beta", language: .english)); counts.beta += 1
            default: writer.add(Article(id: "g\(counts.gamma)", title: "", body: "gamma", language: .english)); counts.gamma += 1
            }
        }
        try writer.commit()
        for index in 5..<20 { writer.delete(articleID: "a\(index)") }
        try writer.commit()
        let reader = try IndexReader(path: directory.path)
        #expect(reader.statistics.deletedPassages == 15, "the deleted postings must stay in the index")
        return (directory, Searcher(reader: reader))
    }

    private func count(_ query: String, _ hitCount: HitCount, in searcher: Searcher) throws -> (Int, HitCountRelation) {
        var options = SearchOptions()
        options.hitCount = hitCount
        options.language = .english
        let results = try searcher.search(query, options: options)
        return (results.totalHits, results.totalHitsRelation)
    }

    @Test func deletedPassagesNeverRaiseTheBound() throws {
        let (_, searcher) = try indexWithDeletions()
        // 20 postings of "alpha" would reach a threshold of 20; its 5 live ones do not.
        #expect(try count("alpha beta", .upTo(20), in: searcher) == (15, .equal))
        // The 10 passages of "beta" reach 8: at least that many, no more than match.
        let (atLeast, relation) = try count("alpha beta", .upTo(8), in: searcher)
        #expect(relation == .atLeast && (10...15).contains(atLeast))
        #expect(try count("alpha beta", .exact, in: searcher) == (15, .equal))
    }

    @Test func aSingleTermIsCountedExactlyWhateverTheThreshold() throws {
        let (_, searcher) = try indexWithDeletions()
        #expect(try count("beta", .upTo(1), in: searcher) == (10, .equal))
    }

    @Test func rankingsThatScoreEveryMatchCountExactly() throws {
        let (_, searcher) = try indexWithDeletions()
        #expect(try count("+beta alpha", .upTo(1), in: searcher) == (10, .equal))
        #expect(try count("alpha beta lang:en", .upTo(1), in: searcher) == (15, .equal))
        var options = SearchOptions()
        options.hitCount = .upTo(1)
        options.sort = .date
        let dated = try searcher.search("alpha beta", options: options)
        #expect((dated.totalHits, dated.totalHitsRelation) == (15, .equal))
    }

    /// An exclusion takes what it matches, deleted postings included, off
    /// each segment's bound, so a lower bound stays one; exact on request.
    @Test func exclusionsLowerTheBound() throws {
        let (_, searcher) = try indexWithDeletions()
        for (query, matches) in [("gamma beta -alpha", 50), ("beta -alpha", 10), ("gamma -gamma", 0)] {
            #expect(try count(query, .exact, in: searcher) == (matches, .equal), "\(query)")
            for threshold in [1, 5, 20, 50, 51] {
                let (value, relation) = try count(query, .upTo(threshold), in: searcher)
                switch relation {
                case .equal: #expect(value == matches, "\(query), \(threshold)")
                case .atLeast: #expect(value >= threshold && value <= matches, "\(query), \(threshold)")
                }
            }
        }
        // No bound reaches 51, more than match: counted exactly.
        #expect(try count("gamma beta -alpha", .upTo(51), in: searcher) == (50, .equal))
    }

    @Test func refusesAThresholdBelowOne() throws {
        let (_, searcher) = try indexWithDeletions()
        var options = SearchOptions()
        options.hitCount = .upTo(0)
        let error = #expect(throws: IndexError.self) { try searcher.search("alpha", options: options) }
        #expect(error?.kind == .invalidArgument)
        #expect(throws: IndexError.self) { try searcher.rankPassages("alpha", options: options) }
    }
}
