import OfficeOpenXML
// libFuzzer target: an xlsx workbook as `talks import` reads it: the ZIP container, inflate,
// the XML parts, cells and dates, then the sheet's rows. Built by `make fuzz`; every input must
// end in rows or a located refusal, never a crash, a hang or unbounded memory (a ZIP bomb).
import TalkModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    guard let worksheet = try? WorkbookReader.read(bytes, sheet: nil) else { return 0 }
    var names = Dataset()
    names.organizations = [Organization(id: "ap", name: "安平市委", kind: .localCommittee, level: .city)]
    guard
        let reading = try? Sheet.read(
            worksheet.rows, kind: nil, names: names, sheet: worksheet.name, unreadable: worksheet.unreadable,
            merged: worksheet.mergedDown, stored: { _, _ in [] })
    else { return 0 }
    _ = DatasetDecoder.decode(reading.document)
    return 0
}
