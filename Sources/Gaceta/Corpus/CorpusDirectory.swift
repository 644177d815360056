import Foundation

/// Finds the article files under a corpus directory.
struct CorpusDirectory {
    let path: String

    /// Every article file below `path`, recursively, sorted by relative path so
    /// that runs are reproducible. Hidden files and directories are left out;
    /// hidden files that look like articles are reported, so none goes missing
    /// unnoticed. Directories reached twice through symbolic links are read once.
    func articleFiles(report: (CorpusDiagnostic) -> Void) throws(CorpusError) -> [CorpusFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CorpusError(.directoryNotFound, path: path, "no corpus directory here")
        }
        guard isDirectory.boolValue else {
            throw CorpusError(.notADirectory, path: path, "not a directory; a corpus is a directory of .jsonl, .jsonl.gz, .json, .md or .txt files")
        }
        guard (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil else {
            throw CorpusError(.unreadableDirectory, path: path, "cannot list the corpus directory; check its permissions")
        }
        var files: [CorpusFile] = []
        var visited: Set<String> = []
        collect(relativeDirectory: "", into: &files, visited: &visited, report: report)
        return files.sorted { Self.readsBefore($0.relativePath, $1.relativePath) }
    }

    /// The reading order of files, by relative path: bytewise, so that it
    /// does not depend on the locale. Of two copies of an article, the one
    /// read later wins.
    static func readsBefore(_ path: String, _ other: String) -> Bool {
        path.utf8.lexicographicallyPrecedes(other.utf8)
    }

    private func collect(relativeDirectory: String, into files: inout [CorpusFile], visited: inout Set<String>, report: (CorpusDiagnostic) -> Void) {
        let directory = join(path, relativeDirectory)
        guard visited.insert(URL(fileURLWithPath: directory).resolvingSymlinksInPath().path).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            report(CorpusDiagnostic(.error, file: directory, "cannot list this directory; its files were not read (check its permissions)"))
            return
        }
        for name in names {
            let relative = relativeDirectory.isEmpty ? name : relativeDirectory + "/" + name
            let full = join(path, relative)
            var isDirectory: ObjCBool = false
            // A dangling symbolic link does not exist as far as this is concerned.
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if name.hasPrefix(".") {
                if !isDirectory.boolValue, CorpusFile.format(ofName: name) != nil {
                    report(CorpusDiagnostic(.warning, file: full, "hidden file skipped; rename it without the leading dot to index it"))
                }
                continue
            }
            if isDirectory.boolValue {
                collect(relativeDirectory: relative, into: &files, visited: &visited, report: report)
            } else if let format = CorpusFile.format(ofName: name) {
                // The size of what a symbolic link points to, which is what gets read.
                let target = URL(fileURLWithPath: full).resolvingSymlinksInPath().path
                let attributes = try? FileManager.default.attributesOfItem(atPath: target)
                let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
                let modified = (attributes?[.modificationDate] as? Date).map { Int64(($0.timeIntervalSince1970 * 1_000_000).rounded()) } ?? 0
                files.append(CorpusFile(path: full, relativePath: relative, format: format, size: size, modified: modified))
            }
        }
    }

    private func join(_ directory: String, _ relative: String) -> String {
        if relative.isEmpty { return directory }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
