import Foundation

/// Okapi BM25 with the non-negative idf of Lucene and Tantivy:
/// idf = ln(1 + (N − df + 0.5) / (df + 0.5)).
///
/// Frequencies may be fractional: a translated query word's are weighted
/// sums over its translations (docs/CROSSLINGUAL.md).
struct BM25: Sendable {
    var k1: Double
    var b: Double

    static func inverseDocumentFrequency(documentFrequency: Int, documentCount: Int) -> Double {
        inverseDocumentFrequency(documentFrequency: Double(documentFrequency), documentCount: documentCount)
    }

    static func inverseDocumentFrequency(documentFrequency df: Double, documentCount: Int) -> Double {
        log(1 + (Double(documentCount) - df + 0.5) / (df + 0.5))
    }

    /// The score of one term in one passage, before the idf × weight factor.
    func saturation(termFrequency: Int, length: Int, averageLength: Double) -> Double {
        saturation(termFrequency: Double(termFrequency), length: length, averageLength: averageLength)
    }

    func saturation(termFrequency tf: Double, length: Int, averageLength: Double) -> Double {
        let relativeLength = averageLength > 0 ? Double(length) / averageLength : 1
        return tf * (k1 + 1) / (tf + k1 * (1 - b + b * relativeLength))
    }
}
