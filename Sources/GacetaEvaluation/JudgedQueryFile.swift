import Foundation
import Gaceta

/// Reads judged queries from JSON Lines, one
/// `{"qid", "query", "lang", "relevant": [article ids]}` per line
/// (gzip-compressed or plain). `lang` is optional; blank lines are ignored.
public enum JudgedQueryFile {
    private struct Record: Decodable {
        var qid: String
        var query: String
        var lang: String?
        var relevant: [String]
    }

    /// Every query in the file, in order, including those with no relevant article.
    /// - Throws: `EvaluationError` when the file cannot be read or a line is not such a record.
    public static func read(path: String) throws(EvaluationError) -> [JudgedQuery] {
        let reader: CompressedLineReader
        do {
            reader = try CompressedLineReader(path: path)
        } catch {
            throw EvaluationError(.unreadable, path: path, "cannot open the queries file; check the path")
        }
        let decoder = JSONDecoder()
        var queries: [JudgedQuery] = []
        var lineNumber = 0
        while true {
            let next: CompressedLineReader.Line?
            do {
                next = try reader.nextLine()
            } catch {
                throw EvaluationError(.malformed, path: path, line: lineNumber + 1, "compressed data is corrupt or cut short")
            }
            guard let next else { return queries }
            lineNumber += 1
            guard case .text(let line) = next else {
                throw EvaluationError(.malformed, path: path, line: lineNumber, "line too long to be a judged query")
            }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let record = try? decoder.decode(Record.self, from: Data(line)) else {
                throw EvaluationError(.malformed, path: path, line: lineNumber,
                    #"not a judged query; expected {"qid", "query", "lang", "relevant": [ids]}"#)
            }
            queries.append(JudgedQuery(
                id: record.qid, text: record.query, language: record.lang.flatMap(Language.init(rawValue:)),
                relevant: Set(record.relevant)
            ))
        }
    }
}
