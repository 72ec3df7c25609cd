import Foundation
import TestSupport
import Testing

/// Each message a newcomer meets says what is wrong and what was meant, in English and in Chinese
/// (issue 17): rule files, scenario files, `delete`, `load` and `help` (`record`: `RecordFlagTests`).
@Suite struct HelpfulMessageTests {
    /// The problems a command reported: its `talks:` lines (rule files add source lines and carets).
    private func problems(_ run: Run) -> [String] {
        run.stderr.split(separator: "\n").filter { $0.hasPrefix("talks: ") }.map(String.init)
    }

    @Test(arguments: [
        (
            "en",
            [
                "bad.rules:1:49: Chinese quotation marks “某\"省”: write straight quotes, \"某\\\"省\"",
                "bad.rules:7:12: a severity is violation, warning or notice; did you mean \"warning\"?",
                "bad.rules:10:26: a period's unit is not \"workdays\"; did you mean \"working days\"?",
                "bad.rules:11:23: a period's unit is not \"个月\"; did you mean \"months\"?",
            ]
        ),
        (
            "zh",
            [
                "bad.rules:1:49: 中文引号 “某\"省”：请用英文引号 \"某\\\"省\"",
                "bad.rules:7:12: 严重程度只能是 violation、warning 或 notice；是否指“warning”？",
                "bad.rules:10:26: 期间的单位不能写作 \"workdays\"；是否指“working days”？",
                "bad.rules:11:23: 期间的单位不能写作 \"个月\"；是否指“months”？",
            ]
        ),
    ])
    func ruleFileMistakesAreNamedOnceWithWhatWasMeant(language: String, expected: [String]) throws {
        let w = try Workspace(loaded: false)
        let pack = w.file(
            "bad.rules",
            """
            pack q { version "1" effective 2026-06-01 title “某"省” }
            rule r1 {
              article "第五条"
              quote   "q"
              subject talk
              requires talk.record
              severity warn
              message zh "m" en "m"
            }
            set measures-period = 15 workdays
            set report-period = 3 个月

            """)
        let run = try talks(["--lang", language, "rules", "lint", pack])
        #expect(run.status == 2)
        #expect(problems(run) == expected.map { "talks: \(w.folder)/\($0)" }, "\(run.stderr)")
    }

    /// A scenario folder with one scenario, whose text `scenario` gives.
    private func scenarios(_ w: Workspace, _ scenario: String) throws -> String {
        let folder = w.folder + "/scenarios"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        Fixture.write(
            """
            {"format": "supervision-talks/1",
             "organizations": [{"id": "gd", "name": "某省委", "kind": "local-committee", "level": "province"},
                               {"id": "gz", "name": "A市委", "kind": "local-committee", "level": "city", "parent": "gd"}],
             "people": [{"id": "p-li", "name": "李明"}, {"id": "p-wang", "name": "王强"}],
             "appointments": [{"person": "p-li", "organization": "gd", "role": "secretary", "from": "2021-05-28"},
                              {"person": "p-wang", "organization": "gz", "role": "secretary", "from": "2022-03-01"}]}
            """, to: folder + "/base.json")
        Fixture.write(scenario, to: folder + "/s.json")
        return folder
    }

    private static let talk = """
        {"talks": [{"id": "T1", "conductor": "gd", "kind": "regular", "organization": "gz", "talkee": "p-wang",
                    "talker": "p-li", "held": "2026-07-01"}]}
        """

