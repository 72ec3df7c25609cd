import Foundation
import Synchronization
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

    /// The size and CRC-32 of the workbook `Workbook.xlsx` made whole, before it was streamed
    /// (taken again when characters XML cannot hold came to be written `_xHHHH_`).
    @Test func theBytesAreThoseOfTheWorkbookBuiltWhole() throws {
        let bytes = try Workbook.xlsx(Self.tables)
        #expect(
            bytes.count == 1_879_962 && ZipArchive.crc32(bytes) == 3_735_160_712,
            "\(bytes.count) \(ZipArchive.crc32(bytes))")
    }

    /// Our reader and openpyxl find every row, the cells as written, the second sheet after it.
    @Test func manyRowsReadBack() throws {
        let bytes = try Workbook.xlsx(Self.tables)
        let sheet = try WorkbookReader.read(bytes, sheet: nil)
        #expect(sheet.name == "谈话大" && sheet.rows.count == 60_001)
        let last = sheet.rows[60_000]
        #expect(last.number == 60_001 && last.cells.prefix(3) == ["T2026-1aan", "2392-12-14", "59999179997"])
        #expect(sheet.rows[1].cells == ["T2026-0", "", "0", "第0条：对换届风气监督不够有力"], "\(sheet.rows[1].cells)")
        #expect(sheet.rows[5].cells[3] == "回车\r换行" && sheet.rows[6].cells[3] == "控制\u{1}字符\u{FFFE}")
        #expect(sheet.rows[2].cells[3] == " 前有空格" && sheet.rows[7].cells[3] == "_x000D_ 与 _x005F_")
        #expect(try WorkbookReader.read(bytes, sheet: "其他").rows.map(\.cells) == [["a"], ["b"], ["2"]])
        let path = Fixture.temporaryFolder() + "/large.xlsx"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let report = try python(
            """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1], read_only=True)
            ws = wb['谈话大']
            rows = list(ws.iter_rows(values_only=True))
            print(len(rows), rows[-1][0], rows[-1][1].date(), rows[-1][2], repr(rows[8][3]), repr(rows[11][4]))
            print(wb.sheetnames)
            """, [path])
        #expect(
            report == "60001 T2026-1aan 2392-12-14 59999179997 '<a href=\"x\">&amp;</a>' 'xxxxxxxxxx'\n['谈话大', '其他']\n",
            "\(report)")
    }

    /// The archive goes out while the sheet's rows are being made: compressed bytes are written
    /// after the rows were read for their widths and before the last is made again, in pieces
    /// no larger than zlib's output buffer.
    @Test func theSheetGoesOutAsItIsMade() throws {
        let count = 20_000
        let log = Log()
        let table = SheetTable(name: "s", header: ["a", "b"], count: count) { i in
            log.made.add(1, ordering: .relaxed)
            return [.text("row \(i) " + String(repeating: "谈话", count: i % 50)), .number(i)]
        }
        let output = Recorder(log)
        try Workbook.write([table], to: output)
        #expect(log.made.load(ordering: .relaxed) == 2 * count)
        #expect(log.madeAtEachWrite.contains { count < $0 && $0 < 2 * count - 1_000 }, "\(log.madeAtEachWrite)")
        #expect(output.largestWrite <= 1 << 16)
        #expect(try WorkbookReader.read(output.bytes, sheet: nil).rows.count == count + 1)
    }

    /// What an output throws stops the workbook there, and is what the caller sees.
    @Test func anOutputsFailureStopsTheWorkbook() throws {
        let output = Recorder(Log(), failingAfter: 100_000)
        #expect(throws: Recorder.Full.self) { try Workbook.write(Self.tables, to: output) }
        #expect(output.bytes.count <= 100_000)
    }
}

/// How many rows were made, and how many had been when each piece of the archive was written.
/// Rows are made on every core (`concurrentlyInOrder`), so they are counted atomically; the
/// pieces are written on the one thread that writes the archive.
private final class Log: @unchecked Sendable {
    let made = Atomic<Int>(0)
    var madeAtEachWrite: [Int] = []
}

/// An archive in memory that logs each write, and fails once it would hold more than a limit.
private final class Recorder: ZipOutput {
    struct Full: Error {}
    let log: Log
    let limit: Int
    private(set) var bytes: [UInt8] = []
    private(set) var largestWrite = 0

    init(_ log: Log, failingAfter limit: Int = .max) {
        (self.log, self.limit) = (log, limit)
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard self.bytes.count + bytes.count <= limit else { throw Full() }
        self.bytes += bytes
        largestWrite = max(largestWrite, bytes.count)
        log.madeAtEachWrite.append(log.made.load(ordering: .relaxed))
    }

    func rewrite(_ bytes: [UInt8], at offset: Int) {
        self.bytes.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
    }
}
