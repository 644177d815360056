import Foundation

/// Answers lines on several threads at once and hands the answers back in the
/// order of the lines, each as soon as it and every line before it are
/// answered: the pipeline of `search --batch --threads N`.
///
/// One thread reads, `threads` threads answer, and the caller's thread
/// writes. Reading has a thread of its own so that a client that sends a
/// query and waits for its answer before sending the next one gets it: the
/// writer never waits for the reader to find another line.
///
/// Memory stays bounded however long the input: the reader stops while
/// `window` lines are read but not yet written. A slow line therefore holds up
/// the writing of the lines after it, not their answering, until the window
/// is full.
struct OrderedBatch: Sendable {
    /// More threads than this are a mistake, not a machine: each one is a
    /// real thread with its own stack.
    static let maximumThreads = 256

    /// How many threads answer lines.
    let threads: Int
    /// The most lines read but not yet written.
    let window: Int

    init(threads: Int) {
        precondition((1...Self.maximumThreads).contains(threads), "threads out of range")
        self.threads = threads
        // Sixteen lines a thread keep every thread busy past a line that takes
        // sixteen times as long as the usual one, for a few answers' worth of
        // memory (a ten-result answer is a few kilobytes).
        window = 16 * threads
    }

    /// Reads lines with `read` until it returns nil, answers each with
    /// `answer` on one of the answering threads, and gives the answers to
    /// `write` on the calling thread in the order of the lines; returns once
    /// the last one is written. When `write` throws, no more lines are taken
    /// up and the error ends the batch.
    func run<Answer: Sendable>(
        read: @escaping @Sendable () -> String?,
        answer: @escaping @Sendable (String) -> Answer,
        write: (Answer) throws -> Void
    ) rethrows {
        let shared = Shared<Answer>(window: window)
        Thread.detachNewThread { shared.readAll(with: read) }
        for _ in 0..<threads {
            Thread.detachNewThread { shared.answerAll(with: answer) }
        }
        while let next = shared.nextInOrder() {
            do {
                try write(next)
            } catch {
                shared.stop()
                throw error
            }
        }
    }
}

/// What the reader, the answering threads and the writer share. `@unchecked`
/// because the compiler cannot see the rule that makes it safe: every stored
/// `var` is read and written only while holding `condition`.
private final class Shared<Answer: Sendable>: @unchecked Sendable {
    private let window: Int
    /// One condition for every wait, each change waking everyone: with a
    /// handful of threads a wake-up costs microseconds next to a query's
    /// millisecond, and one condition cannot miss a wake-up meant for another.
    private let condition = NSCondition()
    /// Lines read and not yet taken by an answering thread, by line number.
    private var unanswered: [Int: String] = [:]
    /// Answers not yet written, by line number.
    private var answered: [Int: Answer] = [:]
    private var linesRead = 0
    private var linesTaken = 0
    private var linesWritten = 0
    private var inputEnded = false
    /// Set when the writer gives up: the others then end as soon as they look.
    private var isStopped = false

    init(window: Int) {
        self.window = window
    }

    func readAll(with read: () -> String?) {
        while true {
            condition.lock()
            while linesRead - linesWritten >= window, !isStopped { condition.wait() }
            let stopped = isStopped
            condition.unlock()
            if stopped { return }
            // Outside the lock: reading may block for as long as the client
            // takes to send a line. The room checked above cannot shrink
            // meanwhile, since only this thread adds lines.
            let line = read()
            condition.lock()
            if let line {
                unanswered[linesRead] = line
                linesRead += 1
            } else {
                inputEnded = true
            }
            condition.broadcast()
            condition.unlock()
            if line == nil { return }
        }
    }

    func answerAll(with answer: (String) -> Answer) {
        while true {
            condition.lock()
            while linesTaken == linesRead, !inputEnded, !isStopped { condition.wait() }
            guard linesTaken < linesRead, !isStopped else {
                condition.unlock()
                return
            }
            let number = linesTaken
            let line = unanswered.removeValue(forKey: number)!
            linesTaken += 1
            condition.unlock()
            let result = answer(line)
            condition.lock()
            answered[number] = result
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The answer to the next line in order once there is one, or nil when
    /// the input has ended and every answer has been handed out.
    func nextInOrder() -> Answer? {
        condition.lock()
        defer { condition.unlock() }
        while answered[linesWritten] == nil {
            if inputEnded, linesWritten == linesRead { return nil }
            condition.wait()
        }
        let next = answered.removeValue(forKey: linesWritten)
        linesWritten += 1
        // The reader may be waiting for room in the window.
        condition.broadcast()
        return next
    }

    func stop() {
        condition.lock()
        isStopped = true
        condition.broadcast()
        condition.unlock()
    }
}
