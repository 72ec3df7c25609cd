import Foundation
import TestSupport
import Testing

/// A store of this test's own, loaded with the sample unless asked otherwise.
struct Workspace {
    let folder = Fixture.temporaryFolder()
    var db: String { folder + "/talks.db" }
    /// How a command a message gives to paste begins: it names the store `run` gives with --db.
    var pasteable: String { "talks --db \(db)" }

    init(loaded: Bool = true) throws {
        if loaded {
            let run = try self.run("load", Fixture.sample)
            precondition(run.status == 0, run.stderr)
        }
    }

    func run(_ arguments: String..., input: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        try run(arguments, input: input, environment: environment)
    }

    func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> Run {
        try talks(["--db", db] + arguments, environment: environment, input: input)
    }

    func file(_ name: String, _ text: String) -> String {
        let path = folder + "/" + name
        Fixture.write(text, to: path)
        return path
    }

    /// The whole store, confidential text included.
    func export() throws -> String {
        let run = try self.run("export", "--include-confidential")
        precondition(run.status == 0, run.stderr)
        return run.stdout
    }
}

@Suite struct ExitStatusTests {
    @Test func successIsZero() throws {
        let w = try Workspace(loaded: false)
        let created = try w.run("init")
        #expect(created.status == 0)
        #expect(created.stdout.contains("created store"))
        let again = try w.run("init")
        #expect(again.status == 0)
        #expect(again.stdout.contains("already exists"))
    }

