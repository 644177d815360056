import Foundation

/// Machine-readable output: one compact JSON object per line, keys in the
/// order the types declare them, `/` unescaped so URLs stay readable.
enum JSONOutput {
    static func line(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
