import Foundation

/// Verifies a whole index the way `gaceta check` reports it, reading every
/// byte of every file: the manifest, each file's size and checksums, and the
/// contents of every segment, which must agree with each other and with the
/// manifest (docs/FORMAT.md, "Checking an index").
///
/// Damage never stops the check: every problem goes in the report, and a file
/// whose frame, size or checksum is wrong is reported once and not analysed
/// further, nor used to judge other files, so that one bad byte does not
/// produce a page of consequences.
public struct IndexChecker: Sendable {
    /// At most this many problems are listed per file; the rest are counted.
    static let problemsPerFile = 20

    /// The index directory.
    public let path: String

    /// A checker of the index in the directory at `path`; nothing is read until ``check()``.
    public init(path: String) {
        self.path = path
    }

    /// Checks the newest commit. Never throws: a missing index is a problem
    /// with its manifest.
    public func check() -> IndexCheckReport {
        var report = IndexCheckReport()
        let manifest: Manifest
        do {
            manifest = try IndexReader.readManifest(directory: path)
        } catch {
            report.problems.append(IndexProblem(file: Manifest.fileName, message: Self.message(of: error)))
            return report
        }
        var problems = ManifestChecker.problems(in: manifest)
        for info in manifest.segments where ManifestChecker.isReadable(info) {
            var segment = SegmentChecker(info: info, directory: path)
            segment.run()
            problems += segment.problems
            report.segmentsChecked += 1
            report.termsChecked += segment.counts.termsChecked
            report.postingsChecked += segment.counts.postingsChecked
            report.passagesChecked += segment.counts.passagesChecked
            report.articlesChecked += segment.counts.articlesChecked
        }
        report.problems = Self.capped(problems)
        return report
    }

    /// The problems grouped by file in order of first appearance, at most
    /// `problemsPerFile` each, followed by a count of those left out.
    private static func capped(_ problems: [IndexProblem]) -> [IndexProblem] {
        var files: [String] = []
        var byFile: [String: [IndexProblem]] = [:]
        for problem in problems {
            if byFile[problem.file] == nil { files.append(problem.file) }
            byFile[problem.file, default: []].append(problem)
        }
        return files.flatMap { file -> [IndexProblem] in
            let all = byFile[file] ?? []
            guard all.count > problemsPerFile else { return all }
            return Array(all.prefix(problemsPerFile)) + [IndexProblem(file: file, message: "\(all.count - problemsPerFile) more problems")]
        }
    }

    /// An error as a problem of the file it names: its message, without the path.
    static func message(of error: Error) -> String {
        (error as? IndexError)?.message ?? "\(error)"
    }
}
