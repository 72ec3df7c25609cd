import Foundation
import TalkModel
import TestSupport
import Testing

@testable import OfficeOpenXML

/// A workbook of many rows is written as it is made; these pin its bytes to what the workbook
/// built whole gave, and read it back with our reader and with openpyxl.
@Suite struct WorkbookStreamTests {
    /// 60,000 rows (a sheet part of several megabytes, many times the pieces it is compressed in)
    /// of every kind of cell: dates on both sides of 1900-03-01, numbers, empty cells, Chinese,
    /// spaces at either end, line breaks, carriage returns, characters XML cannot hold, `_xHHHH_`,
    /// markup characters and a formula's text.
    static let large = SheetTable(
        name: "谈话[大]", header: ["编号", "谈话日期", "届次", "指出的问题", "备注 "], each: Array(0..<60_000)
    ) { i in
        [
            .text("T2026-\(String(i, radix: 36))"),
            i % 7 == 0 ? .empty : .date(CivilDate(year: 1900, month: 2, day: 20)!.adding(days: i * 3)),
            i % 5 == 0 ? .number(-i) : .number(i * 1_000_003),
            .text(
                [
                    "第\(i)条：对换届风气监督不够有力", " 前有空格", "后有空格 ", "第一行\n第二行", "回车\r换行",
                    "控制\u{1}字符\u{FFFE}", "_x000D_ 与 _x005F_", "<a href=\"x\">&amp;</a>", "=HYPERLINK(\"http://x\")",
                    String(repeating: "宽", count: i % 90),
                ][i % 10]),
            i % 3 == 0 ? .empty : .text(String(repeating: "x", count: i % 11)),
        ]
    }

    /// Two sheets, the second small, as `Workbook.xlsx` takes a list of tables.
    static let tables = [large, SheetTable(name: "其他", header: ["a"], rows: [[.text("b")], [.number(2)]])]

    /// The size and CRC-32 of the workbook `Workbook.xlsx` made whole, before it was streamed.
    @Test func theBytesAreThoseOfTheWorkbookBuiltWhole() throws {
        let bytes = try Workbook.xlsx(Self.tables)
        #expect(bytes.count == 1_879_997 && ZipArchive.crc32(bytes) == 707_980_255, "\(bytes.count) \(ZipArchive.crc32(bytes))")
    }
}
