import Testing
@testable import Gaceta

@Test func stubAnalyzerSplitsOnSpaces() {
    #expect(Analyzer().tokens(in: "a b", language: .english).count == 2)
}
