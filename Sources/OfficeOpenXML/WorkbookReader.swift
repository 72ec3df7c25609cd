import TalkModel

/// Reads one worksheet of an office's Excel workbook (SpreadsheetML, ECMA-376 Part 1 §18) as rows
/// of text cells, the form `Sheet.read` takes from CSV too, so a workbook meets the same columns,
/// aliases and checks. Text comes from shared strings (§18.4) and inline strings, `_xHHHH_` escapes
/// decoded (`XString`); numbers are
/// written as Excel shows them in General format; a number in a cell whose format is a date
/// becomes `YYYY-MM-DD` in the workbook's date system (1900, with its phantom 29 February, or
/// 1904, §18.17.4.1). Formulas are never evaluated: a cell gives its cached value, and a formula
/// saved without one (by a program that never calculated it) is refused at its cell.
public enum WorkbookReader {
    /// The rows of the sheet, numbered as the spreadsheet numbers them, and the sheet's name.
    public struct Worksheet: Sendable {
        /// The sheet's name (`_xHHHH_` decoded) as messages show it: hidden characters escaped, and
        /// shortened past 80 characters (Excel allows 31).
        public let name: String
        /// The sheet's name as the workbook has it (`_xHHHH_` decoded): which sheet it is.
        public let writtenName: String
        /// How messages name the sheet (`WorkbookReader.label`), for a message to quote (`quoted`),
        /// which escapes it once: `name` is escaped already.
        public let label: String
        public let rows: [(number: Int, cells: [String])]
        /// The cells whose value could not be read (`Sheet.read` tells them with the sheet's other
        /// problems); they are absent from `rows`.
        public let unreadable: [Sheet.UnreadableCell]
        /// The day its day numbers count from (the workbook's 1900 or 1904 date system): a plain
        /// number in a date column is read from it.
        public let dayNumberOrigin: CivilDate
        /// The ranges merged down over several rows (`C5:C8`), whose value the file keeps in their
        /// first cell only: `Sheet.read` reads it in each row of the body they span.
        public let mergedDown: [Sheet.MergedRange]
        /// The cells struck through (删除线), their columns by row: a row struck out is voided, as
        /// offices strike a row rather than delete it.
        public let struck: [Int: Set<Int>]
        /// The rows hidden, by hand or by a filter: a row may be hidden to void it.
        public let hidden: Set<Int>
    }

    /// What is wrong with the workbook, at a place such as `台账!E5`, `xl/workbook.xml:3:14` or
    /// a part of the package.
    public struct Failure: Error, Sendable {
        public let problem: Problem
    }

    /// The sheet `name` names as a person gives it (`--sheet`): its place among the tabs (`#2`,
    /// as a message labels one), else its name; else the first a reader sees (the first not hidden:
    /// a template's hidden sheet of drop-down lists or an old copy is no tab in Excel or WPS); rows
    /// wholly empty are left out, and the title rows above the header (rows whose one value sits in
    /// a cell merged across columns) are kept empty, to be skipped as rows above the header.
    public static func read(_ bytes: [UInt8], sheet name: String?) throws(Failure) -> Worksheet {
        try reading(bytes) { try $0.worksheets([name], byPlace: true)[0].get() }
    }

    /// The sheets named `names` as the workbook names them (`sheetNames`), each read or its
    /// failure, the package, the workbook part, its relationships, shared strings and styles read
    /// once for all: read again for each sheet, a workbook of a sheet a month for forty years took
    /// the square of its sheets.
    public static func read(_ bytes: [UInt8], sheets names: [String]) throws(Failure) -> [Result<Worksheet, Failure>] {
        try reading(bytes) { try $0.worksheets(names, byPlace: false) }
    }

    /// How messages name a sheet: its name, or, when the name may be confidential (a tab named for a
    /// case, 王伟收受礼金: `Sheet.mayBeConfidential`, Art. 16), its place among the tabs a reader
    /// sees, `#2`, which `--sheet` takes too (helper-210: the tab's name was in every message).
    /// (So is a tab named as a place is, `#2`, which would be taken for another's: helper-211.)
    public static func label(of name: String, position: Int) -> String {
        isNamedByPlace(name) ? "#\(position)" : name
    }

