// What Benchmarks/SearchBenchmarks calls, and nothing more. A release build
// cannot use @testable, and marking the internal declarations themselves
// @_spi would hide them from the tests' `@testable import` (SPI needs its own
// import in every file that uses it), so these thin wrappers carry the SPI
// instead. Living in the module, they stop the library's own build when an
// internal they wrap changes, rather than the benchmarks' some time later.

extension IndexReader {
    /// The snapshot's segments.
    @_spi(Benchmarking) public var segmentCount: Int { segments.count }

    /// The engine's cursor over a term's postings in one segment; nil when
    /// that segment does not have the term.
    @_spi(Benchmarking) public func postings(ofKey key: [UInt8], inSegment segment: Int) throws -> PostingsWalk? {
        try segments[segment].cursor(for: key).map(PostingsWalk.init)
    }

    /// Dictionary lookups in one segment.
    @_spi(Benchmarking) public func termLookup(inSegment segment: Int) -> TermLookup {
        TermLookup(dictionary: segments[segment].terms)
    }
}

/// A `PostingsCursor`, passage by passage or skipping ahead. Not `Sendable`:
/// the cursor it shares moves with every call.
@_spi(Benchmarking) public struct PostingsWalk {
    fileprivate let cursor: PostingsCursor

    /// What `document`, `next()` and `advance(to:)` give once the walk is past the last posting.
    public static var exhausted: UInt32 { PostingsCursor.exhausted }
    /// The current passage, `exhausted` at the end.
    public var document: UInt32 { cursor.document }
    /// The term's frequency in the current passage.
    public var termFrequency: Int { cursor.termFrequency }
    /// The passages holding the term.
    public var documentFrequency: Int { cursor.documentFrequency }

    /// Moves to the next passage and returns it.
    @discardableResult
    public func next() throws -> UInt32 { try cursor.next() }

    /// Moves to the first passage at or after `target` and returns it.
    @discardableResult
    public func advance(to target: UInt32) throws -> UInt32 { try cursor.advance(to: target) }
}

/// One segment's `TermDictionaryReader`.
@_spi(Benchmarking) public struct TermLookup: Sendable {
    fileprivate let dictionary: TermDictionaryReader

    /// The dictionary key of a body term (an analysed, stemmed word).
    public static func bodyKey(_ term: String, language: Language) -> [UInt8] {
        TermKey(field: .body, language: language, term: term).bytes
    }

    /// The term's passage count, or nil when the segment does not have it.
    public func documentFrequency(ofKey key: [UInt8]) throws -> Int? {
        try dictionary.lookup(key)?.documentFrequency
    }
}

extension Searcher {
    /// The `MatchHighlighter` that `search` would make for the query.
    @_spi(Benchmarking) public func passageHighlighter(for query: Query, options: SearchOptions = .init()) throws -> PassageHighlighter {
        PassageHighlighter(highlighter: MatchHighlighter(analyzer: Analyzer(), terms: try rank(query, options: options).plan.highlightedTerms))
    }
}

/// A `MatchHighlighter`.
@_spi(Benchmarking) public struct PassageHighlighter: Sendable {
    fileprivate let highlighter: MatchHighlighter

    /// The UTF-8 byte ranges of the matches in `text`, as `SearchHit.highlights`.
    public func highlights(in text: String, language: Language) -> [Range<Int>] {
        highlighter.highlights(in: text, language: language)
    }
}
