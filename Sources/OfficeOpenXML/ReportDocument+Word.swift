import TalkModel
import TalkText

/// The report as a Word document (WordprocessingML, ECMA-376 Part 1 §17) in the layout of
/// GB/T 9704-2012 党政机关公文格式: A4, top margin 37 mm and left 28 mm around a text block of
/// 156 × 225 mm (§5.2.1–5.2.2), 22 lines of 28 characters (§5.2.3) in 3号 仿宋 (16 pt, §5.2.4);
/// the title in 2号 小标宋 (§7.3.3), first-level headings in 黑体 and second-level in 楷体
/// (§7.3.3); page numbers in 4号 半角 宋体 between em dashes, "— 1 —", at the outside edge
/// (right on odd pages, left on even, one character in; §7.5). Tables repeat their header row on
/// every page (§7.3.3 表格). Charts are given as tables of the figures they draw.
extension ReportDocument {
    /// The document (a ZIP package, ECMA-376 Part 2) written to `output`; the same report gives
    /// the same bytes.
    public func docx(to output: any ZipOutput) throws {
        let entries = [
            ZipArchive.Entry("[Content_Types].xml", Word.contentTypes),
            ZipArchive.Entry("_rels/.rels", OfficePackage.rootRelationships("word/document.xml")),
            ZipArchive.Entry("word/document.xml", wordDocument()),
            ZipArchive.Entry("word/_rels/document.xml.rels", Word.documentRelationships),
            ZipArchive.Entry("word/styles.xml", Word.styles(language)),
            ZipArchive.Entry("word/settings.xml", Word.settings),
            ZipArchive.Entry("word/fontTable.xml", Word.fontTable),
            ZipArchive.Entry("word/footer1.xml", Word.footer(odd: true)),
            ZipArchive.Entry("word/footer2.xml", Word.footer(odd: false)),
        ]
        try ZipArchive.write(entries, to: output)
    }

    private func wordDocument() -> [UInt8] {
        var xml = XMLWriter()
        xml.start("w:document", ["xmlns:w": Word.main, "xmlns:r": OfficePackage.relationshipNamespace])
        xml.start("w:body")
        Word.paragraph(&xml, title, style: "Title")
        for (i, block) in blocks.enumerated() {
            switch block {
            case .heading(let level, let text):
                Word.paragraph(&xml, text, style: level <= 1 ? "Heading1" : "Heading2")
            case .paragraph(let text):
                Word.paragraph(&xml, text, style: nil)
            case .bullets(let items):
                for item in items { Word.paragraph(&xml, item, style: "ListItem") }
            case .table(let headers, let rows, let numeric):
                Word.table(&xml, headers, rows, numeric: numeric)
            case .chart(let chart):
                let (headers, rows) = chart.table
                // A chart of the figures the table just before it gives (the talks of each month)
                // was the same figures twice: a picture in HTML, a second table here.
                if i > 0, case .table(let above, let aboveRows, _) = blocks[i - 1],
                    Word.repeats(headers, rows, of: above, aboveRows)
                {
                    continue
                }
                Word.paragraph(&xml, chart.title, style: "Caption")
                Word.table(&xml, headers, rows, numeric: Set(1..<max(headers.count, 1)))
            }
        }
        Word.section(&xml)
        xml.end()
        xml.end()
        return xml.bytes
    }
}

/// The parts and measures of the Word rendering.
enum Word {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml"

    /// Twips (1/20 pt) per millimetre: 1440 per inch over 25.4 mm.
    static func twips(mm: Double) -> Int { Int((mm * 1440 / 25.4).rounded()) }

