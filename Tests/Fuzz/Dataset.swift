// libFuzzer target: the dataset document's JSON reader, decoder, validator and encoder.
// Built by `make fuzz`; every input must end in records or located problems, never a crash.
import TalkModel

/// Nothing stored: the fuzzed document is validated against itself alone.
struct EmptyStore: RecordLookup {
    func exists(_ kind: RecordKind, id: String) -> Bool { false }
    func ids(_ kind: RecordKind) -> [String] { [] }
    func secretaryAppointments(of organization: String) -> [Appointment] { [] }
    func terms(of organization: String) -> [Term] { [] }
    func parent(of organization: String) -> String? { nil }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let root = try? JSONReader.parse(bytes) else { return 0 }
    let decoded = DatasetDecoder.decode(root)
    let problems = (try? Validator.validate(decoded.dataset, locator: decoded.locator(), stored: EmptyStore())) ?? []
    if decoded.problems.isEmpty && problems.isEmpty {
        // A document that loads must come back whole from its own export.
        let document = DatasetEncoder.document(decoded.dataset, confidential: true)
        let again = DatasetDecoder.decode(try! JSONReader.parse(Array(document.utf8)))
        precondition(
            again.problems.isEmpty && again.dataset == decoded.dataset.canonicallySorted(), "export does not read back")
    }
    return 0
}
