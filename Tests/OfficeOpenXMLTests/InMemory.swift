import TalkModel
import TalkText

@testable import OfficeOpenXML

// Packages as bytes in memory, as the tests read them; the tool writes them to an output.

extension ZipArchive {
    static func write(_ entries: [Entry]) throws -> [UInt8] {
        let archive = ZipBytes()
        try write(entries, to: archive)
        return archive.bytes
    }
}

extension Workbook {
    static func xlsx(_ tables: [SheetTable]) throws -> [UInt8] {
        let archive = ZipBytes()
        try write(tables, to: archive)
        return archive.bytes
    }
}

extension ReportDocument {
    func docx() throws -> [UInt8] {
        let archive = ZipBytes()
        try docx(to: archive)
        return archive.bytes
    }
}
