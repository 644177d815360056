import Foundation
import Gaceta

/// A one-line progress bar on standard error, redrawn in place at most ten
/// times a second: articles/s, MB/s and time left. Messages printed through it
/// appear above the bar instead of breaking it.
final class ProgressBar {
    private let isEnabled: Bool
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var isShown = false
    private var latest: CorpusProgress?

    /// - Parameter isEnabled: draw nothing when false, e.g. when standard error is not a terminal.
    init(isEnabled: Bool) {
        self.isEnabled = isEnabled
    }

    func update(_ progress: CorpusProgress) {
        latest = progress
        guard isEnabled, Date().timeIntervalSince(lastDrawn) >= 0.1 else { return }
        draw(progress)
    }

    /// Writes `line` to standard error above the bar.
    func print(_ line: String) {
        clear()
        StandardStreams.error(line + "\n")
        if let latest, isEnabled { draw(latest) }
    }

    /// Removes the bar, leaving the terminal as it was.
    func finish() {
        clear()
    }

    private func clear() {
        guard isShown else { return }
        StandardStreams.error("\r\u{1B}[K")
        isShown = false
    }

    private func draw(_ progress: CorpusProgress) {
        lastDrawn = Date()
        let elapsed = max(0.001, lastDrawn.timeIntervalSince(started))
        let fraction = progress.fraction
        let bytesPerSecond = Double(progress.bytesRead) / elapsed
        var status = " \(Int(fraction * 100))%  \(Formatting.count(progress.articles)) articles"
        status += "  \(Formatting.count(Int(Double(progress.articles) / elapsed)))/s"
        status += "  \(Formatting.oneDecimal(bytesPerSecond / 1_000_000)) MB/s"
        if bytesPerSecond > 0, progress.bytesRead > 0 {
            status += "  ETA \(Formatting.clock(Double(progress.totalBytes - progress.bytesRead) / bytesPerSecond))"
        }
        let columns = Terminal.columns(of: Terminal.standardError)
        let barWidth = max(10, min(40, columns - status.count - 3))
        let filled = Int(fraction * Double(barWidth))
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: barWidth - filled) + "]"
        StandardStreams.error("\r\u{1B}[K" + String((bar + status).prefix(columns - 1)))
        isShown = true
    }
}
