import Foundation

/// A directory under the system's temporary folder, removed with everything in it when released.
final class ScratchDirectory {
    let path: String

    init(purpose: String) throws {
        path = NSTemporaryDirectory() + "gaceta-eval-\(purpose)-" + UUID().uuidString
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "cannot create a scratch directory at \(path): \(error.localizedDescription); set TMPDIR to a writable folder")
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}
