/// The lemma pairs of an Apertium bilingual dictionary (`eng-spa.autobil.bin`,
/// `spa-eng.autobil.bin`): every path of its transducer, read up to the first
/// tag on each side (`tariff<n>` : `arancel<n><m>` gives tariff → arancel).
/// Tags and the grammatical details after them do not matter to a lexicon
/// keyed by stems. States on a cycle are left out: they belong to the
/// regular expressions that match numbers and codes, not to words, and
/// their paths have no end.
enum ApertiumBilingualDictionary {
    /// Lemmas longer than this are not words; the walk stops there.
    static let maximumLemmaLength = 40

    /// Each pair as (source lemma, target lemma), in the transducer's direction.
    static func pairs(in transducer: CompiledTransducer) -> [(source: String, target: String)] {
        var found = Set<[String]>()
        for section in transducer.sections {
            let cyclic = cyclicStates(section.transitions)
            var input: [Unicode.Scalar] = []
            var output: [Unicode.Scalar] = []
            // Depth first; a lemma side is closed by its first tag.
            func walk(_ state: Int, inputClosed: Bool, outputClosed: Bool) {
                if inputClosed, outputClosed {
                    found.insert([String(String.UnicodeScalarView(input)), String(String.UnicodeScalarView(output))])
                    return
                }
                guard input.count <= maximumLemmaLength, output.count <= maximumLemmaLength, !cyclic[state] else { return }
                for arc in section.transitions[state] {
                    let addsInput = !inputClosed && arc.input > 0
                    let addsOutput = !outputClosed && arc.output > 0
                    guard let inputScalar = Unicode.Scalar(UInt32(max(arc.input, 0))),
                          let outputScalar = Unicode.Scalar(UInt32(max(arc.output, 0))) else { continue }
                    if addsInput { input.append(inputScalar) }
                    if addsOutput { output.append(outputScalar) }
                    walk(arc.target, inputClosed: inputClosed || arc.input < 0, outputClosed: outputClosed || arc.output < 0)
                    if addsInput { input.removeLast() }
                    if addsOutput { output.removeLast() }
                }
            }
            walk(section.initial, inputClosed: false, outputClosed: false)
        }
        return found.filter { !$0[0].isEmpty && !$0[1].isEmpty }.map { ($0[0], $0[1]) }.sorted { ($0.source, $0.target) < ($1.source, $1.target) }
    }

    /// Whether each state lies on a cycle: the strongly connected components
    /// of more than one state, and states with an arc to themselves (Tarjan's
    /// algorithm, with an explicit stack: the transducers have about 100,000
    /// states).
    static func cyclicStates(_ transitions: [[CompiledTransducer.Transition]]) -> [Bool] {
        let count = transitions.count
        var cyclic = [Bool](repeating: false, count: count)
        var order = [Int](repeating: -1, count: count)
        var lowest = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var component: [Int] = []
        var next = 0
        for root in 0..<count where order[root] < 0 {
            var frames: [(state: Int, arc: Int)] = [(root, 0)]
            order[root] = next; lowest[root] = next; next += 1
            component.append(root); onStack[root] = true
            while let (state, arc) = frames.last {
                if arc < transitions[state].count {
                    frames[frames.count - 1].arc += 1
                    let target = transitions[state][arc].target
                    if target == state { cyclic[state] = true }
                    if order[target] < 0 {
                        order[target] = next; lowest[target] = next; next += 1
                        component.append(target); onStack[target] = true
                        frames.append((target, 0))
                    } else if onStack[target] {
                        lowest[state] = min(lowest[state], order[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { lowest[parent.state] = min(lowest[parent.state], lowest[state]) }
                guard lowest[state] == order[state] else { continue }
                var members: [Int] = []
                while let member = component.popLast() {
                    onStack[member] = false
                    members.append(member)
                    if member == state { break }
                }
                if members.count > 1 { for member in members { cyclic[member] = true } }
            }
        }
        return cyclic
    }
}