    @Test(arguments: [
        (
            "{\"base\": \"base.json\", \"rules\": [\"self-chek\"], \"cases\": [{\"name\": \"x\", \"asOf\": \"2026-07-31\", \"expect\": []}]}",
            "s.json: rules[0]: rule self-chek is not in force; did you mean \"self-check\"?",
            "s.json: rules[0]: 规则 self-chek 不在生效的规则中；是否指“self-check”？"
        ),
        (
            "{\"base\": \"base.json\", \"rules\": \"self-check\", \"cases\": [{\"name\": \"x\", \"asOf\": \"2026-07-31\", \"dataset\": \(talk), \"expect\": [{\"subject\": \"T1\", \"severity\": \"warn\"}]}]}",
            "s.json: cases[0].expect[0].severity: \"warn\" is not one of violation, warning, notice; did you mean \"warning\"?",
            "s.json: cases[0].expect[0].severity: \"warn\" 不是可用的值（可用：violation、warning、notice）；是否指“warning”？"
        ),
        (
            "{\"base\": \"base.json\", \"rules\": \"self-check\", \"cases\": [{\"name\": \"x\", \"asOf\": \"2026-07-31\", \"expect\": [{\"subjet\": \"T1\"}]}]}",
            "s.json: cases[0].expect[0].subjet: unknown field; did you mean \"subject\"?",
            "s.json: cases[0].expect[0].subjet: 未知字段；是否指“subject”？"
        ),
        (
            "{\"base\": \"base.json\",\n \"rules\": \"self-check\"\n \"cases\": []}",
            "s.json:3:2: expected ',' or '}', found '\"'",
            "s.json:3:2: 此处应为',' 或 '}'，却是 '\"'"
        ),
    ])
    func scenarioMistakesAreNamedAtTheirPlace(scenario: String, english: String, chinese: String) throws {
        let w = try Workspace(loaded: false)
        let folder = try scenarios(w, scenario)
        for (language, expected) in [("en", english), ("zh", chinese)] {
            let run = try talks(["--lang", language, "rules", "test", folder])
            #expect(run.status == 2)
            #expect(problems(run) == ["talks: \(folder)/\(expected)"], "\(run.stderr)")
        }
    }

    /// A clause refused as written is told there, not first as a clause missing (helper-206: an
    /// expression nested too deep led with "a rule has either `requires` … or `due` and `done`").
    @Test func aClauseRefusedIsNotAlsoToldAsMissing() throws {
        let w = try Workspace(loaded: false)
        let nested = String(repeating: "(", count: 150) + "true" + String(repeating: ")", count: 150)
        let rules = w.file(
            "deep.rules",
            "pack deep { version \"1\" }\nrule deep { article \"a\" quote \"q\" subject talk requires \(nested) "
                + "severity notice message zh \"z\" en \"e\" }\n")
        let run = try talks(["rules", "lint", "--rules", rules])
        #expect(run.status == 2)
        #expect(problems(run).first?.contains("an expression nested deeper than 100 levels") == true, "\(run.stderr)")
        #expect(!run.stderr.contains("a rule has either"), "\(run.stderr)")
    }

