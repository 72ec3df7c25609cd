import Foundation
import TestSupport
import Testing

/// The sample plus two people named 王伟: one a member of 安平市委, one of 临川市委, so only the
/// organization and the day tell them apart, as in an office's real records.
private func workspaceWithNamesakes() throws -> Workspace {
    let w = try Workspace()
    let extra = w.file(
        "namesakes.json",
        """
        {"format": "supervision-talks/1",
         "people": [{"id": "p-wangw", "name": "王伟"}, {"id": "p-wangw2", "name": "王伟"}],
         "appointments": [
           {"person": "p-wangw", "organization": "ap", "role": "member", "from": "2021-07-01"},
           {"person": "p-wangw2", "organization": "lc", "role": "member", "from": "2021-07-01"}]}
        """)
    let loaded = try w.run("load", extra)
    precondition(loaded.status == 0, loaded.stderr)
    return w
}

/// The JSON of one stored record, as `show --format json` prints it.
private func shown(_ w: Workspace, _ id: String) throws -> String {
    try w.run("show", id, "--format", "json", "--include-confidential").stdout
}

@Suite struct FlagDateTests {
    @Test(arguments: [
        "2026-09-16", "2026.9.16", "2026/9/16", "2026年9月16日", "2026年9月16号", "二〇二六年九月十六日", "２０２６．９．１６",
        "2026/9/16 0:00",
    ])
    func recordTakesTheDateFormsImportTakes(held: String) throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--id", "T-D", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", held)
        #expect(run.status == 0, "\(held): \(run.stderr)")
        #expect(try shown(w, "T-D").contains(#""held": "2026-09-16""#))
    }

    /// A flag's date with a remark is told to give the date alone, not to use a 备注 column it has
    /// not (helper-257).
    @Test func aFlagsDateWithARemarkIsToldWithoutAColumn() throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-09-16（补录）")
        #expect(
            run.status == 64 && run.stderr.contains("with a remark after it: give the date alone;"), "\(run.stderr)")
        #expect(!run.stderr.contains("备注 column"), "\(run.stderr)")
    }

    /// `--ended` takes a last day as a sheet's column of one does (helper-256: refused).
    @Test(arguments: ["至2026-09-17", "截至2026-09-17", "2026-09-17结束", "2026-09-17结束。", "2026年9月17日下午结束"])
    func recordTakesALastDayAsImportDoes(ended: String) throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--id", "T-E", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
            "2026-09-16", "--ended", ended)
        #expect(run.status == 0, "\(ended): \(run.stderr)")
        #expect(try shown(w, "T-E").contains(#""ended": "2026-09-17""#))
    }

    @Test(arguments: [
        ["measures", "T2026-003", "--reported", "2026年11月19日", "--communicated", "2026.11.20"],
        ["rectification", "T2026-003", "--reported", "2026/11/20"],
        ["archive", "T2026-003", "--archived", "二〇二六年十一月二十日"],
    ])
    func everyFollowUpTakesThem(arguments: [String]) throws {
        let w = try Workspace()
        let run = try w.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        #expect(try shown(w, "T2026-003").contains("2026-11-20"))
    }

    /// A text pasted with the line break or spaces around it is stored trimmed, as a sheet's cell
    /// is read (it was refused for the white space at its ends).
    @Test func aPastedTextIsTrimmed() throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--id", "T-P", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
            "2026-09-16", "--problem", "  落实主体责任不到位\n", "--requirement", "\t限期整改 ")
        #expect(run.status == 0, "\(run.stderr)")
        let stored = try shown(w, "T-P")
        #expect(stored.contains(#""problems": ["落实主体责任不到位"]"#), "\(stored)")
        #expect(stored.contains(#""requirements": ["限期整改"]"#), "\(stored)")
    }

    @Test(arguments: [
        ["check", "--as-of", "2026年10月1日"], ["overdue", "--as-of", "2026.10.1"], ["coverage", "--as-of", "2026/10/1"],
    ])
    func readingCommandsTakeThemToo(arguments: [String]) throws {
        let w = try Workspace()
        let run = try w.run(arguments)
        #expect([0, 1].contains(run.status), "\(arguments): \(run.stderr)")
    }

    @Test(arguments: [
        ("2026-02-30", "is not a date"), ("26.9.16", "no full four-digit year"), ("9月16日", "no full four-digit year"),
        ("2026-09-16 星期一", "names 2026-09-16, a Wednesday, not a Monday"), ("soon", "is not a date"),
        ("2026-13-01", "is not a date"),
    ])
    func aMalformedDateIsAUsageErrorListingTheForms(held: String, reason: String) throws {
        let w = try Workspace()
        let before = try w.export()
        let run = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", held)
        #expect(run.status == 64, "\(held): \(run.stderr)")
        #expect(run.stderr.contains("--held") && run.stderr.contains(reason), "\(run.stderr)")
        #expect(run.stderr.contains("2026年3月5日") && run.stderr.contains("2026/3/5"), "\(run.stderr)")
        let zh = try w.run("--lang", "zh", "measures", "T2026-003", "--reported", held)
        #expect(zh.status == 64 && zh.stderr.contains("--reported：") && zh.stderr.contains("二〇二六年三月五日"))
        #expect(try w.export() == before)
    }

    /// A day in Chinese numerals that is no day is quoted as the date it means to be, not described
    /// as a text that may be confidential (helper-150).
    @Test func aChineseNumeralDayThatIsNoDayIsQuoted() throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "二〇二六年二月二十九日")
        #expect(run.status == 64)
        #expect(run.stderr.contains("二〇二六年二月二十九日 is not a date (2026-02 has 28 days)"), "\(run.stderr)")
    }

    /// Flags that gainsay each other are refused, nothing changed: `--clear` with a value of the
    /// part it removes, `--reflections` with `--no-reflections` (helper-150: the value was dropped
    /// and the part removed, or the last taken, exit 0); an assessment qualified or in doubt is no
    /// 整改到位 (`基本到位` was stored as adequate).
    @Test(arguments: [
        ["measures", "T2026-001", "--clear", "--reported", "2026-10-20"],
        ["archive", "T2026-001", "--clear", "--archived", "2026-11-01", "--copied-to", "纪委"],
        ["rectification", "T2026-001", "--clear", "--assessment", "adequate"],
        ["measures", "T2026-001", "--reflections", "--no-reflections"],
        ["rectification", "T2026-001", "--assessment", "基本到位"],
        ["rectification", "T2026-001", "--assessment", "整改基本到位"],
        ["rectification", "T2026-001", "--assessment", "到位？"],
    ])
    func flagsThatGainsayEachOtherAreRefused(arguments: [String]) throws {
        let w = try Workspace()
        let before = try w.export()
        let run = try w.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stdout)\(run.stderr)")
        #expect(try w.export() == before)
    }
}

