import Foundation
import TalkModel
import TestSupport
import Testing

@testable import OfficeOpenXML
@testable import TalkText

@Suite struct WorkbookTests {
    let table = SheetTable(
        name: "谈话",
        header: ["编号", "谈话日期", "届次", "指出的问题"],
        rows: [
            [.text("T-1"), .date(CivilDate("2026-03-05")!), .number(3), .text("=HYPERLINK(\"http://x\")")],
            [.text("T-2"), .empty, .number(-1), .text("第一条\n第二条\u{1}")],
        ])

    func write(_ bytes: [UInt8]) throws -> String {
        let path = Fixture.temporaryFolder() + "/book.xlsx"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// openpyxl sees date cells, numbers, text that is never a formula, a frozen header and a filter.
    @Test func openpyxlReadsDatesNumbersAndNoFormula() throws {
        let path = try write(try Workbook.xlsx([table]))
        let report = try python(
            """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1]).active
            print(ws.title, ws.freeze_panes, ws.auto_filter.ref)
            for row in ws.iter_rows(min_row=2):
                print('|'.join(f'{c.coordinate}:{c.data_type}:{c.is_date}:{c.value!r}' for c in row))
            print(round(ws.column_dimensions['D'].width))
            """, [path])
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines[0] == "谈话 A2 A1:D3")
        #expect(lines[1].contains("B2:d:True:datetime.datetime(2026, 3, 5, 0, 0)"))
        #expect(lines[1].contains("C2:n:False:3"))
        #expect(lines[1].contains("D2:s:False:'=HYPERLINK(\"http://x\")'"), "\(lines[1])")
        // A control character XML cannot carry is written as Excel writes it (Excel and LibreOffice
        // decode it, openpyxl leaves it as it is), not dropped silently.
        #expect(lines[2].contains(#"第一条\n第二条_x0001_"#), "\(lines[2])")
        // The widest text (22 characters) and room for the filter's button.
        #expect(lines[3] == "25")
    }

    /// A column is as wide as a terminal's table would draw its text: ‼️ (‼ and the emoji
    /// presentation selector) is two columns there, so ten of them want 20 and the filter's 3, in
    /// the sheet's XML as written, not 13 (the selector counted as nothing).
    @Test func anEmojiPresentationSequenceIsTwoColumnsWideInTheSheet() throws {
        let text = String(repeating: "‼\u{FE0F}", count: 10)
        #expect(DisplayWidth.of(text) == 20)
        let bytes = try Workbook.xlsx([SheetTable(name: "s", header: ["a", "b"], rows: [[.text(text), .text("x")]])])
        let sheet = String(
            decoding: try #require(try ZipArchive.Reader(bytes).contents(of: "xl/worksheets/sheet1.xml")),
            as: UTF8.self)
        #expect(sheet.contains(#"<col min="1" max="1" width="23" customWidth="1"/>"#), "\(sheet.prefix(400))")
        // Each line of a cell is measured by the same rule.
        #expect(Workbook.widestLine("abc\n‼\u{FE0F}‼\u{FE0F}") == 4)
    }