    /// A document that cannot be read says why: a folder named for a file or given as standard
    /// input, standard input closed (helper-178, helper-180: "cannot read this file", "the
    /// document is empty"); exit 2, nothing written.
    @Test func aDocumentThatCannotBeReadSaysWhy() throws {
        let w = try Workspace()
        let before = try w.run("export").output
        let folder = try w.run("load", w.folder)
        #expect(folder.status == 2 && folder.stderr.contains(": is a folder, not a file"), "\(folder.stderr)")
        let given = try Running([#""$0" --db "$1" load - < "$2""#, Fixture.binary, w.db, w.folder], shell: true)
            .finish()
        #expect(
            given.status == 2 && given.stderr.contains("-: standard input is a folder, not a file"), "\(given.stderr)")
        let closed = try Running([#""$0" --db "$1" load - <&-"#, Fixture.binary, w.db], shell: true).finish()
        #expect(closed.status == 2 && closed.stderr.contains("-: standard input is closed"), "\(closed.stderr)")
        let empty = try Running([#""$0" --db "$1" load - </dev/null"#, Fixture.binary, w.db], shell: true).finish()
        #expect(empty.status == 2 && empty.stderr.contains("the document is empty"), "\(empty.stderr)")
        // A stream of NULs is told at its first mebibyte, not read up to the gibibyte's bound.
        let zero = try w.run("record", "--file", "/dev/zero")
        #expect(zero.status == 2 && zero.stderr.contains("/dev/zero: its first MiB is NUL bytes"), "\(zero.stderr)")
        let zeros = try Running(
            [#"head -c 3000000 /dev/zero | "$0" --db "$1" import -"#, Fixture.binary, w.db], shell: true
        )
        .finish()
        #expect(zeros.status == 2 && zeros.stderr.contains("-: its first MiB is NUL bytes"), "\(zeros.stderr)")
        #expect(try w.run("export").output == before)
    }

    /// A file named in GBK (台账.csv unpacked from a Windows zip) is refused naming it, with what it
    /// reads as in GBK: read with its bytes replaced, it was "no such file", and a store so named
    /// was created under another name.
    @Test func anArgumentThatIsNotUTF8IsRefusedNamingIt() throws {
        let w = try Workspace()
        // 台账 in GBK is CC A8 D5 CB; \314 is octal for CC.
        let imported = try Running(
            [#""$0" --db "$1" import "$1/../$(printf '\314\250\325\313.csv')""#, Fixture.binary, w.db], shell: true
        ).finish()
        #expect(imported.status == 64, "\(imported.stderr)")
        #expect(
            imported.stderr.hasPrefix(#"talks: argument 4, "#)
                && imported.stderr.contains(#"\xCC\xA8\xD5\xCB.csv, is not UTF-8 text (read as GBK/GB18030: ""#)
                && imported.stderr.contains(
                    #"台账.csv"). A file named in another encoding (GBK, from a Windows zip) must be renamed"#),
            "\(imported.stderr)")
        let before = try FileManager.default.contentsOfDirectory(atPath: w.folder)
        let created = try Running(
            [#""$0" --db "$1/$(printf 'x\314.db')" init"#, Fixture.binary, w.folder], shell: true
        )
        .finish()
        #expect(created.status == 64 && created.stderr.contains(#"x\xCC.db, is not UTF-8 text"#), "\(created.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.folder) == before)
        // TALKS_DB so named: the default store was written instead.
        let set = try Running(
            [
                #"TALKS_DB="$1/$(printf 'x\314.db')" "$0" record --kind regular --organization ap --talker p-zhou --held 2026-11-20"#,
                Fixture.binary, w.folder,
            ], shell: true
        ).finish()
        #expect(
            set.status == 64 && set.stderr.contains(#"the environment variable TALKS_DB, "#)
                && set.stderr.contains(#"x\xCC.db, is not UTF-8 text"#), "\(set.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.folder) == before)
        // A confidential value (a problem typed in GBK) is not shown, in any encoding.
        let problem = try Running(
            [
                #""$0" --db "$1" record --kind regular --organization ap --talker p-zhou --held 2026-11-20 --problem "$(printf '\303\334\261\250')""#,
                Fixture.binary, w.db,
            ], shell: true
        ).finish()
        #expect(
            problem.status == 64
                && problem.stderr.contains(
                    "argument 13 (the value of --problem, confidential: not shown) is not UTF-8 text; type it in UTF-8")
                && !problem.stderr.contains(#"\xC3"#) && !problem.stderr.contains("密报"), "\(problem.stderr)")

        // A mistyped flag's value may be confidential too: only the values of flags naming files are shown.
        let mistyped = try Running(
            [
                #""$0" --db "$1" record --kind regular --organization ap --held 2026-11-20 --problems "$(printf 'SECRET\326\320')""#,
                Fixture.binary, w.db,
            ], shell: true
        ).finish()
        #expect(
            mistyped.status == 64
                && mistyped.stderr.contains("(the value of --problems, perhaps confidential: not shown)")
                && !mistyped.stderr.contains("SECRET"), "\(mistyped.stderr)")
        // A setting is refused only where it is read: --db given, or --version, reads no TALKS_DB.
        for words in [#"--db "$1" list talks"#, "--version"] {
            let unread = try Running(
                [#"TALKS_DB="$(printf '/x/\377')" "$0" "# + words, Fixture.binary, w.db], shell: true
            )
            .finish()
            #expect(unread.status == 0, "\(words): \(unread.stderr)")
        }
        // A long one is shown by its end, where a path names the file.
        let long = try Running(
            [#""$0" import "$(printf '\314%.0s' $(seq 1 3000))台账.csv""#, Fixture.binary], shell: true
        )
        .finish()
        #expect(long.status == 64 && long.stderr.utf8.count < 1_000, "\(long.stderr.utf8.count) bytes")
    }

    @Test(arguments: [
        ["frobnicate"], ["lst", "talks"], ["load"], ["load", "a.json", "b.json"], ["export", "--bogus"],
        ["list", "talks", "--format", "xml"], ["list", "widgets"], ["record", "--held", "2026-13-01"],
        ["record", "--kind", "friendly"], ["record", "--steps", "self-check-report,dance"],
        ["--lang", "fr", "list", "talks"],
        ["list", "people", "--year", "2026"], ["measures", "T2026-003", "--reported", "2026-02-30"], ["show"], [],
    ])
    func usageErrorsAre64(_ arguments: [String]) throws {
        let w = try Workspace()
        let run = try talks(["--db", w.db] + arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(!run.stderr.isEmpty || arguments.isEmpty)
    }

    /// A global option given last, without its value, is named as missing its value, before a
    /// command as after one (it was "unknown option" before a command).
    @Test(arguments: [["--lang"], ["list", "talks", "--lang"], ["--lang", "zh", "--lang"]])
    func aGlobalOptionWithoutItsValueSaysSo(_ arguments: [String]) throws {
        let w = try Workspace()
        let run = try talks(["--db", w.db] + arguments)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--lang needs a value") || run.stderr.contains("--lang 需要一个值"), "\(run.stderr)")
    }

    /// An empty value is a slip, not an entry: a usage error (exit 64, spec/cli.md) naming the
    /// flag, whichever option it was given to, nothing recorded (`--problem=` and `--plan=` were
    /// exit 2, `--conductor ""` 64).
    @Test(arguments: [
        ("--problem", ["record", "--problem", ""]), ("--requirement", ["record", "--requirement="]),
        ("--plan", ["record", "--plan="]), ("--trigger", ["record", "--trigger="]),
        ("--note", ["trigger", "add", "--organization", "lc", "--kind", "petitions", "--on", "2026-11-20", "--note="]),
        ("--conductor", ["overdue", "--conductor", ""]), ("--output", ["export", "--format", "xlsx", "--output="]),
        ("--to", ["copy", "--to="]), ("--db", ["--db=", "export"]),
    ])
    func anEmptyValueIsAUsageError(_ flag: String, _ arguments: [String]) throws {
        let w = try Workspace()
        let before = try talks(["--db", w.db, "export"]).stdout
        let talk = ["--kind", "timely", "--organization", "lc", "--talker", "p-zhou", "--held", "2026-09-17"]
        let run = try talks(["--db", w.db] + arguments + (arguments[0] == "record" ? talk : []))
        #expect(run.status == 64 && run.stderr.contains("\(flag) must not be empty"), "\(run.stderr)")
        #expect(try talks(["--db", w.db, "export"]).stdout == before)
    }

    /// A list's value of marks alone is refused as saying nothing, not stored as no item
    /// (helper-198: --steps "，" stored a talk without steps, exit 0).
    @Test(arguments: ["，", "、", ", ;"])
    func aListOfMarksAloneIsAUsageError(_ marks: String) throws {
        let w = try Workspace()
        let before = try talks(["--db", w.db, "export"]).stdout
        let run = try talks([
            "--db", w.db, "record", "--kind", "regular", "--organization", "lc", "--talker", "p-zhou", "--held",
            "2026-09-17", "--steps", marks,
        ])
        #expect(run.status == 64 && run.stderr.contains("--steps says nothing"), "\(run.stderr)")
        #expect(try talks(["--db", w.db, "export"]).stdout == before)
    }

    @Test(arguments: [
        ["list", "talks"], ["export"], ["show", "T1"],
        ["record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-01"],
        ["measures", "T1", "--reported", "2026-01-01"],
    ])
    func aReadOnAMissingStoreIs2WithAHint(_ arguments: [String]) throws {
        let w = try Workspace(loaded: false)
        let run = try talks(["--db", w.db] + arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(w.pasteable) init"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: w.db))
    }

    @Test func helpIsEverywhereAndExitsZero() throws {
        for arguments in [
            ["--help"], ["help"], ["-h"], ["help", "record"], ["record", "--help"], ["load", "--help"],
            ["list", "--help"], ["show", "-h"], ["measures", "--help"], ["rectification", "--help"],
            ["archive", "--help"], ["init", "--help"], ["export", "--help"],
        ] {
            let run = try talks(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect(run.stdout.contains("talks"), "\(arguments)")
        }
        let version = try talks(["--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("talks "))
        #expect(try talks(["record", "--help"]).stdout.contains("--problem"))
    }

    @Test func aMistypedCommandOrIdGetsASuggestion() throws {
        let w = try Workspace()
        #expect(try w.run("lsit", "talks").stderr.contains(#"did you mean "list"?"#))
        let show = try w.run("show", "T2026-01")
        #expect(show.status == 2)
        #expect(show.stderr.contains(#"no record with id "T2026-01""#) && show.stderr.contains("T2026-001"))
        #expect(try w.run("list", "talks", "--conductr", "jd").stderr.contains("--conductor"))
        // An id may hold a quotation mark (or a backslash): quoted, it is escaped, so the quotes
        // end where the id does.
        #expect(try w.run("show", #"T2026-00"3"#).stderr.contains(#"no record with id "T2026-00\"3""#))
        #expect(try w.run("show", #"T\2026"#).stderr.contains(#"no record with id "T\\2026""#))
        #expect(try w.run("list", #"talk"s"#).stderr.contains(#"cannot list "talk\"s"; did you mean "talks"?"#))
    }

    /// A command's option before the command's name had its value taken for the name ("unknown
    /// command 2026-11-21"); now the message says where it goes. Every other option before the
    /// name is read as the command's, as before (helper-163: refusing them all broke these).
    @Test func aCommandsOptionBeforeItsNameIsSaidWhereItGoes() throws {
        let w = try Workspace()
        let early = try w.run("--as-of", "2026-11-21", "overdue", "--format", "csv")
        #expect(early.status == 64)
        #expect(
            early.stderr.contains(
                "--as-of is an option of a command and goes after its name: talks overdue … --as-of 2026-11-21"))
        #expect(!early.stderr.contains("unknown command"))
        // Before a command that has no such option, it goes after none (helper-232: sent after
        // `rules`, where it was an unknown option).
        let none = try w.run("--as-of", "2026-11-21", "rules", "list")
        #expect(
            none.status == 64 && none.stderr.contains("rules takes no --as-of (the commands that do: "),
            "\(none.stderr)")
        // After the name, the same (helper-233: an unknown option there).
        let after = try w.run("rules", "list", "--as-of", "2026-11-21")
        #expect(
            after.status == 64 && after.stderr.contains("rules takes no --as-of (the commands that do: "),
            "\(after.stderr)")
        let chinese = try w.run("--lang", "zh", "--format", "json", "check")
        #expect(chinese.status == 64 && chinese.stderr.contains("--format 是命令的选项，写在命令名之后：talks check … --format json"))
        let typed = try w.run("overdue", "--as-of", "2026-11-21", "--format", "csv")
        for before in [
            ["--as-of=2026-11-21", "overdue", "--format", "csv"], ["--format=csv", "overdue", "--as-of", "2026-11-21"],
        ] {
            let run = try w.run(before)
            #expect(run.status == typed.status && run.stdout == typed.stdout, "\(before): \(run.stderr)")
        }
        #expect(try w.run("--", "overdue").status == w.run("overdue").status)
        #expect(try w.run("--include-confidential", "export").status == 0)
        #expect(try w.run("--frob", "overdue").stderr.contains("unknown option --frob"))
        #expect(try w.run("--lang", "en", "--help", "overdue").status == 0)
        #expect(try talks(["--version"]).status == 0)
    }

    /// A document an `--output` of ours was writing when its process was killed is removed by the
    /// next (helper-164: a whole workbook stayed under a hidden name); a running one's is kept.
    @Test func anOutputLeftByAKilledProcessIsRemovedByTheNext() throws {
        let w = try Workspace()
        let ended = try Running(["true"], shell: true)
        _ = try ended.finish()
        let dead = ended.process.processIdentifier
        let left = w.folder + "/.talks-output-\(dead)-Ab3dEf"
        let running = w.folder + "/.talks-output-\(getpid())-Ab3dEf"
        Fixture.write("half a workbook", to: left)
        Fixture.write("being written", to: running)
        #expect(try w.run("export", "--format", "xlsx", "--output", w.folder + "/all.xlsx").status == 0)
        #expect(!FileManager.default.fileExists(atPath: left) && FileManager.default.fileExists(atPath: running))
    }

    @Test func messagesFollowTheLanguage() throws {
        let w = try Workspace()
        #expect(try w.run("show", "nope", environment: ["LANG": "zh_CN.UTF-8"]).stderr.contains("没有编号为"))
        #expect(
            try w.run("--lang", "en", "show", "nope", environment: ["LANG": "zh_CN.UTF-8"]).stderr.contains("no record")
        )
        #expect(try w.run("list", "organizations", "--lang", "zh").stdout.contains("名称"))
    }

    /// A report is written in Chinese unless `--lang` says otherwise, whatever the reader's own
    /// language: its findings' messages too, which the engine writes in the one language shown.
    @Test func aReportsFindingsAreInTheReportsLanguage() throws {
        let w = try Workspace()
        let report = ["report", "annual", "--conductor", "jd", "--year", "2026", "--as-of", "2026-11-21"]
        let english = try w.run(report, environment: ["LANG": "en_US.UTF-8"])
        let chinese = try w.run(["--lang", "zh"] + report)
        #expect(english.status == 0 && english.stdout.contains("应依规依纪追究责任"))
        #expect(english.stdout == chinese.stdout)
    }
}

/// The sample's first talk, as found in the canonical export; the documents below break it.
private let brokenDocuments: [(name: String, text: String, expected: String)] = {
    let base = """
        {"format": "supervision-talks/1",
         "people": [{"id": "p-new", "name": "新人"}],
         "appointments": [{"person": "p-new", "organization": "jz", "role": "member", "from": "2026-01-01"}],
         "terms": [{"organization": "tl", "from": "2021-06-01", "to": "2026-05-31"}],
         "plans": [{"id": "P-new", "conductor": "jd", "year": 2026, "organization": "jz", "talker": "p-zhou", "due": "2026-12-31"}],
         "talks": [{"id": "T-new", "conductor": "jd", "kind": "regular", "organization": "jz", "talkee": "p-wu",
                    "talker": "p-zhou", "held": "2026-11-02", "plan": "P-new",
                    "measures": {"reported": "2026-11-20", "reflections": true}}]}
        """
    func variant(_ name: String, _ old: String, _ new: String, _ expected: String) -> (String, String, String) {
        precondition(base.contains(old), name)
        return (name, base.replacingOccurrences(of: old, with: new), expected)
    }
    return [
        ("valid", base, ""),
        ("truncated", String(base.prefix(180)), "ends too early (truncated file?)"),
        (
            "wrong format", base.replacingOccurrences(of: "supervision-talks/1", with: "talks/0"),
            "format: unsupported format"
        ),
        variant("unknown field", #""held""#, #""date""#, #"talks[0].date: unknown field "date""#),
        variant(
            "impossible date", #""reported": "2026-11-20""#, #""reported": "2026-02-30""#,
            "talks[0].measures.reported: 2026-02-30 is not a date"),
        variant("wrong type", #""year": 2026"#, #""year": "2026""#, "plans[0].year: expected an integer"),
        variant(
            "bad enumerated value", #""role": "member""#, #""role": "chief""#,
            #"appointments[0].role: "chief" is not one of"#),
        variant(
            "dangling reference", #""talkee": "p-wu""#, #""talkee": "p-wuu""#,
            #"talks[0].talkee: unknown person "p-wuu"; did you mean "p-wu"?"#),
        variant(
            "duplicate id", #"[{"id": "p-new", "name": "新人"}]"#,
            #"[{"id": "p-new", "name": "新人"}, {"id": "p-new", "name": "另一人"}]"#,
            #"people[1].id: duplicate person "p-new""#
        ),
        variant(
            "overlapping secretary post", #""role": "member""#, #""role": "secretary""#,
            #"appointments[0].from: secretary posts of "jz" overlap"#),
        variant(
            "overlapping term", #""organization": "tl""#, #""organization": "jz""#,
            #"terms[0].from: terms of "jz" overlap: 2021-06-01–2026-05-31 and 2021-07-01–2026-06-30 (stored)"#),
        variant(
            "post ends before it starts", #""from": "2026-01-01"}"#, #""from": "2026-01-01", "to": "2025-01-01"}"#,
            "appointments[0].to: 2025-01-01 is before from 2026-01-01"),
        variant(
            "talk ends before it starts", #""held": "2026-11-02""#, #""held": "2026-11-02", "ended": "2026-11-01""#,
            "talks[0].ended: 2026-11-01 is before held 2026-11-02"),
        variant(
            "report before the talk ended", #""reported": "2026-11-20""#, #""reported": "2026-10-20""#,
            "talks[0].measures.reported: 2026-10-20 is before ended 2026-11-02"),
        variant(
            "missing required field", #""talker": "p-zhou", "held""#, #""held""#,
            "talks[0].talker: required field is missing"),
        variant("duplicate key", #""id": "T-new""#, #""id": "T-new", "id": "T-other""#, "duplicate field"),
        variant("empty id", #""id": "P-new""#, #""id": """#, "plans[0].id: an id must not be empty"),
        ("not an object", "[1, 2]", "expected an object"),
        ("empty file", "", "empty"),
        ("deep nesting", String(repeating: "[", count: 5000), "nesting deeper"),
    ]
}()

@Suite struct LoadTests {
    @Test(arguments: brokenDocuments.map(\.name))
    func aBrokenDocumentIsRefusedWholeAndLeavesTheStoreUnchanged(_ name: String) throws {
        let case_ = brokenDocuments.first { $0.name == name }!
        let w = try Workspace()
        let before = try w.export()
        let file = w.file("doc.json", case_.text)
        let run = try w.run("load", file)
        if case_.expected.isEmpty {
            #expect(run.status == 0, "\(run.stderr)")
            return
        }
        #expect(run.status == 2, "\(name): \(run.stdout)")
        #expect(run.stderr.contains(file), "\(name): \(run.stderr)")
        #expect(run.stderr.contains(case_.expected), "\(name): \(run.stderr)")
        #expect(!run.stderr.contains("Fatal error"))
        #expect(try w.export() == before, "\(name)")
    }

    @Test func invalidUTF8IsRefusedWithItsPlace() throws {
        let w = try Workspace()
        let before = try w.export()
        let path = w.folder + "/bad.json"
        try Data(
            Array(#"{"format": "supervision-talks/1", "people": [{"id": "x", "name": ""#.utf8) + [0xC3, 0x28]
                + Array(#""}]}"#.utf8)
        )
        .write(to: URL(fileURLWithPath: path))
        let run = try w.run("load", path)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(path):1:") && run.stderr.contains("invalid UTF-8"))
        #expect(try w.export() == before)
    }

    @Test func manyProblemsAreAllCountedButTheListIsCapped() throws {
        let w = try Workspace()
        let people = (0..<60).map { #"{"id": "x\#($0)", "name": ""}"# }.joined(separator: ", ")
        let run = try w.run("load", w.file("many.json", #"{"format": "supervision-talks/1", "people": [\#(people)]}"#))
        #expect(run.status == 2)
        #expect(run.stderr.contains("… and 40 more"))
    }

    @Test func aFailedFirstLoadLeavesNoStoreBehind() throws {
        let w = try Workspace(loaded: false)
        let run = try w.run("load", w.file("bad.json", #"{"format": "supervision-talks/1", "people": [{"id": ""}]}"#))
        #expect(run.status == 2)
        #expect(!FileManager.default.fileExists(atPath: w.db))
    }

    @Test func loadingTwiceChangesNothing() throws {
        let w = try Workspace()
        let once = try w.export()
        let again = try w.run("load", Fixture.sample)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 new"))
        #expect(try w.export() == once)
    }

    @Test func exportLoadExportIsByteIdentical() throws {
        let first = try Workspace()
        let exported = try first.export()
        let second = try Workspace(loaded: false)
        #expect(try second.run("load", "-", input: Data(exported.utf8)).status == 0)
        #expect(try second.export() == exported)
        // The bundled sample is itself in canonical form.
        #expect(exported == (try String(contentsOfFile: Fixture.sample, encoding: .utf8)))
    }

    @Test func theStoreFileIsOwnerOnly() throws {
        let w = try Workspace()
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: w.db + suffix) {
            let mode = (try FileManager.default.attributesOfItem(atPath: w.db + suffix)[.posixPermissions] as! NSNumber)
                .intValue
            #expect(mode == 0o600, "\(suffix)")
        }
    }

    @Test func referencesMayPointAtStoredRecords() throws {
        let w = try Workspace()
        let run = try w.run(
            "load",
            w.file(
                "talk.json",
                #"{"format": "supervision-talks/1", "triggers": [{"id": "TR-x", "organization": "ap", "kind": "other", "on": "2026-11-01"}]}"#
            ))
        #expect(run.status == 0, "\(run.stderr)")
    }
}

@Suite struct RecordTests {
    let flags = [
        "--id", "T2026-100", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18",
        "--plan", "P2026-12", "--self-check", "--steps", "all", "--record", "--participant", "discipline-inspection",
        "--participant", "organization", "--problem", "问题甲", "--problem", "问题乙", "--requirement", "要求甲",
    ]

    @Test func recordingByFlagsStoresWhatLoadingTheSameJSONStores() throws {
        let byFlags = try Workspace()
        let run = try talks(["--db", byFlags.db, "record"] + flags)
        #expect(run.status == 0, "\(run.stderr)")
        let byLoad = try Workspace()
        let json = """
            {"format": "supervision-talks/1", "talks": [{"id": "T2026-100", "conductor": "jd", "kind": "regular",
             "organization": "ap", "talkee": "p-deng", "talker": "p-zhou", "held": "2026-11-18", "ended": "2026-11-18",
             "format": "individual", "plan": "P2026-12", "selfCheck": true,
             "steps": ["self-check-report", "point-out-problems", "explanation", "rectification-requirements", "commitment"],
             "record": true, "participants": ["discipline-inspection", "organization"],
             "problems": ["问题甲", "问题乙"], "requirements": ["要求甲"]}]}
            """
        #expect(try byLoad.run("load", byLoad.file("t.json", json)).status == 0)
        #expect(try byFlags.export() == (try byLoad.export()))
    }

    @Test func aFileAndFlagsCombineFlagsWinning() throws {
        let w = try Workspace()
        let file = w.file(
            "talk.json",
            #"{"id": "T2026-101", "conductor": "jd", "kind": "timely", "organization": "bs", "talkee": "p-luo", "talker": "p-zhou", "held": "2026-11-01", "triggers": ["TR2026-01"]}"#
        )
        #expect(try w.run("record", "--file", file, "--held", "2026-11-03", "--record").status == 0)
        let shown = try w.run("show", "T2026-101", "--format", "json")
        #expect(shown.stdout.contains(#""held": "2026-11-03""#) && shown.stdout.contains(#""record": true"#))
        #expect(shown.stdout.contains(#""triggers": ["TR2026-01"]"#))
    }

    @Test func anExistingIdIsNotOverwrittenByAccident() throws {
        let w = try Workspace()
        let before = try w.export()
        let run = try talks(["--db", w.db, "record"] + flags.map { $0 == "T2026-100" ? "T2026-001" : $0 })
        #expect(run.status == 2)
        #expect(run.stderr.contains("--id") && run.stderr.contains("--replace"))
        #expect(try w.export() == before)
        // T2026-001's measures and report, kept, are dated before the day the flags give: refused,
        // saying they were kept and how to remove them.
        let replacing = ["--db", w.db, "record", "--replace"] + flags.map { $0 == "T2026-100" ? "T2026-001" : $0 }
        let refused = try talks(replacing)
        #expect(refused.status == 2)
        let kept = "measures.reported (T2026-001 as stored): 2026-04-03 is before ended 2026-11-18"
        #expect(refused.stderr.contains(kept))
        #expect(refused.stderr.contains("--replace: measures, report kept from the stored talk T2026-001, as not"))
        #expect(try w.export() == before)
        for followUp in ["measures", "rectification", "archive"] {
            #expect(try w.run(followUp, "T2026-001", "--clear").status == 0)
        }
        let replaced = try talks(replacing)
        #expect(replaced.status == 0, "\(replaced.stderr)")
    }

    /// `record --replace` by flags changes what they give and keeps what was recorded of the talk
    /// since (the follow-ups, steps, texts), saying so: a day corrected erases nothing. A conductor
    /// and talkee that were the organization's on the stored day follow the day given; another
    /// organization gets its own, and its plan item is not the stored one's; a file's `null`
    /// removes a follow-up. What was kept and removed is said.
    @Test func replacingByFlagsKeepsWhatTheyDoNotGive() throws {
        let w = try Workspace()
        #expect(try talks(["--db", w.db, "record"] + flags).status == 0)
        for followUp in [
            ["measures", "T2026-100", "--reported", "2026-11-20", "--reflections"],
            ["rectification", "T2026-100", "--reported", "2026-11-25", "--assessment", "adequate"],
            ["archive", "T2026-100", "--archived", "2026-11-26", "--copied-to", "organization"],
        ] {
            #expect(try w.run(followUp).status == 0)
        }
        func stored() throws -> String {
            try w.run("show", "T2026-100", "--format", "json", "--include-confidential").stdout
        }
        let before = try stored()
        let corrected = try w.run(
            "record", "--replace", "--id", "T2026-100", "--kind", "regular", "--organization", "ap", "--talker",
            "p-zhou", "--held", "2026-11-17")
        #expect(corrected.status == 0, "\(corrected.stderr)")
        #expect(corrected.stdout.hasPrefix("replaced talk T2026-100: regular, 江东省委 (jd) → 安平市委 (ap), talkee 邓海燕"))
        #expect(corrected.stdout.contains("\nchanged: held\n"))
        #expect(
            corrected.stdout.contains(
                "kept from the stored talk, as not given: plan, selfCheck, steps, problems, requirements, record, "
                    + "participants, measures, report, archive"))
        #expect(!corrected.stdout.contains("removed from"))
        let after = try stored()
        #expect(after == before.replacingOccurrences(of: #""held": "2026-11-18""#, with: #""held": "2026-11-17""#))
        #expect(after != before)

        // Another organization: its conductor and talkee, not the stored plan item.
        let moved = try w.run(
            "--lang", "zh", "record", "--replace", "--id", "T2026-100", "--kind", "regular", "--organization", "lc",
            "--talker", "p-zhou", "--held", "2026-11-17", "--ended", "2026-11-17")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(moved.stdout.contains("已改写谈话 T2026-100：定期谈话，江东省委（jd） → 临川市委（lc），被谈话人 潘思远（p-pan）"))
        #expect(moved.stdout.contains("保留了原谈话中本次未给出的：提交自查报告、谈话环节、指出的问题"))
        #expect(moved.stdout.contains("删除了原谈话的：计划事项\n"))
        #expect(!(try stored().contains("P2026-12")))
        #expect(try stored().contains(#""measures": {"reported": "2026-11-20", "reflections": true}"#))

        // A file that gives a follow-up as null removes it, and keeps the rest.
        let file = w.file(
            "talk.json",
            #"{"id": "T2026-100", "kind": "regular", "organization": "lc", "talker": "p-zhou", "held": "2026-11-17", "archive": null}"#
        )
        let removing = try w.run("record", "--replace", "--file", file)
        #expect(removing.stdout.contains("removed from the stored talk: archive\n"), "\(removing.stderr)")
        let cleared = try stored()
        #expect(!cleared.contains(#""archive""#) && cleared.contains(#""report": {"reported": "2026-11-25""#))
    }

    /// A replacement that makes a kept follow-up impossible is refused at the stored talk's field,
    /// not the file's, with the command that removes it; a field no command removes is to be given.
    @Test func aKeptFieldThatNoLongerFitsIsRefusedWhereItIs() throws {
        let w = try Workspace()
        let before = try w.export()
        let file = w.file(
            "talk.json",
            #"{"id": "T2026-001", "kind": "regular", "organization": "jz", "talker": "p-zhou", "held": "2026-05-01"}"#)
        let refused = try w.run("record", "--replace", "--file", file)
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains("measures.reported (T2026-001 as stored): 2026-04-03 is before ended 2026-05-01"))
        #expect(
            refused.stderr.contains(
                "--replace: measures kept from the stored talk T2026-001, as not given: remove them first with "
                    + "\(w.pasteable) measures --clear T2026-001"))
        #expect(!refused.stderr.contains("talk.measures"))
        #expect(try w.export() == before)
    }

    /// `--replace` finds the stored talk however a sheet would read its id (typed full-width), needs
    /// only the id and what changes, refuses an id that names no talk (a mistyped id recorded a
    /// third copy of the talk meant) and a second record of another stored talk, as `record` does,
    /// but not again a pair a clerk confirmed.
    @Test func aReplacementIsOfTheTalkTheIdNames() throws {
        let w = try Workspace()
        let replaced = try w.run("record", "--replace", "--id", "Ｔ２０２６－００２", "--held", "2026-02-06")
        #expect(replaced.stdout.hasPrefix("replaced talk T2026-002:"), "\(replaced.stderr)")
        #expect(
            replaced.stdout.contains("\nchanged: held\nkept from the stored talk, as not given: kind, organization"))
        let problem = try w.run("record", "--replace", "--id", "T2026-002", "--problem", "新问题")
        #expect(problem.stdout.contains("\nchanged: problems\n"), "\(problem.stderr)")
        let before = try w.export()
        let mistyped = try w.run("record", "--replace", "--id", "t2026-009", "--held", "2026-10-21")
        #expect(mistyped.status == 2)
        #expect(mistyped.stderr.contains(#"--id: no talk with id "t2026-009"; did you mean "T2026-009""#))
        #expect(mistyped.stderr.contains("--replace: replaces a stored talk only; leave --replace out"))
        let noID = try w.run("record", "--replace", "--held", "2026-10-21")
        #expect(noID.status == 64 && noID.stderr.contains("record --replace needs --id"))
        #expect(try w.export() == before)

        // X-1 moved to T2026-003's day would be a second record of it; confirmed, it is not asked again.
        let record = ["record", "--id", "X-1", "--kind", "regular", "--organization", "qy", "--talker", "p-zhou"]
        #expect(try w.run(record + ["--held", "2026-09-16"]).status == 0)
        let twin = try w.run("record", "--replace", "--id", "X-1", "--held", "2026-09-15")
        #expect(twin.status == 2)
        #expect(twin.stderr.contains(#"the stored talk "T2026-003" has the same conductor"#))
        #expect(try w.run("record", "--replace", "--id", "X-1", "--held", "2026-09-15", "--yes").status == 0)
        let again = try w.run("record", "--replace", "--id", "X-1", "--record")
        #expect(again.status == 0 && again.stdout.contains("\nchanged: record\n"), "\(again.stderr)")
    }

    /// `--clear` of a part never recorded says there was nothing to remove; a follow-up kept out of
    /// order is noted as one recorded so.
    @Test func aClearOfNothingAndAKeptArchiveOutOfOrderAreSaid() throws {
        let w = try Workspace()
        #expect(try w.run("archive", "T2026-001", "--clear").stdout == "T2026-001: archive record removed\n")
        #expect(
            try w.run("archive", "T2026-001", "--clear").stdout
                == "T2026-001: no archive record was recorded: nothing removed\n")
        let file = w.file("t.json", #"{"measures": null, "report": null}"#)
        let moved = try w.run(
            "record", "--replace", "--id", "T2026-002", "--kind", "regular", "--organization", "lc", "--talker",
            "p-zhou", "--held", "2026-05-25", "--file", file)
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(
            moved.stderr.contains(
                "note: the materials were archived on 2026-05-20, before the talk ended on 2026-05-25"))
    }

    @Test func clerksRecordingAtOnceAllKeepTheirTalks() async throws {
        let w = try Workspace()
        let ids = (1...6).map { "PAR-\($0)" }
        let runs = try await withThrowingTaskGroup(of: Run.self) { group in
            for (n, id) in ids.enumerated() {
                // Six talks, each on its own day: the same talk recorded twice is refused.
                group.addTask {
                    try w.run(
                        "record", "--id", id, "--kind", "regular", "--organization", "ap", "--talker", "p-zhou",
                        "--held", "2026-11-1\(n)")
                }
            }
            group.addTask { try w.run("list", "talks") }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr))")
        let listed = try w.run("list", "talks").stdout
        #expect(ids.allSatisfy { listed.contains($0) })
    }

    /// The same `talks record` run twice (a clerk unsure the first went through) is refused the
    /// second time, naming the talk stored; --yes records another talk of the same day.
    @Test func theSameTalkRecordedTwiceIsRefused() throws {
        let w = try Workspace()
        let record = [
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18",
        ]
        #expect(try w.run(record).status == 0)
        let before = try w.export()
        let again = try w.run(record)
        #expect(again.status == 2, "\(again.stderr)")
        #expect(
            again.stderr.contains(
                #"the stored talk "T2026-030" has the same conductor, organization, kind, day and talkee: most likely the same talk recorded twice, so nothing was written; add --yes if this is another talk"#
            ), "\(again.stderr)")
        #expect(try w.export() == before)
        // Recorded again with a fact corrected, it says what differs and how to correct the stored
        // talk (helper-222: told only to add --yes, which counted the talk twice).
        let corrected = try w.run(record + ["--self-check"])
        #expect(
            corrected.status == 2
                && corrected.stderr.contains(
                    "talkee (only selfCheck differs: to correct the stored talk, run \(w.pasteable) record --replace --id "
                        + "T2026-030 with what to change)"),
            "\(corrected.stderr)")
        // A talk replaced into another's twin is corrected by deleting one of the two (helper-223:
        // told to replace the other).
        #expect(try w.run(Array(record.dropLast(2)) + ["--held", "2026-11-19", "--id", "T-OTHER"]).status == 0)
        let moved = try w.run("record", "--replace", "--id", "T-OTHER", "--held", "2026-11-18")
        #expect(
            moved.status == 2
                && moved.stderr.contains(
                    "talkee (if the two are the same talk, delete one of them, as \(w.pasteable) delete talks T-OTHER)"),
            "\(moved.stderr)")
        let confirmed = try w.run(record + ["--yes"])
        #expect(confirmed.status == 0 && confirmed.stdout.contains("T2026-031"), "\(confirmed.stderr)")
        // --yes confirms a day after today too: the second record is told, never silent.
        #expect(
            confirmed.stderr.contains(
                #"note: the stored talk T2026-030 has the same conductor, organization, kind, day and talkee (recorded as --yes confirmed); if it is the same talk, delete the extra one (\#(w.pasteable) delete talks T2026-031)"#
            ), "\(confirmed.stderr)")
    }

    /// A plan item's or a trigger's id where a talk's belongs (`explain`, `measures`: the work list's
    /// 编号 column holds all three) is said to be that, with the command that shows it (helper-222:
    /// the closest talks' ids were suggested).
    @Test func anIdOfAnotherKindIsSaidToBeThat() throws {
        let w = try Workspace()
        for (arguments, said) in [
            (
                ["explain", "P2026-12"],
                #""P2026-12" is the id of a plan item, not of a talk: use \#(w.pasteable) show P2026-12"#
            ),
            (
                ["measures", "TR2026-02", "--reported", "2026-11-12"],
                #""TR2026-02" is the id of a trigger, not of a talk"#
            ),
            (["explain", "ap"], #""ap" is the id of an organization, not of a talk: use \#(w.pasteable) show ap"#),
            (["delete", "talks", "P2026-12"], #"not of a talk: use \#(w.pasteable) delete plans P2026-12"#),
        ] {
            let run = try w.run(arguments)
            #expect(run.status == 2 && run.stderr.contains(said), "\(arguments): \(run.stderr)")
        }
    }

    /// Follow-up days in an order they cannot have happened in (a mistyped 10-25 for 11-25) are
    /// stored as given, as the dataset format allows, with a note asking to check them.
    @Test func followUpDaysOutOfOrderAreNoted() throws {
        let w = try Workspace()
        let measures = try w.run("measures", "T2026-009", "--reported", "2026-11-15", "--communicated", "2026-11-01")
        #expect(measures.status == 0, "\(measures.stderr)")
        #expect(
            measures.stderr.contains(
                "note: the measures were communicated on 2026-11-01, before they were reported on 2026-11-15; check the dates"
            ),
            "\(measures.stderr)")
        let report = try w.run("rectification", "T2026-009", "--reported", "2026-10-25")
        #expect(
            report.status == 0
                && report.stderr.contains(
                    "note: the rectification report (2026-10-25) is dated before the measures report (2026-11-15)"),
            "\(report.stderr)")
        let inOrder = try w.run("measures", "T2026-009", "--communicated", "2026-11-16")
        #expect(inOrder.status == 0 && !inOrder.stderr.contains("communicated on"), "\(inOrder.stderr)")
        // Archived before the measures were reported (helper-218: not said), and before the talk ended
        // (held 2026-10-20): a year typed wrong.
        let early = try w.run("archive", "T2026-009", "--archived", "2026-11-10")
        #expect(
            early.stderr.contains(
                "note: the materials were archived on 2026-11-10, before the measures report of 2026-11-15"),
            "\(early.stderr)")
        let archived = try w.run("archive", "T2026-009", "--archived", "2025-01-01")
        #expect(
            archived.status == 0
                && archived.stderr.contains(
                    "note: the materials were archived on 2025-01-01, before the talk ended on 2026-10-20; check the dates"
                ),
            "\(archived.stderr)")
        // A load and an import say them too, naming the talk (helper-217: a load said nothing).
        let back = [
            ("load", w.file("back.json", try w.run("export", "--include-confidential").stdout)),
            (
                "import",
                w.file("back.csv", try w.run("list", "talks", "--format", "csv", "--include-confidential").stdout)
            ),
        ]
        // (A sheet's row first, as its other notes: helper-223.) Into a store holding the talk as it
        // was; given again unchanged, it is not said again (a weekly import repeated every note).
        for (command, file) in back {
            let unchanged = try w.run(command, file)
            #expect(unchanged.status == 0 && !unchanged.stderr.contains("T2026-009"), "\(command): \(unchanged.stderr)")
            let run = try Workspace().run(command, file)
            let lead = command == "load" ? "note: " : "row "
            #expect(
                run.status == 0
                    && run.stderr.contains(
                        "talk T2026-009: the materials were archived on 2025-01-01, before the talk ended on 2026-10-20"
                    )
                    && run.stderr.split(separator: "\n").contains { $0.contains("T2026-009: the") && $0.contains(lead) },
                "\(command): \(run.stderr)")
        }
    }

    @Test func theIdAndTalkeeAreFilledInWhenLeftOut() throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--kind", "regular", "--organization", "qy", "--talker", "p-zhou", "--held", "2026-11-19")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("T2026-030"))
        // 青阳市委 changed secretary on 2026-04-21: the talkee is the new one.
        #expect(try w.run("show", "T2026-030", "--format", "json").stdout.contains(#""talkee": "p-ye""#))
    }

    /// A talk of a kind out of the regulation's scope (任前谈话) is held with whoever it names: none is
    /// filled in, and nothing is written (the fifty-sixth session: the sitting secretary stored).
    @Test func aTalkOfAnotherKindGetsNoTalkeeFilledIn() throws {
        let w = try Workspace()
        let run = try w.run(
            "--lang", "en", "record", "--kind", "任前谈话", "--organization", "qy", "--talker", "p-zhou", "--held",
            "2026-11-19")
        #expect(run.status == 2, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "--talkee: no talkee given: a talk of kind appointment is no supervision talk, and its talkee is not "
                    + "always the organization's secretary, so none is filled in; give the talkee"), "\(run.stderr)")
        #expect(try w.run("show", "T2026-030").status != 0)
        // Nor kept when a supervision talk whose talkee was filled in is made one of that kind
        // (helper-284: the secretary of its day kept, no one's choice).
        #expect(
            try w.run(
                "record", "--kind", "regular", "--organization", "qy", "--talker", "p-zhou", "--held", "2026-11-19"
            )
            .status == 0)
        let made = try w.run("--lang", "en", "record", "--replace", "--id", "T2026-030", "--kind", "任前谈话")
        #expect(made.status == 2 && made.stderr.contains("--talkee: no talkee given: a talk of kind appointment"))
        #expect(try w.run("show", "T2026-030", "--format", "json").stdout.contains(#""kind": "regular""#))
        let given = try w.run("record", "--replace", "--id", "T2026-030", "--kind", "任前谈话", "--talkee", "p-deng")
        #expect(given.status == 0, "\(given.stderr)")
        // A talkee named for such a talk stays when it moves to another organization (helper-285: "no
        // talkee given").
        let moved = try w.run("record", "--replace", "--id", "T2026-030", "--organization", "jz")
        #expect(moved.status == 0, "\(moved.stderr)")
        #expect(try w.run("show", "T2026-030", "--format", "json").stdout.contains(#""talkee": "p-deng""#))
    }

    @Test func problemsArePlacedAtTheFlagThatCausedThem() throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--kind", "regular", "--organization", "qy", "--talker", "p-zhoux", "--held", "2026-11-19",
            "--ended", "2026-11-18")
        #expect(run.status == 2)
        #expect(run.stderr.contains(#"--talker: unknown person "p-zhoux"; did you mean "p-zhou""#))
        #expect(run.stderr.contains("--ended: 2026-11-18 is before held 2026-11-19"))
        let unknownOrganization = try w.run(
            "record", "--kind", "regular", "--organization", "qq", "--talker", "p-zhou", "--held", "2026-11-19")
        #expect(unknownOrganization.status == 2)
        #expect(unknownOrganization.stderr.contains(#"--organization: no organization with id "qq""#))
    }

    @Test func whatFollowsTheTalkIsRecordedAndChecked() throws {
        let w = try Workspace()
        #expect(
            try w.run(
                "measures", "T2026-003", "--reported", "2026-11-19", "--reflections", "--communicated", "2026-11-20"
            ).status == 0)
        #expect(
            try w.run("rectification", "T2026-003", "--reported", "2026-11-20", "--assessment", "inadequate").status
                == 0)
        #expect(
            try w.run("archive", "T2026-003", "--archived", "2026-11-20", "--copied-to", "organization").status == 0)
        #expect(try w.run("archive", "T2026-003", "--copied-to", "discipline-inspection").status == 0)
        let shown = try w.run("show", "T2026-003", "--format", "json").stdout
        #expect(
            shown.contains(
                #""measures": {"reported": "2026-11-19", "reflections": true, "communicated": "2026-11-20"}"#))
        #expect(shown.contains(#""report": {"reported": "2026-11-20", "assessment": "inadequate"}"#))
        #expect(
            shown.contains(
                #""archive": {"archived": "2026-11-20", "copiedTo": ["organization", "discipline-inspection"]}"#))
        let early = try w.run("rectification", "T2026-003", "--reported", "2026-09-01")
        #expect(early.status == 2)
        #expect(early.stderr.contains("--reported: 2026-09-01 is before ended 2026-09-15"))
        #expect(try w.run("measures", "T2026-003", "--clear").status == 0)
        #expect(!(try w.run("show", "T2026-003", "--format", "json").stdout.contains(#""measures""#)))
        #expect(
            try w.run("measures", "T2026-999", "--reported", "2026-11-19").stderr.contains(
                #"no talk with id "T2026-999""#))
    }
}

@Suite struct ViewTests {
    let secret = "SECRET-\(UUID().uuidString)"

    @Test func confidentialTextStaysOutOfListsAndPagesUnlessAskedFor() throws {
        let w = try Workspace()
        #expect(
            try w.run(
                "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-19",
                "--problem", secret, "--requirement", secret
            ).status == 0)
        for arguments in [
            ["list", "talks"], ["list", "talks", "--format", "json"], ["show", "T2026-030"],
            ["show", "T2026-030", "--format", "json"], ["show", "ap"], ["show", "P2026-12"],
        ] {
            let run = try talks(["--db", w.db] + arguments)
            #expect(run.status == 0)
            #expect(!run.stdout.contains(secret) && !run.stderr.contains(secret), "\(arguments)")
        }
        #expect(try w.run("show", "T2026-030", "--include-confidential").stdout.contains(secret))
        let export = try w.run("export", "--include-confidential")
        #expect(export.stdout.contains(secret))
        #expect(export.stderr.contains("confidential") && !export.stderr.contains(secret))
        #expect(!(try w.run("export").stdout.contains(secret)))
    }

    /// A confidential text mistyped on the command line is never shown in the message that
    /// refuses it (Art. 16, helper-193): its words left over after forgotten quotes, or joined to
    /// its flag with a Chinese input method's ＝ or typed after one dash.
    @Test func aMistypedConfidentialTextIsNotShownInTheRefusal() throws {
        let w = try Workspace()
        let record = [
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-19",
        ]
        for (language, mistyped) in [
            ("en", ["--problem", "主体责任", secret]), ("zh", ["--requirement", "整改", secret]),
            ("en", ["--problem＝" + secret]), ("zh", ["--requirement＝" + secret]), ("en", ["-problem=" + secret]),
            ("en", ["--problem:" + secret]),
        ] {
            let run = try w.run(["--lang", language] + record + mistyped)
            #expect(run.status == 64, "\(mistyped): \(run.stderr)")
            #expect(!run.stderr.isEmpty && !run.stderr.contains(secret), "\(mistyped): \(run.stderr)")
        }
        let note = try w.run(
            "trigger", "add", "--organization", "ap", "--kind", "other", "--on", "2026-05-01", "--note", "说明", secret)
        #expect(note.status == 64 && !note.stderr.contains(secret), "\(note.stderr)")
        // Any case, a dash's look-alike (an editor's —, an input method's －－), a flag before the
        // command's name or with no command at all (helper-194).
        for mistyped in [
            record + ["--Problem＝" + secret], record + ["-PROBLEM=" + secret], record + ["—problem=" + secret],
            record + ["－－requirement=" + secret], record + ["–note", secret], ["--problem", secret, "record"],
            ["--problem", secret], ["—problem=" + secret, "record"], ["--Note＝" + secret],
            // An option no command has, before the name: its word is not the command's (helper-196).
            ["-problem", secret, "record"], ["--problme", secret, "record"], ["-requirement", secret],
        ] {
            let run = try w.run(mistyped)
            #expect(run.status == 64, "\(mistyped): \(run.stderr)")
            #expect(!run.stderr.isEmpty && !run.stderr.contains(secret), "\(mistyped): \(run.stderr)")
        }
        // A flag typed wrong is named as typed, with how to write it, and the text after `--` of a
        // command that takes confidential texts is not shown either (helper-195).
        for (mistyped, said) in [
            (record + ["—requirement=" + secret], "unexpected —requirement… (the rest not shown"),
            (record + ["--requirement＝" + secret], "write --requirement=TEXT or --requirement TEXT"),
            (["--problem=" + secret], "--problem is an option of a command and goes after its name"),
            (record + ["--", secret], "unexpected words after the options (not shown"),
        ] {
            let run = try w.run(mistyped)
            #expect(run.status == 64 && run.stderr.contains(said) && !run.stderr.contains(secret), "\(run.stderr)")
        }
        // A command that takes no confidential text names a word left over.
        let extra = try w.run("list", "talks", "extra")
        #expect(extra.status == 64 && extra.stderr.contains("unexpected extra"), "\(extra.stderr)")
    }

    @Test func listsFilterAndShowNames() throws {
        let w = try Workspace()
        let run = try w.run("--lang", "zh", "list", "talks", "--conductor", "jz", "--year", "2026")
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").dropFirst(2)
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.hasPrefix("JZ-T2026-") && $0.contains("江州市委") })
        // A year written as a sheet's year cell is (2026年) filters as 2026 does: it listed nothing.
        let written = try w.run("--lang", "zh", "list", "talks", "--conductor", "jz", "--year", "2026年")
        #expect(written.stdout == run.stdout)
        let plans = try w.run("list", "plans", "--conductor", "jd", "--format", "json").stdout
        #expect(plans.components(separatedBy: #""conductor": "jd""#).count - 1 == 22)
        for kind in ["organizations", "people", "appointments", "terms", "plans", "triggers", "talks"] {
            #expect(try w.run("list", kind).status == 0, "\(kind)")
        }
    }

    @Test func showGivesTheRecordsAround() throws {
        let w = try Workspace()
        let organization = try w.run("--lang", "zh", "show", "jz").stdout
        #expect(organization.contains("江州市委") && organization.contains("吴振华") && organization.contains("清溪县委"))
        let plan = try w.run("show", "P2026-01").stdout
        #expect(plan.contains("T2026-001"))
        let trigger = try w.run("show", "TR2026-01").stdout
        #expect(trigger.contains("T2026-017"))
    }
}
