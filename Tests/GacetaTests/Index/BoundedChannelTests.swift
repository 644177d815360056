import Dispatch
import Testing
@testable import Gaceta

@Suite struct BoundedChannelTests {
    private struct Failure: Error, Equatable {}

    /// Every value arrives, in order, however far the sender runs ahead.
    @Test func valuesArriveInOrderThroughASmallChannel() throws {
        let channel = BoundedChannel<Int>(capacity: 2)
        DispatchQueue.global().async {
            for value in 0..<1_000 { _ = channel.send(value) }
            channel.finish()
        }
        var received: [Int] = []
        while let value = try channel.receive() { received.append(value) }
        #expect(received == Array(0..<1_000))
        #expect(try channel.receive() == nil)
    }

    @Test func theSendersErrorFollowsItsValues() throws {
        let channel = BoundedChannel<Int>(capacity: 4)
        #expect(channel.send(1))
        channel.finish(throwing: Failure())
        #expect(try channel.receive() == 1)
        #expect(throws: Failure.self) { try channel.receive() }
    }

    /// A receiver that gives up releases a sender waiting for room.
    @Test func cancellingReleasesAWaitingSender() throws {
        let channel = BoundedChannel<Int>(capacity: 1)
        #expect(channel.send(0))
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var accepted = true
        DispatchQueue.global().async {
            accepted = channel.send(1)
            done.signal()
        }
        channel.cancel()
        done.wait()
        #expect(!accepted)
        #expect(!channel.send(2))
    }
}
