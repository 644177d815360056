/// Moves every iterator to the first passage at or after `target` that all of
/// them hold, and returns it (or `exhausted`): each in turn jumps to where the
/// one before landed, until none has to move.
func leapfrog<Iterator>(
    _ iterators: [Iterator], from target: UInt32, advance: (Iterator, UInt32) throws -> UInt32
) rethrows -> UInt32 {
    var candidate = target
    while candidate != PostingsCursor.exhausted {
        var agreed = true
        for iterator in iterators {
            let position = try advance(iterator, candidate)
            if position != candidate {
                candidate = position
                agreed = false
                break
            }
        }
        if agreed { return candidate }
    }
    return PostingsCursor.exhausted
}
