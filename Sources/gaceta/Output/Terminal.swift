import Foundation

/// What the terminal on the other end of a stream can do.
enum Terminal {
    static let standardOutput: Int32 = 1
    static let standardError: Int32 = 2

    /// Whether a person is likely reading `descriptor` (it is a terminal).
    static func isInteractive(_ descriptor: Int32) -> Bool {
        isatty(descriptor) == 1
    }

    /// The width in columns of the terminal on `descriptor`, `$COLUMNS`, or 80.
    static func columns(of descriptor: Int32) -> Int {
        var size = winsize()
        if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }
}
