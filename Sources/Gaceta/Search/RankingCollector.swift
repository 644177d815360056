/// Keeps, from matches offered in increasing passage order, what ranking
/// needs after BM25: the best `passageCapacity` passages whatever their
/// articles (the proximity bonus rescores those), and, when results show one
/// passage per article, the best passage of each of the best
/// `articleCapacity` articles.
///
/// Keeping articles rather than passages is what lets pruning start early:
/// with one passage per article, a heap of passages must make room for
/// several passages of the same story to be sure of 50 distinct articles
/// (twice the articles asked, and more on a retry), so its threshold is the
/// 100th best passage. The article heap's is the 50th best article, which
/// is never lower and usually much higher; on 1,000 news headlines MaxScore
/// then considers far fewer candidates.
struct RankingCollector {
    private var passages: TopKCollector?
    private var articles: TopKCollector?
    /// The article of the latest match and its best passage so far: an
    /// article's passages are consecutive, so once a match of another
    /// article comes, no passage of this one will.
    private var pending: (entry: TopKCollector.Entry, segment: Int, ordinal: Int)?
    /// The ordinal of a passage's article in its segment.
    private let articleOf: (GlobalPassage) throws -> Int

    /// `passageCapacity` passages; with `articleCapacity`, also that many
    /// articles, one passage each.
    init(passageCapacity: Int, articleCapacity: Int?, articleOf: @escaping (GlobalPassage) throws -> Int) {
        passages = passageCapacity > 0 ? TopKCollector(capacity: passageCapacity) : nil
        articles = articleCapacity.map { TopKCollector(capacity: $0) }
        self.articleOf = articleOf
    }

    /// Scores at or below this cannot change what is kept.
    var threshold: Double {
        switch (passages, articles) {
        case let (passages?, articles?): min(passages.threshold, articles.threshold)
        case let (passages?, nil): passages.threshold
        case let (nil, articles?): articles.threshold
        case (nil, nil): .infinity
        }
    }

    /// Whether the passage heap is full: when it is not, it holds every match.
    var isFull: Bool { passages?.isFull ?? false }

    mutating func insert(_ entry: TopKCollector.Entry) throws {
        if let threshold = passages?.threshold, entry.score > threshold { passages!.insert(entry) }
        guard let threshold = articles?.threshold else { return }
        let segment = entry.passage.segment
        let ordinal = try articleOf(entry.passage)
        if let pending, pending.segment == segment, pending.ordinal == ordinal {
            // Passages come in increasing order: a tie keeps the earlier one.
            if pending.entry.ranksBelow(entry) { self.pending!.entry = entry }
            return
        }
        flushPending()
        if entry.score > threshold { pending = (entry, segment, ordinal) }
    }

    /// What was kept, best first, each passage once.
    mutating func sorted() -> [TopKCollector.Entry] {
        flushPending()
        var seen = Set<GlobalPassage>()
        return ((passages?.heap ?? []) + (articles?.heap ?? []))
            .filter { seen.insert($0.passage).inserted }
            .sorted { $1.ranksBelow($0) }
    }

    private mutating func flushPending() {
        guard let pending else { return }
        articles!.insert(pending.entry)
        self.pending = nil
    }
}
