/// The ISO 8601 forms a news date comes in: `2025`, `2025-03`, `2025-03-04`, and
/// `2025-03-04T10:15`, with optional seconds, fraction and zone (`Z`, `+01:00`).
/// The day must exist (`2025-02-30` does not), as `PublicationDay` requires.
enum ISO8601Date {
    static func isValid(_ text: String) -> Bool {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4) else { return false }
        if scanner.atEnd { return true }
        guard scanner.skip("-"), let month = scanner.number(digits: 2), (1...12).contains(month) else { return false }
        if scanner.atEnd { return true }
        guard scanner.skip("-"), let day = scanner.number(digits: 2),
              (1...GregorianCalendar.daysIn(month: month, year: year)).contains(day)
        else { return false }
        if scanner.atEnd { return true }
        guard scanner.skip("T") || scanner.skip("t") || scanner.skip(" "),
              let hour = scanner.number(digits: 2), hour < 24,
              scanner.skip(":"), let minute = scanner.number(digits: 2), minute < 60
        else { return false }
        if scanner.skip(":") {
            guard let second = scanner.number(digits: 2), second <= 60 else { return false }
            if scanner.skip(".") || scanner.skip(",") {
                guard scanner.digitRun() > 0 else { return false }
            }
        }
        if scanner.atEnd || (scanner.skip("Z") && scanner.atEnd) { return true }
        guard scanner.skip("+") || scanner.skip("-"), scanner.number(digits: 2) != nil else { return false }
        _ = scanner.skip(":")
        return scanner.number(digits: 2) != nil && scanner.atEnd
    }
}

private struct DigitScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { position == bytes.count }

    mutating func skip(_ character: Unicode.Scalar) -> Bool {
        guard position < bytes.count, bytes[position] == UInt8(character.value) else { return false }
        position += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard position + digits <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + digits] {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        position += digits
        return value
    }

    mutating func digitRun() -> Int {
        let start = position
        while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
        return position - start
    }
}
