import Foundation

/// A transducer file compiled by lttoolbox (Apertium's `.bin` files), read
/// into memory: the tags of its alphabet and, for each section, its states
/// and transitions. Read directly rather than through `lt-print`, so that
/// building the lexicon needs the dictionary package alone and no program
/// to run.
///
///     file:       "LTTB" · features (u64 LE) · letters · tags · symbol pairs · sections
///     letters:    count · code points               (every number: lttoolbox's
///     tags:       count · (length · code points)…    big-endian 1–4 byte integer,
///     pairs:      count · (input + tags, output + tags)…  top two bits = extra bytes)
///     section:    name · ["LTTD" · features (u64 LE)] · initial state · finals · states
///     state:      transition count · (pair delta · target delta [· weight])…
struct CompiledTransducer {
    /// A symbol of the alphabet: a Unicode code point when positive, the tag
    /// `tags[-symbol - 1]` when negative, nothing (epsilon) when 0.
    typealias Symbol = Int32

    struct Transition {
        var input: Symbol
        var output: Symbol
        var target: Int
    }

    struct Section {
        var name: String
        var initial: Int
        var finals: Set<Int>
        /// `transitions[state]`: the arcs leaving `state`.
        var transitions: [[Transition]]
    }

    /// Tag names without their angle brackets (`n`, `vblex`).
    let tags: [String]
    let sections: [Section]

    /// The one feature this reader knows: every final state and arc carries a weight.
    private static let weightsFeature: UInt64 = 1

    init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TranslationError(.io, path: path, "cannot read the file")
        }
        try self.init(bytes: [UInt8](data), path: path)
    }

    init(bytes: [UInt8], path: String) throws {
        var reader = Reader(bytes: bytes, path: path)
        var features: UInt64 = 0
        if reader.skipMagic("LTTB") { features = try reader.littleEndian64() }
        try Self.refuseUnknown(features, path: path)
        for _ in 0..<(try reader.count()) { _ = try reader.number() }  // letters: only lt-proc's tokeniser needs them
        var tags: [String] = []
        for _ in 0..<(try reader.count()) { tags.append(try reader.string()) }
        let bias = Int64(tags.count)
        var pairs: [(Symbol, Symbol)] = []
        for _ in 0..<(try reader.count()) {
            let input = Int64(try reader.number()) - bias
            let output = Int64(try reader.number()) - bias
            guard input >= -bias, output >= -bias, input <= Int64(Int32.max), output <= Int64(Int32.max) else {
                throw reader.corrupt("a symbol pair names a tag that does not exist")
            }
            pairs.append((Symbol(input), Symbol(output)))
        }
        var sections: [Section] = []
        for _ in 0..<(try reader.count()) {
            let name = try reader.string()
            var sectionFeatures = features
            if reader.skipMagic("LTTD") { sectionFeatures = try reader.littleEndian64() }
            try Self.refuseUnknown(sectionFeatures, path: path)
            sections.append(try Self.section(named: name, pairs: pairs, weighted: sectionFeatures & Self.weightsFeature != 0, from: &reader))
        }
        self.tags = tags
        self.sections = sections
    }

    private static func refuseUnknown(_ features: UInt64, path: String) throws {
        guard features & ~weightsFeature == 0 else {
            throw TranslationError(.unsupportedVersion, path: path, "the transducer uses lttoolbox features (\(features)) this reader does not know")
        }
    }

    private static func section(named name: String, pairs: [(Symbol, Symbol)], weighted: Bool, from reader: inout Reader) throws -> Section {
        let initial = Int(try reader.number())
        var finals = Set<Int>()
        var final = 0
        for _ in 0..<(try reader.count()) {
            final += Int(try reader.number())
            if weighted { try reader.skipWeight() }
            finals.insert(final)
        }
        let stateCount = try reader.count()
        guard initial < max(stateCount, 1), finals.allSatisfy({ $0 < stateCount }) else {
            throw reader.corrupt("section \(name) names a state it does not have")
        }
        var transitions: [[Transition]] = []
        transitions.reserveCapacity(stateCount)
        for state in 0..<stateCount {
            var arcs: [Transition] = []
            var pair = 0
            for _ in 0..<(try reader.count()) {
                pair += Int(try reader.number())
                let target = (state + Int(try reader.number())) % stateCount
                if weighted { try reader.skipWeight() }
                guard pair < pairs.count else { throw reader.corrupt("an arc of section \(name) names a symbol pair that does not exist") }
                arcs.append(Transition(input: pairs[pair].0, output: pairs[pair].1, target: target))
            }
            transitions.append(arcs)
        }
        return Section(name: name, initial: initial, finals: finals, transitions: transitions)
    }

    /// Bounds-checked reading of lttoolbox's numbers and strings.
    private struct Reader {
        let bytes: [UInt8]
        let path: String
        var offset = 0

        init(bytes: [UInt8], path: String) {
            self.bytes = bytes
            self.path = path
        }

        func corrupt(_ what: String) -> TranslationError {
            TranslationError(.corrupt, path: path, "not a readable lttoolbox transducer (byte \(offset)): \(what)")
        }

        mutating func byte() throws -> UInt8 {
            guard offset < bytes.count else { throw corrupt("the file ends early") }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func skipMagic(_ magic: String) -> Bool {
            guard bytes.count >= offset + 4, bytes[offset..<offset + 4].elementsEqual(magic.utf8) else { return false }
            offset += 4
            return true
        }

        mutating func littleEndian64() throws -> UInt64 {
            var value: UInt64 = 0
            for shift in stride(from: 0, to: 64, by: 8) { value |= UInt64(try byte()) << UInt64(shift) }
            return value
        }

        /// The first byte's top two bits say how many bytes follow (0–3).
        mutating func number() throws -> UInt32 {
            let first = try byte()
            var value = UInt32(first & 0x3f)
            for _ in 0..<(first >> 6) { value = value << 8 | UInt32(try byte()) }
            return value
        }

        /// A count of items that each take at least one byte, so a damaged
        /// count cannot make the reader allocate more than the file holds.
        mutating func count() throws -> Int {
            let value = Int(try number())
            guard value <= bytes.count - offset else { throw corrupt("a count of \(value) is larger than the rest of the file") }
            return value
        }

        mutating func string() throws -> String {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(try count()) {
                guard let scalar = Unicode.Scalar(try number()) else { throw corrupt("a string holds an invalid code point") }
                scalars.append(scalar)
            }
            return String(scalars)
        }

        /// A weight is a mantissa and an exponent, each one number, or two
        /// when its first has bit 26 set.
        mutating func skipWeight() throws {
            for _ in 0..<2 {
                if try number() >= 0x0400_0000 { _ = try number() }
            }
        }
    }
}
