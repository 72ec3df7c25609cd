/// The languages messages and headings are written in.
public enum Language: String, Sendable, CaseIterable {
    case zh, en
}

/// A text a person reads, in both languages; the front end picks one.
public struct Message: Hashable, Sendable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    /// At most 20 of `items`, then how many more they stand for (`count` each): "a, b and 30 more"
    /// / "a、b 等共 32". A note naming every record a change touches stays a line, not 93 KB of
    /// one (helper-226: a transfer's note named 3,000 plan items).
    /// `unit`: the Chinese measure word after the count (项, 次).
    public static func listed(_ items: [(text: String, count: Int)], zh: Bool, unit: String = "") -> String {
        let shown = items.prefix(20)
        let text = shown.map(\.text).joined(separator: zh ? "、" : ", ")
        guard items.count > shown.count else { return text }
        let (all, named) = (items.reduce(0) { $0 + $1.count }, shown.reduce(0) { $0 + $1.count })
        // (No space after a closing bracket: "（完成时限 2026-12-20）等共 22 项", helper-229.)
        let gap = text.last.map { "）」”】".contains($0) } == true ? "" : " "
        return zh ? "\(text)\(gap)等共 \(all)\(unit.isEmpty ? "" : " " + unit)" : "\(text) and \(all - named) more"
    }

    /// `listed` of texts that stand for one each.
    public static func listed(_ texts: [String], zh: Bool, unit: String = "") -> String {
        listed(texts.map { (text: $0, count: 1) }, zh: zh, unit: unit)
    }
}

/// One thing wrong with an input, and where: a JSON path (`talks[3].held`), a `line:col`,
/// or a command-line flag.
public struct Problem: Hashable, Sendable {
    public let location: String
    /// The place in a source file (a rule or holiday file), kept apart so problems sort by it.
    public let source: SourcePlace?
    public let message: Message
    /// Lines shown under the message: for a rule file, the source line and a caret under the place.
    public let excerpt: [String]
    /// A place described in words (a sheet's row and column), shown in the reader's language.
    private let place: Message?
    /// The sheet's cell or row the problem is at, by which a sheet's problems are told in its
    /// order (`inSheetOrder`); nil for any other place.
    public let cell: CellReference?

    public init(_ location: String, _ message: Message, excerpt: [String] = []) {
        self.location = location
        self.source = nil
        self.message = message
        self.excerpt = excerpt
        self.place = nil
        self.cell = nil
    }

    /// A problem at `file:line:col` of a source file.
    public init(at source: SourcePlace, _ message: Message, excerpt: [String] = []) {
        self.location = source.description
        self.source = source
        self.message = message
        self.excerpt = excerpt
        self.place = nil
        self.cell = nil
    }

    /// A problem at a place described in words, perhaps a sheet's `cell`.
    public init(_ place: Message, _ message: Message, cell: CellReference? = nil) {
        self.location = place.en
        self.source = nil
        self.message = message
        self.excerpt = []
        self.place = place
        self.cell = cell
    }

    /// A problem at a sheet's cell or row.
    public init(_ place: CellReference.Place, _ message: Message) {
        self.init(place.message, message, cell: place.cell)
    }

    /// `problems` as a sheet's are told: those of no cell (the file's, the header's) first, then
    /// by row and column, each place's in the order found (helper-254: a date's problem in row 3
    /// was told before the missing fields of rows 2 and 4).
    public static func inSheetOrder(_ problems: [Problem]) -> [Problem] {
        problems.enumerated().sorted { a, b in
            switch (a.element.cell, b.element.cell) {
            case (let x?, let y?) where x != y: x < y
            case (nil, _?): true
            case (_?, nil): false
            default: a.offset < b.offset
            }
        }.map(\.element)
    }

    public func text(_ language: Language) -> String {
        let location = place?.text(language) ?? self.location
        return location.isEmpty ? message.text(language) : "\(location): \(message.text(language))"
    }
}

/// A sheet's cell: its row counted from 1 and its column from 0, or its row as a whole
/// (`column` nil), which comes before the row's cells.
public struct CellReference: Hashable, Sendable, Comparable {
    public let row: Int
    public let column: Int?

    public init(row: Int, column: Int?) {
        self.row = row
        self.column = column
    }

    public static func < (a: CellReference, b: CellReference) -> Bool {
        (a.row, a.column ?? -1) < (b.row, b.column ?? -1)
    }

    /// A cell and how it is named to a reader (`row 5, column E (谈话日期)`, `台账!E5`).
    public struct Place: Sendable {
        public let cell: CellReference
        public let message: Message
        public var zh: String { message.zh }
        public var en: String { message.en }

        public init(_ cell: CellReference, _ message: Message) {
            self.cell = cell
            self.message = message
        }
    }
}

