extension StringProtocol {
    /// The text without leading and trailing white space (Unicode's definition).
    /// Works on scalars: no Foundation bridging, no grapheme breaking.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
