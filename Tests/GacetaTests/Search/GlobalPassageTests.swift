import Testing
@testable import Gaceta

/// A global passage gives back its segment and number, and orders passages
/// segment by segment, then by number, as the collector's ties need.
@Suite struct GlobalPassageTests {
    @Test func partsRoundTripAndOrderBySegmentThenNumber() {
        let passages = [
            GlobalPassage(segment: 0, number: 0),
            GlobalPassage(segment: 0, number: 7),
            GlobalPassage(segment: 0, number: .max),
            GlobalPassage(segment: 1, number: 0),
            GlobalPassage(segment: 3, number: 2),
            GlobalPassage(segment: Int(UInt32.max), number: .max),
        ]
        #expect(passages.map(\.segment) == [0, 0, 0, 1, 3, Int(UInt32.max)])
        #expect(passages.map(\.number) == [0, 7, .max, 0, 2, .max])
        #expect(passages.shuffled().sorted() == passages)
        #expect(passages.map(\.packed) == passages.map(\.packed).sorted())
    }

    @Test func tiesGoToTheEarlierPassage() {
        var collector = TopKCollector(capacity: 2)
        for (segment, number): (Int, UInt32) in [(1, 0), (0, 9), (0, 3)] {
            collector.insert(.init(score: 1, passage: GlobalPassage(segment: segment, number: number)))
        }
        #expect(collector.sorted().map(\.passage) == [GlobalPassage(segment: 0, number: 3), GlobalPassage(segment: 0, number: 9)])
    }
}
