// libFuzzer target: a CSV sheet as `talks import` reads it: encoding, CSV syntax, headers, cells.
// Built by `make fuzz`; every input must end in records or located problems, never a crash.
import TalkModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let text = try? TextEncoding.decode(bytes).0, let rows = try? CSV.rows(text) else { return 0 }
    var names = Dataset()
    names.organizations = [Organization(id: "ap", name: "安平市委", kind: .localCommittee, level: .city)]
    names.people = [Person(id: "p-zhou", name: "周明")]
    guard let reading = try? Sheet.read(rows, kind: nil, names: names, stored: { _, _ in [] }) else { return 0 }
    _ = DatasetDecoder.decode(reading.document)
    return 0
}
