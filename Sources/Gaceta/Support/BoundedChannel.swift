import Foundation

/// Hands values from one thread to another in order, holding at most
/// `capacity` of them: the sender waits while the channel is full, the
/// receiver while it is empty. The sender ends the stream with `finish`,
/// passing on its error if it failed; the receiver that gives up calls
/// `cancel`, after which `send` returns false and the sender should stop.
///
/// `@unchecked Sendable`: every stored `var` is touched only while holding
/// `condition`.
final class BoundedChannel<Element>: @unchecked Sendable {
    private let capacity: Int
    private let condition = NSCondition()
    /// A handful at most: taking the first one costs nothing worth a ring buffer.
    private var values: [Element] = []
    private var isFinished = false
    private var isCancelled = false
    private var failure: Error?

    init(capacity: Int) {
        precondition(capacity > 0, "a channel holds at least one value")
        self.capacity = capacity
    }

    /// Waits for room, then queues `value`; false once the receiver has cancelled.
    func send(_ value: Element) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while values.count >= capacity, !isCancelled { condition.wait() }
        guard !isCancelled else { return false }
        values.append(value)
        condition.broadcast()
        return true
    }

    /// Ends the stream; the receiver gets `error`, if any, after the values sent.
    func finish(throwing error: Error? = nil) {
        condition.lock()
        defer { condition.unlock() }
        isFinished = true
        failure = error
        condition.broadcast()
    }

    /// The next value, nil at the end of the stream; rethrows the sender's error.
    func receive() throws -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while values.isEmpty, !isFinished { condition.wait() }
        guard !values.isEmpty else {
            if let failure { throw failure }
            return nil
        }
        condition.broadcast()
        return values.removeFirst()
    }

    /// Tells the sender to stop: its next `send` returns false.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        isCancelled = true
        condition.broadcast()
    }
}