    // GB/T 9704-2012 §5.2: A4 (210 × 297 mm), the text block 156 × 225 mm, 37 mm from the top
    // and 28 mm from the left edge, so 35 mm remain below and 26 mm at the right.
    static let pageWidth = twips(mm: 210)
    static let pageHeight = twips(mm: 297)
    static let top = twips(mm: 37)
    static let left = twips(mm: 28)
    static let right = twips(mm: 210 - 28 - 156)
    static let bottom = twips(mm: 297 - 37 - 225)
    /// 22 lines in 225 mm: 28.95 pt a line, set as exact spacing so every word processor keeps it.
    static let linePitch = twips(mm: 225) / 22
    /// 28 characters of 16 pt in 156 mm (442.2 pt) need each advance 0.25 pt narrower than the
    /// font: −5 twentieths of a point of character spacing (§17.3.2.35). A character grid
    /// (docGrid linesAndChars) would say the same to Word, but LibreOffice spreads such a grid's
    /// characters to 18 a line, so the spacing is set on the text instead.
    static let characterSpacing = -5
    /// The page number's em dash sits 7 mm below the text block (§7.5); the footer's distance is
    /// to its baseline, a 14 pt line lower.
    static let footerDistance = twips(mm: 297 - 37 - 225 - 7 - 5)

    // Fonts: the names office machines in China have (the GB2312 fonts of 方正 and Windows),
    // each with the fallback its own `altName` in the font table gives.
    static let fangSong = "仿宋_GB2312"
    static let xiaoBiaoSong = "方正小标宋简体"
    static let heiTi = "黑体"
    static let kaiTi = "楷体_GB2312"
    static let songTi = "宋体"
    static let fallbacks: [(name: String, alternative: String)] = [
        (fangSong, "仿宋"), ("仿宋", "FangSong"), (xiaoBiaoSong, "华文中宋"), (heiTi, "SimHei"), (kaiTi, "楷体"),
        ("楷体", "KaiTi"), (songTi, "SimSun"),
    ]

    static let contentTypes = OfficePackage.contentTypes([
        ("/word/document.xml", "\(mediaType).document.main+xml"),
        ("/word/styles.xml", "\(mediaType).styles+xml"),
        ("/word/settings.xml", "\(mediaType).settings+xml"),
        ("/word/fontTable.xml", "\(mediaType).fontTable+xml"),
        ("/word/footer1.xml", "\(mediaType).footer+xml"),
        ("/word/footer2.xml", "\(mediaType).footer+xml"),
    ])

    static let documentRelationships = OfficePackage.relationships([
        ("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"), ("rId3", "fontTable", "fontTable.xml"),
        ("rId4", "footer", "footer1.xml"), ("rId5", "footer", "footer2.xml"),
    ])

    /// Text as Word shows it: on one line, its hidden characters written visibly, as in the HTML
    /// report (`VisibleText`).
    static func run(_ xml: inout XMLWriter, _ text: String, bold: Bool = false) {
        xml.start("w:r")
        if bold {
            xml.start("w:rPr")
            xml.empty("w:b")
            xml.end()
        }
        xml.element("w:t", ["xml:space": "preserve"], text: VisibleText.escaped(VisibleText.onOneLine(text)))
        xml.end()
    }

    static func paragraph(_ xml: inout XMLWriter, _ text: String, style: String?, alignment: String? = nil) {
        xml.start("w:p")
        if style != nil || alignment != nil {
            xml.start("w:pPr")
            if let style { xml.empty("w:pStyle", ["w:val": style]) }
            if let alignment { xml.empty("w:jc", ["w:val": alignment]) }
            xml.end()
        }
        if !text.isEmpty { run(&xml, text) }
        xml.end()
    }

