/// Numbers as people read them in summaries: `12,345`, `3.4 MB`, `1.2 s`, `0:42`.
enum Formatting {
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// `1 article`, `2 articles`.
    static func count(_ value: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count(value)) \(value == 1 ? singular : plural ?? singular + "s")"
    }

    /// Decimal units (1 MB = 1,000,000 bytes), like `du --si` and disk vendors.
    static func bytes(_ value: Int) -> String {
        let units = ["bytes", "kB", "MB", "GB", "TB"]
        var amount = Double(value)
        var unit = 0
        while amount >= 1000, unit < units.count - 1 {
            amount /= 1000
            unit += 1
        }
        return unit == 0 ? "\(value) bytes" : "\(oneDecimal(amount)) \(units[unit])"
    }

    static func seconds(_ value: Double) -> String {
        value < 10 ? "\(oneDecimal(value)) s" : "\(Int(value.rounded())) s"
    }

    /// `m:ss` or `h:mm:ss`, for an ETA.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
