import ArgumentParser
import Foundation
import Gaceta

/// `gaceta eval-language`: accuracy of language identification on the news corpora.
struct EvalLanguageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-language",
        abstract: "Measure English/Spanish identification accuracy on the news corpora.",
        discussion: """
        Reads news-en, news-es, news-es-more and news-parallel-en-es (.jsonl.gz)
        from --data. The expected language is the record's "lang", or the
        file's language when a record has none. Each article (title + body) is
        classified, then each paragraph of its body (split on blank lines);
        paragraphs of fewer than \(EvalLanguageCommand.minimumParagraphWords) words are left out of the paragraph figure.
        Exits with status 2 when a file scores below 99% on articles or 97% on
        paragraphs.

        Examples:
          gaceta eval-language --data ../shared/data
          gaceta eval-language --data ../shared/data --json
          gaceta eval-language --data ../shared/data --show-errors 5 --throughput
        """
    )

    static let minimumParagraphWords = 3
    static let files: [(name: String, language: Language)] = [
        ("news-en.jsonl.gz", .english),
        ("news-es.jsonl.gz", .spanish),
        ("news-es-more.jsonl.gz", .spanish),
        ("news-parallel-en-es.jsonl.gz", .english),  // every record has "lang"
    ]

    @Option(name: .long, help: "Folder holding the .jsonl.gz corpora.")
    var data: String

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    @Option(name: .long, help: "Print up to N misclassified paragraphs per file (to stderr).")
    var showErrors = 0

    @Flag(name: .long, help: "Also time Analyzer.tokens over every article and report MB/s.")
    var throughput = false

    @Flag(name: .long, help: .hidden)
    var throughputOnly = false

    @Option(name: .long, help: "With --throughput, also time analysis on this many threads at once.")
    var threads = 1

    @Option(name: .long, help: "Also report on this .jsonl.gz file under --data, whose records carry \"lang\" (repeatable; not part of the pass/fail thresholds).")
    var extra: [String] = []

    struct Record: Decodable {
        var title: String?
        var body: String?
        var lang: String?
    }

    struct FileResult: Encodable {
        var file: String
        var articles: Int
        var articlesCorrect: Int
        var articleAccuracy: Double
        var paragraphs: Int
        var paragraphsCorrect: Int
        var paragraphAccuracy: Double
        var paragraphsExcluded: Int
        var thresholded: Bool
    }

    struct Report: Encodable {
        var files: [FileResult]
        var articleThreshold: Double
        var paragraphThreshold: Double
        var passed: Bool
        var analysisMegabytes: Double?
        var analysisSeconds: Double?
        var analysisMegabytesPerSecond: Double?
        var analysisTokens: Int?
        var analysisMegabytesPerSecondByLanguage: [String: Double]?
        var analysisThreads: Int?
        var analysisMegabytesPerSecondOnThreads: Double?
        /// MB per second of CPU time used by the process: steadier than wall
        /// clock on a shared machine.
        var analysisMegabytesPerCPUSecond: Double?
        var analysisMegabytesPerCPUSecondOnThreads: Double?
    }

    /// CPU time used so far by the whole process, in seconds.
    static func processCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

    func run() throws {
        let analyzer = Analyzer()
        var results: [FileResult] = []
        var corpus: [(text: String, language: Language)] = []
        let decoder = JSONDecoder()
        let files = Self.files.map { ($0.name, $0.language, true) } + extra.map { ($0, Language.english, false) }
        for (name, fileLanguage, counted) in files {
            let path = (data as NSString).appendingPathComponent(name)
            let reader: CompressedLineReader
            do {
                reader = try CompressedLineReader(path: path)
            } catch {
                throw ValidationError("\(path): \(error)")
            }
            var result = FileResult(file: name, articles: 0, articlesCorrect: 0, articleAccuracy: 0,
                                    paragraphs: 0, paragraphsCorrect: 0, paragraphAccuracy: 0, paragraphsExcluded: 0,
                                    thresholded: counted)
            var shown = 0
            while let next = try reader.nextLine() {
                guard case .text(let line) = next, !line.isEmpty else { continue }
                guard let record = try? decoder.decode(Record.self, from: Data(line)) else {
                    throw ValidationError("\(name): a line is not a news record")
                }
                let expected = record.lang.flatMap(Language.init(rawValue:)) ?? fileLanguage
                let body = record.body ?? ""
                let title = record.title ?? ""
                let article = title.isEmpty ? body : title + "\n\n" + body
                result.articles += 1
                if throughputOnly {
                    corpus.append((article, expected))
                    continue
                }
                if analyzer.detectLanguage(of: article) == expected { result.articlesCorrect += 1 }
                for paragraph in body.components(separatedBy: "\n\n") {
                    let words = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count
                    if words < Self.minimumParagraphWords {
                        result.paragraphsExcluded += 1
                        continue
                    }
                    result.paragraphs += 1
                    if analyzer.detectLanguage(of: paragraph) == expected {
                        result.paragraphsCorrect += 1
                    } else if shown < showErrors {
                        shown += 1
                        FileHandle.standardError.write(Data("[\(name) expected \(expected.rawValue)] \(paragraph.prefix(300))\n".utf8))
                    }
                }
                if throughput { corpus.append((article, expected)) }
            }
            result.articleAccuracy = Double(result.articlesCorrect) / Double(max(result.articles, 1))
            result.paragraphAccuracy = Double(result.paragraphsCorrect) / Double(max(result.paragraphs, 1))
            results.append(result)
        }
        let articleThreshold = 0.99
        let paragraphThreshold = 0.97
        let throughput = self.throughput || throughputOnly
        let passed = throughputOnly || results.filter(\.thresholded).allSatisfy { $0.articleAccuracy >= articleThreshold && $0.paragraphAccuracy >= paragraphThreshold }
        var report = Report(files: results, articleThreshold: articleThreshold, paragraphThreshold: paragraphThreshold, passed: passed)
        if throughput {
            // Time analysis alone, over texts already in memory, per language.
            let clock = ContinuousClock()
            var analysedBytes = 0
            var tokenCount = 0
            var analysisTime = Duration.zero
            let cpuStart = Self.processCPUSeconds()
            for language in Language.allCases {
                let texts = corpus.filter { $0.language == language }
                var bytes = 0
                let start = clock.now
                for (text, language) in texts {
                    tokenCount += analyzer.tokens(in: text, language: language).count
                    bytes += text.utf8.count
                }
                let elapsed = clock.now - start
                analysisTime += elapsed
                analysedBytes += bytes
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                report.analysisMegabytesPerSecondByLanguage = report.analysisMegabytesPerSecondByLanguage ?? [:]
                report.analysisMegabytesPerSecondByLanguage?[language.rawValue] =
                    seconds > 0 ? Double(bytes) / 1_000_000 / seconds : 0
            }
            let seconds = Double(analysisTime.components.seconds) + Double(analysisTime.components.attoseconds) * 1e-18
            let megabytes = Double(analysedBytes) / 1_000_000
            report.analysisMegabytesPerCPUSecond = Double(analysedBytes) / 1_000_000 / (Self.processCPUSeconds() - cpuStart)
            if threads > 1 {
                // The same texts shared out over `threads` threads, one analyzer for all.
                let texts = corpus
                let count = threads
                let start = clock.now
                let cpuStart = Self.processCPUSeconds()
                DispatchQueue.concurrentPerform(iterations: count) { worker in
                    var index = worker
                    while index < texts.count {
                        _ = analyzer.tokens(in: texts[index].text, language: texts[index].language)
                        index += count
                    }
                }
                let elapsed = clock.now - start
                let cpuSeconds = Self.processCPUSeconds() - cpuStart
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                report.analysisMegabytesPerCPUSecondOnThreads = Double(analysedBytes) / 1_000_000 / cpuSeconds
                report.analysisThreads = threads
                report.analysisMegabytesPerSecondOnThreads = Double(analysedBytes) / 1_000_000 / seconds
            }
            report.analysisTokens = tokenCount
            report.analysisMegabytes = megabytes
            report.analysisSeconds = seconds
            report.analysisMegabytesPerSecond = seconds > 0 ? megabytes / seconds : nil
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            for r in results where !throughputOnly {
                let file = (r.thresholded ? r.file : r.file + " *").padding(toLength: 30, withPad: " ", startingAt: 0)
                print(file + String(format: " articles %6.2f%% (%d/%d)  paragraphs %6.2f%% (%d/%d, %d short left out)",
                             r.articleAccuracy * 100, r.articlesCorrect, r.articles,
                             r.paragraphAccuracy * 100, r.paragraphsCorrect, r.paragraphs, r.paragraphsExcluded))
            }
            if let rate = report.analysisMegabytesPerSecond, let mb = report.analysisMegabytes {
                print(String(format: "analysis: %.2f MB, %d tokens in %.2f s = %.1f MB/s (one thread; en %.1f MB/s, es %.1f MB/s)",
                             mb, report.analysisTokens ?? 0, report.analysisSeconds ?? 0, rate,
                             report.analysisMegabytesPerSecondByLanguage?["en"] ?? 0,
                             report.analysisMegabytesPerSecondByLanguage?["es"] ?? 0))
            }
            if let cpu = report.analysisMegabytesPerCPUSecond {
                print(String(format: "analysis per CPU second: %.1f MB", cpu))
            }
            if let rate = report.analysisMegabytesPerSecondOnThreads, let count = report.analysisThreads,
               let cpu = report.analysisMegabytesPerCPUSecondOnThreads {
                print(String(format: "analysis on %d threads: %.1f MB/s in all, %.1f MB per CPU second", count, rate, cpu))
            }
            print(passed ? "PASS" : "FAIL (thresholds: articles 99%, paragraphs 97%)")
        }
        if !passed { throw ExitCode(2) }
    }
}
