import Foundation

extension TemporaryDirectory {
    /// Writes `text` as UTF-8 to `relativePath`, creating directories on the way.
    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        try write(relativePath, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + relativePath
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        return file
    }

    /// Removes the directory now; a `defer` calling this also keeps the
    /// directory alive until the end of the test's scope.
    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
