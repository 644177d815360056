extension StringProtocol {
    /// The text without leading and trailing white space (Unicode's definition).
    /// Works on scalars: no Foundation bridging, no grapheme breaking.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}

private extension Unicode.Scalar {
    /// Unicode's White_Space property, answered without the property tables
    /// for ASCII (where it holds for tab, the line breaks and space only):
    /// passages are trimmed of it and nearly always start with ASCII text.
    var isWhitespace: Bool {
        value < 0x80 ? value == 0x20 || (0x09...0x0D).contains(value) : properties.isWhitespace
    }
}
