import ArgumentParser

/// `--recency 30d`: a half-life in days, weeks, months or years.
struct RecencyHalfLife: ExpressibleByArgument {
    var days: Double

    init?(argument: String) {
        let units: [Character: Double] = ["d": 1, "w": 7, "m": 30.44, "y": 365.25]
        guard let unit = argument.last, let factor = units[unit],
              let count = Double(argument.dropLast()), count > 0, count.isFinite
        else { return nil }
        days = count * factor
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
