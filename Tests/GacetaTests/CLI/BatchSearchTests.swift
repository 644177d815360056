import Foundation
import Testing

/// `gaceta search --batch`: one answer line per input line, in input order,
/// whatever the line holds and however many threads answer.
@Suite struct BatchSearchTests {
    private static let vocabulary = [
        "tariffs", "steel", "election", "senate", "drought", "harvest", "border", "migrants",
        "aranceles", "acero", "elecciones", "senado", "sequía", "cosecha", "frontera", "migrantes",
    ]

    /// `./corpus` with `articles` articles of random words from `vocabulary`,
    /// indexed: words shared by many passages make some queries far slower
    /// than others, which is what gives answers a chance to finish out of order.
    private func indexedScratch(articles: Int, random: inout SplitMix64) throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory()
        var lines: [String] = []
        for number in 0..<articles {
            let paragraphs = (0..<Int.random(in: 1...4, using: &random)).map { _ in
                (0..<Int.random(in: 5...60, using: &random)).map { _ in Self.vocabulary.randomElement(using: &random)! }
                    .joined(separator: " ")
            }
            let body = paragraphs.joined(separator: "\\n\\n")
            let lang = number % 2 == 0 ? "en" : "es"
            lines.append(#"{"id": "a-\#(number)", "title": "Article \#(number)", "body": "\#(body)", "lang": "\#(lang)"}"#)
        }
        try scratch.write("corpus/articles.jsonl", lines.joined(separator: "\n") + "\n")
        let indexing = try GacetaProcess.run(["index"], in: scratch.path)
        #expect(indexing.status == 0, "stderr: \(indexing.standardError)")
        return scratch
    }

    private func json(_ line: some StringProtocol) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    /// The output without the one part that differs from run to run.
    private func withoutTimes(_ output: String) -> String {
        output.replacing(/"took_us":[0-9]+/, with: #""took_us":0"#)
    }

    @Test func everyLineGetsOneAnswerLine() throws {
        var random = SplitMix64(seed: 1)
        let scratch = try indexedScratch(articles: 20, random: &random)
        defer { scratch.remove() }
        let blank = ["", "   ", "\t", "\u{200B}", " \u{200B} "]
        let input = ["tariffs"] + blank + ["\"unclosed", "steel", "(", "zeppelin"]
        for threads in ["1", "2"] {
            let outcome = try GacetaProcess.run(
                ["search", "--batch", "--threads", threads, "--limit", "2"], in: scratch.path,
                input: input.joined(separator: "\n") + "\n")
            #expect(outcome.status == 2, "a blank line or a syntax error is a failed query")
            #expect(outcome.standardError == "gaceta: 7 queries failed; see their \"error\" lines\n")
            let answers = try outcome.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(json)
            try #require(answers.count == input.count, "\(threads) threads: \(outcome.standardOutput)")
            #expect(answers.map { $0["query"] as? String } == input.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            for (line, answer) in zip(input, answers) {
                let error = answer["error"] as? String
                if blank.contains(line) {
                    #expect(error?.hasPrefix("empty query") == true, "line \(line.debugDescription): \(answer)")
                } else if ["\"unclosed", "("].contains(line) {
                    #expect(error != nil, "line \(line.debugDescription): \(answer)")
                } else {
                    #expect(error == nil && answer["results"] is [Any], "line \(line.debugDescription): \(answer)")
                }
            }
        }
    }

    @Test(.tags(.randomised)) func threadsKeepTheInputOrder() throws {
        var random = SplitMix64(seed: TestSeed.resolve(12))
        let scratch = try indexedScratch(articles: 400, random: &random)
        defer { scratch.remove() }
        // Cheap lines (errors, rare words) among expensive ones (phrases,
        // prefixes, common words in both languages).
        let shapes: [(inout SplitMix64) -> String] = [
            { Self.vocabulary.randomElement(using: &$0)! },
            { "\(Self.vocabulary.randomElement(using: &$0)!) \(Self.vocabulary.randomElement(using: &$0)!)" },
            { "\"\(Self.vocabulary.randomElement(using: &$0)!) \(Self.vocabulary.randomElement(using: &$0)!)\"" },
            { "\(Self.vocabulary.randomElement(using: &$0)!.prefix(2))*" },
            { _ in "" },
            { _ in "unclosed \"quote" },
            { _ in "zeppelin" },
        ]
        let queries = (0..<600).map { _ in shapes.randomElement(using: &random)!(&random) }
        let input = queries.joined(separator: "\n") + "\n"
        let serial = try GacetaProcess.run(["search", "--batch", "--threads", "1"], in: scratch.path, input: input)
        #expect(serial.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).count == queries.count + 1)
        for threads in ["2", "5"] {
            let parallel = try GacetaProcess.run(["search", "--batch", "--threads", threads], in: scratch.path, input: input)
            #expect(parallel.status == serial.status)
            #expect(parallel.standardError == serial.standardError)
            #expect(withoutTimes(parallel.standardOutput) == withoutTimes(serial.standardOutput), "\(threads) threads")
        }
    }

    /// A client that sends a query and waits for its answer before sending the
    /// next gets it: answers do not wait for the end of the input.
    @Test func eachAnswerComesBeforeTheNextQuery() throws {
        var random = SplitMix64(seed: 3)
        let scratch = try indexedScratch(articles: 20, random: &random)
        defer { scratch.remove() }
        let process = Process()
        process.executableURL = GacetaProcess.executable
        process.arguments = ["search", "--batch", "--threads", "2"]
        process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GACETA_") }
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A pipeline that held answers back would block the reads below
        // forever: killing it turns that into end of file, and a failure.
        // SIGKILL, because a child of the test runner may inherit a mask
        // that blocks SIGTERM.
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        defer { watchdog.cancel() }
        for query in ["tariffs", "", "steel"] {
            input.fileHandleForWriting.write(Data((query + "\n").utf8))
            var line = Data()
            while line.last != UInt8(ascii: "\n") {
                let chunk = output.fileHandleForReading.readData(ofLength: 1)
                try #require(!chunk.isEmpty, "no answer to \(query.debugDescription) while the input is still open")
                line.append(chunk)
            }
            #expect(try json(String(decoding: line, as: UTF8.self))["query"] as? String == query)
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2, "the blank line failed")
    }

    @Test(arguments: [
        ["search", "--threads", "2", "tariffs"],
        ["search", "--batch", "--threads", "0"],
        ["search", "--batch", "--threads", "100000"],
    ])
    func threadsOutOfPlaceIsAUsageError(arguments: [String]) throws {
        let scratch = try TemporaryDirectory()
        defer { scratch.remove() }
        let outcome = try GacetaProcess.run(arguments, in: scratch.path)
        #expect(outcome.status == 1)
        #expect(outcome.standardError.hasPrefix("gaceta: --threads "), "stderr: \(outcome.standardError)")
        #expect(outcome.standardError.split(separator: "\n").count == 1)
    }
}