    /// A table across the text block with its header row repeated on each page (§17.4.49
    /// tblHeader) and rows kept whole (§17.4.6 cantSplit); figures right-aligned.
    static func table(_ xml: inout XMLWriter, _ headers: [String], _ rows: [[String]], numeric: Set<Int>) {
        xml.start("w:tbl")
        xml.start("w:tblPr")
        xml.empty("w:tblStyle", ["w:val": "ReportTable"])
        xml.empty("w:tblW", ["w:w": "5000", "w:type": "pct"])
        // The widths as given (§17.4.53): autofit let a reader's fonts widen one column over another's text.
        xml.empty("w:tblLayout", ["w:type": "fixed"])
        xml.end()
        xml.start("w:tblGrid")
        // A table too wide for four characters of Chinese in every column at 小四 (a roll-up of ten
        // columns) is set in 五号, as office tables are.
        var layout = columnWidths(headers, rows, across: pageWidth - left - right)
        let small = layout.floor < 4
        if small { layout = columnWidths(headers, rows, across: pageWidth - left - right, small: true) }
        let widths = layout.widths
        for width in widths { xml.empty("w:gridCol", ["w:w": "\(width)"]) }
        xml.end()
        for (r, row) in ([headers] + rows).enumerated() {
            xml.start("w:tr")
            xml.start("w:trPr")
            xml.empty("w:cantSplit")
            if r == 0 { xml.empty("w:tblHeader") }
            xml.end()
            for (i, text) in row.enumerated() {
                xml.start("w:tc")
                xml.start("w:tcPr")
                xml.empty("w:tcW", ["w:w": "\(i < widths.count ? widths[i] : 0)", "w:type": "dxa"])
                xml.end()
                paragraph(
                    &xml, text, style: (r == 0 ? "TableHeader" : "TableText") + (small ? "Small" : ""),
                    alignment: numeric.contains(i) && r > 0 ? "right" : nil)
                xml.end()
            }
            xml.end()
        }
        xml.end()
        // Word needs a paragraph between two tables, and the text block reads better with one.
        paragraph(&xml, "", style: "TableGap")
    }

    /// Each column's width in twips, together `available`. Every column gets at least its longest
    /// word (a date, an id, a figure, up to fourteen characters: a line breaks only between CJK
    /// characters and at spaces) and, where the page has room, four characters of Chinese (a name wrapped after two reads badly; three or
    /// two in a table of many columns). Then the short columns (a
    /// name, a status, under a third of the page) get room for their longest line, those lacking
    /// least first, while there is room; the long ones (a situation, a sentence) share what is left
    /// in proportion to what they lack, and wrap; room to spare goes to every column in proportion
    /// to its longest line. A header wraps between its characters rather than widen a column of
    /// figures. Equal widths wrapped dates and ids, and left a column of figures as wide as one of
    /// names.
    static func columnWidths(_ headers: [String], _ rows: [[String]], across available: Int, small: Bool = false)
        -> (widths: [Int], floor: Int)
    {
        // A half-width character of the 12 pt table text: 120 twips in 仿宋 and Times New Roman,
        // with a little to spare for a reader's other fonts; of the 10.5 pt text of a small table, 7/8 of it.
        let character = small ? 109 : 125
        let margins = 2 * 80 + 40
        // A word longer than an id or a date (a code of thirty characters) may wrap: its whole
        // width would be taken from every other column.
        let longestKept = 14
        var least = Array(repeating: 0, count: headers.count)
        var most = Array(repeating: 0, count: headers.count)
        var header = Array(repeating: 0, count: headers.count)
        for (r, row) in ([headers] + rows).enumerated() {
            for (column, text) in row.enumerated() where column < headers.count {
                for line in text.split(separator: "\n") {
                    if r > 0 {
                        most[column] = max(most[column], DisplayWidth.of(String(line)))
                    } else {
                        header[column] = max(header[column], DisplayWidth.of(String(line)))
                    }
                    least[column] = max(least[column], min(longestWord(line), longestKept))
                }
            }
        }
        let width = { (half: Int) in half * character + margins }
        // Four characters of Chinese where the page has room for them in every column, else three,
        // else two: a name, or a header over figures, wrapped a character a line reads badly.
        var floor = 0
        for characters in [4, 3, 2] {
            let floored = least.indices.map { max(least[$0], min(max(most[$0], header[$0]), 2 * characters)) }
            if floored.map(width).reduce(0, +) <= available {
                least = floored
                floor = characters
                break
            }
        }
        // Room to spare goes by the lines the cells hold, not by a floor made for their header.
        let lines = most
        most = zip(most, least).map { max($0, $1) }
        var widths = least.map(width)
        var rest = available - widths.reduce(0, +)
        // Words wider together than the page (a dozen columns of ids): each its share of it.
        guard rest >= 0 else {
            let total = widths.reduce(0, +)
            widths = widths.map { $0 * available / total }
            widths[widths.count - 1] += available - widths.reduce(0, +)
            return (widths, floor)
        }
        let lacking = { (column: Int) in (most[column] - least[column]) * character }
        let long = headers.indices.filter { width(most[$0]) > available / 3 }
        var short = headers.indices.filter { !long.contains($0) }.sorted { (lacking($0), $0) < (lacking($1), $1) }
        while let column = short.first, lacking(column) <= rest {
            widths[column] += lacking(column)
            rest -= lacking(column)
            short.removeFirst()
        }
        // What is left: to the long columns that lack room, else the short ones still lacking, in
        // proportion to what they lack; with none lacking, to all in proportion to their lines.
        let wanting = long.filter { lacking($0) > 0 }
        let sharing = !wanting.isEmpty ? wanting : !short.isEmpty ? short : Array(headers.indices)
        let weights = sharing.map { wanting.isEmpty && short.isEmpty ? lines[$0] + 1 : lacking($0) }
        let total = max(weights.reduce(0, +), 1)
        for (column, weight) in zip(sharing, weights) { widths[column] += rest * weight / total }
        widths[widths.count - 1] += available - widths.reduce(0, +)
        return (widths, floor)
    }

