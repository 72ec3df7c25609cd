import Foundation
import TestSupport
import Testing

/// A name or an id put into the store behind the tool's back (the sqlite3 shell; `load` and
/// `import` refuse them) may hold a line break or a hidden character. Wherever such a value is
/// put inside a line we compose (a committee's heading, a line of `explain` or `show`, a
/// confirmation, a suggestion on standard error, an event of the calendar file), it stays on that
/// line, escaped as a table's cell is: it can neither begin a line that passes for one of ours nor
/// act on the terminal or the calendar that shows it.
@Suite struct InlineValueTests {
    /// What begins the forged line: a line of ours, were the break kept.
    static let forged = "talks: fake"

    /// The sample with every organization's and person's name ending in `tail` (SQL), a talk's id too.
    func store(_ tail: String) throws -> Workspace {
        let w = try Workspace()
        let talk = "'T2026-003' || \(tail)"
        try sqlite3(
            w.db,
            """
            UPDATE organization SET name = name || \(tail); UPDATE person SET name = name || \(tail);
            UPDATE talk SET id = \(talk) WHERE id = 'T2026-003';
            UPDATE talk_entry SET talk = \(talk) WHERE talk = 'T2026-003';
            UPDATE talk_trigger SET talk = \(talk) WHERE talk = 'T2026-003';
            """)
        return w
    }

    /// Every command that puts a stored name or id inside a line of its own making, on standard
    /// output or standard error.
    static let commands: [[String]] = [
        ["check"], ["overdue"], ["overdue", "--format", "ics"], ["coverage"], ["coverage", "--conductor", "jz"],
        ["explain", "T2026-018"], ["show", "jd"], ["show", "jz"], ["show", "p-zhou"], ["show", "T2026-018"],
        ["show", "P2026-12"], ["show", "TR2026-02"], ["delete", "talks", "T2026-018"],
        ["delete", "appointments", "p-zhou/jd/secretary/2021-11-18"],
        ["show", "江东"], ["show", "周文"],
        ["record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18"],
    ].map { $0 + ($0[0] == "record" || $0[0] == "delete" ? [] : ["--as-of", "2026-11-21"]) }

