import Foundation
import Testing
@testable import Gaceta

@Suite struct GzipCorpusTests {
    static let lines = (1...500).map { #"{"id": "n\#($0)", "title": "Noticia \#($0)", "body": "Texto número \#($0) con acentos: ñandú, pingüino."}"# }

    @Test func readsCompressedJSONLinesAcrossBufferBoundaries() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let text = Self.lines.joined(separator: "\n") + "\n"
        try corpus.write("archive/2025.jsonl.gz", bytes: GzipEncoder.gzip(Array(text.utf8)))
        var progress: [CorpusProgress] = []
        var ids: [String] = []
        try CorpusReader(directory: corpus.path).read(
            onArticle: { article, _ in ids.append(article.id) },
            onDiagnostic: { Issue.record("unexpected \($0)") },
            onProgress: { progress.append($0) })
        #expect(ids == (1...500).map { "n\($0)" })
        #expect(progress.last?.bytesRead == progress.last?.totalBytes)
        #expect(progress.last?.articles == 500)
        #expect(zip(progress, progress.dropFirst()).allSatisfy { $0.bytesRead <= $1.bytesRead })
    }

    @Test func aTruncatedStreamKeepsTheArticlesBeforeTheCut() throws {
        let corpus = try TemporaryDirectory()
        defer { corpus.remove() }
        let text = Self.lines.joined(separator: "\n") + "\n"
        let gzip = GzipEncoder.gzip(Array(text.utf8))
        let file = try corpus.write("cut.jsonl.gz", bytes: Array(gzip.prefix(gzip.count / 2)))
        try corpus.write("later.jsonl", #"{"id": "after", "body": "still read"}"#)
        let result = try CorpusReadResult(directory: corpus.path)
        #expect(result.ids.count > 100)
        #expect(result.ids.last == "after")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.severity == .error)
        #expect(result.diagnostics.first?.file == file)
        #expect(result.diagnostics.first?.message.contains("corrupt or cut short") == true)
    }
}
