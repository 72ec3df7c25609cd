// libFuzzer target: the dataset document's JSON reader, decoder, validator and encoder.
// Built by `make fuzz`; every input must end in records or located problems, never a crash.
// Nothing is stored: the fuzzed document is validated against itself alone.
import TalkModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let root = try? JSONReader.parse(bytes) else { return 0 }
    let decoded = DatasetDecoder.decode(root)
    let problems = (try? Validator.validate(decoded.dataset, locator: decoded.locator(), stored: NoRecords())) ?? []
    if decoded.problems.isEmpty && problems.isEmpty {
        // A document that loads must come back whole from its own export.
        let document = DatasetEncoder.document(decoded.dataset, confidential: true)
        let again = DatasetDecoder.decode(try! JSONReader.parse(Array(document.utf8)))
        precondition(
            again.problems.isEmpty && again.dataset == decoded.dataset.canonicallySorted(), "export does not read back")
    }
    return 0
}