    /// A text beginning with an apostrophe is written as it is, unless a reader would take it off
    /// as a CSV's mark (`CSV.imported`: '-…): then it gets one more (helper-105: '四风' was shown
    /// as ''四风'). Either comes back as it was.
    @Test func anApostropheIsDoubledOnlyWhereAReaderTakesOneOff() throws {
        let texts = ["'四风'问题突出", "'-引号", "''x", "'"]
        let written = try Workbook.xlsx([SheetTable(name: "S", header: ["a"], rows: texts.map { [.text($0)] })])
        let xml = String(
            decoding: try #require(try ZipArchive.Reader(written).contents(of: "xl/worksheets/sheet1.xml")),
            as: UTF8.self)
        #expect(
            xml.contains("<t>'四风'问题突出</t>") && xml.contains("<t>''-引号</t>") && xml.contains("<t>'''x</t>"), "\(xml)")
        let back = try WorkbookReader.read(written, sheet: "S")
        #expect(back.rows.dropFirst().map { $0.cells[0] } == texts)
    }

    @Test func theSameTablesGiveTheSameBytes() throws {
        #expect(try Workbook.xlsx([table]) == (try Workbook.xlsx([table])))
    }

    @Test func whatWeWriteWeReadBack() throws {
        let sheet = try WorkbookReader.read(try Workbook.xlsx([table]), sheet: nil)
        #expect(sheet.name == "谈话")
        #expect(sheet.rows.map(\.number) == [1, 2, 3])
        #expect(sheet.rows[1].cells == ["T-1", "2026-03-05", "3", "=HYPERLINK(\"http://x\")"])
        #expect(sheet.rows[2].cells == ["T-2", "", "-1", "第一条\n第二条\u{1}"])
    }

    /// A workbook as an office makes it: a merged title above the header, shared strings, a date
    /// in a Chinese format, a number, a second sheet; and one in the 1904 date system.
    @Test func anOfficeWorkbookFromOpenpyxlReads() throws {
        let folder = Fixture.temporaryFolder()
        _ = try python(
            """
            import sys, datetime, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = '台账'
            ws.append(['2026年监督谈话台账'])
            ws.merge_cells('A1:D1')
            ws.append(['编号', '谈话日期', '届次', '备注'])
            ws.append(['T-1', datetime.date(2026, 3, 5), 3, '见附件'])
            ws['B3'].number_format = 'yyyy"年"m"月"d"日"'
            ws.append(['T-2', 60, 1.5, None])
            ws['B4'].number_format = 'General'
            wb.create_sheet('其他')['A1'] = 'x'
            wb.save(sys.argv[1] + '/office.xlsx')
            wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
            wb.save(sys.argv[1] + '/mac.xlsx')
            """, [folder])
        for name in ["office", "mac"] {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/\(name).xlsx")))
            let sheet = try WorkbookReader.read(bytes, sheet: nil)
            #expect(sheet.name == "台账")
            // The title merged across the columns is its first cell's, read as a CSV's title is
            // (helper-216: emptied, the committee a merged line named was not read).
            #expect(sheet.rows.map(\.number) == [1, 2, 3, 4], "\(name)")
            #expect(sheet.rows[0].cells == ["2026年监督谈话台账"], "\(name): \(sheet.rows[0].cells)")
            #expect(sheet.rows[2].cells.prefix(3) == ["T-1", "2026-03-05", "3"], "\(name): \(sheet.rows[2].cells)")
            #expect(sheet.rows[3].cells == ["T-2", "60", "1.5"], "\(name)")
            #expect(try WorkbookReader.read(bytes, sheet: "其他").rows[0].cells == ["x"])
        }
    }

    /// A ledger that merges the conductor of several talks, and the day of a batch, into one cell
    /// down the column: the rows are as the file keeps them, the value in the range's first cell
    /// only, and the ranges merged down are told, for `Sheet.read` to read them in the rows of the
    /// body (it knows the header, and the rows that hold no record); a range in one row is none.
    @Test func theRangesMergedDownAColumnAreToldAndTheRowsKeptAsWritten() throws {
        let folder = Fixture.temporaryFolder()
        _ = try python(
            """
            import sys, openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            ws.title = '台账'
            ws.append(['2026年监督谈话台账'])
            ws.merge_cells('A1:D1')
            ws.append(['编号', '开展谈话的党委', '谈话日期', '备注'])
            ws.append(['T-1', '江州市委', '2026-03-05', '甲'])
            ws.append(['T-2', None, None, None])
            ws.append(['T-3', None, '2026-03-06', None])
            ws.append([None, None, None, None])
            ws.merge_cells('B3:B6')
            ws.merge_cells('C3:C4')
            ws.merge_cells('D3:D3')
            wb.save(sys.argv[1] + '/merged.xlsx')
            """, [folder])
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/merged.xlsx")))
        let sheet = try WorkbookReader.read(bytes, sheet: nil)
        // (The title row kept with its value, in its first cell.)
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 5])
        #expect(sheet.rows[0].cells == ["2026年监督谈话台账"])
        #expect(sheet.rows[2].cells == ["T-1", "江州市委", "2026-03-05", "甲"])
        #expect(sheet.rows[3].cells == ["T-2"])
        #expect(sheet.rows[4].cells == ["T-3", "", "2026-03-06"])
        #expect(
            sheet.mergedDown == [
                Sheet.MergedRange(row: 3, column: 1, lastRow: 6, lastColumn: 1),
                Sheet.MergedRange(row: 3, column: 2, lastRow: 4, lastColumn: 2),
            ])
    }

    /// A cell a merged range covers shows nothing of its own in Excel: the range shows its first
    /// cell's value. LibreOffice and WPS keep what covered cells held before the merge; the reader
    /// read that hidden value (a talk's day 2026-06-27 under a merged 2026-03-16, a stale 整改情况
    /// beside a merged 整改措施 that named the column below it), and told a hidden formula without
    /// its result as a problem. A row that held only hidden values is no row.
    @Test func theCellsAMergedRangeCoversHoldNothingOfTheirOwn() throws {
        func string(_ reference: String, _ text: String) -> String {
            "<c r=\"\(reference)\" t=\"inlineStr\"><is><t>\(text)</t></is></c>"
        }
        let part = """
            <worksheet xmlns="\(Workbook.main)"><sheetData>\
            <row r="1">\(string("A1", "编号"))\(string("B1", "整改措施"))\(string("C1", "整改情况"))</row>\
            <row r="2">\(string("A2", "报告日期"))\(string("B2", "含思想认识"))</row>\
            <row r="3">\(string("A3", "T1"))\(string("B3", "2026-03-16"))\(string("C3", "是"))</row>\
            <row r="4">\(string("A4", "T2"))\(string("B4", "2026-06-27"))<c r="C4"><f>C3</f></c></row>\
            <row r="5">\(string("D5", "旧"))</row>\
            <row r="6">\(string("A6", "T3"))</row>\
            </sheetData><mergeCells count="5"><mergeCell ref="B1:C1"/><mergeCell ref="B3:B4"/>\
            <mergeCell ref="C3:C4"/><mergeCell ref="A5:D5"/><mergeCell ref="E1:E1048576"/></mergeCells></worksheet>
            """
        let bytes = try oneSheetWorkbook(part)
        let sheet = try WorkbookReader.read(bytes, sheet: nil)
        #expect(sheet.rows.map(\.number) == [1, 2, 3, 4, 6])
        #expect(
            sheet.rows.map(\.cells) == [
                ["编号", "整改措施"], ["报告日期", "含思想认识"], ["T1", "2026-03-16", "是"], ["T2"], ["T3"],
            ])
        #expect(sheet.unreadable.isEmpty)
        #expect(
            sheet.mergedDown == [
                Sheet.MergedRange(row: 1, column: 4, lastRow: 1_048_576, lastColumn: 4),
                Sheet.MergedRange(row: 3, column: 1, lastRow: 4, lastColumn: 1),
                Sheet.MergedRange(row: 3, column: 2, lastRow: 4, lastColumn: 2),
            ])
    }

    /// An Excel 97-2003 workbook, an encrypted one and a Word 97-2003 document are compound
    /// files told apart by their streams' names; anything else is none.
    @Test func compoundFilesAreToldByTheirStreams() {
        func compound(_ names: [String]) -> [UInt8] {
            var bytes = CompoundFile.signature + Array(repeating: 0, count: 512 - 8)
            for (i, name) in (["Root Entry"] + names).enumerated() {
                var entry = Array(repeating: UInt8(0), count: 128)
                let units = Array(name.utf16) + [0]
                for (j, unit) in units.enumerated() {
                    entry[2 * j] = UInt8(unit & 0xFF)
                    entry[2 * j + 1] = UInt8(unit >> 8)
                }
                entry[64] = UInt8(units.count * 2)
                entry[66] = i == 0 ? 5 : 2
                bytes += entry
            }
            return bytes
        }
        #expect(CompoundFile.content(of: compound(["Workbook", "CompObj"])) == .workbook)
        #expect(CompoundFile.content(of: compound(["Book"])) == .workbook)
        #expect(CompoundFile.content(of: compound(["EncryptionInfo", "EncryptedPackage"])) == .encrypted)
        #expect(CompoundFile.content(of: compound(["WordDocument", "1Table"])) == .wordDocument)
        // Cut short after its header, it is still an old workbook as far as can be told.
        #expect(CompoundFile.content(of: Array(compound(["Workbook"]).prefix(512))) == .workbook)
        #expect(CompoundFile.content(of: Array("编号,谈话日期\n".utf8)) == nil)
        #expect(CompoundFile.content(of: [0x50, 0x4B, 0x03, 0x04]) == nil)
    }

    /// Excel writes a carriage return (Alt+Enter in some versions), a tab or any character XML
    /// cannot hold as `_xHHHH_`, and a literal `_x…_` with its underscore as `_x005F_`, in shared
    /// and inline strings (their phonetic guides left out) and sheet names alike; what we write with such text, and with the
    /// characters XML cannot carry, reads back as it was. A control character in a sheet's name is
    /// shown in the name messages give, not obeyed.
    @Test func escapedCharactersOfExcelAreDecodedAndOursRoundTrip() throws {
        let main = Workbook.main
        let book = ZipArchive.Entry(
            "xl/workbook.xml",
            Array(
                """
                <workbook xmlns="\(main)" xmlns:r="\(OfficePackage.relationshipNamespace)"><sheets>\
                <sheet name="S_x0031__x001B_" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8))
        let links = ZipArchive.Entry(
            "xl/_rels/workbook.xml.rels",
            OfficePackage.relationships([("rId1", "worksheet", "sheet.xml"), ("rId2", "sharedStrings", "strings.xml")]))
        let strings = ZipArchive.Entry(
            "xl/strings.xml",
            Array(
                """
                <sst xmlns="\(main)"><si><t>王_x000D_\n伟</t></si><si><r><t>a_x0009_b_x005F_x000D_</t></r>\
                <r><t>_x005f_x_x00_xZZZZ_</t></r></si><si><t>_xD83D__xDE00_ _xD800_</t></si></sst>
                """.utf8))
        let sheet = ZipArchive.Entry(
            "xl/sheet.xml",
            Array(
                """
                <worksheet xmlns="\(main)"><sheetData><row r="1"><c t="s"><v>0</v></c><c t="s"><v>1</v></c>\
                <c t="s"><v>2</v></c><c t="inlineStr"><is><t>x_x000A_y</t><rPh sb="0" eb="1"><t>ワイ</t></rPh></is></c><c t="str"><v>_x0031_</v></c>\
                </row></sheetData></worksheet>
                """.utf8))
        let bytes = try ZipArchive.write([book, links, strings, sheet])
        let read = try WorkbookReader.read(bytes, sheet: "S1\u{1B}")
        #expect(read.rows[0].cells == ["王\r\n伟", "a\tb_x000D__x_x00_xZZZZ_", "😀 _xD800_", "x\ny", "1"])
        #expect(read.name == "S1\\u{1B}")

        let texts = [
            "名_x000D_字", "_x005F_x000D_", "__x0041__xab12_", "_x12_", "\u{1}\u{1B}[2J\u{FFFE}\u{FFFF}\u{7F}\u{8}",
            "a\r\nb\tc",
        ]
        let table = SheetTable(name: "S_x0031_", header: ["h"], rows: texts.map { [.text($0)] })
        let written = try Workbook.xlsx([table])
        let back = try WorkbookReader.read(written, sheet: "S_x0031_")
        #expect(back.rows.dropFirst().map { $0.cells[0] } == texts)
        #expect(back.name == "S_x0031_")
    }

    /// DEL and the C1 controls (NEL among them, which XML 1.1 reads as a line end) are written as
    /// Excel writes a control, `_x0085_`, never raw in the part, and read back as they were; a
    /// format character XML carries (U+202E) is the text's own and stays as it is.
    @Test func c1ControlsAreWrittenAsExcelsEscapesAndReadBack() throws {
        let texts = ["名\u{85}字", "\u{7F}\u{80}\u{9F}", "\u{202E}反\u{2028}正", "¡é\u{A0}x"]
        let table = SheetTable(name: "S", header: ["h"], rows: texts.map { [.text($0)] })
        let written = try Workbook.xlsx([table])
        let part = String(
            decoding: try #require(try ZipArchive.Reader(written).contents(of: "xl/worksheets/sheet1.xml")),
            as: UTF8.self)
        #expect(part.contains("名_x0085_字") && part.contains("_x007F__x0080__x009F_"))
        #expect(!part.unicodeScalars.contains { (0x7F...0x9F).contains($0.value) })
        #expect(part.contains("\u{202E}反\u{2028}正") && part.contains("¡é\u{A0}x"))
        let back = try WorkbookReader.read(written, sheet: "S")
        #expect(back.rows.dropFirst().map { $0.cells[0] } == texts)
    }

    /// A formula's cached result is read as it is (a number, a text, Excel's empty text); a formula
    /// without one is refused at its cell, whatever the cell's type.
    @Test func aFormulaReadsAsItsCachedResultAndWithoutOneIsRefused() throws {
        func sheet(_ cells: String) throws -> [UInt8] {
            try oneSheetWorkbook(
                "<worksheet xmlns=\"\(Workbook.main)\"><sheetData><row r=\"2\">\(cells)</row></sheetData></worksheet>")
        }
        let cached = try sheet(
            """
            <c r="A2"><v>1</v></c><c r="B2"><f>A2+1</f><v>2</v></c><c r="C2" t="str"><f>"x"&amp;A2</f><v>x1</v></c>\
            <c r="D2" t="str"><f>""</f><v></v></c><c r="E2"><f t="shared" ref="E2:E3" si="0"/><v>3</v></c>
            """)
        #expect(try WorkbookReader.read(cached, sheet: nil).rows[0].cells == ["1", "2", "x1", "", "3"])
        for cell in [
            "<c r=\"B2\"><f>A1+1</f></c>", "<c r=\"B2\"><f>A1+1</f><v></v></c>", "<c r=\"B2\" t=\"str\"><f>A1</f></c>",
            "<c r=\"B2\" t=\"b\"><f t=\"shared\" si=\"0\"/></c>",
        ] {
            // Told at its cell with the sheet's other problems (`Sheet.read`), and absent from the rows.
            let read = try WorkbookReader.read(try sheet(cell + "<c r=\"C2\"><v>7</v></c>"), sheet: nil)
            #expect(read.rows.map(\.cells) == [["", "", "7"]], "\(cell)")
            #expect(read.unreadable.map { [$0.row, $0.column] } == [[2, 1]], "\(cell)")
            #expect(read.unreadable.first?.message.en.contains("holds a formula whose result was never saved") == true)
        }
    }

    /// A date cell written as ISO 8601 text (`t="d"`, as LibreOffice and other programs may) is its
    /// day; an instant with its zone, the day in China, as the same text in a text cell is.
    @Test func anISODateCellIsItsDayInChina() throws {
        let workbook = try oneSheetWorkbook(
            """
            <worksheet xmlns="\(Workbook.main)"><sheetData><row r="2"><c r="A2" t="d"><v>2026-03-04T00:00:00</v></c>\
            <c r="B2" t="d"><v>2026-03-04T20:00:00Z</v></c><c r="C2" t="d"><v>2026-03-04</v></c></row></sheetData></worksheet>
            """)
        #expect(
            try WorkbookReader.read(workbook, sheet: nil).rows[0].cells == ["2026-03-04", "2026-03-05", "2026-03-04"])
    }

    @Test func dateSerialsInBothSystems() {
        #expect(WorkbookReader.date(serial: 1, date1904: false) == CivilDate("1900-01-01"))
        #expect(WorkbookReader.date(serial: 59, date1904: false) == CivilDate("1900-02-28"))
        #expect(WorkbookReader.date(serial: 60, date1904: false) == nil)
        #expect(WorkbookReader.date(serial: 61, date1904: false) == CivilDate("1900-03-01"))
        #expect(WorkbookReader.date(serial: 46086.75, date1904: false) == CivilDate("2026-03-05"))
        #expect(WorkbookReader.date(serial: 0, date1904: true) == CivilDate("1904-01-01"))
        #expect(WorkbookReader.date(serial: 44624, date1904: true) == CivilDate("2026-03-05"))
        #expect(WorkbookReader.isDateFormat("yyyy\"年\"m\"月\"d\"日\"") && WorkbookReader.isDateFormat("[$-804]m/d"))
        // A time of day is a date cell's too (its day not shown): `h:mm`, `mm:ss`, `上午/下午h"时"mm"分"`.
        #expect(WorkbookReader.isDateFormat("h:mm") && WorkbookReader.isDateFormat("mm:ss"))
        #expect(!WorkbookReader.isDateFormat("0.00\"d\"") && !WorkbookReader.isDateFormat("\"T\"000"))
    }

    @Test func theXMLWriterEscapes() {
        #expect(
            XMLWriter.escaped("a<b>&\"c\"\r\t\n\u{1}\u{FFFE}", attribute: false)
                == "a&lt;b&gt;&amp;\"c\"&#xD;\t\n\\u{1}\\u{FFFE}")
        #expect(XMLWriter.escaped("\"\n\t", attribute: true) == "&quot;&#xA;&#x9;")
    }
}

@Suite struct WordTests {
    func report() -> ReportDocument {
        var document = ReportDocument(title: "江东省委2026年度开展监督谈话情况", language: .zh)
        document.add(.heading(1, "一、开展谈话总体情况"))
        document.add(.paragraph("正文\u{202E}反转"))
        document.add(.table(["谈话人", "合计"], [["周文远", "19"]], numeric: [1]))
        document.add(.chart(Chart(title: "覆盖", kind: .stackedBars(rows: [("下级", [3, 1])], series: ["已覆盖", "未覆盖"]))))
        return document
    }

    /// A table's columns are as wide as their text needs, together the text block's width: a
    /// date, an id and a figure stay on one line, and a column of prose takes what is left.
    @Test func columnsAreAsWideAsTheirTextNeeds() {
        let available = 8844  // 156 mm
        func needs(_ text: String) -> Int { DisplayWidth.of(text) * 125 + 200 }
        let roomy = Word.columnWidths(["到期日", "编号"], [["2026-06-01", "T2026-001"]], across: available).widths
        #expect(roomy.reduce(0, +) == available && roomy[0] > roomy[1], "\(roomy)")
        let prose = String(repeating: "整改情况报告后应汇总留存材料", count: 8)
        let headers = ["到期日", "状态", "单位", "事项", "编号", "情形"]
        let row = ["2026-06-01", "逾期173天", "南屏市委", "归档抄送", "T2026-025", prose]
        let widths = Word.columnWidths(headers, [row], across: available).widths
        #expect(widths.reduce(0, +) == available, "\(widths)")
        // Each short column gets what its longest line needs; the prose column the rest.
        for column in 0..<5 { #expect(widths[column] == needs(row[column]), "\(column): \(widths)") }
        // Eight columns of long text: a date and an id still never wrap (equal widths gave 1,105).
        // A header does not widen a column of figures: it wraps between its characters.
        let figures = Word.columnWidths(["单位", "定期谈话人次"], [["临川市委", "12"]], across: 4000).widths
        #expect(figures[0] > figures[1], "\(figures)")
        let crowded = Word.columnWidths(
            headers + ["涉及", "条款"], [row + [prose, prose]], across: available
        ).widths
        #expect(crowded.reduce(0, +) == available, "\(crowded)")
        #expect(crowded[0] >= needs("2026-06-01") && crowded[4] >= needs("T2026-025"), "\(crowded)")
        // Ids wider together than the page: each column its share, none negative.
        let ids = Array(repeating: "T2026-025-ABCDEFGHIJ", count: 12)
        let squeezed = Word.columnWidths(ids, [ids], across: available).widths
        #expect(squeezed.reduce(0, +) == available && squeezed.allSatisfy { $0 > 0 }, "\(squeezed)")
    }

    /// python-docx reads the page, the margins, the styles, the tables and their repeated header rows.
    @Test func pythonDocxReadsTheLayout() throws {
        let path = Fixture.temporaryFolder() + "/report.docx"
        try Data(try report().docx()).write(to: URL(fileURLWithPath: path))
        let report = try python(
            """
            import sys, docx
            d = docx.Document(sys.argv[1])
            s = d.sections[0]
            print(round(s.page_width.mm), round(s.page_height.mm), round(s.top_margin.mm), round(s.left_margin.mm),
                  round(s.page_width.mm - s.left_margin.mm - s.right_margin.mm),
                  round(s.page_height.mm - s.top_margin.mm - s.bottom_margin.mm))
            print(d.paragraphs[0].style.name, d.paragraphs[0].text)
            print(d.paragraphs[1].style.name, d.paragraphs[2].text)
            print(len(d.tables), d.tables[0].cell(1, 0).text, d.tables[1].cell(1, 2).text)
            print(d.tables[0].rows[0]._tr.xpath('./w:trPr/w:tblHeader') != [])
            print(d.styles.element.xpath('//w:rPrDefault//w:sz/@w:val'), d.styles.element.xpath('//w:rPrDefault//w:rFonts/@w:eastAsia'))
            print(d.settings.odd_and_even_pages_header_footer, s.even_page_footer.paragraphs[0].text)
            """, [path])
        let lines = report.split(separator: "\n").map(String.init)
        #expect(lines[0] == "210 297 37 28 156 225")
        #expect(lines[1] == "Title 江东省委2026年度开展监督谈话情况")
        #expect(lines[2] == "Heading 1 正文\\u{202E}反转")
        #expect(lines[3] == "2 周文远 1")
        #expect(lines[4] == "True")
        #expect(lines[5] == "['32'] ['仿宋_GB2312']")
        // python-docx leaves out the PAGE field's text: the dashes around it are what it shows.
        #expect(lines[6] == "True —  —")
    }

    /// A chart of the figures the table just before it gives is not given again as a table (the
    /// talks of each month were listed twice); a chart of other figures is.
    @Test func aChartOfTheTablesFiguresIsNotRepeated() throws {
        var document = ReportDocument(title: "月度", language: .zh)
        document.add(.table(["月份", "定期谈话", "合计"], [["1月", "2", "2"], ["2月", "1", "1"], ["全年", "3", "3"]]))
        let months = Chart(
            title: "各月", kind: .columns(periods: ["1月", "2月"], values: [[2], [1]], series: ["定期谈话"]))
        document.add(.chart(months))
        document.add(.chart(Chart(title: "覆盖", kind: .stackedBars(rows: [("下级", [3, 1])], series: ["已覆盖", "未覆盖"]))))
        let path = Fixture.temporaryFolder() + "/months.docx"
        try Data(try document.docx()).write(to: URL(fileURLWithPath: path))
        let tables = try python(
            "import sys, docx\nprint(len(docx.Document(sys.argv[1]).tables))", [path])
        #expect(tables.trimmingCharacters(in: .whitespacesAndNewlines) == "2", "\(tables)")
        #expect(
            Word.repeats(
                ["", "定期谈话"], [["1月", "2"], ["2月", "1"]], of: ["月份", "定期谈话", "合计"],
                [["1月", "2", "2"], ["2月", "1", "1"]]))
        #expect(!Word.repeats(["", "定期谈话"], [["1月", "3"]], of: ["月份", "定期谈话"], [["1月", "2"]]))
    }

    /// A line break in a text (a rule's message written on two lines) is a space, as in Markdown
    /// and HTML (helper-206: `\n` written in the document).
    @Test func aLineBreakInATextIsASpace() throws {
        var document = ReportDocument(title: "标题", language: .zh)
        document.add(.paragraph("第一行\n第二行\r\n第三行"))
        let path = Fixture.temporaryFolder() + "/lines.docx"
        try Data(try document.docx()).write(to: URL(fileURLWithPath: path))
        let text = try python(
            "import sys, docx\nprint('|'.join(p.text for p in docx.Document(sys.argv[1]).paragraphs))", [path])
        #expect(text.contains("第一行 第二行 第三行") && !text.contains("\\n"), "\(text)")
    }

    @Test func theSameReportGivesTheSameBytes() throws {
        #expect(try report().docx() == (try report().docx()))
    }
}

/// A sheet's part cut off inside its rows (written short, then zipped: its checksum right) is
/// refused as damaged; read from a stream it ended without an error, the rows so far taken as all.
@Test func aSheetCutOffInsideItsRowsIsRefused() throws {
    let whole =
        "<worksheet xmlns=\"\(Workbook.main)\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>T1</t></is></c></row></sheetData></worksheet>"
    #expect(try WorkbookReader.read(try oneSheetWorkbook(whole), sheet: nil).rows.count == 2)
    for cut in [whole.count / 2, whole.count - 20, whole.count - 1] {
        let short = String(whole.prefix(cut))
        #expect(throws: WorkbookReader.Failure.self, "cut at \(cut)") {
            try WorkbookReader.read(try oneSheetWorkbook(short), sheet: nil)
        }
    }
}

/// Bytes not UTF-8 in a comment, an element's or an attribute's name (a report generator's comment
/// in Latin-1) are refused at their place: FoundationXML trapped on them (helper-263, exit 132).
@Test(arguments: ["<!-- G\u{E9}n\u{E9}r\u{E9} -->", "<x\u{E9}/>", "<x a\u{E9}=\"1\"/>", "<?pi \u{E9}?>"])
func aByteNotUTF8IsRefusedAtItsPlace(_ latin1: String) throws {
    let part =
        "<worksheet xmlns=\"\(Workbook.main)\">\n\(latin1)<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c></row></sheetData></worksheet>"
    // (Each é one byte, 0xE9, as Latin-1 writes it.)
    let bytes = part.unicodeScalars.flatMap { $0.value == 0xE9 ? [0xE9] : Array(String($0).utf8) }
    do {
        _ = try WorkbookReader.read(try oneSheetWorkbook(bytes), sheet: nil)
        Issue.record("read")
    } catch let failure as WorkbookReader.Failure {
        let problem = failure.problem
        #expect(problem.location.hasPrefix("xl/sheet.xml:2:"), "\(problem)")
        #expect(problem.message.en.contains("a byte is not UTF-8"), "\(problem)")
    }
}

/// A part declaring an encoding Office never writes is refused at its first line, libxml2 never
/// asked to convert it (helper-265: its "encoder error" printed without a file or place).
@Test func aPartInAnotherEncodingIsRefused() throws {
    let part =
        "<?xml version=\"1.0\" encoding=\"GB2312\"?>\n<worksheet xmlns=\"\(Workbook.main)\"><sheetData/></worksheet>"
    do {
        _ = try WorkbookReader.read(try oneSheetWorkbook(part), sheet: nil)
        Issue.record("read")
    } catch let failure as WorkbookReader.Failure {
        #expect(failure.problem.location == "xl/sheet.xml:1:1", "\(failure.problem)")
        #expect(failure.problem.message.en.contains("declares the encoding \"gb2312\""), "\(failure.problem)")
    }
}

/// A workbook of one sheet, 台账, whose part is `part`: the package around a worksheet a test writes by hand.
private func oneSheetWorkbook(_ part: String) throws -> [UInt8] { try oneSheetWorkbook(Array(part.utf8)) }

private func oneSheetWorkbook(_ part: [UInt8]) throws -> [UInt8] {
    try ZipArchive.write([
        ZipArchive.Entry(
            "xl/workbook.xml",
            Array(
                """
                <workbook xmlns="\(Workbook.main)" xmlns:r="\(OfficePackage.relationshipNamespace)"><sheets>\
                <sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>
                """.utf8)),
        ZipArchive.Entry(
            "xl/_rels/workbook.xml.rels", OfficePackage.relationships([("rId1", "worksheet", "sheet.xml")])),
        ZipArchive.Entry("xl/sheet.xml", part),
    ])
}