@Suite struct FlagNameTests {
    @Test(arguments: [
        ("临川市委", "lc", "周文远", "p-zhou"), ("安平市委", "ap", "周　文远", "p-zhou"), ("江州市委", "jz", "周文远", "p-zhou"),
        ("临川 市委", "lc", "p-zhou", "p-zhou"),
    ])
    func aUniqueNameStandsForItsIdAndIsSaid(organization: String, id: String, talker: String, person: String) throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--id", "T-N", "--kind", "regular", "--organization", organization, "--talker", talker,
            "--held", "2026-10-09")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("talks: --organization \"\(organization)\" → \(id)"))
        #expect(talker == person || run.stderr.contains("talks: --talker \"\(talker)\" → \(person)"))
        let record = try shown(w, "T-N")
        #expect(record.contains(#""organization": "\#(id)""#) && record.contains(#""talker": "\#(person)""#))
    }

    @Test func anIdIsTakenSilently() throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--kind", "regular", "--organization", "lc", "--talker", "p-zhou", "--held", "2026-10-09")
        #expect(run.status == 0 && !run.stderr.contains("→"), "\(run.stderr)")
    }

    @Test(arguments: [
        ("--talker", "周文元", #"did you mean "周文远" (p-zhou)?"#),
        ("--organization", "临川", #"did you mean "临川市委" (lc)?"#),
        ("--organization", "安平市", #"did you mean "安平市委" (ap)?"#),
        ("--talker", "王卫", #"did you mean "王伟" (p-wangw), "王伟" (p-wangw2)?"#),
    ])
    func anUnknownNameSuggestsTheNearestNames(flag: String, text: String, suggestion: String) throws {
        let w = try workspaceWithNamesakes()
        var arguments = [
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-10-09",
        ]
        arguments[arguments.firstIndex(of: flag)! + 1] = text
        let run = try w.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(flag): no ") && run.stderr.contains(suggestion), "\(run.stderr)")
        let zh = try w.run(["--lang", "zh"] + arguments)
        #expect(zh.stderr.contains("是否指"), "\(zh.stderr)")
    }

    @Test(arguments: [("ap", "p-wangw"), ("lc", "p-wangw2"), ("安平市委", "p-wangw")])
    func theOrganizationAndDaySettleANamesakeTalkee(organization: String, person: String) throws {
        let w = try workspaceWithNamesakes()
        let run = try w.run(
            "record", "--id", "T-S", "--kind", "regular", "--organization", organization, "--talker", "p-zhou",
            "--talkee", "王伟", "--held", "2026-10-09")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("--talkee: 2 people are named \"王伟\"; took \(person)"), "\(run.stderr)")
        #expect(try shown(w, "T-S").contains(#""talkee": "\#(person)""#))
        #expect(run.stdout.contains("talkee 王伟 (\(person))"))
    }

    @Test(arguments: ["王伟", "王 伟"])
    func aNameNothingSettlesIsRefusedNamingTheCandidates(talker: String) throws {
        let w = try workspaceWithNamesakes()
        let before = try w.export()
        let run = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", talker, "--held", "2026-10-09")
        #expect(run.status == 2)
        #expect(run.stderr.contains(#"--talker: several people are named"#), "\(run.stderr)")
        #expect(run.stderr.contains("p-wangw (") && run.stderr.contains("p-wangw2 ("), "\(run.stderr)")
        #expect(try w.export() == before)
    }
}

@Suite struct FlagValueTests {
    @Test(arguments: [
        ("定期", "regular"), ("定期谈话", "regular"), ("定期监督谈话", "regular"), ("及时", "timely"), ("regular", "regular"),
        ("诫勉谈话", "admonishment"),
    ])
    func aKindIsReadAsSheetsReadIt(kind: String, raw: String) throws {
        let w = try Workspace()
        // (The talkee given: a 诫勉谈话's is not filled in, `aTalkOfAnotherKindGetsNoTalkeeFilledIn`.)
        let run = try w.run(
            "record", "--id", "T-K", "--kind", kind, "--organization", "ap", "--talker", "p-zhou", "--talkee", "p-deng",
            "--held", "2026-10-09")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try shown(w, "T-K").contains(#""kind": "\#(raw)""#))
    }

    @Test(arguments: [
        (
            ["--steps", "全部"],
            #""steps": ["self-check-report", "point-out-problems", "explanation", "rectification-requirements", "commitment"]"#
        ),
        (
            ["--steps", "self-check-report，explanation、commitment"],
            #""steps": ["self-check-report", "explanation", "commitment"]"#
        ),
        (["--steps", "指出问题,作说明"], #""steps": ["point-out-problems", "explanation"]"#),
        (["--participant", "纪委、市委组织部"], #""participants": ["discipline-inspection", "organization"]"#),
        (["--participant", "纪委", "--participant", "审计局"], #""participants": ["discipline-inspection", "audit"]"#),
        (["--format", "个别谈话"], #""held": "2026-10-09""#),
        (["--format", "集体"], #""format": "group""#),
    ])
    func listsAndEverydayNamesAreReadAsSheetsReadThem(flags: [String], stored: String) throws {
        let w = try Workspace()
        let run = try w.run(
            [
                "record", "--id", "T-V", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held",
                "2026-10-09",
            ]
                + flags)
        #expect(run.status == 0, "\(run.stderr)")
        let record = try shown(w, "T-V")
        #expect(record.contains(stored), "\(record)")
    }

    @Test(arguments: [
        ("到位", "adequate"), ("整改到位", "adequate"), ("不到位", "inadequate"), ("敷衍整改", "perfunctory"), ("虚假", "false"),
    ])
    func anAssessmentIsReadByItsEverydayName(written: String, raw: String) throws {
        let w = try Workspace()
        let run = try w.run("rectification", "T2026-003", "--reported", "2026-11-20", "--assessment", written)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try shown(w, "T2026-003").contains(#""assessment": "\#(raw)""#))
    }

    @Test(arguments: [
        (["--copied-to", "纪检机关"], #""copiedTo": ["discipline-inspection"]"#),
        (["--copied-to", "市纪委监委，组织部"], #""copiedTo": ["discipline-inspection", "organization"]"#),
        (["--copied-to", "组织部门", "--copied-to", "other"], #""copiedTo": ["organization", "other"]"#),
    ])
    func copiesAreReadByTheirEverydayNames(flags: [String], stored: String) throws {
        let w = try Workspace()
        let run = try w.run(["archive", "T2026-003", "--archived", "2026-11-20"] + flags)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try shown(w, "T2026-003").contains(stored))
    }

    @Test(arguments: [
        ["record", "--kind", "友好"], ["record", "--steps", "全部,跳舞"], ["record", "--participant", "宣传队"],
        ["rectification", "T2026-003", "--reported", "2026-11-20", "--assessment", "还行"],
        ["archive", "T2026-003", "--archived", "2026-11-20", "--copied-to", "宣传部"],
    ])
    func anUnknownValueStaysAUsageError(arguments: [String]) throws {
        let w = try Workspace()
        let run = try w.run(arguments)
        #expect(run.status == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains("is not one of"), "\(run.stderr)")
    }
}

@Suite struct RecordFlagTests {
    @Test(arguments: [
        ([String](), "record needs --kind, --organization, --talker, --held"),
        (["--kind", "regular", "--organization", "ap", "--talker", "p-zhou"], "record needs --held"),
        (["--held", "2026-10-09", "--organization", "ap"], "record needs --kind, --talker"),
        (["--kind", "定期", "--held", "2026-10-09", "--talker", "周文远"], "record needs --organization"),
    ])
    func aMissingFlagIsNamedAsAUsageError(flags: [String], message: String) throws {
        let w = try Workspace()
        let run = try w.run(["record"] + flags)
        #expect(run.status == 64)
        #expect(run.stderr.contains("talks: \(message)"), "\(run.stderr)")
        #expect(!run.stderr.contains("talk.id") && !run.stderr.contains("talk.conductor"))
        let zh = try w.run(["--lang", "zh", "record"] + flags)
        #expect(zh.stderr.contains("record 需要 "), "\(zh.stderr)")
    }

    @Test func aFileMayGiveWhatTheFlagsLeaveOut() throws {
        let w = try Workspace()
        let file = w.file("t.json", #"{"kind": "regular", "talker": "p-zhou"}"#)
        let run = try w.run("record", "--file", file, "--organization", "ap", "--held", "2026-10-09")
        #expect(run.status == 0, "\(run.stderr)")
        let missing = try w.run("record", "--file", file, "--organization", "ap")
        #expect(missing.status == 64 && missing.stderr.contains("record needs --held"))
    }

    @Test(arguments: [
        ["record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2099-01-05"],
        [
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-10-09",
            "--ended", "2099-01-05",
        ],
        ["measures", "T2026-003", "--reported", "2099-01-05"],
        ["measures", "T2026-003", "--reported", "2026-11-19", "--communicated", "2099年1月5日"],
        ["rectification", "T2026-003", "--reported", "2099.1.5"], ["archive", "T2026-003", "--archived", "2099/1/5"],
        ["trigger", "add", "--organization", "ap", "--kind", "other", "--on", "2099-01-05"],
    ])
    func aDayAfterTodayIsRefusedUnlessConfirmed(arguments: [String]) throws {
        let w = try Workspace()
        let before = try w.export()
        let refused = try w.run(arguments)
        #expect(refused.status == 2, "\(arguments): \(refused.stderr)")
        #expect(
            refused.stderr.contains("2099-01-05 is after today") && refused.stderr.contains("--yes"),
            "\(refused.stderr)")
        let zh = try w.run(["--lang", "zh"] + arguments)
        #expect(zh.stderr.contains("晚于今天") && zh.stderr.contains("--yes"))
        #expect(try w.export() == before)
        let confirmed = try w.run(arguments + ["--yes"])
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        #expect(try w.export() != before)
    }

    /// The conductor and talkee, which may have been filled in, are named as the office names them (issue 17).
    @Test func theConfirmationNamesTheConductorAndTalkeeItFilledIn() throws {
        let w = try Workspace()
        let run = try w.run(
            "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-18")
        #expect(
            run.stdout == "recorded talk T2026-030: regular, 江东省委 (jd) → 安平市委 (ap), talkee 邓海燕 (p-deng), 2026-11-18\n")
        let zh = try w.run(
            "--lang", "zh", "record", "--kind", "定期", "--organization", "青阳市委", "--talker", "p-zhou", "--held",
            "2026-11-19")
        #expect(zh.stdout == "已登记谈话 T2026-031：定期谈话，江东省委（jd） → 青阳市委（qy），被谈话人 叶青松（p-ye），2026-11-19\n")
    }

    @Test(arguments: ["en", "zh"])
    func theHelpListsTheStepsAndTheDateForms(language: String) throws {
        let run = try talks(["--lang", language, "record", "--help"])
        #expect(run.status == 0)
        for step in [
            "self-check-report 报告自查情况", "point-out-problems 指出问题", "explanation 作说明",
            "rectification-requirements 提出整改要求", "commitment 表态发言", "2026年3月5日", "2026.3.5", "--yes",
        ] {
            #expect(run.stdout.contains(step), "\(step)")
        }
    }
}

/// A sentence given where a date belongs (a trigger's note and its day swapped) is described,
/// never quoted (helper-131: quoted whole on standard error); a date mistyped is quoted.
@Test func aSentenceInADateFlagIsNotQuoted() throws {
    let w = try Workspace()
    let note = "群众信访反映该县委书记违规插手工程项目，涉及金额较大。"
    let swapped = try w.run(
        "trigger", "add", "--organization", "ap", "--kind", "other", "--on", note, "--note", "2026-06-01")
    #expect(swapped.status == 64 && !swapped.stderr.contains("信访"), "\(swapped.stderr)")
    #expect(swapped.stderr.contains("--on: a text of 27 characters (not shown: it may be confidential) is not a date"))
    // A short one too, when its words are not what a day is written with (helper-196).
    let short = try w.run(
        "trigger", "add", "--organization", "ap", "--kind", "other", "--on", "违规插手工程", "--note", "2026-06-01")
    #expect(short.status == 64 && short.stderr.contains("--on: a text of 6 characters (not shown"), "\(short.stderr)")
    let typo = try w.run(
        "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-13-01")
    #expect(typo.status == 64 && typo.stderr.contains("--held: 2026-13-01 is not a date"), "\(typo.stderr)")
}

/// A step, department or copy given twice in a talk is refused at its place (helper-126: a
/// repeated step was stored, and the steps rule said "missing none; out of order commitment").
@Test(arguments: [
    (
        [
            "--steps",
            "self-check-report,point-out-problems,explanation,rectification-requirements,commitment,commitment",
        ],
        "commitment (commitment) is given twice"
    ),
    (["--participant", "纪委", "--participant", "纪委"], "(discipline-inspection) is given twice"),
    // (A step in other words too: the steps are an order; helper-212, merged.)
    (["--steps", "表态,作说明,表态发言"], "commitment (commitment) is given twice"),
    // helper-128: stored twice; confidential, so told by its place.
    (["--problem", "秘密甲", "--problem", "秘密甲"], "--problem: is the same as problem 1 (confidential, not shown)"),
    // helper-129: numbered, or with a full stop, the same problem was two.
    (["--problem", "1.秘密甲", "--problem", "2.秘密甲。"], "--problem: is the same as problem 1 (confidential, not shown)"),
    // helper-130: a figure is no list number (1.5万元 and 2.5万元 were one problem).
    (["--problem", "1.5万元秘密", "--problem", "2.5万元秘密"], nil),
    (["--problem", "0.5万元秘密", "--problem", "1.5万元秘密"], nil),
])
func aListGivenTwiceIsRefused(flags: [String], refusal: String?) throws {
    let w = try Workspace()
    let run = try w.run(
        ["record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou", "--held", "2026-11-02"] + flags)
    if let refusal {
        #expect(run.status == 2 && run.stderr.contains(refusal) && !run.stderr.contains("秘密"), "\(run.stderr)")
    } else {
        #expect(run.status == 0, "\(run.stderr)")
    }
}

@Suite struct PlanAddTests {
    @Test func aPlanItemIsRecordedByNamesWithTheNextNumberAndAnAuditEntry() throws {
        let w = try Workspace()
        let run = try w.run(
            "plan", "add", "--conductor", "江东省委", "--year", "2026年", "--organization", "临川市委", "--talker", "周文远",
            "--due", "2026年12月31日", "--basis", "巡察、审计")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "recorded plan item P2026-17: 2026, jd → lc, due 2026-12-31\n")
        #expect(
            run.stderr.contains(#"talks: --conductor "江东省委" → jd"#)
                && run.stderr.contains(#"--organization "临川市委" → lc"#))
        let record = try shown(w, "P2026-17")
        #expect(record.contains(#""basis": ["inspection", "audit"]"#) && record.contains(#""talker": "p-zhou""#))
        #expect(record.contains(#""due": "2026-12-31""#))
        let next = try w.run("plan", "add", "--conductor", "jd", "--year", "2026", "--organization", "ap")
        #expect(next.stdout.contains("P2026-18"), "\(next.stderr)")
        let other = try w.run("plan", "add", "--conductor", "jd", "--year", "2028", "--organization", "ap")
        #expect(other.stdout.contains("P2028-01"), "\(other.stderr)")
        // An id typed full-width is stored as a sheet's cell reads it, and found so.
        let typed = try w.run(
            "plan", "add", "--conductor", "jd", "--year", "2027", "--organization", "ap", "--id", "Ｐ２０２７－０９")
        #expect(typed.stdout.contains("P2027-09"), "\(typed.stderr)")
        #expect(try shown(w, "Ｐ２０２７－０９").contains(#""id": "P2027-09""#))
        let log = try w.run("audit", "log", "--last", "4").stdout
        #expect(log.contains("talks plan add") && log.contains("P2026-17"))
        #expect(try w.run("audit", "verify").status == 0)
        // A deadline without its year is of the plan's, as a sheet's 完成时限 beside its 年度; a day
        // that year lacks is told in it.
        let yearless = try w.run(
            "plan", "add", "--conductor", "jd", "--year", "2028", "--organization", "ap", "--due", "2月底")
        #expect(yearless.stdout.hasSuffix("due 2028-02-29\n"), "\(yearless.stderr)")
        let lacking = try w.run(
            "plan", "add", "--conductor", "jd", "--year", "2027", "--organization", "ap", "--due", "2月29日前")
        #expect(lacking.status == 64 && lacking.stderr.contains("2027年2月29日前 is not a date (2027-02 has 28 days)"))
    }

    /// The command run twice makes no second plan item or trigger the same in every field unless
    /// `--yes` says it is another (as `talks record` refuses a talk recorded twice): the second was
    /// counted done by the same talk, or left overdue. One with a stored one's conductor, year and
    /// organization (a trigger's organization, situation and day) but another field is written and
    /// told, as an import tells it.
    @Test(arguments: [
        (
            ["plan", "add", "--conductor", "jd", "--year", "2026", "--organization", "ap", "--due", "2026-10-31"],
            ["--due", "2026-11-30"], "plan item", "计划事项", "P2026-12"
        ),
        (
            ["trigger", "add", "--organization", "dh", "--kind", "criticized", "--on", "2026-05-18", "--note", "机密甲"],
            ["--note", "机密乙"], "trigger", "及时谈话情形", "TR2026-02"
        ),
    ])
    func aPlanItemOrTriggerRecordedTwiceIsRefusedUnlessYes(
        command: [String], otherField: [String], kind: String, zh: String, sampleID: String
    ) throws {
        let w = try Workspace()
        let first = try w.run(command)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("note: the stored \(kind) \(sampleID) has the same"), "\(first.stderr)")
        let id = try #require(first.stdout.firstMatch(of: /(P|TR)2026-\d+/)?.output.0)
        let before = try w.run("export").stdout
        let again = try w.run(command)
        #expect(again.status == 2 && again.stdout.isEmpty)
        #expect(
            again.stderr.contains(
                "the stored \(kind) \"\(id)\" is this one but for its id: most likely recorded "
                    + "twice, so nothing was written; add --yes if this is another"), "\(again.stderr)")
        #expect(try w.run("export").stdout == before)
        // Another due day or note: written, told (a note is confidential: never shown).
        let other = try w.run(command.dropLast(2) + otherField)
        #expect(other.status == 0 && other.stderr.contains("note: the stored \(kind) "), "\(other.stderr)")
        let confirmed = try w.run(["--lang", "zh"] + command + ["--yes"])
        #expect(confirmed.status == 0, "\(confirmed.stderr)")
        #expect(confirmed.stderr.contains("注意：已存储的\(zh) "), "\(confirmed.stderr)")
        for run in [first, again, other, confirmed] { #expect(!(run.stdout + run.stderr).contains("机密")) }
    }

    /// Its bases in another order are the same plan item (helper-127: recorded again).
    @Test func aPlanItemsBasesInAnotherOrderAreTheSame() throws {
        let w = try Workspace()
        let plan = ["plan", "add", "--conductor", "jd", "--year", "2027", "--organization", "ap"]
        #expect(try w.run(plan + ["--basis", "audit", "--basis", "inspection"]).status == 0)
        let again = try w.run(plan + ["--basis", "inspection", "--basis", "audit"])
        #expect(again.status == 2 && again.stderr.contains("is this one but for its id"), "\(again.stderr)")
        // One given twice is a slip (helper-129: stored twice).
        let twice = try w.run(plan + ["--basis", "audit", "--basis", "audit"])
        #expect(twice.status == 2 && twice.stderr.contains("audit (audit) is given twice"), "\(twice.stderr)")
    }

    @Test(arguments: [
        (["--conductor", "jd", "--organization", "ap"], 64, "plan add needs --year"),
        (["--year", "2026"], 64, "plan add needs --conductor, --organization"),
        (["--conductor", "jd", "--year", "2026", "--organization", "ap", "--basis", "随便"], 64, "--basis: "),
        (["--conductor", "jd", "--year", "二〇二", "--organization", "ap"], 64, "--year: "),
        (["--conductor", "jd", "--year", "2026", "--organization", "ap", "--due", "明年"], 64, "--due: "),
        (
            ["--conductor", "jd", "--year", "2026", "--organization", "安平"], 2,
            "--organization: no organization is named"
        ),
        (["--conductor", "jd", "--year", "2026", "--organization", "ap", "--talker", "p-nobody"], 2, "--talker: "),
        (
            ["--conductor", "jd", "--year", "2026", "--organization", "ap", "--id", "P2026-01"], 2,
            "--id: plan item \"P2026-01\" exists already"
        ),
    ])
    func aPlanItemIsCheckedAsASheetRowIs(flags: [String], status: Int32, message: String) throws {
        let w = try Workspace()
        let before = try w.export()
        let run = try w.run(["plan", "add"] + flags)
        #expect(run.status == status, "\(flags): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains("plans[0]"), "\(run.stderr)")
        #expect(try w.export() == before)
    }

    @Test func anOperandOtherThanAddIsAUsageError() throws {
        let w = try Workspace()
        #expect(try w.run("plan", "remove").status == 64)
        #expect(try w.run("plan").status == 64)
        #expect(try w.run("trigger", "ad", "--organization", "ap").status == 64)
    }
}

@Suite struct TriggerAddTests {
    let secret = "NOTE-\(UUID().uuidString)"

    @Test func aTriggerIsRecordedWithTheNextNumberAndItsNoteNeverShown() throws {
        let w = try Workspace()
        let run = try w.run(
            "trigger", "add", "--organization", "临川市委", "--kind", "信访举报问题较多", "--on", "2026年11月20日", "--note", secret)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "recorded trigger TR2026-06: (1) many petitions, lc, 2026-11-20\n")
        #expect(!run.stdout.contains(secret) && !run.stderr.contains(secret))
        #expect(try shown(w, "TR2026-06").contains(secret))
        let zh = try w.run(
            "--lang", "zh", "trigger", "add", "--organization", "ap", "--kind", "被通报批评", "--on", "2025.12.1")
        #expect(zh.stdout == "已登记及时谈话情形 TR2025-02：（二）被通报批评或负面舆情，ap，2025-12-01\n", "\(zh.stderr)")
        #expect(try w.run("audit", "log", "--last", "2").stdout.contains("talks trigger add"))
        #expect(!(try w.run("audit", "log", "--full").stdout.contains(secret)))
    }

    /// A timely talk is held by the committee one level up (Art. 5 ¶3): the root committee has
    /// nobody above it, so a trigger of it is not judged (`timely-followup` applies to triggers
    /// whose organization has a conductor that day): stored, as the dataset format allows, and
    /// said, by flags and in a loaded document alike (helper-228: refused, and a whole document
    /// with it).
    @Test(arguments: ["zh", "en"]) func aTriggerOfAnOrganizationWithoutAParentIsSaid(language: String) throws {
        let w = try Workspace()
        let message =
            language == "zh"
            ? "江东省委（jd）在 2026-11-01 没有上级党组织，而及时谈话由上一级党委开展：本情形不作评判"
            : "江东省委 (jd) had no parent organization on 2026-11-01: a timely talk is held by the committee one level up, so the trigger is not judged"
        let run = try w.run(
            "--lang", language, "trigger", "add", "--organization", "jd", "--kind", "other", "--on", "2026-11-01",
            "--note",
            secret)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains(secret))
        let document = w.file(
            "root.json",
            #"{"format": "supervision-talks/1", "triggers": [{"id": "TR-R", "organization": "jd", "kind": "other", "on": "2026-11-01"}]}"#
        )
        let loaded = try w.run("--lang", language, "load", document)
        #expect(
            loaded.status == 0 && loaded.stderr.contains("TR-R") && loaded.stderr.contains(message), "\(loaded.stderr)")
        // `show` says so (helper-229: did not).
        #expect(
            try w.run("--lang", language, "show", "TR-R").stdout.contains(
                language == "zh" ? "—（没有上级党组织，本情形不作评判）" : "— (none: the trigger is not judged)"))
        // Not judged: no finding of it, met or not.
        let check = try w.run("check", "--as-of", "2026-12-31", "--format", "json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(!findings.contains { ($0["subject"] as? [String: Any])?["id"] as? String == "TR-R" })
    }

    @Test(arguments: [
        // (A note padded with spaces is trimmed, as a sheet's cell is; one with an escape sequence is refused.)
        (["--organization", "ap", "--kind", "other", "--on", "2026-11-01", "--note", "escaped"], 2, "--note: "),
        (["--organization", "ap", "--kind", "other", "--on", "2026-11-01", "--id", "TR2026-01"], 2, "--id: "),
        (["--organization", "安平", "--kind", "other", "--on", "2026-11-01"], 2, "--organization: "),
        (["--organization", "ap", "--kind", "闲聊", "--on", "2026-11-01"], 64, "--kind: "),
        (["--organization", "ap", "--kind", "other", "--on", "11月1日"], 64, "--on: "),
        (["--organization", "ap", "--kind", "other"], 64, "trigger add needs --on"),
        (["--organization", "ap", "--kind", "other", "--on", "2026-11-01", "--id", "bad\tid"], 2, "--id: "),
    ])
    func aTriggerIsCheckedAndItsNoteNeverEchoed(flags: [String], status: Int32, message: String) throws {
        let w = try Workspace()
        let before = try w.export()
        let noted = flags.contains("--note") ? flags : flags + ["--note", secret]
        let run = try w.run(["trigger", "add"] + noted.map { $0 == "escaped" ? "\u{1B}[2J\(secret)" : $0 })
        #expect(run.status == status, "\(flags): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!run.stderr.contains(secret) && !run.stdout.contains(secret))
        #expect(try w.export() == before)
    }
}

/// A problem typed where a number, a kind, a command or an anchor belongs is described, not quoted
/// (helper-201: `overdue --within 举报孙丽收受礼金50万元` and `list …` quoted it); a short typo is.
@Test func aSentenceWhereANumberOrAWordBelongsIsNotQuoted() throws {
    let w = try Workspace()
    let problem = "举报孙丽收受礼金50万元"
    for words in [
        ["overdue", "--within", problem], ["audit", "log", "--last", problem], ["list", problem],
        ["export", "--kind", problem], [problem], ["audit", "verify", "--anchor", problem],
    ] {
        let run = try w.run(words)
        #expect(
            run.status == 64 && run.stderr.contains("a text of 12 characters (not shown"), "\(words): \(run.stderr)")
        #expect(!run.stderr.contains("举报"), "\(words): \(run.stderr)")
    }
    #expect(try w.run("list", "talkz").stderr.contains(#"cannot list "talkz""#))
}
