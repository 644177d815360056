// libFuzzer entry point for QueryParser, built by Fuzz/run-query-fuzzer.sh
// together with the files of Sources/Gaceta/Query (standard library only).

@_cdecl("LLVMFuzzerTestOneInput")
public func queryParserFuzzTest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parser = QueryParser()
    do {
        let query = try parser.parse(text)
        // The description must itself be parseable or a clean syntax error.
        _ = try? parser.parse(query.description)
    } catch {
        // Every error points inside the query or just after its end.
        precondition(error.offset >= 0 && error.offset <= text.count, "caret offset \(error.offset) outside the query")
        precondition(!error.message.isEmpty && !error.message.contains("\n"), "message must be one line")
        _ = error.description
    }
    return 0
}
