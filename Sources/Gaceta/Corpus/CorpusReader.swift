import Foundation

/// Reads the articles of a corpus directory, tolerating bad input.
///
/// The directory is read recursively, in sorted path order, and these files
/// hold articles (other files are ignored):
/// - `.jsonl`, `.jsonl.gz`: one JSON object per line with `id`, `title`,
///   `body` (or `text`) and optional `date` (ISO 8601), `source`, `url`, `lang`;
/// - `.json`: one such object, or an array of them;
/// - `.md`, `.txt`: one article, with an optional header of `key: value` lines
///   (`id`, `title`, `date`, `source`, `url`, `lang`) between two `---` lines;
///   without a title, the first non-empty line is the title.
///
/// Bad input never stops the run: a malformed record is reported and skipped,
/// invalid UTF-8 is replaced with U+FFFD, an article without a body is skipped,
/// an article without an id gets a stable one (`auto-` and a hash of its path
/// and text), and when two articles share an id the later one wins. Each of
/// these is reported as a `CorpusDiagnostic`.
public struct CorpusReader: Sendable {
    /// The corpus directory; diagnostics and origins name files under it as given.
    public let directory: String

    /// A reader of the corpus in `directory`; nothing is read until asked.
    public init(directory: String) {
        self.directory = directory
    }

    /// The article files of the corpus, in reading order, with their size and
    /// modification time.
    public func files(onDiagnostic: (CorpusDiagnostic) -> Void = { _ in }) throws -> [CorpusFileVersion] {
        try CorpusDirectory(path: directory).articleFiles(report: onDiagnostic).map {
            CorpusFileVersion(path: $0.path, relativePath: $0.relativePath, size: $0.size, modified: $0.modified)
        }
    }

    /// Reads every article in order.
    ///
    /// - Parameters:
    ///   - only: when given, only the files with these relative paths are read.
    ///   - onArticle: receives each article and where it came from; an error it
    ///     throws stops reading and is rethrown.
    ///   - onDiagnostic: receives each problem with the input.
    ///   - onProgress: called as reading advances, often; throttle it if it draws.
    /// - Throws: `CorpusError` when the directory cannot be read at all.
    public func read(
        only: Set<String>? = nil,
        onArticle: (Article, ArticleOrigin) throws -> Void,
        onDiagnostic: (CorpusDiagnostic) -> Void,
        onProgress: (CorpusProgress) -> Void = { _ in }
    ) throws {
        let files = try CorpusDirectory(path: directory).articleFiles(report: onDiagnostic)
            .filter { only?.contains($0.relativePath) ?? true }
        try Self.read(files, onArticle: onArticle, onDiagnostic: onDiagnostic, onProgress: onProgress)
    }

    /// Reads the articles of single files that need not be in a corpus
    /// directory, in the order given, with the same formats, checks and
    /// diagnostics as a corpus. A file's format comes from its name; `-`
    /// stands for standard input, read as JSON Lines (diagnostics name it
    /// `/dev/stdin`). An article without an id gets one from the file's name
    /// (not its directory) and its text, as in a corpus.
    ///
    /// - Throws: `CorpusError`, before anything is read, when a file does not
    ///   exist, is a directory, or has a name that no format reads.
    public static func read(
        files paths: [String],
        onArticle: (Article, ArticleOrigin) throws -> Void,
        onDiagnostic: (CorpusDiagnostic) -> Void
    ) throws {
        let files = try paths.map(standaloneFile)
        try read(files, onArticle: onArticle, onDiagnostic: onDiagnostic, onProgress: { _ in })
    }

    private static func standaloneFile(_ path: String) throws(CorpusError) -> CorpusFile {
        if path == "-" {
            return CorpusFile(path: "/dev/stdin", relativePath: "-", format: .jsonLines, size: 0, modified: 0)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError(.fileNotFound, path: path, "no such file")
        }
        guard !isDirectory.boolValue else {
            throw CorpusError(.fileIsADirectory, path: path, "is a directory")
        }
        let name = (path as NSString).lastPathComponent
        guard let format = CorpusFile.format(ofName: name) else {
            throw CorpusError(.unsupportedFile, path: path, "not an article file; Gaceta reads .jsonl, .jsonl.gz, .json, .md and .txt files")
        }
        let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
        return CorpusFile(path: path, relativePath: name, format: format, size: size, modified: 0)
    }

    private static func read(
        _ files: [CorpusFile],
        onArticle: (Article, ArticleOrigin) throws -> Void,
        onDiagnostic: (CorpusDiagnostic) -> Void,
        onProgress: (CorpusProgress) -> Void
    ) throws {
        var progress = CorpusProgress(bytesRead: 0, totalBytes: files.reduce(0) { $0 + $1.size }, articles: 0)
        var seen = SeenArticleIDs()
        var fileNumber = 0

        func deliver(_ fields: ArticleFields, from file: CorpusFile, at origin: ArticleOrigin) throws {
            func warn(_ message: String) { onDiagnostic(CorpusDiagnostic(.warning, at: origin, message)) }
            guard let article = fields.article(relativePath: file.relativePath, warn: warn) else { return }
            if let earlier = seen.update(article.id, at: origin, file: fileNumber, files: files) {
                warn("duplicate id `\(article.id)`: this article replaces the one at \(earlier)")
            }
            try onArticle(article, origin)
            progress.articles += 1
        }

        for (number, file) in files.enumerated() {
            fileNumber = number
            let fileStart = progress.bytesRead
            switch file.format {
            case .jsonLines:
                try readJSONLines(file, report: onDiagnostic, deliver: deliver) { fraction in
                    progress.bytesRead = fileStart + Int(Double(file.size) * fraction)
                    onProgress(progress)
                }
            case .json:
                try readJSON(file, report: onDiagnostic, deliver: deliver)
            case .text:
                try readText(file, report: onDiagnostic, deliver: deliver)
            }
            progress.bytesRead = fileStart + file.size
            onProgress(progress)
        }
    }

