import TalkModel

/// An Excel workbook (SpreadsheetML, ECMA-376 Part 1 §18) of one worksheet per table, as Excel,
/// WPS and LibreOffice open it: text as inline strings (§18.3.1.53), whole numbers as numbers,
/// dates as date cells (serial numbers of the 1900 date system with a `yyyy-mm-dd` format), the
/// header row frozen (§18.3.1.66) with an autofilter (§18.3.1.2), and columns as wide as their
/// widest text (two units per wide character, `DisplayWidth`). No cell ever holds a formula: text
/// from the data, `=HYPERLINK(…)` included, is written as text, which no spreadsheet runs; a
/// `_xHHHH_` in it is escaped, and a control character XML cannot carry written as its `_xHHHH_`
/// (`XString`), so that Excel shows the text, and `WorkbookReader` reads it back, as it is.
public enum Workbook {
    /// The workbook (a ZIP package, ECMA-376 Part 2) written to `output` as it is made: each
    /// sheet's rows are made, written and compressed a piece at a time, so no sheet is ever held
    /// whole (`ZipArchive.Writer`). The same tables give the same bytes. Returns the cells whose
    /// text is longer than a spreadsheet's cell holds (32,767 characters), by place (`talks!H5`):
    /// Excel, WPS and LibreOffice cut them when they save the file.
    @discardableResult
    public static func write(_ tables: [SheetTable], to output: any ZipOutput) throws -> [String] {
        var zip = ZipArchive.Writer(output)
        try zip.add("[Content_Types].xml", contentTypes(tables.count))
        try zip.add("_rels/.rels", OfficePackage.rootRelationships("xl/workbook.xml"))
        try zip.add("xl/workbook.xml", workbook(tables))
        try zip.add("xl/_rels/workbook.xml.rels", workbookRelationships(tables.count))
        try zip.add("xl/styles.xml", styles)
        var long: [String] = []
        for (i, table) in tables.enumerated() {
            try zip.add("xl/worksheets/sheet\(i + 1).xml") { entry in
                long += try worksheet(table, to: entry).map { sheetName(table.name) + "!" + $0 }
            }
        }
        try zip.finish()
        return long
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml"

    /// Cell styles (indexes into `cellXfs` of `styles`).
    enum Style: Int {
        case plain = 0, date, header, wrapped

        /// The index as a cell's `s` attribute gives it.
        var number: String { String(rawValue) }
    }

    private static func contentTypes(_ sheets: Int) -> [UInt8] {
        OfficePackage.contentTypes(
            [("/xl/workbook.xml", "\(mediaType).sheet.main+xml"), ("/xl/styles.xml", "\(mediaType).styles+xml")]
                + (0..<sheets).map { ("/xl/worksheets/sheet\($0 + 1).xml", "\(mediaType).worksheet+xml") })
    }

    private static func workbook(_ tables: [SheetTable]) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("workbook", ["xmlns": main, "xmlns:r": OfficePackage.relationshipNamespace])
        xml.start("sheets")
        for (i, table) in tables.enumerated() {
            xml.empty(
                "sheet", ["name": XString.escaped(sheetName(table.name)), "sheetId": "\(i + 1)", "r:id": "rId\(i + 1)"])
        }
        xml.end()
        // Excel keeps an autofilter's range in this hidden name too, and repairs a file without it.
        xml.start("definedNames")
        for (i, table) in tables.enumerated() {
            let quoted = "'" + sheetName(table.name).replacing("'", with: "''") + "'"
            let range = "$A$1:$\(CSV.columnName(max(table.header.count, 1) - 1))$\(table.rows.count + 1)"
            xml.element(
                "definedName", ["name": "_xlnm._FilterDatabase", "localSheetId": "\(i)", "hidden": "1"],
                text: quoted + "!" + range)
        }
        xml.end()
        xml.end()
        return xml.bytes
    }

