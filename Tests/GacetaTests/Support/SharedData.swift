import Foundation
@testable import Gaceta

/// The evaluation data beside the checkout (../shared/data). Tests that read
/// it are tagged `.sharedData` and enabled only when their files are there
/// (`.enabled(if: SharedData.has([...]))`), so that a run without the data
/// shows them as skipped instead of passing having checked nothing.
enum SharedData {
    /// This file is Tests/GacetaTests/Support/SharedData.swift in the checkout.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/data")

    static func path(_ name: String) -> String {
        directory.appendingPathComponent(name).path
    }

    /// Whether every one of `names` is there.
    static func has(_ names: [String]) -> Bool {
        names.allSatisfy { FileManager.default.fileExists(atPath: path($0)) }
    }

    /// The first `limit` non-empty lines of the compressed file `name` (all
    /// of them when it has fewer). Throws when it has none, so that an empty
    /// file cannot make a test pass having read nothing.
    static func lines(of name: String, limit: Int) throws -> [[UInt8]] {
        let reader = try CompressedLineReader(path: path(name))
        var lines: [[UInt8]] = []
        while lines.count < limit, let next = try reader.nextLine() {
            guard case .text(let line) = next, !line.isEmpty else { continue }
            lines.append(line)
        }
        guard !lines.isEmpty else { throw EmptyFile(name: name) }
        return lines
    }

    struct EmptyFile: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) has no lines" }
    }
}