    private typealias Deliver = (ArticleFields, CorpusFile, ArticleOrigin) throws -> Void

    private static func readJSONLines(
        _ file: CorpusFile, report: (CorpusDiagnostic) -> Void, deliver: Deliver, advance: (Double) -> Void
    ) throws {
        let reader: CompressedLineReader
        do {
            reader = try CompressedLineReader(path: file.path)
        } catch {
            report(cannotOpen(file, error))
            return
        }
        let expectedBytes = Double(file.expectedContentBytes())
        var lineNumber = 0
        while true {
            let line: CompressedLineReader.Line?
            do {
                line = try reader.nextLine()
            } catch {
                report(CorpusDiagnostic(.error, file: file.path, line: lineNumber + 1,
                    "compressed data is corrupt or cut short here; the rest of the file was not read (re-create the file)"))
                return
            }
            guard let line else { return }
            lineNumber += 1
            advance(min(1, Double(reader.bytesRead) / max(1, expectedBytes)))
            let origin = ArticleOrigin(file: file.path, line: lineNumber)
            switch line {
            case .tooLong(let count):
                report(CorpusDiagnostic(.error, at: origin, "line of \(count) bytes is longer than \(reader.maximumLineBytes) bytes; skipped"))
            case .text(var bytes):
                if lineNumber == 1 { Self.dropByteOrderMark(&bytes) }
                guard bytes.contains(where: { !Self.isJSONWhitespace($0) }) else { continue }
                let text = decodeUTF8(bytes, at: origin, report: report)
                if let members = FlatJSONObject.stringMembers(of: text) {
                    try deliver(JSONArticleRecord.fields(of: members), file, origin)
                    continue
                }
                let value: Any
                do {
                    value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
                } catch {
                    report(CorpusDiagnostic(.error, at: origin, JSONArticleRecord.reason(for: error) + "; line skipped"))
                    continue
                }
                let fields: ArticleFields
                do {
                    fields = try record(value, at: origin, report: report)
                } catch {
                    report(CorpusDiagnostic(.error, at: origin, error.reason + "; line skipped"))
                    continue
                }
                try deliver(fields, file, origin)
            }
        }
    }

    private static func readJSON(_ file: CorpusFile, report: (CorpusDiagnostic) -> Void, deliver: Deliver) throws {
        guard var bytes = readWholeFile(file, report: report) else { return }
        Self.dropByteOrderMark(&bytes)
        let fileOrigin = ArticleOrigin(file: file.path)
        let text = decodeUTF8(bytes, at: fileOrigin, report: report)
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed)
        } catch {
            report(CorpusDiagnostic(.error, at: fileOrigin, JSONArticleRecord.reason(for: error) + "; file skipped"))
            return
        }
        let elements = (value as? [Any]).map { Array($0.enumerated()) } ?? [(-1, value)]
        for (offset, element) in elements {
            let origin = ArticleOrigin(file: file.path, element: offset >= 0 ? offset + 1 : nil)
            let fields: ArticleFields
            do {
                fields = try record(element, at: origin, report: report)
            } catch {
                report(CorpusDiagnostic(.error, at: origin, error.reason + "; skipped"))
                continue
            }
            try deliver(fields, file, origin)
        }
    }

    private static func readText(_ file: CorpusFile, report: (CorpusDiagnostic) -> Void, deliver: Deliver) throws {
        guard let bytes = readWholeFile(file, report: report) else { return }
        let origin = ArticleOrigin(file: file.path)
        let text = decodeUTF8(bytes, at: origin, report: report)
        let fields = FrontMatterText.fields(of: text) { line, message in
            report(CorpusDiagnostic(.warning, file: file.path, line: line, message))
        }
        try deliver(fields, file, origin)
    }

    private static func record(_ value: Any, at origin: ArticleOrigin, report: (CorpusDiagnostic) -> Void) throws(JSONArticleRecord.Rejection) -> ArticleFields {
        try JSONArticleRecord.fields(of: value) { report(CorpusDiagnostic(.warning, at: origin, $0)) }
    }

    private static func readWholeFile(_ file: CorpusFile, report: (CorpusDiagnostic) -> Void) -> [UInt8]? {
        do {
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            report(CorpusDiagnostic(.error, file: file.path, "cannot read this file; check its permissions"))
            return nil
        }
    }

    private static func decodeUTF8(_ bytes: [UInt8], at origin: ArticleOrigin, report: (CorpusDiagnostic) -> Void) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        report(CorpusDiagnostic(.warning, at: origin, "invalid UTF-8 replaced with U+FFFD; save the file as UTF-8"))
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func cannotOpen(_ file: CorpusFile, _ failure: CompressedLineReader.Failure) -> CorpusDiagnostic {
        var reason = "cannot open this file"
        if case .cannotOpen(let code) = failure, code != 0 {
            reason += " (\(String(cString: strerror(code))))"
        }
        return CorpusDiagnostic(.error, file: file.path, reason + "; check its permissions")
    }

    /// Windows editors start UTF-8 files with U+FEFF, which JSON does not allow.
    private static func dropByteOrderMark(_ bytes: inout [UInt8]) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    }

    private static func isJSONWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}