    /// Whether messages name a tab of this name by its place (`label`).
    static func isNamedByPlace(_ name: String) -> Bool {
        Sheet.mayBeConfidential(name)
            || name.hasPrefix("#") && name.count > 1 && name.dropFirst().allSatisfy(\.isASCII)
                && name.dropFirst().allSatisfy(\.isNumber)
    }

    /// The names of the workbook's sheets in their order (`_xHHHH_` decoded), as `read` takes them;
    /// without `hidden`, only those a reader sees as tabs (`state` neither `hidden` nor `veryHidden`,
    /// §18.2.19).
    public static func sheetNames(_ bytes: [UInt8], hidden: Bool = true) throws(Failure) -> [String] {
        try reading(bytes) { try $0.sheets().sheets.filter { hidden || !$0.hidden }.map(\.name) }
    }

    /// `body` on the package in `bytes`, whatever fails told as the workbook's `Failure`.
    private static func reading<T>(_ bytes: [UInt8], _ body: (Reading) throws -> T) throws(Failure) -> T {
        do {
            return try body(Reading(ZipArchive.Reader(bytes)))
        } catch {
            throw failure(error)
        }
    }

    /// What a part of the package failing to read is, as the workbook's `Failure`.
    private static func failure(_ error: any Error) -> Failure {
        switch error {
        case let error as ZipError: Failure(problem: error.problem)
        case let error as XMLPart.Failure: Failure(problem: error.problem)
        case let error as Failure: error
        default: fatalError("unexpected \(error)")
        }
    }

    /// Excel's largest sheet: 1,048,576 rows of 16,384 columns (XFD).
    static let rowLimit = 1_048_576
    static let columnLimit = 16_384