    /// Whether a table (`headers`, `rows`) gives nothing the one above it does not: its figure
    /// columns are the first of the other's, and each row begins the other's row of that place.
    static func repeats(_ headers: [String], _ rows: [[String]], of above: [String], _ aboveRows: [[String]]) -> Bool {
        rows.count <= aboveRows.count && headers.count <= above.count
            && headers.dropFirst().elementsEqual(above.dropFirst().prefix(headers.count - 1))
            && zip(rows, aboveRows).allSatisfy { row, other in row.elementsEqual(other.prefix(row.count)) }
    }

    /// The display width of the longest run of `line` that a line cannot break inside: characters
    /// other than spaces and CJK ideographs, between which Word breaks a line.
    private static func longestWord(_ line: Substring) -> Int {
        var longest = 0
        var word = 0
        for scalar in line.unicodeScalars {
            let width = DisplayWidth.of(scalar)
            if scalar == " " || width == 2 {
                longest = max(longest, word, width)
                word = 0
            } else {
                word += width
            }
        }
        return max(longest, word)
    }

    static func section(_ xml: inout XMLWriter) {
        xml.start("w:sectPr")
        xml.empty("w:footerReference", ["w:type": "default", "r:id": "rId4"])
        xml.empty("w:footerReference", ["w:type": "even", "r:id": "rId5"])
        xml.empty("w:pgSz", ["w:w": "\(pageWidth)", "w:h": "\(pageHeight)"])
        xml.empty(
            "w:pgMar",
            [
                "w:top": "\(top)", "w:right": "\(right)", "w:bottom": "\(bottom)", "w:left": "\(left)",
                "w:header": "851", "w:footer": "\(footerDistance)", "w:gutter": "0",
            ])
        xml.empty("w:docGrid", ["w:type": "lines", "w:linePitch": "\(linePitch)"])
        xml.end()
    }

