import ArgumentParser
import Foundation
import Gaceta

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find the passages that best match a query.",
        discussion: """
            Ranks passages (paragraphs) by BM25 and shows each with its article's \
            title, date, source, score and id, and an excerpt with the matches \
            marked. Words match across inflections in both languages \
            ("arancel" finds "aranceles"). When there is no index yet but there is \
            a corpus, the index is built first.

            Examples:
              gaceta search aranceles
              gaceta search --lang en --limit 5 'extradition "El Mayo"'
              gaceta search 'tariffs +steel -china'
              gaceta search 'title:fentanilo OR fentan* date:2025-01..2025-06'
              gaceta search --sort date --since 2025-01-01 aranceles
              gaceta search --source "diario del norte" aranceles
              gaceta search --recency 30d elections
              gaceta search --per-article 3 fentanilo
              gaceta search --translate "steel tariffs"
              gaceta search --translate --lang es "steel tariffs"
              gaceta search --json tariffs | jq '.results[].title'
              printf 'tariffs\\naranceles\\n' | gaceta search --batch
              gaceta search --batch --threads 2 < queries.txt > answers.jsonl

            --json prints one object: {"query", "took_us", "open_us", "total_hits", \
            "total_hits_relation", "results": [{"rank", "score", "article_id", "passage_id", "title", "date", \
            "source", "url", "lang", "passage", "highlights": [[start, end], ...]}]} \
            with the full passage and its highlights as UTF-8 byte offsets; took_us \
            is the search, open_us the opening of the index before it. --batch reads \
            one query per line from standard input and prints one such object per \
            line, without open_us; a line that is not a query (a blank one, a \
            syntax error) gets {"query", "error"} instead, and the exit status is 2. \
            --ids-only (with --json or --batch) ranks without reading the stored \
            text: each result is {"rank", "score", "passage_id"}, for a program \
            that keeps its own copy of the articles, and for timing the ranking alone. \
            --batch --threads N answers N queries at once (the number of cores, \
            here \(ProcessInfo.processInfo.activeProcessorCount), is the most that \
            helps); the answers still come one per line, in the order of the queries, \
            each as soon as it and those before it are ready.

            Matching passages are counted exactly up to 1,000 ("total_hits_relation": \
            "eq"); a keyword query matching more says "6,317+" ("gte": at least \
            total_hits, and at least 1,000) without reading every posting. --count 100 stops sooner, \
            --count exact always counts all, which is slower on broad queries. \
            Queries with phrases, operators or filters, and --sort date, count all anyway.

            --translate also looks for each word in the other language, through its \
            translations in the English-Spanish dictionaries of the Debian packages \
            apertium-eng-spa, dict-freedict-eng-spa and dict-freedict-spa-eng (a \
            lexicon built from them at first use and kept in ~/.cache/gaceta); each \
            result then shows its language. With --lang es it means an English query \
            for Spanish passages only, with --lang en the reverse. Phrases and \
            prefixes are not translated.

            \(QueryParser.syntaxHelp)
            """
    )

    @OptionGroup var index: IndexLocation
    @OptionGroup var corpus: CorpusLocation
    @OptionGroup var translation: TranslationOption

    @Option(help: ArgumentHelp("How many passages to show.", valueName: "N"))
    var limit = 10

    @Option(help: ArgumentHelp("Only articles in this language.", valueName: "en|es"))
    var lang: Language?

    @Option(help: ArgumentHelp("At most this many passages from the same article.", valueName: "N"))
    var perArticle = 1

    @Option(help: ArgumentHelp("Only articles dated on or after this day (or month, or year).", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(help: ArgumentHelp("Only articles dated on or before this day (or month, or year).", valueName: "YYYY-MM-DD"))
    var until: String?

    @Option(help: ArgumentHelp("Only articles whose source contains these words.", valueName: "NAME"))
    var source: String?

    @Option(help: ArgumentHelp("Order of results: relevance (best first) or date (newest first).", valueName: "relevance|date"))
    var sort = SearchSort.relevance

    @Option(help: ArgumentHelp(
        "Favour recent articles: one this old (counted back from the newest article) keeps 3/4 of its score, very old ones 1/2.",
        valueName: "HALF_LIFE"
    ))
    var recency: RecencyHalfLife?

    @Option(help: ArgumentHelp(
        "Count matching passages exactly while fewer than N match, or all with 'exact'; from N on, print a lower bound, '6,317+'.",
        valueName: "exact|N"
    ))
    var count = SearchOptions().hitCount

    @Flag(help: "Print the results as JSON.")
    var json = false

    @Flag(help: "Read queries from standard input, one per line; print one JSON object per line.")
    var batch = false

    @Flag(help: ArgumentHelp(
        "With --json or --batch, rank only: each result is its rank, score and passage_id, and nothing is read from the stored text."
    ))
    var idsOnly = false

    @Option(help: ArgumentHelp(
        "With --batch, answer this many queries at once; answers keep the input order. (default: 1, so that each took_us is one query's time alone)",
        valueName: "N"
    ))
    var threads: Int?

    @Option(help: ArgumentHelp("When to colour the output.", valueName: "auto|always|never"))
    var color = ColorChoice.auto

    @Argument(help: "The words to search for.")
    var query: [String] = []

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
        if perArticle < 1 { throw ValidationError("--per-article must be at least 1, not \(perArticle)") }
        if batch, !query.isEmpty { throw ValidationError("--batch reads queries from standard input; give no QUERY with it") }
        if let threads, !batch { throw ValidationError("--threads \(threads) applies to --batch only; a single query runs on one thread") }
        if let threads, !(1...OrderedBatch.maximumThreads).contains(threads) {
            throw ValidationError("--threads must be from 1 to \(OrderedBatch.maximumThreads), not \(threads)")
        }
        if idsOnly, !json, !batch { throw ValidationError("--ids-only prints JSON: add --json, or use --batch") }
        if !batch, queryText.isEmpty { throw ValidationError("missing QUERY: give the words to search for, or --batch") }
    }

    private var queryText: String {
        query.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func options() throws -> SearchOptions {
        var options = SearchOptions()
        options.limit = limit
        options.language = lang
        options.perArticle = perArticle
        options.sort = sort
        options.recencyHalfLifeDays = recency?.days
        options.hitCount = count
        options.translation = try translation.lexicon()
        // Dates go through the query language's own reading of `date:`, with its checks.
        if since != nil || until != nil {
            let range = "date:\(since ?? "")..\(until ?? "")"
            guard case .filter(let filter) = try? QueryParser().parse(range) else {
                throw ValidationError("--since and --until take a day, a month or a year (2025-03-04, 2025-03, 2025), the first not after the second")
            }
            options.filters.append(filter)
        }
        if let source { options.filters.append(.source(source)) }
        return options
    }

    func run() throws {
        let options = try options()
        let opening = Date()
        let searcher = Searcher(reader: try openReader())
        let openSeconds = Date().timeIntervalSince(opening)
        if batch {
            try runBatch(searcher, options: options)
            return
        }
        let started = Date()
        if idsOnly {
            let ranking = try searcher.rankPassages(queryText, options: options)
            StandardStreams.out(SearchResponse.json(
                query: queryText, tookMicroseconds: Int(Date().timeIntervalSince(started) * 1_000_000),
                openMicroseconds: Int(openSeconds * 1_000_000), ranking: ranking
            ).line)
            return
        }
        let results = try searcher.search(queryText, options: options)
        let seconds = Date().timeIntervalSince(started)
        if json {
            StandardStreams.out(SearchResponse.json(
                query: queryText, tookMicroseconds: Int(seconds * 1_000_000),
                openMicroseconds: Int(openSeconds * 1_000_000), results: results
            ).line)
        } else {
            var printer = SearchResultPrinter(style: TextStyle(isColored: color.isEnabled(for: Terminal.standardOutput)))
            printer.marksLanguage = options.translation != nil
            StandardStreams.out(printer.render(query: queryText, results: results, seconds: seconds))
        }
    }

    /// Every input line gets exactly one output line, in input order, so a
    /// client can pair them up: a failing query, a blank line included (the
    /// parser's "empty query"), prints an `{"query", "error"}` line and the
    /// others still run; the exit status then says that something failed.
    private func runBatch(_ searcher: Searcher, options: SearchOptions) throws {
        var failures = 0
        let idsOnly = idsOnly
        try OrderedBatch(threads: threads ?? 1).run(read: { readLine() }, answer: { line in
            Self.batchAnswer(line.trimmingCharacters(in: .whitespacesAndNewlines), searcher: searcher, options: options, idsOnly: idsOnly)
        }, write: { answer in
            let (line, failed) = try answer.get()
            if failed { failures += 1 }
            StandardStreams.out(line)
        })
        if failures > 0 {
            throw CommandFailure(message: "\(Formatting.count(failures, "query", plural: "queries")) failed; see their \"error\" lines")
        }
    }

    /// One `--batch` output line, encoded on the answering thread: encoding
    /// ten passages as JSON is a fair share of an answer's time, so it runs
    /// in parallel with the other answers too.
    /// An error that no query can avoid (an unreadable index) is the failure,
    /// so the batch stops where it happens, as it would one query at a time.
    private static func batchAnswer(
        _ query: String, searcher: Searcher, options: SearchOptions, idsOnly: Bool
    ) -> Result<(line: String, failed: Bool), any Error> {
        let started = Date()
        func micros() -> Int { Int(Date().timeIntervalSince(started) * 1_000_000) }
        do {
            if idsOnly {
                let ranking = try searcher.rankPassages(query, options: options)
                return .success((SearchResponse.json(query: query, tookMicroseconds: micros(), ranking: ranking).line, false))
            }
            let results = try searcher.search(query, options: options)
            return .success((SearchResponse.json(query: query, tookMicroseconds: micros(), results: results).line, false))
        } catch let error as IndexError where error.kind == .invalidArgument || error.kind == .prefixTooBroad {
            return .success((SearchResponse.json(query: query, error: error.description).line, true))
        } catch let error as QuerySyntaxError {
            return .success((SearchResponse.json(query: query, error: "\(error.message) (at character \(error.offset + 1))").line, true))
        } catch {
            return .failure(error)
        }
    }

    /// The index at `--index`, built first from the corpus when there is none yet.
    private func openReader() throws -> IndexReader {
        do {
            return try IndexReader(path: index.path)
        } catch let error as IndexError where error.kind == .notFound {
            guard corpus.exists else {
                throw CommandFailure(message: "no index at \(index.path) and no corpus at \(corpus.path) to build one from; run `gaceta index --corpus DIR` first")
            }
            StandardStreams.error("gaceta: no index at \(index.path) yet; building it from \(corpus.path) first\n")
            let outcome = try CorpusIndexing(corpus: corpus.path, index: index.path).run()
            StandardStreams.error(outcome.summary(index: index.path) + "\n")
            return try IndexReader(path: index.path)
        }
    }
}