    @Test(arguments: ["en", "zh"])
    func aLineBreakInAStoredNameOrIdNeverBeginsALine(language: String) throws {
        let w = try store("char(10) || '\(Self.forged)'")
        for command in Self.commands {
            let run = try w.run(["--lang", language] + command)
            #expect(run.status <= 2, "\(command): \(run.stderr)")
            for text in [run.stdout, run.stderr] {
                let lines = text.split(separator: "\n").map { $0.drop { $0 == " " || $0 == "\r" } }
                #expect(!lines.contains { $0.hasPrefix(Self.forged) }, "\(command): \(text.prefix(2000))")
            }
            // The names are shown, escaped, where they were; the calendar's text escapes the backslash.
            #expect(
                (run.stdout + run.stderr).contains("\\n\(Self.forged)")
                    || (run.stdout + run.stderr).contains("\\\\n\(Self.forged)"), "\(command)")
        }
    }

    /// The committee's heading of `overdue` and `coverage`, and the first line of `explain`, each
    /// with the name on its one line (the reported instances).
    @Test func theHeadingsOfOverdueCoverageAndExplainKeepTheirName() throws {
        let w = try store("char(10) || '\(Self.forged)'")
        let overdue = try w.run("overdue", "--as-of", "2026-11-21")
        #expect(overdue.stdout.contains("江东省委\\n\(Self.forged)（jd）: violation "), "\(overdue.stdout)")
        let coverage = try w.run("--lang", "zh", "coverage", "--as-of", "2026-11-21")
        #expect(coverage.stdout.contains("江东省委\\n\(Self.forged)（jd）  本届 "), "\(coverage.stdout)")
        let explain = try w.run("explain", "T2026-003\n\(Self.forged)", "--as-of", "2026-11-21")
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(
            explain.stdout.hasPrefix(
                "Talk T2026-003\\n\(Self.forged): 江东省委\\n\(Self.forged) → 青阳市委\\n\(Self.forged), regular, "),
            "\(explain.stdout.prefix(300))")
        #expect(explain.stdout.contains("  · conductor: 江东省委\\n\(Self.forged) (jd)\n"))
        let show = try w.run("show", "p-zhou", "--as-of", "2026-11-21")
        #expect(show.stdout.hasPrefix("person  周文远\\n\(Self.forged) (p-zhou)\n"), "\(show.stdout.prefix(300))")
    }

    /// A name suggested, or taken for what was typed, is quoted as every suggestion is.
    @Test func aSuggestedNameIsQuoted() throws {
        let w = try store("char(10) || '\(Self.forged)'")
        let suggested = try w.run("show", "安平")
        #expect(suggested.status == 2)
        #expect(suggested.stderr.contains("did you mean \"安平市委\\n\(Self.forged)\" (ap)?"), "\(suggested.stderr)")
        let zh = try w.run("--lang", "zh", "show", "安平")
        #expect(zh.stderr.contains("是否指 “安平市委\\n\(Self.forged)”（ap）？"), "\(zh.stderr)")
        let taken = try w.run("show", "安平市委\n\(Self.forged)", "--as-of", "2026-11-21")
        #expect(taken.status == 0, "\(taken.stderr)")
        #expect(taken.stderr.contains("talks: ID \"安平市委\\n\(Self.forged)\" → ap\n"), "\(taken.stderr)")
    }

    /// The hidden characters a terminal or a calendar would obey, and a lone carriage return and
    /// a tab, in a stored name.
    static let hidden: [(sql: String, scalar: Unicode.Scalar, shown: String)] = [
        ("char(27) || '[2J'", "\u{1B}", "\\u{1B}[2J"), ("char(8238)", "\u{202E}", "\\u{202E}"),
        ("char(8232)", "\u{2028}", "\\u{2028}"), ("char(8233)", "\u{2029}", "\\u{2029}"),
        ("char(133)", "\u{85}", "\\u{85}"), ("char(13)", "\r", "\\r"), ("char(9)", "\t", "\\t"),
    ]

    /// Shown escaped in every line we compose for a terminal, on both streams.
    @Test(arguments: 0..<7)
    func aHiddenCharacterInAStoredNameNeverReachesTheTerminal(_ index: Int) throws {
        let (sql, scalar, shown) = Self.hidden[index]
        let w = try store("\(sql) || '伪'")
        for command in Self.commands where !command.contains("ics") {
            for language in ["en", "zh"] {
                let run = try w.run(["--lang", language] + command)
                #expect(!(run.stdout + run.stderr).unicodeScalars.contains(scalar), "\(command)")
            }
        }
        let check = try w.run("check", "--as-of", "2026-11-21")
        #expect(check.stdout.contains("江东省委\(shown)伪（jd）"), "\(check.stdout.prefix(400))")
    }

    /// The calendar file writes the character visibly (its backslash escaped, RFC 5545 §3.3.11),
    /// never raw and never dropped, and a line break in a name is no line break of the event.
    @Test(arguments: 0..<7)
    func aHiddenCharacterInAStoredNameIsShownInTheCalendar(_ index: Int) throws {
        let (sql, scalar, shown) = Self.hidden[index]
        let w = try store("\(sql) || '伪'")
        let run = try w.run("overdue", "--format", "ics", "--as-of", "2026-11-21")
        #expect(run.status == 1, "\(run.stderr)")
        // Lines end in CRLF: no other carriage return, nor the character itself.
        let body = run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(!body.unicodeScalars.contains(scalar))
        #expect(run.stdout.contains("南屏市委\\\(shown)伪"), "\(run.stdout.prefix(1200))")
    }

    @Test func aLineBreakInAStoredNameIsNoLineBreakOfAnEvent() throws {
        let w = try store("char(10) || '\(Self.forged)'")
        let run = try w.run("overdue", "--format", "ics", "--as-of", "2026-11-21")
        #expect(
            run.stdout.contains("SUMMARY:archive and copy: 南屏市委\\\\n\(Self.forged)\r\n"), "\(run.stdout.prefix(900))")
        #expect(run.stdout.contains("DESCRIPTION:江东省委\\\\n\(Self.forged)\\n"), "\(run.stdout.prefix(900))")
    }

    /// CSV shown on a terminal (`script` gives the command one) writes each cell as a value in a
    /// line; CSV written to a file keeps the text as stored, for a spreadsheet and for `import`.
    @Test(arguments: 0..<5)
    func csvOnATerminalShowsAHiddenCharacterAndAFileKeepsIt(_ index: Int) throws {
        let (sql, scalar, shown) = Self.hidden[index]
        let w = try store("\(sql) || '伪'")
        let commands = [
            "list people", "coverage --as-of 2026-11-21", "export --for organization --as-of 2026-11-21",
        ]
        for command in commands {
            let terminal = try Running(
                ["exec script -qec \"$0 --db $1 \(command) --format csv\" /dev/null", Fixture.binary, w.db],
                shell: true
            ).finish()
            #expect(!terminal.stdout.unicodeScalars.contains(scalar), "\(command)")
            #expect(terminal.stdout.contains("\(shown)伪"), "\(command): \(terminal.stdout.prefix(600))")
        }
        let file = try w.run("list", "people", "--format", "csv")
        #expect(file.stdout.unicodeScalars.contains(scalar) && !file.stdout.contains("\(shown)伪"))
    }
}