    /// "— 1 —" in 4号 (14 pt) 宋体, one character in from the outside edge.
    static func footer(odd: Bool) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("w:ftr", ["xmlns:w": main, "xmlns:r": OfficePackage.relationshipNamespace])
        xml.start("w:p")
        xml.start("w:pPr")
        xml.empty("w:pStyle", ["w:val": "Footer"])
        xml.empty("w:ind", odd ? ["w:right": "280"] : ["w:left": "280"])
        xml.empty("w:jc", ["w:val": odd ? "right" : "left"])
        xml.end()
        run(&xml, "— ")
        xml.start("w:fldSimple", ["w:instr": " PAGE "])
        run(&xml, "1")
        xml.end()
        run(&xml, " —")
        xml.end()
        xml.end()
        return xml.bytes
    }

    /// Odd and even pages have their own footers (§17.15.1.35), so numbers sit at the outside edge.
    static let settings: [UInt8] = {
        var xml = XMLWriter()
        xml.start("w:settings", ["xmlns:w": main])
        xml.empty("w:defaultTabStop", ["w:val": "640"])
        xml.empty("w:evenAndOddHeaders")
        xml.empty("w:characterSpacingControl", ["w:val": "compressPunctuation"])
        xml.end()
        return xml.bytes
    }()

    /// Each font with the name to use where it is missing (§17.8.3.1 altName).
    static let fontTable: [UInt8] = {
        var xml = XMLWriter()
        xml.start("w:fonts", ["xmlns:w": main])
        for (name, alternative) in fallbacks {
            xml.start("w:font", ["w:name": name])
            xml.empty("w:altName", ["w:val": alternative])
            xml.empty("w:charset", ["w:val": "86"])
            xml.empty("w:family", ["w:val": "auto"])
            xml.empty("w:pitch", ["w:val": "variable"])
            xml.end()
        }
        xml.end()
        return xml.bytes
    }()

    /// The paragraph styles: body, title, the two heading levels, list items, tables, the
    /// caption of a chart's table, and the footer.
    static func styles(_ language: Language) -> [UInt8] {
        var xml = XMLWriter()
        xml.start("w:styles", ["xmlns:w": main])
        xml.start("w:docDefaults")
        xml.start("w:rPrDefault")
        xml.start("w:rPr")
        fonts(&xml, fangSong)
        xml.empty("w:spacing", ["w:val": "\(characterSpacing)"])
        xml.empty("w:sz", ["w:val": "32"])
        xml.empty("w:szCs", ["w:val": "32"])
        xml.empty("w:lang", ["w:val": language == .zh ? "zh-CN" : "en-GB", "w:eastAsia": "zh-CN"])
        xml.end()
        xml.end()
        xml.start("w:pPrDefault")
        xml.start("w:pPr")
        xml.empty("w:spacing", ["w:before": "0", "w:after": "0", "w:line": "\(linePitch)", "w:lineRule": "exact"])
        xml.end()
        xml.end()
        xml.end()
        // Body text: two characters' first-line indent, justified (§7.3.3).
        style(
            &xml, "Normal", name: "Normal",
            paragraph: { xml in
                xml.empty("w:ind", ["w:firstLineChars": "200", "w:firstLine": "640"])
                xml.empty("w:jc", ["w:val": "both"])
            })
        style(
            &xml, "Title", name: "Title",
            paragraph: { xml in
                xml.empty(
                    "w:spacing", ["w:after": "\(linePitch)", "w:line": "\(linePitch * 5 / 4)", "w:lineRule": "exact"])
                xml.empty("w:ind", ["w:firstLineChars": "0", "w:firstLine": "0"])
                xml.empty("w:jc", ["w:val": "center"])
                xml.empty("w:outlineLvl", ["w:val": "0"])
            },
            run: { xml in
                fonts(&xml, xiaoBiaoSong)
                xml.empty("w:sz", ["w:val": "44"])
                xml.empty("w:szCs", ["w:val": "44"])
            })
        for (id, font, level) in [("Heading1", heiTi, 1), ("Heading2", kaiTi, 2)] {
            style(
                &xml, id, name: "heading \(level)",
                paragraph: { xml in
                    xml.empty("w:keepNext")
                    xml.empty("w:outlineLvl", ["w:val": "\(level)"])
                },
                run: { xml in fonts(&xml, font) })
        }
        style(
            &xml, "ListItem", name: "List Paragraph",
            paragraph: { xml in
                xml.empty("w:ind", ["w:left": "640", "w:firstLineChars": "0", "w:firstLine": "0"])
            })
        style(
            &xml, "Caption", name: "caption",
            paragraph: { xml in
                xml.empty("w:keepNext")
                xml.empty("w:ind", ["w:firstLineChars": "0", "w:firstLine": "0"])
                xml.empty("w:jc", ["w:val": "center"])
            },
            run: { xml in
                fonts(&xml, heiTi)
                xml.empty("w:sz", ["w:val": "28"])
            })
        // Tables in 小四 (12 pt) on single spacing, so a row of nine figures fits the text block.
        for (id, font, size) in [
            ("TableText", fangSong, "24"), ("TableHeader", heiTi, "24"), ("TableTextSmall", fangSong, "21"),
            ("TableHeaderSmall", heiTi, "21"),
        ] {
            style(
                &xml, id, name: id,
                paragraph: { xml in
                    // Off the body's line grid, so a table row is as high as its text.
                    xml.empty("w:snapToGrid", ["w:val": "0"])
                    xml.empty("w:spacing", ["w:line": "300", "w:lineRule": "auto"])
                    xml.empty("w:ind", ["w:firstLineChars": "0", "w:firstLine": "0"])
                    xml.empty("w:jc", ["w:val": id.hasPrefix("TableHeader") ? "center" : "left"])
                },
                run: { xml in
                    fonts(&xml, font)
                    xml.empty("w:sz", ["w:val": size])
                    xml.empty("w:szCs", ["w:val": size])
                })
        }
        style(
            &xml, "TableGap", name: "Table Gap",
            paragraph: { xml in
                xml.empty("w:snapToGrid", ["w:val": "0"])
                xml.empty("w:spacing", ["w:line": "240", "w:lineRule": "exact"])
            })
        style(
            &xml, "Footer", name: "footer",
            paragraph: { xml in
                xml.empty("w:snapToGrid", ["w:val": "0"])
                xml.empty("w:ind", ["w:firstLineChars": "0", "w:firstLine": "0"])
            },
            run: { xml in
                fonts(&xml, songTi, latin: songTi)
                xml.empty("w:spacing", ["w:val": "0"])
                xml.empty("w:sz", ["w:val": "28"])
                xml.empty("w:szCs", ["w:val": "28"])
            })
        // The tables' grid: single lines, a little room inside each cell.
        xml.start("w:style", ["w:type": "table", "w:styleId": "ReportTable"])
        xml.empty("w:name", ["w:val": "Report Table"])
        xml.start("w:tblPr")
        xml.start("w:tblBorders")
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml.empty("w:\(side)", ["w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"])
        }
        xml.end()
        xml.start("w:tblCellMar")
        xml.empty("w:left", ["w:w": "80", "w:type": "dxa"])
        xml.empty("w:right", ["w:w": "80", "w:type": "dxa"])
        xml.end()
        xml.end()
        xml.end()
        xml.end()
        return xml.bytes
    }

    private static func style(
        _ xml: inout XMLWriter, _ id: String, name: String, paragraph: (inout XMLWriter) -> Void = { _ in },
        run: (inout XMLWriter) -> Void = { _ in }
    ) {
        xml.start("w:style", ["w:type": "paragraph", "w:styleId": id])
        xml.empty("w:name", ["w:val": name])
        if id != "Normal" { xml.empty("w:basedOn", ["w:val": "Normal"]) }
        xml.start("w:pPr")
        paragraph(&xml)
        xml.end()
        xml.start("w:rPr")
        run(&xml)
        xml.end()
        xml.end()
    }

    /// The Chinese font for Chinese text; Latin letters and figures in Times New Roman (the usual
    /// companion of 仿宋 in official documents) unless `latin` names another.
    private static func fonts(_ xml: inout XMLWriter, _ font: String, latin: String = "Times New Roman") {
        xml.empty("w:rFonts", ["w:ascii": latin, "w:hAnsi": latin, "w:eastAsia": font, "w:cs": latin])
    }
}