/// A place in a source file: its name, and a line and column counted from 1.
public struct SourcePlace: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, as compilers write it; the file's name escaped (`VisibleText`), so a line
    /// break in it cannot begin what looks like another message.
    public var description: String { "\(file.inline):\(line):\(column)" }
}

/// Bad input: the document (or flags) cannot be accepted, for all the listed reasons.
///
/// Findings are not errors; this is only for input the tool refuses (exit 2).
public struct InputError: Error, Sendable {
    /// The file the problems are in (`-` for standard input), or nil for flags.
    public let source: String?
    public let problems: [Problem]
    /// A flag's value malformed, which no store could accept (a new id that is a sentence or a
    /// total's label): a usage error (exit 64, `spec/cli.md`), though only known once the store
    /// was asked whether a record bears it.
    public var isUsage = false

    public init(source: String?, problems: [Problem]) {
        self.source = source
        self.problems = problems
    }

    /// One problem: `message` at `place` (a flag, an operand, a JSON path; "" for the command or
    /// file as a whole), in `source` (a file) or in the command line (nil).
    public init(_ message: Message, at place: String = "", source: String? = nil) {
        self.init(source: source, problems: [Problem(place, message)])
    }

    /// Several files' problems as one error, each problem named with its file: what a command
    /// reading many files (every scenario of a folder) reports once it has read them all.
    public init(gathering errors: [InputError]) {
        self.init(
            source: nil,
            problems: errors.flatMap { error in
                error.problems.map { problem in
                    guard let source = error.source else { return problem }
                    let location =
                        problem.location.isEmpty
                        ? source.inline : Self.placed(problem.location, problem.location, in: source)
                    return Problem(location, problem.message, excerpt: problem.excerpt)
                }
            })
    }

    /// `text` after its file: `file:3:14: …` for a place in the text (`location` a line and
    /// column), `file: talks[3].held: …` for a JSON path or anything else. The file's name is
    /// shown escaped: a line break in it would begin what looks like another message.
    private static func placed(_ text: String, _ location: String, in source: String) -> String {
        // (A line and a column by their digits and colon: a sheet named 7-12月 begins a cell's place
        // with a digit too, and was run into the file's name, `book.xlsx:7-12月!H2`: helper-255.)
        let line = location.prefix { $0.isASCII && $0.isNumber }
        let inText = !line.isEmpty && location.dropFirst(line.count).first == ":"
        return source.inline + (inText ? ":" : ": ") + text
    }

    /// The lines to print: at most `limit` problems, then how many more there were.
    public func lines(_ language: Language, limit: Int = 20) -> [String] {
        var lines = problems.prefix(limit).flatMap { problem in
            guard let source else { return [problem.text(language)] + problem.excerpt }
            return [Self.placed(problem.text(language), problem.location, in: source)] + problem.excerpt
        }
        if problems.count > limit {
            let more = problems.count - limit
            lines.append(language == .zh ? "……另有 \(more) 处问题" : "… and \(more) more")
        }
        return lines
    }
}

extension String {
    /// The text in double quotes, as problems quote ids and values; shortened, so a
    /// ten-megabyte value in a hostile file never becomes a ten-megabyte message, and escaped
    /// (`VisibleText`), so a line break in a value typed or loaded stays inside its quotes. A
    /// quote or backslash of the text is written `\"` or `\\`: an id may hold `"` (`a"b` is
    /// `"a\"b"`, never `"a"b"`), and a backslash of its own is told from an escape (`\\n`, `\n`).
    public var quoted: String { quoted(between: "\"", and: "\"") }

    /// The text in Chinese quotation marks, as 公文 punctuation quotes a name in a Chinese
    /// message (工作表“台账”); shortened and escaped as `quoted` is, a `”` or backslash of the
    /// text written `\”` or `\\`.
    public var quotedInChinese: String { quoted(between: "“", and: "”") }

    /// The one way user text is quoted: the closing mark and the backslash escaped first, then
    /// the hidden scalars (whose escapes begin with a backslash that must stay single).
    private func quoted(between open: Unicode.Scalar, and close: Unicode.Scalar) -> String {
        let text = shortened
        guard text.unicodeScalars.contains(where: { $0 == close || $0 == "\\" }) else {
            return "\(open)\(text.inline)\(close)"
        }
        var marked = ""
        for scalar in text.unicodeScalars {
            if scalar == close || scalar == "\\" { marked.unicodeScalars.append("\\") }
            marked.unicodeScalars.append(scalar)
        }
        return "\(open)\(marked.inline)\(close)"
    }

    /// The text itself, or its first 60 characters and an ellipsis when it is longer than 80.
    public var shortened: String {
        var end = startIndex
        for _ in 0..<80 {
            guard end < endIndex else { return self }
            formIndex(after: &end)
        }
        return end == endIndex ? self : String(prefix(60)) + "…"
    }
}