    /// A name Excel accepts (§18.2.19): at most 31 characters, none of `[ ] : * ? / \`.
    static func sheetName(_ name: String) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        let cleaned = String(name.filter { !forbidden.contains($0) }.prefix(31))
        return cleaned.isEmpty ? "Sheet1" : cleaned
    }

    private static func workbookRelationships(_ sheets: Int) -> [UInt8] {
        OfficePackage.relationships(
            (0..<sheets).map { ("rId\($0 + 1)", "worksheet", "worksheets/sheet\($0 + 1).xml") }
                + [("rId\(sheets + 1)", "styles", "styles.xml")])
    }

    /// One font and its bold face, a `yyyy-mm-dd` date format (custom formats start at 164,
    /// §18.8.30), and the four cell styles of `Style`.
    private static let styles: [UInt8] = {
        var xml = XMLWriter()
        xml.start("styleSheet", ["xmlns": main])
        xml.start("numFmts", ["count": "1"])
        xml.empty("numFmt", ["numFmtId": "164", "formatCode": "yyyy-mm-dd"])
        xml.end()
        xml.start("fonts", ["count": "2"])
        for bold in [false, true] {
            xml.start("font")
            if bold { xml.empty("b") }
            xml.empty("sz", ["val": "11"])
            xml.empty("name", ["val": "等线"])
            xml.empty("charset", ["val": "134"])
            xml.end()
        }
        xml.end()
        // Two fills are required: none and gray125 (§18.8.21).
        xml.start("fills", ["count": "2"])
        for pattern in ["none", "gray125"] {
            xml.start("fill")
            xml.empty("patternFill", ["patternType": pattern])
            xml.end()
        }
        xml.end()
        xml.start("borders", ["count": "1"])
        xml.start("border")
        for side in ["left", "right", "top", "bottom", "diagonal"] { xml.empty(side) }
        xml.end()
        xml.end()
        xml.start("cellStyleXfs", ["count": "1"])
        xml.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0"])
        xml.end()
        xml.start("cellXfs", ["count": "4"])
        xml.empty("xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0"])
        xml.empty(
            "xf",
            ["numFmtId": "164", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyNumberFormat": "1"])
        xml.empty(
            "xf", ["numFmtId": "0", "fontId": "1", "fillId": "0", "borderId": "0", "xfId": "0", "applyFont": "1"])
        xml.start(
            "xf", ["numFmtId": "0", "fontId": "0", "fillId": "0", "borderId": "0", "xfId": "0", "applyAlignment": "1"])
        xml.empty("alignment", ["vertical": "top", "wrapText": "1"])
        xml.end()
        xml.end()
        xml.start("cellStyles", ["count": "1"])
        xml.empty("cellStyle", ["name": "Normal", "xfId": "0", "builtinId": "0"])
        xml.end()
        xml.end()
        return xml.bytes
    }()

    /// Days from 1899-12-30, the 1900 date system's day 0 as counted from 1900-03-01 on (§18.17.4.1;
    /// the serial numbers before that count a 29 February 1900 that never was).
    static let epoch1900 = CivilDate(year: 1899, month: 12, day: 30)!.dayNumber
    static let firstExactDate = CivilDate(year: 1900, month: 3, day: 1)!

    /// How much of a sheet's XML is written before it is handed on to be compressed.
    static let pieceSize = 1 << 16

    /// A worksheet (§18.3.1.99). Its rows are read twice, each time made afresh (`SheetRows`):
    /// first for the columns' widths, which come before them, then to be written. Both times on
    /// every core: the rows are made, measured and written as XML on other threads, while this
    /// one hands their XML, in order, to be compressed (`concurrentlyInOrder`).
    private static func worksheet(_ table: SheetTable, to entry: ZipArchive.EntryWriter) throws -> [String] {
        let columns = max(table.header.count, 1)
        let range = "A1:\(CSV.columnName(columns - 1))\(table.rows.count + 1)"
        var xml = XMLWriter()
        xml.start("worksheet", ["xmlns": main, "xmlns:r": OfficePackage.relationshipNamespace])
        xml.empty("dimension", ["ref": range])
        xml.start("sheetViews")
        xml.start("sheetView", ["workbookViewId": "0"])
        xml.empty("pane", ["ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen"])
        xml.empty("selection", ["pane": "bottomLeft", "activeCell": "A2", "sqref": "A2"])
        xml.end()
        xml.end()
        xml.empty("sheetFormatPr", ["defaultRowHeight": "15"])
        xml.start("cols")
        for (i, width) in widths(table.header, table.rows).enumerated() {
            xml.empty("col", ["min": "\(i + 1)", "max": "\(i + 1)", "width": "\(width)", "customWidth": "1"])
        }
        xml.end()
        xml.start("sheetData")
        let letters = (0..<columns).map(CSV.columnName)
        var long: [String] = []
        row(&xml, 1, table.header.map(SheetCell.text), style: .header, letters, long: &long)
        let rows = table.rows
        try concurrentlyInOrder(rows.count) { r in
            var fragment = XMLWriter.fragment()
            var long: [String] = []
            row(&fragment, r + 2, rows[r], style: nil, letters, long: &long)
            return (fragment, long)
        } use: { _, written in
            xml.append(written.0)
            long += written.1
            if xml.count >= pieceSize { try xml.flush(entry.write) }
        }
        xml.end()
        xml.empty("autoFilter", ["ref": range])
        xml.end()
        try xml.bytes.withUnsafeBytes(entry.write)
        return long
    }

    /// One `<row>` (§18.3.1.73); `letters` are the header's columns' names (a longer row's are
    /// made). The references of cells longer than a spreadsheet's cell holds go to `long`.
    private static func row(
        _ xml: inout XMLWriter, _ number: Int, _ cells: [SheetCell], style: Style?, _ letters: [String],
        long: inout [String]
    ) {
        let number = String(number)
        xml.start("row", ["r": number])
        for (i, value) in cells.enumerated() {
            let reference = (i < letters.count ? letters[i] : CSV.columnName(i)) + number
            if case .text(let text) = value, text.utf16.count > Sheet.maximumCellLength { long.append(reference) }
            cell(&xml, reference, value, style: style)
        }
        xml.end()
    }

    /// One `<c>` (§18.3.1.4); an empty text is no cell at all.
    private static func cell(_ xml: inout XMLWriter, _ reference: String, _ value: SheetCell, style: Style?) {
        switch value {
        case .number(let number):
            xml.start("c", ["r": reference])
            xml.element("v", text: String(number))
            xml.end()
        case .date(let date) where date >= firstExactDate:
            xml.start("c", ["r": reference, "s": Style.date.number])
            xml.element("v", text: String(date.dayNumber - epoch1900))
            xml.end()
        case .text(let text) where text.isEmpty:
            break
        case .date, .text:
            // A text a reader would take an apostrophe off (`CSV.imported`: one before text a
            // spreadsheet would run is a CSV's mark, '-…) gets one more; no other text changes.
            let text = XString.escaped(CSV.imported(value.text) != value.text ? "'" + value.text : value.text)
            let style = style ?? (text.utf8.contains(UInt8(ascii: "\n")) ? .wrapped : .plain)
            if style == .plain {
                xml.start("c", ["r": reference, "t": "inlineStr"])
            } else {
                xml.start("c", ["r": reference, "s": style.number, "t": "inlineStr"])
            }
            xml.start("is")
            // Spaces at either end are part of the value (§22.9.2.14, xml:space).
            if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
                xml.element("t", ["xml:space": "preserve"], text: text)
            } else {
                xml.element("t", text: text)
            }
            xml.end()
            xml.end()
        }
    }

    /// Each column's width in characters of the default font: its widest line in display columns
    /// (a Chinese character counts two), plus room for the autofilter's button, at most 60.
    /// The rows are measured in parts on every core (`Array(concurrently:)`), each part's widest
    /// cells kept, then the widest of the parts.
    static func widths(_ header: [String], _ rows: SheetRows) -> [Int] {
        let columns = max(header.count, 1)
        let part = 4096
        let parts = [[Int]](concurrently: (rows.count + part - 1) / part) { p in
            var widest = Array(repeating: 0, count: columns)
            for row in rows[(p * part)..<min(rows.count, (p + 1) * part)] {
                for (i, cell) in zip(widest.indices, row) { widest[i] = max(widest[i], widestLine(cell.text)) }
            }
            return widest
        }
        var widest = (0..<columns).map { $0 < header.count ? widestLine(header[$0]) : 0 }
        for measured in parts {
            for i in widest.indices { widest[i] = max(widest[i], measured[i]) }
        }
        return widest.map { min(60, max(8, $0 + 3)) }
    }

    /// The display width of the text's widest line. A line ends at a line feed; a carriage return
    /// just before one is part of the line, as `Character` takes "\r\n" for one character. Each
    /// scalar is counted as `DisplayWidth` counts it after the one before (‼️ is two columns, as in
    /// a terminal's table), never by a rule of the workbook's own.
    static func widestLine(_ text: String) -> Int {
        var (widest, line) = (0, 0)
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n", previous != "\r" {
                widest = max(widest, line)
                line = 0
            } else {
                line += DisplayWidth.of(scalar, after: previous)
            }
            previous = scalar
        }
        return max(widest, line)
    }
}
