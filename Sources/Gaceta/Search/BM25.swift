import Foundation

/// Okapi BM25 with the non-negative idf of Lucene and Tantivy:
/// idf = ln(1 + (N − df + 0.5) / (df + 0.5)).
struct BM25: Sendable {
    var k1: Double
    var b: Double

    static func inverseDocumentFrequency(documentFrequency: Int, documentCount: Int) -> Double {
        let df = Double(documentFrequency)
        return log(1 + (Double(documentCount) - df + 0.5) / (df + 0.5))
    }

    /// The score of one term in one passage, before the idf × weight factor.
    func saturation(termFrequency: Int, length: Int, averageLength: Double) -> Double {
        let tf = Double(termFrequency)
        let relativeLength = averageLength > 0 ? Double(length) / averageLength : 1
        return tf * (k1 + 1) / (tf + k1 * (1 - b + b * relativeLength))
    }
}
