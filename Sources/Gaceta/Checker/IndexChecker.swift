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
    /// What the commit's user data file must hold, besides a sound frame and
    /// checksum, which are always checked.
    public enum UserDataContent: Sendable {
        /// The application's own bytes, whatever they are.
        case opaque
        /// The corpus state that `CorpusSynchronizer` (and so `gaceta index`) keeps.
        case corpusState
    }

    /// At most this many problems are listed per file; the rest are counted.
    static let problemsPerFile = 20

    /// The index directory.
    public let path: String
    /// How the commit's user data is judged.
    public let userData: UserDataContent

    /// A checker of the index in the directory at `path`; nothing is read until ``check()``.
    ///
    /// - Parameter userData: `.corpusState` for an index that `gaceta index`
    ///   or `CorpusSynchronizer` keeps up to date; the default only checks
    ///   that the bytes are intact.
    public init(path: String, userData: UserDataContent = .opaque) {
        self.path = path
        self.userData = userData
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
        var userDataBytes: (name: String, bytes: [UInt8])?
        if let name = manifest.userDataFile, ManifestChecker.isUserDataName(name, generation: manifest.generation) {
            do {
                let opened = try Self.openVerified(name, kind: .userData, in: path, record: nil)
                userDataBytes = (name, withExtendedLifetime(opened.file) { Array(opened.payload) })
            } catch {
                problems.append(IndexProblem(file: name, message: error.message))
            }
        }
        var stateChecker = CorpusStateChecker(manifest: manifest, directory: path)
        stateChecker.checkFiles()
        problems += stateChecker.problems
        let problemsBeforeSegments = problems.count
        // Replacing or deleting an article deletes every older version, in
        // whichever segment it is: an id is live once in the whole index.
        var liveIn: [String: String] = [:]
        for info in manifest.segments where ManifestChecker.isReadable(info) {
            var segment = SegmentChecker(info: info, directory: path)
            segment.run()
            problems += segment.problems
            for id in segment.liveArticleIDs {
                guard let other = liveIn.updateValue(info.name, forKey: id) else { continue }
                let elsewhere = other == info.name ? "twice in this segment" : "here and in \(other)"
                problems.append(IndexProblem(file: info.fileName(.store), message: "article '\(id)' is live \(elsewhere); replacing an article must delete its older version"))
            }
            report.segmentsChecked += 1
            report.termsChecked += segment.counts.termsChecked
            report.postingsChecked += segment.counts.postingsChecked
            report.passagesChecked += segment.counts.passagesChecked
            report.articlesChecked += segment.counts.articlesChecked
        }
        if userData == .corpusState, let userDataBytes {
            // Against damaged segments every id would look missing: the
            // state is compared with the index only when the rest is sound.
            let sound = problems.count == problemsBeforeSegments && manifest.segments.allSatisfy(ManifestChecker.isReadable)
            stateChecker.problems = []
            stateChecker.checkRoot(userDataBytes.bytes, userDataFile: userDataBytes.name, liveIDs: sound ? Set(liveIn.keys) : nil)
            problems += stateChecker.problems
        }
        report.problems = Self.capped(problems)
        return report
    }

    /// Why a file failed `openVerified`, in one line.
    struct FileProblem: Error {
        var message: String
    }

    /// Maps a file and checks its size against the manifest's record, its
    /// frame, its footer CRC and the whole-file CRC the record holds (the
    /// user data file has no record: its frame and footer must do).
    static func openVerified(
        _ name: String, kind: FileKind, in directory: String, record: FileRecord?
    ) throws(FileProblem) -> (file: MappedFile, payload: UnsafeRawBufferPointer) {
        let file: MappedFile
        do {
            file = try MappedFile(path: directory + "/" + name)
        } catch {
            throw FileProblem(message: message(of: error))
        }
        if let record, record.size != file.bytes.count {
            throw FileProblem(message: "is \(file.bytes.count) bytes, the manifest says \(record.size)")
        }
        let payload: UnsafeRawBufferPointer
        let computed: UInt32
        do {
            payload = try FileEnvelope.payload(of: file.bytes, kind: kind, file: name)
            computed = try FileEnvelope.verifyChecksum(of: file.bytes, file: name)
        } catch {
            throw FileProblem(message: message(of: error))
        }
        if let record, computed != record.crc32 {
            throw FileProblem(message: "CRC-32 \(hex(computed)) differs from the manifest's \(hex(record.crc32))")
        }
        return (file, payload)
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
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
