import Foundation
import Testing
@testable import Gaceta

/// One writer at a time holds an index, from its `init` to its `close()`.
@Suite struct WriterLifecycleTests {
    static let article = Article(id: "a", title: "Aranceles", body: "Los aranceles suben.", language: .spanish)

    @Test func aSecondWriterIsTurnedAwayUntilTheFirstIsClosed() throws {
        let directory = try TemporaryDirectory()
        let first = try IndexWriter(path: directory.path)
        let refused = #expect(throws: IndexError.self) { try IndexWriter(path: directory.path) }
        #expect(refused?.kind == .locked(byProcess: getpid()))
        #expect(refused?.description == "\(directory.path): index is being updated by process \(getpid())")

        first.close()
        first.close()
        let second = try IndexWriter(path: directory.path)
        second.add(Self.article)
        try second.commit()
        #expect(try IndexReader(path: directory.path).contains(articleID: "a"))
    }

    /// Even segments already written for the changes are removed: a small RAM
    /// budget makes the analysis threads write them as articles arrive.
    @Test func closingDiscardsWhatWasNotCommitted() throws {
        let directory = try TemporaryDirectory()
        var configuration = IndexConfiguration()
        configuration.ramBudgetBytes = 1
        let writer = try IndexWriter(path: directory.path, configuration: configuration)
        writer.add(Self.article)
        try writer.commit()
        for number in 0..<100 {
            writer.add(Article(id: "b\(number)", title: "Uncommitted", body: "Words \(number) that nobody reads.", language: .english))
        }
        writer.delete(articleID: "a")
        writer.close()

        let reader = try IndexReader(path: directory.path)
        #expect(try reader.contains(articleID: "a"))
        #expect(reader.statistics.articles == 1)
        #expect(try IndexContents.unreferencedFiles(index: directory.path) == [])
    }

    @Test func aWriterLeftOpenIsClosedWhenItGoes() throws {
        let directory = try TemporaryDirectory()
        do {
            let writer = try IndexWriter(path: directory.path)
            writer.add(Self.article)
        }
        try IndexWriter(path: directory.path).close()
        let error = #expect(throws: IndexError.self) { try IndexReader(path: directory.path) }
        #expect(error?.kind == .notFound)
    }
}