    /// The command the preview gives deletes the record when pasted into a shell, on the store the
    /// preview was given with --db: --yes before an id that begins with "-", after "--".
    @Test func theCommandThePreviewGivesDeletesTheRecordWhenPasted() throws {
        let w = try Workspace()
        let record = ["--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-20"]
        #expect(try w.run(["record", "--id", "-W3"] + record).status == 0)
        let preview = try w.run("delete", "talks", "--", "-W3")
        let command = String(preview.stdout.split(separator: "run ").last ?? "").trimmingCharacters(in: .newlines)
        #expect(command == "\(w.pasteable) delete talks --yes -- -W3", "\(preview.stdout)")
        let pasted = try Running([#""$0""# + command.dropFirst("talks".count), Fixture.binary], shell: true).finish()
        #expect(pasted.status == 0 && pasted.stdout.hasPrefix("deleted the regular talk -W3"), "\(pasted.stderr)")
        // A store named by TALKS_DB is found again by a pasted command: it is not repeated.
        #expect(try w.run(["record", "--id", "W4"] + record + ["--yes"]).status == 0)
        let set = try talks(["delete", "talks", "W4"], environment: ["TALKS_DB": w.db])
        #expect(set.stdout.hasSuffix("To delete it, run talks delete talks --yes W4\n"), "\(set.stdout)")
    }

    @Test func deleteWithoutYesDescribesTheRecordInAClerksWords() throws {
        let w = try Workspace()
        for (language, expected) in [
            (
                "en",
                "would delete the regular talk T2026-003 of 江东省委 (jd) with 叶青松 (p-ye) of 青阳市委 (qy), held 2026-09-15. To delete it, run \(w.pasteable) delete talks --yes T2026-003\n"
            ),
            (
                "zh",
                "将删除江东省委（jd）于 2026-09-15 与青阳市委（qy）叶青松（p-ye）的定期谈话 T2026-003。确认删除请运行 \(w.pasteable) delete talks --yes T2026-003\n"
            ),
        ] {
            let run = try w.run("--lang", language, "delete", "talks", "T2026-003")
            #expect(run.status == 0 && run.stdout == expected, "\(run.stdout)\(run.stderr)")
        }
        let post = try w.run("--lang", "zh", "delete", "appointments", "p-zhou/jd/secretary/2021-11-18")
        #expect(post.stdout.hasPrefix("将删除周文远（p-zhou）自 2021-11-18 任江东省委（jd）书记的任职。"), "\(post.stdout)")
        // The talks naming the post's holder on its days are told: their verdicts change with it.
        #expect(
            post.stderr.hasPrefix("注意：存储中有 ") && post.stderr.contains("在该任职期间以周文远（p-zhou）为被谈话人或谈话人"),
            "\(post.stderr)")
        #expect(try w.run("show", "T2026-003").status == 0, "nothing was deleted")
        let deleted = try w.run("--lang", "zh", "delete", "talks", "T2026-003", "--yes")
        #expect(deleted.stdout == "已删除江东省委（jd）于 2026-09-15 与青阳市委（qy）叶青松（p-ye）的定期谈话 T2026-003\n")
        let term = try w.run("delete", "terms", "jd/2022-01-10", "--yes")
        #expect(term.stdout == "deleted the term of 江东省委 (jd) from 2022-01-10 to 2027-01-09\n", "\(term.stderr)")
    }

    @Test func loadEndsWithTheNextStep() throws {
        let w = try Workspace(loaded: false)
        let english = try w.run("load", Fixture.sample)
        #expect(
            english.stdout.hasSuffix(
                "next: \(w.pasteable) overdue lists what is overdue or due soon; \(w.pasteable) coverage, whom this term's talks have not reached\n"
            ), "\(english.stdout)")
        let chinese = try w.run("--lang", "zh", "load", Fixture.sample)
        #expect(
            chinese.stdout.hasSuffix(
                "下一步：\(w.pasteable) overdue 列出逾期和即将到期的事项，\(w.pasteable) coverage 列出本届尚未谈到的“一把手”\n"))
    }

    /// A value one letter off names the value meant; a misspelled field is one problem, not also a missing one.
    @Test func valuesAndFieldsOneLetterOffNameWhatWasMeant() throws {
        let w = try Workspace()
        let record = [
            "record", "--kind", "regualr", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18",
        ]
        let document = w.file(
            "bad.json", #"{"format": "supervision-talks/1", "plans": [{"id": "X", "conductr": "jd"}]}"#)
        for (language, expected) in [
            (
                "en",
                [
                    "talks: --format must be table, json, csv, xlsx, ics; did you mean \"ics\"? (see talks overdue --help)",
                    "talks: --kind: \"regualr\" is not one of regular, timely, clue-disposal, appointment, admonishment; did you mean \"regular\"? (see talks record --help)",
                    "talks: \(document): plans[0].conductr: unknown field \"conductr\"; did you mean \"conductor\"?",
                ]
            ),
            (
                "zh",
                [
                    "talks: --format 只能是 table、json、csv、xlsx、ics；是否指“ics”？（详见 talks overdue --help）",
                    "talks: --kind：\"regualr\" 不是可用的值（定期谈话、及时谈话、线索处置谈话、任职谈话、诫勉谈话）；是否指“regular”？（详见 talks record --help）",
                    "talks: \(document): plans[0].conductr: 未知字段 \"conductr\"；是否指“conductor”？",
                ]
            ),
        ] {
            let format = try w.run("--lang", language, "overdue", "--format", "icss")
            #expect(format.status == 64 && problems(format) == [expected[0]], "\(format.stderr)")
            let kind = try w.run(["--lang", language] + record)
            #expect(kind.status == 64 && problems(kind) == [expected[1]], "\(kind.stderr)")
            let load = try w.run("--lang", language, "load", document)
            #expect(load.status == 2 && problems(load).first == expected[2], "\(load.stderr)")
            #expect(!load.stderr.contains("plans[0].conductor"), "\(load.stderr)")
        }
    }

    /// Options every command takes and no command: the command is said to be missing, with the
    /// line to type; an option no command takes is still named as unknown.
    @Test func optionsWithoutACommandAskForOne() throws {
        let forgotten = try talks(["--db", "w.db", "--lang", "en"])
        #expect(forgotten.status == 64, "\(forgotten.stderr)")
        #expect(
            forgotten.stderr.contains("no command: name one after the options, as in talks --db w.db --lang en check"),
            "\(forgotten.stderr)")
        let ended = try talks(["--db", "w.db", "--"])
        #expect(ended.status == 64 && ended.stderr.contains("no command: "), "\(ended.stderr)")
        let unknown = try talks(["--db", "w.db", "--bogus"])
        #expect(unknown.status == 64 && unknown.stderr.contains("unknown option --bogus"), "\(unknown.stderr)")
        // A value no command would take is named before the command is asked for: the line
        // suggested would fail on it (helper-188).
        for (words, said) in [
            (["--lang", "fr"], "--lang must be zh or en"), (["--db", ""], "--db must not be empty"),
        ] {
            let run = try talks(words)
            #expect(run.status == 64 && run.stderr == "talks: \(said) (see talks --help)\n", "\(run.stderr)")
        }
    }

    /// A file whose name begins with a dash, given as a command's operand, is an unknown option
    /// with how to name the file (`import -g.csv` said only "unknown option -g.csv").
    @Test func aFileNamedLikeAnOptionIsToldHowToBeNamed() throws {
        let w = try Workspace()
        _ = w.file("-g.csv", "编号,姓名\r\np-g,高峰\r\n")
        let folder = w.folder
        let run = try Running([#"cd "$1" && "$0" --db "$2" import -g.csv"#, Fixture.binary, folder, w.db], shell: true)
            .finish()
        #expect(run.status == 64, "\(run.stderr)")
        #expect(
            run.stderr.contains("unknown option -g.csv; for the file of that name, write ./-g.csv, or -- before it"),
            "\(run.stderr)")
        let named = try Running(
            [#"cd "$1" && "$0" --db "$2" import ./-g.csv"#, Fixture.binary, folder, w.db], shell: true
        )
        .finish()
        #expect(named.status == 0, "\(named.stderr)")
    }

    /// A file in a folder that may not be entered is not said to be missing: it may be there.
    /// (Run as another user when the tests run as root, whom no permission stops.)
    @Test func aFileBehindAFolderThatMayNotBeEnteredIsNotSaidMissing() throws {
        let folder = Fixture.temporaryFolder()
        let locked = folder + "/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixture.sample, toPath: locked + "/sample.json")
        chmod(folder, 0o777)
        chmod(locked, 0o000)
        defer { chmod(locked, 0o755) }
        // A folder that may be entered and not read is not an empty one (helper-188).
        let unlisted = folder + "/unlisted"
        try FileManager.default.createDirectory(atPath: unlisted + "/scenarios", withIntermediateDirectories: true)
        chmod(unlisted + "/scenarios", 0o111)
        chmod(unlisted, 0o111)
        defer { chmod(unlisted, 0o755) }
        // A file that may not be read (mode 000) says so, not only "cannot read this file".
        let closed = folder + "/closed.json"
        try FileManager.default.copyItem(atPath: Fixture.sample, toPath: closed)
        chmod(closed, 0o000)
        let closedPack = folder + "/closed.rules"
        try FileManager.default.copyItem(atPath: Fixture.root + "/Rules/cn-national-2026.rules", toPath: closedPack)
        chmod(closedPack, 0o000)
        let behind = "permission denied: a folder on the way may not be entered"
        let unread = "permission denied: the folder's contents may not be read"
        let asAnotherUser = #"if [ "$(id -u)" = 0 ]; then exec /usr/sbin/runuser -u nobody -- "$@"; else exec "$@"; fi"#
        for (arguments, said) in [
            (["load", locked + "/sample.json"], behind), (["rules", "test", locked + "/scenario.json"], behind),
            (["rules", "lint", "--rules", locked + "/pack"], behind),
            (["rules", "lint", "--rules", unlisted], unread), (["rules", "test", unlisted + "/scenarios"], unread),
            (["load", closed], "closed.json: permission denied: the file may not be read"),
            (["import", closed], "closed.json: permission denied: the file may not be read"),
            (["rules", "lint", "--rules", closedPack], "closed.rules: permission denied: the file may not be read"),
        ] {
            let run = try Running(
                [asAnotherUser, "sh", Fixture.binary, "--db", folder + "/new.db"] + arguments, shell: true
            ).finish()
            #expect(run.status == 2, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(said), "\(arguments): \(run.stderr)")
        }
        let missing = try talks(["--db", folder + "/new.db", "load", folder + "/absent.json"])
        #expect(missing.status == 2 && missing.stderr.contains("absent.json: no such file"), "\(missing.stderr)")
        // A rule file that is a named pipe or a device says so (it was "cannot read this file").
        #expect(mkfifo(folder + "/pipe.rules", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: folder + "/null.rules", withDestinationPath: "/dev/null")
        for (pack, said) in [
            ("pipe.rules", "is a named pipe or a socket, not a file"), ("null.rules", "is a device, not a file"),
        ] {
            let run = try talks(["--db", folder + "/new.db", "rules", "lint", "--rules", folder + "/" + pack])
            #expect(run.status == 2 && run.stderr.contains("\(pack): \(said)"), "\(run.stderr)")
        }
    }

    /// An option's value forgotten, with another option after it: the other option is not taken
    /// for the value (`talks --db --lang en overdue` said "unknown command en"; `--as-of --format
    /// csv`, "unexpected csv"). A value that is such a text is still given with `=`.
    @Test func anOptionIsNotTakenForTheValueOfTheOneBefore() throws {
        let folder = Fixture.temporaryFolder()
        for (arguments, said) in [
            (["--db", "--lang", "en", "overdue"], "--db needs a value (PATH), and --lang after it is another option"),
            (["--db", "--as-of", "2026-11-21", "overdue"], "--db needs a value (PATH), and --as-of after it"),
            (
                ["--db", folder + "/w.db", "overdue", "--as-of", "--format", "csv"],
                "--as-of needs a value (DATE), and --format after it"
            ),
            (
                ["--db", folder + "/w.db", "overdue", "--as-of", "--format=csv"],
                "--as-of needs a value (DATE), and --format after it"
            ),
            (["--db", "--version", "overdue"], "--db needs a value (PATH), and --version after it is another option"),
            (["--db", "-h", "overdue"], "--db needs a value (PATH), and -h after it is another option"),
            (
                ["--db", "--", folder + "/w.db", "overdue"],
                "--db needs a value (PATH), and -- after it ends the options"
            ),
            (
                ["--db", folder + "/w.db", "overdue", "--as-of", "--", "2026-01-01"],
                "--as-of needs a value (DATE), and -- after it"
            ),
            // A command's name taken for the value (it suggested `talks --db overdue check`).
            (
                ["--db", "overdue"],
                "no command: overdue was taken for the value of --db; give --db its value, as in talks --db PATH overdue"
            ),
            // Words after it (helper-198: "unknown command talks", "unknown command 2026-06-01").
            (["--db", "list", "talks"], "no command: list was taken for the value of --db"),
            (["--db", "check", "--as-of", "2026-06-01"], "no command: check was taken for the value of --db"),
        ] {
            let run = try talks(arguments)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(said), "\(arguments): \(run.stderr)")
            #expect(
                !FileManager.default.fileExists(atPath: "--lang") && !FileManager.default.fileExists(atPath: "--as-of"))
        }
        let asText = try talks(["--db", folder + "/w.db", "trigger", "add", "--id=--lang"])
        #expect(asText.status != 0 && !asText.stderr.contains("another option"), "\(asText.stderr)")
        // A store named like an option is given with `=`, and so is it in the commands said to
        // paste: `--db --lang init` would be refused.
        let odd = try Running(
            ["cd \"$1\" && exec \"$2\" --db=--lang overdue", "sh", folder, Fixture.binary], shell: true
        ).finish()
        #expect(odd.status == 2 && odd.stderr.contains("Run talks --db=--lang init"), "\(odd.stderr)")
        // --version after the command's name, as the user guide says.
        let version = try talks(["overdue", "--version"])
        #expect(version.status == 0 && version.stdout.hasPrefix("talks "), "\(version.stderr)")
    }

    @Test func helpTakesTheLanguageBeforeTheCommand() throws {
        let run = try talks(["--lang", "zh", "help", "record"])
        #expect(run.status == 0 && run.stdout.hasPrefix("talks record [选项]\n\n登记一次谈话"), "\(run.stdout)\(run.stderr)")
    }
}