    /// The number formats Excel builds in that show dates (§18.8.30, with the East Asian ones).
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)
    /// Those that show a year and month but no day: `mmm-yy`, and Chinese Excel's `yyyy"年"m"月"`.
    static let builtInMonthFormats: Set<Int> = [17, 27, 36, 50, 52, 57]

    private struct Reading {
        let package: ZipArchive.Reader

        init(_ package: ZipArchive.Reader) { self.package = package }

        func part(_ name: String) throws -> [UInt8] {
            guard let bytes = try package.contents(of: name) else {
                // An OpenDocument file (LibreOffice's and WPS's .ods) names its kind in its first
                // entry (ODF 1.2 Part 3 §3.3).
                if let kind = try package.contents(of: "mimetype"),
                    String(decoding: kind, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument")
                {
                    throw Failure(
                        problem: Problem(
                            "",
                            Message(
                                zh: "这是 OpenDocument 表格（.ods），不是 Excel 工作簿：请用 WPS、Excel 或 LibreOffice 打开，另存为 .xlsx 后导入",
                                en:
                                    "this is an OpenDocument spreadsheet (.ods), not an Excel workbook: open it in WPS, "
                                    + "Excel or LibreOffice, save it as .xlsx, and import that")))
                }
                throw Failure(
                    problem: Problem(
                        name,
                        Message(
                            zh: "缺少这一部分，不是 Excel 工作簿（.xlsx）", en: "is missing: this is not an Excel workbook (.xlsx)")))
            }
            return bytes
        }

        /// Relationship targets by id, resolved against the folder of the part they belong to.
        func relationships(of part: String) throws -> [String: (type: String, target: String)] {
            let folder = part.split(separator: "/").dropLast().joined(separator: "/")
            let name =
                (folder.isEmpty ? "" : folder + "/") + "_rels/"
                + (part.split(separator: "/").last.map(String.init) ?? "") + ".rels"
            guard let bytes = try package.contents(of: name) else { return [:] }
            var found: [String: (type: String, target: String)] = [:]
            try XMLPart.parse(bytes, part: name) { element, attributes in
                guard element == "Relationship", let id = attributes["Id"], let target = attributes["Target"] else {
                    return
                }
                found[id] = (attributes["Type"] ?? "", Self.resolve(target, in: folder))
            }
            return found
        }

        static func resolve(_ target: String, in folder: String) -> String {
            if target.hasPrefix("/") { return String(target.dropFirst()) }
            var parts = folder.split(separator: "/").map(String.init)
            for piece in target.split(separator: "/") {
                if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
            }
            return parts.joined(separator: "/")
        }

        /// The workbook part, its sheets in order (names `_xHHHH_` decoded, relationship ids,
        /// whether hidden) and whether it counts days in the 1904 date system.
        func sheets() throws -> (main: String, sheets: [(name: String, id: String, hidden: Bool)], date1904: Bool) {
            let main =
                try relationships(of: "").values.first { $0.type.hasSuffix("/officeDocument") }?.target
                ?? "xl/workbook.xml"
            var sheets: [(name: String, id: String, hidden: Bool)] = []
            var date1904 = false
            try XMLPart.parse(try part(main), part: main) { element, attributes in
                if element == "workbookPr", let flag = attributes["date1904"] {
                    date1904 = flag == "1" || flag == "true"
                }
                if element == "sheet", let name = attributes["name"], let id = attributes["id"] {
                    sheets.append((XString.decoded(name), id, ["hidden", "veryHidden"].contains(attributes["state"])))
                }
            }
            return (main, sheets, date1904)
        }

        /// Each of `wanted` (nil: the first a reader sees) read, or its failure; what all sheets
        /// share is read once, and a failure there fails them all.
        func worksheets(_ wanted: [String?], byPlace: Bool) throws -> [Result<Worksheet, Failure>] {
            let (main, sheets, date1904) = try sheets()
            let links = try relationships(of: main)
            let (shared, struckStrings) =
                try links.values.first { $0.type.hasSuffix("/sharedStrings") }.map { try sharedStrings($0.target) }
                ?? ([], [])
            var dates =
                try links.values.first { $0.type.hasSuffix("/styles") }.map { try numberStyles($0.target) }
                ?? NumberStyles()
            dates.struckStrings = struckStrings
            return wanted.map { name in
                do {
                    return .success(
                        try worksheet(
                            name, byPlace: byPlace, main: main, sheets: sheets, links: links, shared: shared,
                            dates: dates, date1904: date1904))
                } catch {
                    return .failure(WorkbookReader.failure(error))
                }
            }
        }

        private func worksheet(
            _ wanted: String?, byPlace placed: Bool, main: String, sheets: [(name: String, id: String, hidden: Bool)],
            links: [String: (type: String, target: String)], shared: [String], dates: NumberStyles, date1904: Bool
        ) throws -> Worksheet {
            // Excel keeps at least one sheet visible; should none be, the first is still read.
            let first = sheets.first { !$0.hidden } ?? sheets.first
            let visible = sheets.filter { !$0.hidden }
            // A sheet by its place among the tabs (#2), as a message labels one; else by its name. (A
            // tab named so is labelled by its own place: helper-211. Any tab's place is taken, as a
            // script may name tabs whose names vary by office: helper-212.)
            // (The workbook's own names, as `sheetNames` gives them, are names: helper-213, the tab
            // named #1 read as the first tab.)
            let byPlace = { (name: String) in
                placed && name.hasPrefix("#") && name.dropFirst().allSatisfy(\.isASCII)
                    ? Int(name.dropFirst()).flatMap { place in
                        visible.indices.contains(place - 1) && name == "#\(place)" ? visible[place - 1] : nil
                    } : nil
            }
            let named = { (name: String) in sheets.first { $0.name == name } }
            // A place another tab bears as its name is asked twice: refused, naming both (helper-213:
            // --sheet '#3' read the third tab beside one named #3); unless the tab at the place is
            // one messages label by its place, as they labelled it.
            if let wanted, let atPlace = byPlace(wanted), let other = named(wanted), other.id != atPlace.id,
                !isNamedByPlace(atPlace.name)
            {
                let place = visible.firstIndex { $0.id == other.id }.map { "#\($0 + 1)" }
                // (The one at the place by its name, the other by its place: helper-214, "by its place"
                // offered the place just refused.)
                throw Failure(
                    problem: Problem(
                        "",
                        Message(
                            zh:
                                "\(wanted.quotedInChinese) 是第 \(wanted.dropFirst()) 个工作表 \(atPlace.name.quotedInChinese)，"
                                + "另有一个工作表名为 \(wanted.quotedInChinese)" + (place.map { "（即 \($0)）" } ?? "")
                                + "：前者请写其名称" + (place.map { "，后者请写 \($0)" } ?? ""),
                            en: "\(wanted.quoted) is the tab at place \(wanted.dropFirst()), \(atPlace.name.quoted), "
                                + "and another tab is named \(wanted.quoted)" + (place.map { " (\($0))" } ?? "")
                                + ": give the first by its name" + (place.map { ", the other as \($0)" } ?? ""))))
            }
            guard let chosen = wanted.map({ name in byPlace(name) ?? named(name) }) ?? first else {
                // Names are quoted as every user text is: a control character in one is shown,
                // never obeyed, and a quotation mark in one is escaped.
                // Twenty, then how many more: a workbook of a sheet a month holds hundreds.
                let more = sheets.count > 20 ? sheets.count - 20 : 0
                // (A hidden tab named for a case is not named: helper-212, quoted here.)
                let labels = sheets.prefix(20).compactMap { sheet in
                    visible.firstIndex { $0.id == sheet.id }.map { label(of: sheet.name, position: $0 + 1) }
                        ?? (isNamedByPlace(sheet.name) ? nil : sheet.name)
                }
                let names = Message(
                    zh: labels.map(\.quotedInChinese).joined(separator: "、")
                        + (more > 0 ? " 等共 \(sheets.count) 个" : ""),
                    en: labels.map(\.quoted).joined(separator: ", ") + (more > 0 ? " and \(more) more" : ""))
                throw Failure(
                    problem: Problem(
                        "",
                        wanted == nil
                            ? Message(zh: "工作簿中没有工作表", en: "the workbook has no sheet")
                            : Message(
                                zh: "没有名为\(wanted!.quotedInChinese)的工作表（有 \(names.zh)）",
                                en: "has no sheet named \(wanted!.quoted) (it has \(names.en))")))
            }
            // A cell's place names the sheet (`台账!E5`): a control character in its name is
            // shown, never obeyed. (A hidden sheet, read only when named, is named as it was.)
            let labelled =
                visible.firstIndex { $0.id == chosen.id }.map { label(of: chosen.name, position: $0 + 1) }
                ?? chosen.name
            let shown = labelled.inline.shortened
            guard let target = links[chosen.id]?.target else {
                throw Failure(
                    problem: Problem(
                        main,
                        Message(
                            zh: "工作表\(labelled.quotedInChinese)的关系缺失",
                            en: "sheet \(labelled.quoted) has no relationship")))
            }
            let reader = CellReader(sheet: shown, shared: shared, styles: dates, date1904: date1904)
            let cells = try reader.read(try part(target), part: target)
            return Worksheet(
                name: shown, writtenName: chosen.name, label: labelled, rows: cells, unreadable: reader.unreadable,
                dayNumberOrigin: date1904 ? Sheet.dayNumberOrigin1904 : Sheet.dayNumberOrigin,
                mergedDown: reader.mergedDown, struck: reader.struckCells, hidden: reader.hidden)
        }

        /// The shared string table (§18.4.9): each `si`'s text runs, phonetic guides left out; and
        /// the strings a run of which with text is struck through (§18.4.7 `rPr`, `strike`), as
        /// Excel writes text struck while the cell is edited.
        func sharedStrings(_ name: String) throws -> (strings: [String], struck: Set<Int>) {
            var strings: [String] = []
            var struck: Set<Int> = []
            var current = ""
            var inText = false
            var inPhonetic = false
            // The run being read: whether struck, and its text; whether a run so far was struck.
            var (runStruck, runText, anyStruck) = (false, "", false)
            try XMLPart.parse(
                try part(name), part: name,
                start: { element, attributes in
                    switch element {
                    case "si": (current, anyStruck) = ("", false)
                    case "r": (runStruck, runText) = (false, "")
                    case "strike": runStruck = !["0", "false"].contains(attributes["val"] ?? "true")
                    case "rPh": inPhonetic = true
                    case "t": inText = !inPhonetic
                    default: break
                    }
                },
                text: {
                    if inText {
                        current += $0
                        runText += $0
                    }
                },
                end: { element in
                    switch element {
                    case "r" where runText.contains(where: { !$0.isWhitespace }):
                        anyStruck = anyStruck || runStruck
                    case "si":
                        if anyStruck { struck.insert(strings.count) }
                        strings.append(XString.decoded(current))
                    case "rPh": inPhonetic = false
                    case "t": inText = false
                    default: break
                    }
                })
            return (strings, struck)
        }

        /// What the cell styles (indexes of `cellXfs`, §18.8.10) show of a number.
        func numberStyles(_ name: String) throws -> NumberStyles {
            var custom: [Int: String] = [:]
            var formats: [Int] = []
            var fontsOfStyles: [Int] = []
            // The fonts (§18.8.22) struck through (§18.8.36 `strike`, true unless val says not).
            var struckFonts: Set<Int> = []
            var (inCellXfs, inFonts, font) = (false, false, -1)
            try XMLPart.parse(
                try part(name), part: name,
                start: { element, attributes in
                    switch element {
                    case "numFmt":
                        if let id = attributes["numFmtId"].flatMap(Int.init) {
                            custom[id] = attributes["formatCode"] ?? ""
                        }
                    case "fonts": inFonts = true
                    case "font" where inFonts: font += 1
                    case "strike" where inFonts:
                        if !["0", "false"].contains(attributes["val"] ?? "true") { struckFonts.insert(font) }
                    case "cellXfs": inCellXfs = true
                    case "xf" where inCellXfs:
                        formats.append(attributes["numFmtId"].flatMap(Int.init) ?? 0)
                        fontsOfStyles.append(attributes["fontId"].flatMap(Int.init) ?? 0)
                    default: break
                    }
                },
                end: { element in
                    if element == "cellXfs" { inCellXfs = false }
                    if element == "fonts" { inFonts = false }
                })
            var styles = NumberStyles()
            styles.struck = Set(fontsOfStyles.indices.filter { struckFonts.contains(fontsOfStyles[$0]) })
            for (style, id) in formats.enumerated() {
                if custom[id].map(WorkbookReader.isDateFormat) ?? WorkbookReader.builtInDateFormats.contains(id) {
                    styles.days.insert(style)
                    // (Built in: 18–21 h:mm, 22 a day and time, 32–35 and 55–56 the Chinese 时 and 分 with
                    // 上午/下午, 45–47 minutes and seconds.)
                    if custom[id].map({ WorkbookReader.bare($0).contains { "hs".contains($0) } })
                        ?? [18, 19, 20, 21, 22, 32, 33, 34, 35, 45, 46, 47, 55, 56].contains(id)
                    {
                        styles.times.insert(style)
                        let bare = custom[id].map(WorkbookReader.bare)
                        if bare.map({ !$0.contains("y") && !$0.contains("d") })
                            ?? [18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56].contains(id)
                        {
                            styles.clocks.insert(style)
                        }
                    }
                    if custom[id].map({ !WorkbookReader.bare($0).contains { "dhs".contains($0) } })
                        ?? WorkbookReader.builtInMonthFormats.contains(id)
                    {
                        styles.months.insert(style)
                        if custom[id].map({ !WorkbookReader.bare($0).contains("m") }) ?? false {
                            styles.years.insert(style)
                        }
                    }
                } else if custom[id] == nil, [9, 10].contains(id) {
                    styles.unread[style] = id == 9 ? "0%" : "0.00%"  // built in: 5 shows 500%
                } else if let code = custom[id] {
                    switch PaddedNumber.shown(code) {
                    case .bare: break
                    case .padded(let padded): styles.padded[style] = padded
                    case .unread: styles.unread[style] = code
                    }
                    if let text = TextFormat(code) { styles.text[style] = text }
                }
            }
            return styles
        }
    }

    /// What the cell styles of a workbook show of a number (§18.8.30 `numFmt`).
    struct NumberStyles {
        /// The styles whose font is struck through (删除线).
        var struck: Set<Int> = []
        /// The shared strings a run of which is struck through (`sharedStrings`).
        var struckStrings: Set<Int> = []
        /// The styles whose format shows a date.
        var days: Set<Int> = []
        /// Those of them that show a year and month but no day (`yyyy"年"m"月"`): a cell of one
        /// reads as the month it shows, which is no day, as the same typed as text is not.
        var months: Set<Int> = []
        /// Those of them that show the year alone (`yyyy"年"`): a cell of one reads as that year,
        /// as a plan's 年度 is given (`2026年`), which is no day either.
        var years: Set<Int> = []
        /// Those of them that show a time of day (`h:mm`, `yyyy-mm-dd hh:mm`): a fraction of a day
        /// alone in one is the time it shows (14:30), as a column of times beside the day's holds.
        var times: Set<Int> = []
        /// Those of them that show the time alone (`h:mm`): a date-time in one shows no day, and
        /// reads as the time it shows.
        var clocks: Set<Int> = []
        /// The styles showing a whole number padded with zeros among text (`000`, `"T26-"000`).
        var padded: [Int: PaddedNumber] = [:]
        /// The styles whose format shows a number in a way not read here, with their codes: a
        /// number in one is refused, not read as another than the clerk sees.
        var unread: [Int: String] = [:]
        /// The styles whose format shows a text among literal text (`"T26-"@`: 001 shows T26-001).
        var text: [Int: TextFormat] = [:]
    }

    /// How a format's text section shows a text cell (ECMA-376 Part 1 §18.8.30: the fourth
    /// section, or a lone one holding `@`): its pieces, literal text and the cell's text (nil) where
    /// `@` stands. A clerk typing 001 in a column formatted `"T26-"@` sees and means T26-001; read
    /// as typed, it was 001. A text section without `@` (`;;;`, `;;;"及时谈话"`) hides the text.
    struct TextFormat {
        let pieces: [String?]
        let code: String

        /// Nil for a format without a text section, or one showing the text alone (`@`).
        init?(_ code: String) {
            let sections = FormatToken.tokens(code).split(separator: .section, omittingEmptySubsequences: false)
            guard let section = sections.count == 4 ? sections[3] : sections.count == 1 ? sections[0] : nil,
                sections.count == 4 || section.contains(.code("@"))
            else { return nil }
            var pieces: [String?] = []
            for token in section {
                switch token {
                case .code("@"): pieces.append(nil)
                case .literal(let text): pieces.append(text)
                case .code(let character): pieces.append(String(character))
                case .bracket, .section: break
                }
            }
            guard pieces != [nil] else { return nil }
            (self.pieces, self.code) = (pieces, code)
        }

        /// `text` as shown; nil where the format hides it (no `@`).
        func shown(_ text: String) -> String? {
            pieces.contains(nil) ? pieces.map { $0 ?? text }.joined() : nil
        }
    }

    /// A whole number as a number format's first section shows it (ECMA-376 Part 1 §18.8.30):
    /// zeros and `#` among literal text, quoted, escaped or bare (`"T26-"000`, `\T000`, `第000号`),
    /// with a locale's or colour's brackets (`[$-804]`, `[Red]`). Read as the 2 stored, two
    /// ledgers' ids T26A-001 and T26B-001 were both 1.
    struct PaddedNumber {
        let prefix: String
        let digits: Int
        let suffix: String
        /// The format code, for a number it cannot show as a whole one (10.4 in `000` shows 010).
        let code: String

        /// What a format code shows of a whole number that is not a date's.
        enum Shown {
            /// The number as General shows it (`0`, `#,##0`, `0.00`, `General`): no text, no zeros added.
            case bare
            case padded(PaddedNumber)
            /// A format whose showing is not read here (a condition choosing the section, digits in
            /// Chinese numerals, digits among text): the cell is refused, not read as another number.
            case unread
        }

        /// How `code` shows a whole number: its first section's literal text and zeros.
        static func shown(_ code: String) -> Shown {
            var (prefix, digits, suffix) = ("", 0, "")
            var placeholders = 0
            var formatted = false  // a decimal point, grouping, per cent, exponent: the figure itself changes
            var tokens = FormatToken.tokens(code)[...]
            // `;;;` shows nothing of a number.
            if tokens.first == .section { return .unread }
            func literal(_ text: some Sequence<Character>) {
                if placeholders == 0 { prefix += String(text) } else { suffix += String(text) }
            }
            while let token = tokens.popFirst() {
                switch token {
                case .section: tokens = []
                case .literal(let text): literal(text)
                case .bracket(let bracket):
                    if bracket.first == "$" {
                        // A currency and locale (`[$¥-804]`, `[$-804]`): the symbol before the dash shows.
                        literal(bracket.dropFirst().prefix { $0 != "-" })
                    } else if !bracket.allSatisfy(\.isLetter) && !bracket.lowercased().hasPrefix("color")
                        || bracket.lowercased().hasPrefix("dbnum")
                    {
                        return .unread  // a condition (`[>=100]`) or Chinese numerals (`[DBNum1]`)
                    }
                case .code(let character) where "0#?".contains(character):
                    guard suffix.isEmpty else { return .unread }  // digits among text: `"A"0"B"0`
                    placeholders += 1
                    if character == "0", !formatted { digits += 1 }
                case .code(let character) where ".,Ee@".contains(character): formatted = true
                case .code("%"): return .unread  // 5 shows 500%
                case .code(let character)
                where "Gg".contains(character)
                    && tokens.prefix(6).map({ if case .code(let c) = $0 { String(c) } else { "" } }).joined()
                        .lowercased()
                        == "eneral":
                    tokens = tokens.dropFirst(6)
                    placeholders += 1
                case .code(let character): literal([character])
                }
            }
            if prefix.isEmpty && suffix.isEmpty && digits < 2 { return .bare }
            if formatted || placeholders == 0 { return .unread }
            return .padded(PaddedNumber(prefix: prefix, digits: digits, suffix: suffix, code: code))
        }

        func text(_ number: Int) -> String {
            let written = String(number)
            return prefix + String(repeating: "0", count: max(0, digits - written.count)) + written + suffix
        }
    }

    /// Whether a format code shows a date or a time of day: a `y`, `d`, `h` or `m` (a month, or
    /// minutes beside `h` or `s`), outside quoted text, `[…]` sections (colours, locales) and
    /// escaped characters.
    static func isDateFormat(_ code: String) -> Bool {
        bare(code).contains { "ydhm".contains($0) }
    }

    /// A format code's letters that format, lowercased: without quoted text, `[…]` sections and
    /// escaped characters.
    static func bare(_ code: String) -> String {
        String(
            FormatToken.tokens(code).compactMap { if case .code(let c) = $0 { Character(c.lowercased()) } else { nil } }
        )
    }

    /// One piece of a format code (ECMA-376 Part 1 §18.8.31): text shown as written (quoted or
    /// escaped), a `[…]` bracket's content (a colour, a locale, a condition), the `;` between
    /// sections, or any other character, which formats or, unknown, shows itself. A `_` or `*`
    /// and the character after it (a space as wide as it, a fill) show no text and are left out.
    enum FormatToken: Equatable {
        case literal(String)
        case bracket(String)
        case section
        case code(Character)

        static func tokens(_ code: String) -> [FormatToken] {
            var tokens: [FormatToken] = []
            var characters = Array(code)[...]
            while let character = characters.popFirst() {
                switch character {
                case ";": tokens.append(.section)
                case "\"", "[":
                    let close: Character = character == "[" ? "]" : "\""
                    let text = String(characters.prefix { $0 != close })
                    characters = characters.dropFirst(text.count + 1)
                    tokens.append(character == "[" ? .bracket(text) : .literal(text))
                case "\\": characters.popFirst().map { tokens.append(.literal(String($0))) }
                case "_", "*": _ = characters.popFirst()
                default: tokens.append(.code(character))
                }
            }
            return tokens
        }
    }

    /// The date of a serial number (§18.17.4.1); nil for one that names no day.
    static func date(serial: Double, date1904: Bool) -> CivilDate? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        let day = Int(serial.rounded(.down))
        if date1904 { return CivilDate(year: 1904, month: 1, day: 1)!.adding(days: day) }
        // Day 1 is 1900-01-01 and day 60 the 29 February 1900 that Lotus 1-2-3 counted and Excel
        // kept; from day 61 on, days count from 1899-12-30.
        switch day {
        case 0, 60: return nil
        case 1..<60: return CivilDate(year: 1899, month: 12, day: 31)!.adding(days: day)
        default: return CivilDate(dayNumber: Workbook.epoch1900 + day)
        }
    }

    /// `E5` → (5, 4): the row from 1 and the column from 0.
    static func cellReference(_ text: String) -> (row: Int, column: Int)? {
        var column = 0
        var letters = 0
        var digits = 0
        var row = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, (1...rowLimit).contains(row), column <= columnLimit else { return nil }
        return (row, column - 1)
    }
}
