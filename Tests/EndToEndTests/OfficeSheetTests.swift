import Foundation
import TestSupport
import Testing

/// The office sheets of the issue "Office data as offices keep it" (`Tests/Cases/office-sheets`),
/// and more of each kind, imported by the built binary into a store loaded with `fc00-base.json`.
private let talkHeader = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期"

@Suite struct OfficeSheetTests {
    static let cases = Fixture.root + "/Tests/Cases/office-sheets/"

    /// A store holding the cases' base: 江东省委 and its committees, two secretaries of 江州市委.
    func base() throws -> Workspace {
        let w = try Workspace(loaded: false)
        #expect(try w.run("load", Self.cases + "fc00-base.json").status == 0)
        return w
    }

    func talk(_ w: Workspace, _ id: String) throws -> String {
        try w.run("show", id, "--format", "json").stdout
    }

    @Test(arguments: ["zh", "en"]) func aLedgerWithTitleRowsAndATotalImportsItsTalksWithNotes(language: String) throws {
        let w = try base()
        let run = try w.run("--lang", language, "import", Self.cases + "fc03-title-row.csv")
        #expect(run.status == 0, "\(run.stderr)")
        let notes =
            language == "zh"
            ? ["表头在第 3 行；其上的 1、2 行（标题、填报单位等）已跳过", "空行已跳过：第 6 行", "合计行已跳过：第 7 行"]
            : [
                "the header is row 3; rows 1, 2 above it (a title, 填报单位) skipped", "blank row 6 skipped",
                "total row 7 skipped",
            ]
        for note in notes {
            #expect(run.stderr.contains("fc03-title-row.csv\(language == "zh" ? "：" : ": ")\(note)"), "\(run.stderr)")
        }
        #expect(try talk(w, "T26-006").contains(#""talkee": "p-sunl""#))
        #expect(try talk(w, "T26-007").contains(#""organization": "gzw""#))
        // Importing it again changes nothing, and says so.
        let again = try w.run("import", Self.cases + "fc03-title-row.csv")
        #expect(again.stdout.contains("talks: 2 (0 new, 0 replaced, 2 unchanged)"), "\(again.stdout)")
    }

    /// A cell as a spreadsheet shows it: ="赵六" and '赵七 are names as ="p-z6" is an id (helper-132:
    /// the names were stored with the marks, and a talk's ="江州市委" was an unknown organization).
    @Test func excelsTextMarksAreUnwrappedInNamesAsInIds() throws {
        let w = try base()
        let people = try w.run("import", w.file("people.csv", "编号,姓名\r\n=\"p-z6\",=\"赵六\"\r\n'p-z7,'赵七\r\n"))
        #expect(people.status == 0, "\(people.stderr)")
        let listed = try w.run("list", "people").stdout
        #expect(listed.contains("p-z6     赵六") && listed.contains("p-z7     赵七"), "\(listed)")
        let talks = try w.run(
            "import",
            w.file(
                "talks.csv",
                talkHeader + "\r\n=\"E1\",=\"江州市委\",=\"定期谈话\",=\"桐林县委\",=\"孙丽\",=\"李华\",=\"2026-09-16\"\r\n"))
        #expect(talks.status == 0, "\(talks.stderr)")
        #expect(try talk(w, "E1").contains(#""conductor": "jz""#))
    }

    /// A CSV whose last row has no line break after it is what a copy cut short leaves: said,
    /// with the row (helper-196: its last date, 2026-06-1 of 2026-06-15, imported without a word;
    /// helper-198: also with the row's cells all there); a file ending with its line break is not.
    @Test func aFileCutShortInsideARowIsSaid() throws {
        let w = try base()
        let header = talkHeader + ",整改措施报告日期,归档日期\r\n"
        for (name, last) in [("short.csv", ",2026-06-1"), ("whole.csv", ",2026-06-15,2026-07-1")] {
            let cut = try w.run("import", w.file(name, header + "C1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-05-11" + last))
            #expect(cut.status == 0)
            #expect(cut.stderr.contains("\(name): the file ends without a line break after row 2"), "\(cut.stderr)")
            // Naming its last cell (helper-205: a date cut short was stored, no cell named).
            let column = name == "short.csv" ? "column H (整改措施报告日期)" : "column I (归档日期)"
            #expect(cut.stderr.contains("its last cell, \(column), may be cut too"), "\(cut.stderr)")
        }
        let ended = try w.run(
            "import", w.file("ended.csv", header + "C1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-05-11,2026-06-15\r\n"))
        #expect(ended.status == 0 && !ended.stderr.contains("without a line break"), "\(ended.stderr)")
        // Nor a total ending the file so, which holds no record (helper-200: said of the 合计 row).
        let total = try w.run(
            "import", w.file("total.csv", header + "C1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-05-11,2026-06-15\r\n合计,1"))
        #expect(total.status == 0 && !total.stderr.contains("without a line break"), "\(total.stderr)")
        // Nor a blank row of separators alone (helper-201: the row before it was named).
        let blank = try w.run(
            "import",
            w.file(
                "blank.csv",
                header + "C1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-05-11,2026-06-15\r\n" + String(repeating: ",", count: 4096)))
        #expect(blank.status == 0 && !blank.stderr.contains("without a line break"), "\(blank.stderr)")
    }

    /// What an import fills in is said once it is written, never before a refusal that wrote
    /// nothing (helper-197: "the organization's secretary on the day held was filled in", then
    /// refused for another row).
    @Test func whatIsFilledInIsSaidOnlyWhenWritten() throws {
        let w = try base()
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\r\n"
        let refused = try w.run(
            "import", w.file("r.csv", header + "F1,江州市委,定期谈话,桐林县委,,李华,2026-09-16\r\nF2,省委,定期谈话,江州市委,,周正,2026-04-10\r\n")
        )
        #expect(refused.status == 2 && !refused.stderr.contains("filled in"), "\(refused.stderr)")
        let written = try w.run("import", w.file("w.csv", header + "F1,江州市委,定期谈话,桐林县委,,李华,2026-09-16\r\n"))
        #expect(
            written.status == 0
                && written.stderr.contains(
                    "talks without a talkee: 1; the organization's secretary on the day held was filled in"),
            "\(written.stderr)")
    }

    /// A CSV saved with its formulas holds no values: refused at the cell (helper-132: =VLOOKUP(…)
    /// was stored as a person's name).
    @Test func aFormulaInsteadOfItsValueIsRefused() throws {
        let w = try base()
        let sheet =
            "编号,姓名\r\np-f1,=B2\r\np-f2,\"=CONCATENATE(\"\"赵\"\",\"\"六\"\")\"\r\np-f3,=VLOOKUP(A4;人员!A:B;2;0)\r\n"
        let run = try w.run("import", w.file("formulas.csv", sheet))
        #expect(run.status == 2)
        for row in 2...4 {
            #expect(run.stderr.contains("row \(row), column B (姓名)"), "\(run.stderr)")
        }
        #expect(run.stderr.contains("holds a formula, not its value"), "\(run.stderr)")
        // Texts joined by a formula are a formula too (helper-135: stored as an id).
        let joined = try w.run(
            "import",
            w.file("joined.csv", talkHeader + "\r\n\"=\"\"T26-\"\"&\"\"001\"\"\",江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16\r\n"))
        #expect(
            joined.status == 2 && joined.stderr.contains("row 2, column A (编号): holds a formula"), "\(joined.stderr)")
        // A problem's formula joining confidential text is not quoted (helper-134).
        let problem = try w.run(
            "import",
            w.file(
                "problem.csv",
                talkHeader + ",指出的问题\r\nF1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16,\"=B2&\"\"违规收受礼金2万元\"\"\"\r\n"))
        #expect(problem.status == 2 && !problem.stderr.contains("礼金"), "\(problem.stderr)")
        #expect(try w.run("list", "people").stdout.contains("p-f") == false)
    }

    /// A new name is stored as a register keeps it (helper-132: 赵六、, “孙八”, 《李九》, ⾼⽂, Ｊｏｈｎ and 吴一*
    /// were stored as typed, and a talk naming 江州新区党工委 then refused).
    @Test func aNewNameIsStoredWithoutTheMarksAroundIt() throws {
        let w = try base()
        let people = "编号,姓名\r\np-n1,赵六、\r\np-n3,“孙八”\r\np-n4,《李九》\r\np-n6,⾼⽂\r\np-n7,Ｊｏｈｎ Ｓｍｉｔｈ\r\np-n8,吴一*\r\n"
        #expect(try w.run("import", w.file("people.csv", people)).status == 0)
        let listed = try w.run("list", "people").stdout
        for (id, name) in [
            ("p-n1", "赵六"), ("p-n3", "孙八"), ("p-n4", "李九"), ("p-n6", "高文"), ("p-n7", "John Smith"), ("p-n8", "吴一"),
        ] {
            #expect(listed.contains("\(id)     \(name)\n"), "\(id): \(listed)")
        }
        let organizations = "编号,名称,类别,层级,上级组织\r\no1,江州高新区党工委、,党工委,县级,江州市委\r\no2,“江州经开区党工委”,党工委,县级,江州市委\r\n"
        #expect(try w.run("import", w.file("organizations.csv", organizations)).status == 0)
        let talk = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\r\nQ1,定期谈话,江州经开区党工委,p-sunl,李华,2026-09-16\r\n"
        let run = try w.run("import", w.file("talk.csv", talk))
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// A row numbered by a formula that found nothing (#N/A under 序号) and otherwise empty is a
    /// blank row, as one numbered 2 is (helper-132: five missing fields).
    @Test func aRowNumberedByAFormulaErrorAloneIsBlank() throws {
        let w = try base()
        let sheet = "序号," + talkHeader + "\r\n1,E1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16\r\n2,,,,,,,\r\n#N/A,,,,,,,\r\n"
        let run = try w.run("import", w.file("numbered.csv", sheet))
        #expect(run.status == 0 && run.stderr.contains("blank rows 3, 4 skipped"), "\(run.stderr)")
    }

    /// A tab-separated sheet with its cells quoted reads as one: read with commas, a quoted cell
    /// followed by a tab was a syntax error (helper-132).
    @Test func aTabSeparatedSheetWithQuotedCellsImports() throws {
        let w = try base()
        let sheet =
            talkHeader.split(separator: ",").map { "\"\($0)\"" }.joined(separator: "\t") + "\r\n"
            + ["E1", "江州市委", "定期谈话", "桐林县委", "孙丽", "李华", "2026年9月16日"].map { "\"\($0)\"" }.joined(separator: "\t")
            + "\r\n"
        let run = try w.run("import", w.file("quoted.csv", sheet))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try talk(w, "E1").contains(#""conductor": "jz""#))
    }

    /// A 谈话类型 written with its format gives the format (集体定期谈话: a group talk), and must
    /// agree with a 谈话方式 given beside it (helper-132: stored as an individual talk).
    @Test func aKindWrittenWithItsFormatGivesTheFormat() throws {
        let w = try base()
        let run = try w.run(
            "import", w.file("group.csv", talkHeader + "\r\nK1,江州市委,集体定期谈话,桐林县委,孙丽,李华,2026-09-16\r\n"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try talk(w, "K1").contains(#""format": "group""#))
        // 集中 or 集体 in other words names no format (helper-135: 集中整治 made a group talk).
        let campaign = try w.run(
            "import", w.file("campaign.csv", talkHeader + "\r\nK2,江州市委,集中整治定期谈话,桐林县委,孙丽,李华,2026-09-17\r\n"))
        #expect(campaign.status == 0, "\(campaign.stderr)")
        #expect(try !talk(w, "K2").contains(#""format": "group""#))
        let header = "编号,开展谈话的党委,谈话类型,谈话方式,谈话对象单位,被谈话人,谈话人,谈话日期"
        let clash = try w.run(
            "import", w.file("clash.csv", header + "\r\nK3,江州市委,定期谈话（集体谈话）,个别谈话,桐林县委,孙丽,李华,2026-09-16\r\n"))
        #expect(
            clash.status == 2 && clash.stderr.contains("column C (谈话类型): says group, but 谈话方式 says individual"),
            "\(clash.stderr)")
    }

    /// A ledger imported again after a namesake was added is unchanged: the stored talkee, who bears
    /// the cell's name, is the one meant (helper-132: moved to the new 王伟 as "1 replaced", and a row
    /// of a day both held posts refused as ambiguous).
    @Test func aLedgerImportedAgainAfterANamesakeIsAddedIsUnchanged() throws {
        let w = try base()
        let ledger = w.file(
            "ledger.csv",
            "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\r\n"
                + "W1,江东省委,定期谈话,江州市委,王伟,周正,2026-08-10\r\nW2,江东省委,定期谈话,江州市委,王伟,周正,2026-04-10\r\n")
        #expect(try w.run("import", ledger).status == 0)
        let before = try w.export()
        #expect(try w.run("import", w.file("p.csv", "编号,姓名\r\np-wangw2,王伟\r\n")).status == 0)
        let post = "人员,组织,职务,任职起始\r\np-wangw2,江州市委,副书记,2024-01-01\r\n"
        #expect(try w.run("import", w.file("a.csv", post)).status == 0)
        let again = try w.run("import", ledger)
        #expect(
            again.status == 0 && again.stdout.contains("talks: 2 (0 new, 0 replaced, 2 unchanged)"),
            "\(again.stdout)\(again.stderr)")
        for id in ["W1", "W2"] {
            #expect(try talk(w, id).contains(#""talkee": "p-wangw""#), "\(id)")
        }
        #expect(before.contains(#""talkee": "p-wangw""#))
    }

    /// A template's marks of its columns are no part of their names: a required field's star, the
    /// column's number, a note in 【】 (helper-132: "no header").
    @Test(arguments: [
        "编号*,开展谈话的党委*,谈话类型*,谈话对象单位*,被谈话人*,谈话人*,谈话日期*",
        "*编号,*开展谈话的党委,*谈话类型,*谈话对象单位,*被谈话人,*谈话人,*谈话日期",
        "编号,开展谈话的党委,谈话类型【必填】,谈话对象单位,被谈话人,谈话人,谈话日期",
        "1.编号,2.开展谈话的党委,3.谈话类型,4.谈话对象单位,5.被谈话人,6.谈话人,7.谈话日期",
        // (helper-134)
        "（1）编号,(2)开展谈话的党委,①谈话类型,★谈话对象单位,※被谈话人,谈话人*（必填）,谈话日期",
    ]) func aTemplatesMarksOfItsColumnsAreNoPartOfTheirNames(header: String) throws {
        let w = try base()
        let run = try w.run("import", w.file("marked.csv", header + "\r\nH1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16\r\n"))
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// A CSV of a Western Excel (Windows-1252), read as GB18030, puts Chinese characters between
    /// Latin letters (Müller as M黮ler): refused, naming the line (helper-132: stored so).
    @Test func aWesternCSVIsRefusedNotReadAsGB18030() throws {
        let w = try base()
        let path = w.folder + "/western.csv"
        try Data(
            [0x69, 0x64, 0x2C, 0x6E, 0x61, 0x6D, 0x65, 0x0D, 0x0A] + Array("p-mul,M".utf8) + [0xFC]
                + Array("ller\r\n".utf8)
        )
        .write(to: URL(fileURLWithPath: path))
        let run = try w.run("import", path)
        #expect(
            run.status == 2 && run.stderr.contains("its Chinese characters all stand inside Latin words (from line 2"),
            "\(run.stderr)")
        // Léa (L閍) is caught too, and a GB18030 ledger's 对A区B组 is Chinese (helper-134).
        try Data(
            [0x69, 0x64, 0x2C, 0x6E, 0x61, 0x6D, 0x65, 0x0D, 0x0A] + Array("p-lea,L".utf8) + [0xE9, 0x61, 0x0D, 0x0A]
        )
        .write(to: URL(fileURLWithPath: path))
        #expect(try w.run("import", path).stderr.contains("stand inside Latin words"))
        // An accented letter starting a word, or two together (helper-135: 蒻ile, Ib狁ez were stored).
        _ = try python(
            "import sys; open(sys.argv[1], 'wb').write('id,name\\r\\nx1,Ibáñez\\r\\nx2,Émile Zola\\r\\n'.encode('cp1252'))",
            [path])
        #expect(try w.run("import", path).stderr.contains("stand inside Latin words"))
        // An accented letter ending a word, before a comma or the line's end, is no GB18030 at all,
        // and was told only as that (helper-135).
        for after in [",x\r\n", "\r\n"] {
            _ = try python(
                "import sys; open(sys.argv[1], 'wb').write(sys.argv[2].encode('cp1252'))",
                [path, "id,name,remark\r\nx1,José" + after])
            let run = try w.run("import", path)
            #expect(
                run.status == 2
                    && run.stderr.contains(
                        "neither UTF-8 nor GB18030: from line 2 a letter outside ASCII stands inside a Latin word"),
                "\(run.stderr)")
        }
        let ledger = w.folder + "/gbk.csv"
        let rows = talkHeader + ",指出的问题\r\nA1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16,对A区B组的整改不到位\r\n"
        _ = try python("import sys; open(sys.argv[1], 'wb').write(sys.argv[2].encode('gbk'))", [ledger, rows])
        let gbk = try w.run("import", ledger)
        #expect(gbk.status == 0, "\(gbk.stderr)")
        // An English header over Chinese only beside capitals (ATM机, U盘) is GBK too (helper-136).
        let english =
            "id,conductor,kind,organization,talkee,talker,held,problems\r\n"
            + "A2,jz,regular,tl,p-sunl,p-lihua,2026-09-17,ATM机\r\nA3,jz,regular,tl,p-sunl,p-lihua,2026-09-18,U盘\r\n"
        _ = try python("import sys; open(sys.argv[1], 'wb').write(sys.argv[2].encode('gbk'))", [ledger, english])
        let capitals = try w.run("import", ledger)
        #expect(capitals.status == 0, "\(capitals.stderr)")
        // gbk, as offices name it, is GB18030.
        #expect(try w.run("export", "--format", "csv", "--encoding", "gbk").status == 0)
    }

    /// A ledger imported into a store holding no organization (a mistyped --db or TALKS_DB, or one not
    /// loaded yet) says so beside its unknown names (helper-216: "unknown organization" in each cell,
    /// and nothing more); a sheet refused for other faults does not.
    @Test func aLedgerRefusedByAnEmptyStoreSaysTheStoreIsEmpty() throws {
        let w = try Workspace(loaded: false)
        _ = try w.run("init")
        let refused = try w.run("import", Self.cases + "fc24-blank-talkee-no-conductor.csv")
        #expect(refused.status == 2 && refused.stderr.contains("holds no organization yet"), "\(refused.stderr)")
        let other = try w.run("import", w.file("o.csv", "id,name,kind,level\r\nx,甲,local-committee,nolevel\r\n"))
        #expect(other.status == 2 && !other.stderr.contains("holds no organization yet"), "\(other.stderr)")
    }

    /// A date with the year last whose order one number settles names the date it would be; a date
    /// and time with its zone is quoted, not withheld as a sentence (helper-132).
    @Test func aDateRefusedIsToldPlainly() throws {
        let w = try base()
        func refusal(_ day: String) throws -> String {
            try w.run("import", w.file("d.csv", talkHeader + "\r\nE1,江州市委,定期谈话,桐林县委,孙丽,李华,\(day)\r\n")).stderr
        }
        #expect(
            try refusal("16/09/2026").contains(
                "\"16/09/2026\" puts the year last; if it is 2026-09-16, write the year first (2026-09-16)"))
        // (With its seconds, a zone after a space is read, as `date` writes it: helper-216.)
        #expect(try refusal("2026-09-16 14:30 +0800").contains("\"2026-09-16 14:30 +0800\" is not a date"))
        #expect(try refusal("2026-09-16 14:30:00 +0800").isEmpty)
    }

    /// A roster correcting who was an organization's secretary on a stored talk's day says which
    /// talks' talkees were that day's secretary and no longer are, and how to record them anew
    /// (helper-254: the talkee filled in from a blank cell stayed the former one, silently).
    @Test func aRosterCorrectingASecretarySaysTheTalksWhoseTalkeeWasThen() throws {
        let w = try base()
        let talks = w.file("talks.csv", talkHeader + "\r\nS1,江州市委,定期谈话,清溪县委,,王伟,2026-04-10\r\n")
        #expect(try w.run("import", talks).status == 0)
        #expect(try w.run("import", w.file("people.csv", "编号,姓名\r\np-new,钱新\r\n")).status == 0)
        let roster = w.file(
            "roster.csv",
            "人员,组织,职务,任职起始,任职截止\r\np-chend,清溪县委,书记,2021-06-01,2026-03-31\r\np-new,清溪县委,书记,2026-04-01,\r\n")
        let run = try w.run("import", roster)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "note: talk S1 (清溪县委 (qx), 2026-04-10): its talkee 陈东 (p-chend) was the secretary that day and by "
                    + "this sheet is not; 钱新 (p-new) is: if the talkee was filled in as the day's secretary, record it "
                    + "anew: talks --db "), "\(run.stderr)")
        #expect(run.stderr.contains("talks.db record --replace --talkee p-new --id S1\n"), "\(run.stderr)")
        // The same roster again changes nothing, and says nothing of S1.
        #expect(try !w.run("import", roster).stderr.contains("S1"))
        #expect(try w.run("record", "--replace", "--talkee", "p-new", "--id", "S1").status == 0)
        #expect(try talk(w, "S1").contains(#""talkee": "p-new""#))
    }

    /// A document loaded says so too, naming a person it adds as it names them; loaded again, when
    /// it changes no secretary, nothing.
    @Test func aDocumentCorrectingASecretarySaysTheTalksWhoseTalkeeWasThen() throws {
        let w = try base()
        let talks = w.file("talks.csv", talkHeader + "\r\nS1,江州市委,定期谈话,清溪县委,,王伟,2026-04-10\r\n")
        #expect(try w.run("import", talks).status == 0)
        let posts = """
            "appointments": [{"person": "p-chend", "organization": "qx", "role": "secretary", "from": "2021-06-01", "to": "2026-03-31"},
            {"person": "p-new", "organization": "qx", "role": "secretary", "from": "2026-04-01"}]
            """
        let document = w.file(
            "roster.json",
            #"{"format": "supervision-talks/1", "people": [{"id": "p-new", "name": "钱新"}], "# + posts + "}")
        let run = try w.run("load", document)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains(
                "note: talk S1 (清溪县委 (qx), 2026-04-10): its talkee 陈东 (p-chend) was the secretary that day and by "
                    + "this document is not; 钱新 (p-new) is: if the talkee was filled in as the day's secretary"),
            "\(run.stderr)")
        #expect(try !w.run("load", document).stderr.contains("S1"))
        // A post ended with no successor on the talk's day is said too (helper-260: nothing said).
        #expect(try w.run("record", "--replace", "--talkee", "p-new", "--id", "S1").status == 0)
        let ended = w.file(
            "ended.json",
            #"{"format": "supervision-talks/1", "appointments": [{"person": "p-new", "organization": "qx", "role": "secretary", "from": "2026-04-01", "to": "2026-04-05"}]}"#
        )
        let none = try w.run("load", ended)
        #expect(
            none.stderr.contains(
                "note: talk S1 (清溪县委 (qx), 2026-04-10): its talkee 钱新 (p-new) was the secretary that day and by "
                    + "this document no one is: check the posts or the talk's day"), "\(none.stderr)")
    }

    /// A sheet's problems are told in its order, row by row and cell by cell, whichever step found
    /// each (helper-254: a date's in row 3 was told before the missing fields of rows 2 and 4).
    @Test func problemsAreToldInTheSheetsOrder() throws {
        let w = try base()
        let sheet = [
            talkHeader, "T1,江州市委,定期谈话,,何静,李华,2026-09-16", "T2,江州市委,定期谈话,桐林县委,王五,李华,26/9/17",
            "T3,江州市委,,桐林县委,孙丽,李华,2026-09-18",
        ]
        let run = try w.run("import", w.file("order.csv", sheet.joined(separator: "\r\n") + "\r\n"))
        let places = run.stderr.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.firstRange(of: "row ")?.lowerBound else { return nil }
            return String(line.suffix(from: start).prefix(13))
        }
        #expect(
            run.status == 2 && places == ["row 2, column", "row 3, column", "row 3, column", "row 4, column"],
            "\(run.stderr)")
        #expect(
            run.stderr.firstRange(of: "column E (被谈话人)")!.lowerBound
                < run.stderr.firstRange(of: "column G (谈话日期)")!.lowerBound)
    }

    /// Instructions above the header, labelled once and numbered in the cells beside, are no record
    /// (helper-132: refused as "looks like a record").
    @Test func numberedInstructionsAboveTheHeaderAreSkipped() throws {
        let w = try base()
        let sheet =
            "填报说明：,1.编号唯一,2.日期格式2026-01-01,3.类型填定期或及时,4.单位写全称,,\r\n" + talkHeader
            + "\r\nE1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16\r\n"
        let run = try w.run("import", w.file("instructions.csv", sheet))
        #expect(run.status == 0 && run.stderr.contains("the header is row 2; row 1 above it"), "\(run.stderr)")
    }

    /// A date column over its first and last day (谈话日期 over 开始日期 and 结束日期) is a header of
    /// two rows: the day and the day the talk ended (helper-132: the lower row read as a record).
    @Test func aDateColumnOverItsFirstAndLastDayIsOneHeader() throws {
        let w = try base()
        let sheet = talkHeader + ",\r\n,,,,,,开始日期,结束日期\r\nH1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16,2026-09-17\r\n"
        let run = try w.run("import", w.file("two-rows.csv", sheet))
        #expect(run.status == 0 && run.stderr.contains("the header is rows 1, 2"), "\(run.stderr)")
        let shown = try talk(w, "H1")
        #expect(shown.contains(#""held": "2026-09-16""#) && shown.contains(#""ended": "2026-09-17""#), "\(shown)")
    }

    /// More of helper-135's: a note under the table set off by a mark is the foot's; an id's marks
    /// are no part of it (“T2”, T1* added second talks); a year Excel showed as a date of 1905 in a
    /// CSV's 年度 is told so.
    @Test func marksAroundNotesAndIdsAndAYearShownAsADate() throws {
        let w = try base()
        let sheet = talkHeader + "\r\nT1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16\r\n★注：本表由各单位填报,,,,,,\r\n※说明：数据截至11月,,,,,,\r\n"
        let foot = try w.run("import", w.file("foot.csv", sheet))
        #expect(foot.status == 0 && foot.stderr.contains("footer rows 3, 4"), "\(foot.stderr)")
        // A new record's id so read is said (helper-144: a store's export of ★T9 imported again
        // gave T9 without a word).
        let new = try w.run(
            "import", w.file("new.csv", talkHeader + "\r\n★T9,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-17\r\n"))
        #expect(new.stderr.contains("row 2: the id \"★T9\" is read as T9 (marks around an id"), "\(new.stderr)")
        // A character that shows nothing pasted inside one is said so (helper-242: "marks around").
        // (A variation selector too: helper-243, "marks around".)
        for (id, hidden) in [("T8", "\u{200B}"), ("T7", "\u{FE0F}")] {
            let cell = id.prefix(1) + hidden + id.dropFirst()
            let run = try w.run(
                "import", w.file("hidden.csv", talkHeader + "\r\n\(cell),江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-1\(id.last!)\r\n")
            )
            #expect(
                run.stderr.contains("is read as \(id) (characters in it that show nothing are no part of it)"),
                "\(run.stderr)")
        }
        // An empty --conductor is a usage error, not an organization no one has (helper-147).
        let empty = try w.run("overdue", "--conductor", "")
        #expect(empty.status == 64 && empty.stderr.contains("--conductor must not be empty"), "\(empty.stderr)")
        // And quotes typed full-width or as their look-alikes, brackets, a template's marks
        // before or after it (helper-142: each a second talk).
        for id in ["“T1”", "＂T1＂", "〝T1〞", "【T1】", "★T1", "※T1", "▲T1", "T1★", "<T1>", "«T1»", "'T1'"] {
            let again = try w.run(
                "import", w.file("ids.csv", talkHeader + "\r\n\(id),江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16\r\n"))
            #expect(
                again.stdout.contains("talks: 1 (0 new, 0 replaced, 1 unchanged)"),
                "\(id): \(again.stdout)\(again.stderr)")
        }
        let plans = "编号,开展谈话的党委,年度,谈话对象单位,谈话人,完成时限\r\nPY-1,江州市委,1905/7/18,桐林县委,李华,2026-12-31\r\n"
        let year = try w.run("import", w.file("plans.csv", plans))
        #expect(year.status == 2 && year.stderr.contains("is how Excel shows the year 2026"), "\(year.stderr)")
    }

    /// helper-137's: an id cell of marks alone (“”, an apostrophe typed as text with nothing after
    /// it) holds no id, and was stored as the id “” or '.
    @Test func anIdOfMarksAloneIsNoId() throws {
        let w = try base()
        let before = try w.export()
        // And so do marks typed full-width or as look-alikes; a ditto mark typed as ″ or ＂ says 同上
        // (helper-141: each stored as an id).
        let empty = "an id must not be empty"
        for (cell, says) in [
            ("“”", empty), ("'", "required field is missing"), ("＇", empty), ("〝〞", empty),
            ("＂＂", empty), ("#", empty), ("-", "required field is missing"), ("″", "says 同上"), ("＂", "says 同上"),
            ("”", "says 同上"), ("必填", "\"必填\" is a template's word saying whether the column must be filled"),
        ] {
            let run = try w.run(
                "import", w.file("marks.csv", talkHeader + "\r\n\(cell),江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16\r\n"))
            #expect(run.status == 2 && run.stderr.contains("row 2, column A (编号): \(says)"), "\(cell): \(run.stderr)")
        }
        #expect(try w.export() == before)
    }

    /// helper-142's: a free-text cell of marks alone (＂＂, 〝〞, …, ★ under 指出的问题 or 情况说明)
    /// says nothing, as - and 无 do: it was stored as the talk's problem, and Art. 8 was met; the
    /// same text in a confidential flag is refused.
    @Test func aFreeTextCellOfMarksAloneSaysNothing() throws {
        let w = try base()
        let header = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期,指出的问题,整改要求"
        let rows = ["＂＂,〝〞", "…,★", "-,-", "'',#"].enumerated().map { i, marks in
            "M\(i),定期谈话,清溪县委,,李华,2026-09-1\(i),\(marks)"
        }
        let run = try w.run("import", w.file("marks.csv", ([header] + rows).joined(separator: "\r\n") + "\r\n"))
        #expect(run.status == 0, "\(run.stderr)")
        for i in rows.indices {
            let explained = try w.run("explain", "M\(i)", "--as-of", "2026-12-04").stdout
            #expect(explained.contains("✗ not met [warning]  problems pointed out"), "M\(i): \(explained)")
        }
        let exported = try w.run("export", "--include-confidential").stdout
        #expect(!exported.contains("\"problems\"") && !exported.contains("\"requirements\""), "\(exported)")
        let triggers = try w.run(
            "import", w.file("triggers.csv", "编号,组织,情形,发现日期,情况说明\r\nTM1,清溪县委,信访举报问题较多,2026-10-08,……\r\n"))
        let notes = try w.run("export", "--include-confidential").stdout
        #expect(triggers.status == 0 && !notes.contains("……"), "\(triggers.stderr)")
        let before = try w.export()
        // A flag's text saying nothing (…, 无, 同上, ??) is refused, as no sheet could give it back
        // (helper-143: stored, and a sheet exported of it read back without it, or as the talk
        // above's).
        let says = "says nothing (marks alone, or a word such as 无 or 同上)"
        // (And its other forms, 无。 None 不适用 无问题, and a formula's error value: helper-145.)
        for text in ["…", "无", "同上", "??", "无。", "[无]", "None", "不适用", "无问题", "#N/A"] {
            let refused = try w.run(
                "record", "--kind", "regular", "--organization", "qx", "--talker", "李华", "--held", "2026-09-19",
                "--problem", "真问题", "--requirement", text)
            #expect(refused.status == 64 && refused.stderr.contains("--requirement \(says)"), "\(refused.stderr)")
        }
        let note = try w.run(
            "trigger", "add", "--organization", "qx", "--kind", "petitions", "--on", "2026-11-20", "--note", "暂无")
        #expect(note.status == 64 && note.stderr.contains("--note \(says)"), "\(note.stderr)")
        // A line a sheet refuses is refused in a flag too, or the store's own export would not read
        // back (helper-213: a note with a 同上 line was taken).
        let ditto = try w.run(
            "trigger", "add", "--organization", "qx", "--kind", "petitions", "--on", "2026-11-20", "--note", "情况一\n同上")
        #expect(ditto.status == 64 && ditto.stderr.contains("\"同上\" among other lines"), "\(ditto.stderr)")
        // (Nor a total's label, which a sheet skips as a total row: helper-209.)
        for id in ["同上", "无", "N/A", "??", "#N/A", "0", "合计", "SUM1", "Total2026"] {
            let refused = try w.run(
                "record", "--id", id, "--kind", "regular", "--organization", "qx", "--talker", "李华", "--held",
                "2026-09-19")
            // (A malformed flag value, exit 64: helper-202, it was 2.)
            #expect(refused.status == 64 && refused.stderr.contains("is no id"), "\(refused.stderr)")
        }
        // A word's flag of marks alone says nothing too (helper-200: "not one of"); an id's may name
        // a record of marks, which a document may hold (helper-201).
        let record = ["record", "--kind", "regular", "--organization", "qx", "--talker", "李华", "--held", "2026-09-19"]
        // So do 无 and N/A, as a sheet's blank cell (helper-205: "N" was not a department).
        for (flag, marks) in [
            ("--participant", "。"), ("--format", "？"), ("--steps", "，"), ("--participant", "N/A"),
            ("--participant", "无"), ("--participant", "不适用"), ("--participant", "不涉及"),
        ] {
            let refused = try w.run(record + [flag, marks])
            #expect(refused.status == 64 && refused.stderr.contains("\(flag) \(says)"), "\(flag): \(refused.stderr)")
        }
        #expect(try w.export() == before)
        // A document may hold them, as a store written before did: its export loads back
        // (helper-144: a backup of such a store was refused).
        let old = """
            {"format": "supervision-talks/1",
             "triggers": [{"id": "TRN", "organization": "qx", "kind": "petitions", "on": "2026-10-08", "note": "同上"}],
             "talks": [{"id": "江州市委二〇二六年第一次定期监督谈话", "conductor": "jz", "kind": "regular", "organization": "qx",
                        "talkee": "p-chend", "talker": "p-lihua", "held": "2026-09-19", "problems": ["无"]}]}
            """
        #expect(try w.run("load", w.file("old.json", old)).status == 0)
        let backup = try w.run("export", "--include-confidential").stdout
        let fresh = try Workspace(loaded: false)
        #expect(try fresh.run("load", w.file("backup.json", backup)).status == 0)
        #expect(try fresh.run("export", "--include-confidential").stdout == backup)
        // A stored id a sheet reads otherwise (a total's label, a word of nothing, marks) is written
        // with an apostrophe before it, and its sheet reads back unchanged, in either format
        // (helper-209: 合计's row skipped as a total, 无 refused as without an id).
        // (And marks alone, a template's example or foot, marks a cell takes off: helper-212.)
        let odd = ["合计", "无", "??", "SUM1", "#N/A", "'Q1", "checksum", "〃", "示例", "填表人：", "T1*"]
        let talks = odd.enumerated().map { i, id in
            #"{"id": "\#(id)", "conductor": "jz", "kind": "regular", "organization": "qx", "talkee": "p-chend", "talker": "p-lihua", "held": "2026-09-\#(11 + i)"}"#
        }
        // Such an id where another record names it, as an appointment's person, a trigger of a talk
        // (helper-211: the appointment's row skipped as a total, the trigger 'x read as x).
        let document = """
            {"format": "supervision-talks/1", "people": [{"id": "SUM1", "name": "孙一"}],
             "appointments": [{"person": "SUM1", "organization": "qx", "role": "member", "from": "2026-01-01"}],
             "triggers": [{"id": "'x", "organization": "qx", "kind": "petitions", "on": "2026-09-01"},
              {"id": "无", "organization": "qx", "kind": "petitions", "on": "2026-09-02"}],
             "talks": [\(talks.joined(separator: ", ")),
              {"id": "TX", "conductor": "jz", "kind": "timely", "organization": "qx", "talkee": "p-chend",
               "talker": "p-lihua", "held": "2026-09-10", "triggers": ["'x", "无"]}]}
            """
        #expect(try fresh.run("load", w.file("odd.json", document), "--yes").status == 0)
        let stored = try fresh.export()
        let csv = try fresh.run("list", "talks", "--format", "csv").stdout
        #expect(csv.contains("\n''合计,") && csv.contains("\n''无,") && csv.contains("\nchecksum,"), "\(csv)")
        for kind in ["talks", "appointments"] {
            let listed = try fresh.run("list", kind, "--format", "csv").stdout
            for sheet in [w.file("odd.csv", listed), w.folder + "/odd.xlsx"] {
                if sheet.hasSuffix("xlsx") {
                    #expect(try fresh.run("list", kind, "--format", "xlsx", "--output", sheet).status == 0)
                }
                let again = try fresh.run("import", sheet)
                #expect(
                    again.status == 0 && again.stdout.contains("(0 new, 0 replaced,"),
                    "\(kind): \(again.stdout)\(again.stderr)")
                #expect(!again.stderr.contains("skipped"), "\(again.stderr)")
                #expect(try fresh.export() == stored)
            }
        }
    }

    /// helper-143's: a row continuing a talk's problems may fill its other cells with marks of
    /// nothing (/, —, ＂＂ under 编号: refused as a talk without its fields); a cell of it saying
    /// nothing (无, 同上) or such a line in a cell adds nothing (each was stored as a problem); a
    /// total row whose 编号 counts with a formula (=SUBTOTAL(…)) is skipped (refused); a sentence
    /// under 人员 is refused as no name, not quoted by a later message of its row.
    @Test func marksOfNothingInAContinuationAndATotalFormula() throws {
        let w = try base()
        let header = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期,指出的问题"
        for (n, rest) in ["＂＂,/,—,-,/,—,问题二", ",,,,,,无", ",,,,,,同上"].enumerated() {
            let id = "N\(n)"
            let sheet =
                "\(header)\r\n\(id),定期谈话,桐林县委,,李华,2026-09-1\(n + 1),\"问题一\n无\"\r\n\(rest)\r\n合计,=SUBTOTAL(3;A2:A2),,,,,\r\n"
            let run = try w.run("import", w.file("n.csv", sheet))
            #expect(run.status == 0 && run.stderr.contains("total row 4 skipped"), "\(rest): \(run.stderr)")
            let talk = try w.run("show", id, "--format", "json", "--include-confidential").stdout
            let problems = n == 0 ? "[\"问题一\", \"问题二\"]" : "[\"问题一\"]"
            #expect(talk.contains("\"problems\": \(problems)"), "\(rest): \(talk)")
        }
        // A number on a line of its own is an entry, as record --problem 3 gives one (helper-146:
        // dropped, and a ledger exported lost it on import).
        let numbered = try w.run(
            "import", w.file("l.csv", "\(header)\r\nN7,定期谈话,桐林县委,,李华,2026-09-18,\"3\n个乡镇未完成整改\"\r\n"))
        #expect(numbered.status == 0, "\(numbered.stderr)")
        #expect(
            try w.run("show", "N7", "--format", "json", "--include-confidential").stdout.contains(
                "\"problems\": [\"3\", \"个乡镇未完成整改\"]"))
        // A word of nothing beyond the header's last column is told as a value there (helper-145:
        // the import trapped, index out of range).
        let beyond = try w.run(
            "import", w.file("b.csv", "\(header)\r\nN8,定期谈话,桐林县委,,李华,2026-09-19,问题一,无\r\n"))
        #expect(beyond.status == 2 && beyond.stderr.contains("beyond the header's last column"), "\(beyond.stderr)")
        // A row of 〃 in every column is the record above again, refused, not joined to it as
        // nothing (helper-144).
        let again = try w.run(
            "import", w.file("d.csv", "\(header)\r\nN9,定期谈话,桐林县委,,李华,2026-09-19,问题一\r\n〃,〃,〃,〃,〃,〃,〃\r\n"))
        #expect(again.status == 2 && again.stderr.contains("d.csv: row 3, column"), "\(again.stderr)")
        let sentence = "存在违规收受礼金问题整改不到位群众反映强烈"
        let roster = try w.run(
            "import", w.file("a.csv", "人员,组织,职务,任职起始\r\n\(sentence),清溪县委,书记,2026-05-01\r\n"))
        #expect(
            roster.status == 2 && roster.stderr.contains("not a name") && !roster.stderr.contains("存在"),
            "\(roster.stderr)")
    }

    /// helper-142's: a row continuing a talk's problems may give its id again or a ditto mark under
    /// 编号 (each was refused as a talk missing its fields); a talk's row whose 编号 is a formula
    /// (=SUBTOTAL(…), =1+1) is refused as a formula (the first was skipped as a total, the second
    /// stored as an id).
    @Test func aContinuationMayRepeatItsIdAndAFormulaIdIsRefused() throws {
        let w = try base()
        let header = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期,指出的问题"
        for (n, again) in ["C1", "〃"].enumerated() {
            let id = "C\(n + 1)"
            let sheet =
                "\(header)\r\n\(id),定期谈话,桐林县委,,李华,2026-09-1\(n + 6),问题一\r\n\(again == "C1" ? id : again),,,,,,问题二\r\n"
            let run = try w.run("import", w.file("c.csv", sheet))
            #expect(run.status == 0 && run.stdout.contains("talks: 1 (1 new"), "\(again): \(run.stderr)")
            let talk = try w.run("show", id, "--format", "json", "--include-confidential").stdout
            #expect(talk.contains("问题一") && talk.contains("问题二"), "\(talk)")
        }
        let before = try w.export()
        for formula in ["=SUBTOTAL(3;A2:A9)", "=1+1"] {
            let run = try w.run("import", w.file("f.csv", "\(header)\r\n\(formula),定期谈话,桐林县委,,李华,2026-09-18,\r\n"))
            #expect(
                run.status == 2 && run.stderr.contains("column A (编号): holds a formula"), "\(formula): \(run.stderr)")
        }
        #expect(try w.export() == before)
    }

    /// helper-142's: a sentence where a person or an id belongs (a problem slid over from the
    /// column beside, or swapped with a flag's value) is described, not quoted, in a refusal; as
    /// an id it was stored, and shown in every list and calendar.
    @Test func aSentenceWhereANameOrAnIdBelongsIsNotQuoted() throws {
        let w = try base()
        let sentence = "存在违规收受礼金问题整改不到位群众反映强烈"
        let header = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期"
        let before = try w.export()
        for (row, count) in [
            ("S1,定期谈话,清溪县委,\(sentence),李华,2026-09-18", 21), ("存在问题，整改不到位,定期谈话,清溪县委,,李华,2026-09-18", 10),
        ] {
            let run = try w.run("import", w.file("s.csv", "\(header)\r\n\(row)\r\n"))
            #expect(run.status == 2 && run.stderr.contains("a text of \(count) characters (not shown"), "\(run.stderr)")
            #expect(!run.stderr.contains("存在"), "\(run.stderr)")
        }
        for words in [
            ["record", "--kind", "regular", "--organization", "qx", "--held", "2026-09-19", "--talker", sentence],
            ["overdue", "--conductor", "存在问题，整改不力"], ["show", "存在问题，整改不力"],
            // (A remark as long as a sentence is quoted no more than the rest: helper-145.)
            [
                "record", "--kind", "regular", "--organization", "qx", "--held", "2026-09-19", "--talker", "李华",
                "--talkee", "陈东（存在违规收受礼金，整改不到位）",
            ],
        ] {
            let run = try w.run(words)
            #expect(run.status == 2 && run.stderr.contains("(not shown: it may be confidential)"), "\(run.stderr)")
            #expect(!run.stderr.contains("存在"), "\(run.stderr)")
        }
        #expect(try w.export() == before)
    }

    /// helper-200's: a trigger's note or a plan's matter where an id belongs, naming no record, is
    /// described, not quoted, though ids may be long; an id mistyped still has its suggestion.
    @Test func aNoteWhereAnIdBelongsIsNotQuoted() throws {
        let w = try base()
        let header = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期,及时谈话情形"
        let run = try w.run(
            "import", w.file("s.csv", "\(header)\r\nS1,及时谈话,清溪县委,,李华,2026-09-18,群众信访反映其插队办事问题\r\n"))
        #expect(
            run.status == 2 && run.stderr.contains("unknown trigger: a text of 13 characters (not shown"),
            "\(run.stderr)")
        // (One holding a problem's words is no id at all.)
        let problem = try w.run(
            "import", w.file("p.csv", "\(header)\r\nS1,及时谈话,清溪县委,,李华,2026-09-18,举报孙丽收受礼金50万元\r\n"))
        #expect(
            problem.status == 2 && problem.stderr.contains("a text of 12 characters (not shown")
                && !problem.stderr.contains("举报"), "\(problem.stderr)")
        let record = ["record", "--kind", "timely", "--organization", "qx", "--held", "2026-09-19", "--talker", "李华"]
        for words in [record + ["--trigger", "信访问题多"], record + ["--plan", "主体责任未压实"], ["show", "信访问题多"]] {
            // (A fault's words where an id belongs are no id at all: helper-281, usage.)
            let run = try w.run(words)
            #expect(
                run.status == (words.contains("--plan") ? 64 : 2)
                    && run.stderr.contains("(not shown: it may be confidential)"), "\(run.stderr)")
            #expect(!run.stderr.contains("信访") && !run.stderr.contains("主体"), "\(run.stderr)")
        }
        // Nor is one holding a problem's words taken as a new record's id (helper-202: stored, and
        // shown in every list, calendar and department copy).
        let asID = try w.run(record + ["--id", "举报孙丽收受礼金50万元"])
        #expect(asID.status == 64 && asID.stderr.contains("not an id") && !asID.stderr.contains("举报"), "\(asID.stderr)")
        let mistyped = try w.run(record + ["--trigger", "TR26-0l"])
        #expect(mistyped.status == 2 && mistyped.stderr.contains(#"unknown trigger "TR26-0l"; did you mean "TR26-01""#))
    }

    /// Of an organization dissolved in a reform and the one of its name made after it, the one
    /// that existed on the day is meant, in a sheet and in a flag (helper-201: refused as ambiguous).
    @Test func aNamesakeDissolvedBeforeTheDayIsNotMeant() throws {
        let w = try base()
        let dissolved = w.file(
            "dissolved.json",
            #"{"format": "supervision-talks/1", "organizations": [{"id": "qx-old", "name": "清溪县委", "kind": "local-committee", "#
                + #""level": "county", "parent": "jz", "dissolved": "2020-12-31"}]}"#)
        #expect(try w.run("load", dissolved).status == 0)
        let sheet = try w.run(
            "import", w.file("q.csv", "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\r\nQ1,定期谈话,清溪县委,,李华,2026-09-16\r\n"))
        #expect(
            sheet.status == 0 && sheet.stderr.contains("took qx, the one that existed on 2026-09-16"), "\(sheet.stderr)"
        )
        let flag = try w.run("trigger", "add", "--organization", "清溪县委", "--kind", "petitions", "--on", "2026-10-01")
        #expect(flag.status == 0 && flag.stdout.contains("qx, 2026-10-01"), "\(flag.stdout)\(flag.stderr)")
        // On a day both existed, still both.
        let both = try w.run(
            "record", "--kind", "regular", "--organization", "清溪县委", "--talker", "李华", "--held", "2019-09-16", "--yes")
        #expect(both.status == 2 && both.stderr.contains("several organizations are named"), "\(both.stderr)")
    }

    @Test func aLedgerSavedAsTabSeparatedTextWithARemarksColumnImports() throws {
        let w = try base()
        let sheet = """
            江州市委2026年监督谈话台账
            序号\t编号\t谈话类型\t谈话对象单位\t被谈话人\t谈话人\t谈话日期\t提交自查报告\t谈话环节\t备注
            1\tT-T1\t定期\t清溪县委\t陈　东\t李华\t2026年9月10日\t已提交\t全部\t计划内
            小计\t\t\t\t\t\t\t\t\t1
            """
        let run = try w.run("import", w.file("tabs.csv", sheet))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stderr.contains("column J (备注) holds remarks and is not imported")
                && run.stderr.contains("total row 4 skipped"))
        let shown = try talk(w, "T-T1")
        #expect(shown.contains(#""conductor": "jz""#) && shown.contains(#""talkee": "p-chend""#), "\(shown)")
        #expect(shown.contains(#""selfCheck": true"#) && shown.contains("commitment"))
    }

    @Test func datesAsExcelAndInputMethodsWriteThemAndADateWithoutAYearRefused() throws {
        let w = try base()
        let before = try w.export()
        let refused = try w.run("--lang", "zh", "import", Self.cases + "date-forms.csv")
        #expect(refused.status == 2)
        let lines = refused.stderr.split(separator: "\n")
        #expect(lines.count == 1, "\(refused.stderr)")
        #expect(refused.stderr.contains("第 4 行 G 列（谈话日期）: \"3月5日\" 没有完整的四位年份；可写 2026-03-05、2026/3/5"))
        #expect(try w.export() == before)

        let sheet = """
            编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期
            D05,江州市委,定期谈话,桐林县委,孙丽,李华,2026/3/5 0:00
            D07,江州市委,定期谈话,桐林县委,孙丽,李华,２０２６年３月５日
            D08,江州市委,定期谈话,桐林县委,孙丽,李华,2026 年 3 月 5 日
            D10,江州市委,定期谈话,桐林县委,孙丽,李华,二〇二六年三月五号
            D12,江州市委,定期谈话,桐林县委,孙丽,李华,2026/3/5 14:30
            D13,江州市委,定期谈话,桐林县委,孙丽,李华,2026年3月5日 星期四
            D14,江州市委,定期谈话,桐林县委,孙丽,李华,2026年3月5日下午2时30分
            D15,江州市委,定期谈话,桐林县委,孙丽,李华,20260305
            D16,江州市委,定期谈话,桐林县委,孙丽,李华,46086.6041666667
            D11,江州市委,定期谈话,桐林县委,孙丽,李华,2026-03-05T00:00:00
            """
        let run = try w.run("import", w.file("dates.csv", sheet))
        #expect(run.status == 0, "\(run.stderr)")
        for id in ["D05", "D07", "D08", "D10", "D11", "D12", "D13", "D14", "D15", "D16"] {
            #expect(try talk(w, id).contains(#""held": "2026-03-05""#), "\(id)")
        }
        for (text, reason) in [
            ("26.3.5", "has no full four-digit year"), ("2026年3月5日 星期五", "names 2026-03-05, a Thursday, not a Friday"),
            ("2026/3/5 25:00", "has 25:00, which is no time of day"),
        ] {
            let bad = try w.run("import", w.file("bad.csv", sheet.replacing("2026-03-05T00:00:00", with: text)))
            #expect(
                bad.status == 2 && bad.stderr.contains("row 11, column G (谈话日期): \"\(text)\" \(reason)"),
                "\(bad.stderr)"
            )
        }
    }

    /// A transfer that would put an organization beside another of its name under one parent is
    /// refused, by a sheet as by talks move, as a rename to a sibling's name is (helper-125: two
    /// 高新区党工委 under 海西州委, every cell giving the name then refused).
    @Test func aTransferBesideANamesakeIsRefused() throws {
        let w = try base()
        let added = try w.run(
            "import",
            w.file(
                "o1.csv",
                "编号,名称,类别,层级,上级组织,成立日期\ngx1,高新区党工委,党工委,县,江州市委,2020-01-01\ngx2,高新区党工委,党工委,县,海西州委,2020-01-01"))
        #expect(added.status == 0, "\(added.stderr)")
        let before = try w.run("export").stdout
        let sheet = try w.run(
            "import",
            w.file(
                "o2.csv",
                "编号,名称,类别,层级,上级组织,上级组织起始日期,原上级组织\ngx1,高新区党工委,党工委,县,海西州委,2026-09-01,江州市委（至2026-08-31）"))
        #expect(sheet.status == 2, "\(sheet.stderr)")
        #expect(
            sheet.stderr.contains(
                "row 2, column E (上级组织): moved, gx1 would have the name, the parent and days of the stored \"高新区党工委\" (gx2)"
            ),
            "\(sheet.stderr)")
        let moved = try w.run("move", "gx1", "--to", "hx", "--from", "2026-09-01")
        #expect(moved.status == 2 && moved.stderr.contains("--to: moved, gx1 would have the name"), "\(moved.stderr)")
        #expect(try w.run("export").stdout == before)
        // Moved elsewhere, it is no one's namesake.
        #expect(try w.run("move", "gx1", "--to", "sw", "--from", "2026-09-01").status == 0)
    }

    /// A stored talk a later remark voids: the refusal gives the command deleting it (helper-127:
    /// deleting the row left it stored as held); --yes imports the row as it is.
    @Test func aVoidingRemarkOfAStoredTalkSaysHowToDeleteIt() throws {
        let w = try base()
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期,备注\n"
        #expect(try w.run("import", w.file("a.csv", header + "V1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16,")).status == 0)
        let voided = w.file("b.csv", header + "V1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16,此条作废")
        let refused = try w.run("import", voided)
        #expect(
            refused.status == 2
                && refused.stderr.contains("Delete the row and the stored record (\(w.pasteable) delete talks V1)"),
            "\(refused.stderr)")
        #expect(try w.run("import", voided, "--yes").status == 0)
    }

    /// A CSV saved under an .xlsx name is read as CSV, said (helper-125: told as a truncated ZIP
    /// file); bytes that are neither are still told as no whole ZIP file.
    @Test func aCSVNamedXLSXIsReadAsCSV() throws {
        let w = try base()
        let ledger = w.file(
            "ledger.xlsx", "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nX01,江州市委,定期谈话,桐林县委,孙丽,李华,2026-09-16")
        let run = try w.run("import", ledger)
        #expect(run.status == 0 && run.stderr.contains("a text (CSV) file named .xlsx: read as CSV"), "\(run.stderr)")
        #expect(try talk(w, "X01").contains(#""talkee": "p-sunl""#))
        let broken = try w.run("import", w.file("broken.xlsx", "PK\u{03}\u{04}truncated"))
        #expect(broken.status == 2 && broken.stderr.contains("is not a whole ZIP file"), "\(broken.stderr)")
    }

    @Test func paddedNamesAndOtherDotsNameTheStoredPeople() throws {
        let w = try base()
        let run = try w.run("import", Self.cases + "name-forms.csv")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try talk(w, "N01").contains(#""talkee": "p-wangw""#))
        #expect(try talk(w, "N06").contains(#""talkee": "p-abd""#))
        // Copied from a web page or a chat: a zero-width space inside the name, a BOM before the date.
        let copied = try w.run(
            "import",
            w.file(
                "copied.csv",
                "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nN8,江州市委,定期,桐林县委,王\u{200B}伟,李华,\u{FEFF}2026-06-19"))
        #expect(copied.status == 0, "\(copied.stderr)")
        #expect(try talk(w, "N8").contains(#""talkee": "p-wangw""#))
        // An override or isolate of bidirectional text reorders what is shown: refused in an id, typed
        // or in a cell, never folded into another (helper-126: P‮X stored as PX).
        for (id, scalar) in [("N\u{202E}10", "U+202E"), ("N\u{2066}10", "U+2066")] {
            let row = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n\(id),江州市委,定期,桐林县委,王伟,李华,2026-06-19"
            let imported = try w.run("import", w.file("bidi.csv", row))
            #expect(imported.status == 2 && imported.stderr.contains("(it has \(scalar))"), "\(imported.stderr)")
            let typed = try w.run(
                "plan", "add", "--id", "P\(id)", "--conductor", "jz", "--year", "2026", "--organization", "tl")
            #expect(
                typed.status == 2 && typed.stderr.contains("--id: an id must not contain control characters"),
                "\(typed.stderr)")
        }
        #expect(try w.run("show", "N10").status != 0)
        let typo = try w.run(
            "import", w.file("typo.csv", "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nN9,江东省委,定期,海西州委,阿卜杜拉・艾买提,周政,2026-06-19")
        )
        #expect(typo.status == 2)
        #expect(
            typo.stderr.contains(#"row 2, column F (谈话人): no person is named "周政"; did you mean "周正" (p-zhou)?"#),
            "\(typo.stderr)")
    }

    /// Two cities' 高新区党工委: a talk's organization is the one under its conductor on the day
    /// held, in a sheet and in `talks record`'s flags alike.
    @Test func anOrganizationOfSeveralOfItsNameIsSettledByTheConductor() throws {
        let w = try base()
        let organizations = "编号,名称,类别,层级,上级组织\ngx-jz,高新区党工委,地方党委,县级,jz\ngx-hx,高新区党工委,地方党委,县级,hx"
        #expect(try w.run("import", w.file("orgs.csv", organizations)).status == 0)
        let sheet = try w.run(
            "import", w.file("talks.csv", talkHeader + "\nK1,海西州委,定期,高新区党工委,孙丽,阿卜杜拉·艾买提,2026-03-05"))
        #expect(sheet.status == 0, "\(sheet.stderr)")
        #expect(try talk(w, "K1").contains(#""organization": "gx-hx""#))
        let flags = try w.run(
            "record", "--id", "K2", "--kind", "regular", "--conductor", "江州市委", "--organization", "高新区党工委",
            "--talker", "李华", "--talkee", "孙丽", "--held", "2026-03-05")
        #expect(flags.status == 0, "\(flags.stderr)")
        #expect(
            flags.stderr.contains(
                #"talks: --organization: 2 organizations are named "高新区党工委"; took gx-jz, under 江州市委 on 2026-03-05"#),
            "\(flags.stderr)")
        #expect(try talk(w, "K2").contains(#""organization": "gx-jz""#))
        let unsettled = try w.run(
            "record", "--id", "K3", "--kind", "regular", "--organization", "高新区党工委", "--talker", "李华",
            "--held", "2026-03-05")
        #expect(unsettled.status == 2 && unsettled.stderr.contains("gx-hx (under 海西州委); gx-jz (under 江州市委)"))
    }

    /// Saved from Excel or WPS as "Unicode text": UTF-16, little-endian, with its mark, tabs between.
    @Test func aSheetSavedAsUnicodeTextIsRead() throws {
        let w = try base()
        let sheet =
            talkHeader.replacingOccurrences(of: ",", with: "\t") + "\r\nU1\t江州市委\t定期\t桐林县委\t孙丽\t李华\t2026-03-05\r\n"
        let path = w.folder + "/unicode.txt"
        try Data([UInt8]([0xFF, 0xFE]) + sheet.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: URL(fileURLWithPath: path))
        let run = try w.run("import", path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try talk(w, "U1").contains(#""talkee": "p-sunl""#))
    }

    /// A sheet of a header only says it held no records, rather than "loaded" and nothing after.
    @Test(arguments: ["en", "zh"]) func aSheetWithoutRecordsSaysSo(language: String) throws {
        let w = try base()
        let before = try w.export()
        let run = try w.run("--lang", language, "import", w.file("empty.csv", talkHeader + "\n,,,,,,\n合计,,,,,,0"))
        #expect(run.status == 0, "\(run.stderr)")
        let said =
            language == "en" ? "no records: the file holds none, and nothing was written" : "没有记录：文件中没有任何记录，未写入任何内容"
        #expect(run.stdout.contains(said), "\(run.stdout)")
        #expect(!run.stdout.contains("overdue"))
        #expect(try w.export() == before)
    }

    /// A transfer whose new parent begins after today (a mistyped year) is refused as talks move
    /// refuses it, unless confirmed with --yes: it made the parent of today the old one.
    @Test func aTransferAfterTodayIsRefusedUnlessConfirmed() throws {
        let w = try base()
        let before = try w.export()
        let sheet = w.file("tl.csv", "编号,名称,类别,层级,上级组织,上级组织起始日期\ntl,桐林县委,地方党委,县级,海西州委,2062-09-01\n")
        let run = try w.run("import", sheet)
        #expect(run.status == 2 && run.stderr.contains("2062-09-01 is after today"), "\(run.stderr)")
        #expect(try w.export() == before)
        #expect(try w.run("import", sheet, "--yes").status == 0)
    }

    /// A day after today is told also in a row refused for another cell, so one run tells every
    /// problem (helper-238: told only once the talkee was mended).
    @Test func aDayAfterTodayIsToldInARowRefusedForAnotherCell() throws {
        let w = try base()
        let sheet = w.file(
            "late.csv",
            "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n"
                + "A01,江州市委,定期谈话,桐林县委,孙丽X,李华,2062-12-20\nA02,江州市委,定期谈话,桐林县委,孙丽,李华,2062-12-21\n")
        let run = try w.run("--lang", "en", "import", sheet)
        #expect(run.status == 2)
        #expect(run.stderr.contains("row 2, column E (被谈话人): no person is named \"孙丽X\""), "\(run.stderr)")
        #expect(run.stderr.contains("row 2, column G (谈话日期): 2062-12-20 is after today"), "\(run.stderr)")
        #expect(run.stderr.contains("row 3, column G (谈话日期): 2062-12-21 is after today"), "\(run.stderr)")
    }

    /// A roster's new post of one of two 王伟 is not guessed by who served there (helper-115: the
    /// serving 王伟 was taken, and the refusal offered to delete his secretary post): refused,
    /// naming both, until the id is given. An organizations sheet giving a stored committee its
    /// official name is the same committee, and keeps its stored name.
    @Test func aNamesakesNewPostIsNotGuessedAndAnOfficialNameIsTheStoredOne() throws {
        let w = try base()
        #expect(try w.run("import", Self.cases + "fc15a-second-wang-wei.csv").status == 0)
        let roster = w.file("roster.csv", "姓名,单位,职务,任职起始\n王伟,江州市委,副书记,2023-03-01\n")
        let refused = try w.run("import", roster)
        #expect(refused.status == 2 && refused.stderr.contains(#"several people are named "王伟""#), "\(refused.stderr)")
        #expect(!refused.stderr.contains("delete"), "\(refused.stderr)")
        let official = try w.run("import", w.file("organizations.csv", "编号,名称\njz,中共江州市委员会\n"))
        #expect(official.status == 0 && official.stdout.contains("1 unchanged"), "\(official.stdout)\(official.stderr)")
        #expect(try w.run("show", "jz").stdout.contains("江州市委 (jz)"))
    }

    /// plan add settles a talker's namesakes as a plans sheet does: the one who held a post in the
    /// conductor in the plan's year up to its deadline (helper-112: refused, naming both).
    @Test func planAddSettlesTheTalkersNamesake() throws {
        let w = try base()
        #expect(try w.run("import", Self.cases + "fc15a-second-wang-wei.csv").status == 0)
        let added = try w.run(
            "plan", "add", "--conductor", "江州市委", "--year", "2026", "--organization", "桐林县委", "--talker", "王伟",
            "--due", "6月30日前", "--id", "P26-09")
        #expect(added.status == 0, "\(added.stderr)")
        #expect(
            added.stderr.contains("took p-wangw, who held a post in 江州市委 between 2026-01-01 and 2026-06-30"),
            "\(added.stderr)")
        #expect(try w.run("show", "P26-09", "--format", "json").stdout.contains(#""talker": "p-wangw""#))
    }

    /// A roster imported again after a namesake was added: the 王伟 whose stored post the row
    /// gives is that row's person (helper-112: refused, naming both).
    @Test func aRosterRowIsItsStoredPostsHolder() throws {
        let w = try base()
        #expect(try w.run("import", Self.cases + "fc15a-second-wang-wei.csv").status == 0)
        let roster = w.file("roster.csv", "姓名,单位,职务,任职起始,任职截止\n王伟,江州市委,书记,2021-07-01,2026-06-30\n")
        let run = try w.run("import", roster)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("took p-wangw, whose stored post the row gives"), "\(run.stderr)")
        #expect(run.stdout.contains("1 unchanged"), "\(run.stdout)")
    }

    /// What a roster's row changed beyond its cells (a plain 委员 stored as a member) is said when
    /// the row is written, not again when the same roster is imported unchanged (helper-229: a weekly
    /// import repeated it); a post's characters padded apart (委　员) are one post.
    @Test func aRowsNoteIsNotRepeatedWhenItsRecordIsUnchanged() throws {
        let w = try base()
        let roster = w.file("roster.csv", "姓名,单位,职务,任职起始\n李华,江州市委,委　员,2026-01-01\n")
        let first = try w.run("import", roster)
        #expect(
            first.status == 0 && first.stderr.contains("is stored as a member of the leadership team"),
            "\(first.stderr)")
        let again = try w.run("import", roster)
        #expect(again.status == 0 && again.stdout.contains("1 unchanged"), "\(again.stdout)")
        #expect(!again.stderr.contains("is stored as a member"), "\(again.stderr)")
        // Nor an organization's parent not above its level (helper-233: said again).
        let organizations = w.file("organizations.csv", "编号,名称,类别,层级,上级组织\nxz,新区党委,地方党委,县级,清溪县委\n")
        let added = try w.run("import", organizations)
        #expect(added.status == 0 && added.stderr.contains("not above it"), "\(added.stderr)")
        let unchanged = try w.run("import", organizations)
        #expect(unchanged.status == 0 && !unchanged.stderr.contains("not above it"), "\(unchanged.stderr)")
        // A working committee's own post with a space in it is its own, as written together
        // (helper-234: 党工委 书记 refused as another committee's).
        let working = w.file(
            "working.csv", "编号,名称,类别,层级,上级组织\ngx,江州高新区党工委,地方党委,县级,江州市委\n")
        #expect(try w.run("import", working).status == 0)
        let spaced = w.file("spaced.csv", "姓名,单位,职务,任职起始\n李华,江州高新区党工委,党工委 书记,2026-01-01\n")
        let read = try w.run("import", spaced)
        #expect(read.status == 0 && read.stdout.contains("1 new"), "\(read.stderr)")
    }

    /// A people sheet's new names are stored as a register keeps them (helper-116: 赵　彧 was stored
    /// padded, and shown so in every report); a person renamed to another's name is told, as one
    /// added with it is (helper-116: nothing was said).
    @Test func aNewNameIsStoredTidyAndARenameToANamesakeIsTold() throws {
        let w = try base()
        let sheet = w.file("people.csv", "编号,姓名\np-x1,赵　彧\np-x2,买买提•艾力\np-lihua,王 伟\n")
        let run = try w.run("import", sheet, "--yes")
        #expect(run.status == 0, "\(run.stderr)")
        let people = Set(try w.run("list", "people", "--format", "csv").stdout.split(whereSeparator: \.isNewline))
        for row in ["p-x1,赵彧", "p-x2,买买提·艾力", "p-lihua,王伟"] { #expect(people.contains(Substring(row)), "\(people)") }
        #expect(run.stderr.contains(#"row 4: p-lihua, renamed, bears the name of "王伟" (p-wangw)"#), "\(run.stderr)")
        // Two names a sheet swaps are no namesakes (helper-117: each was told to bear the other's).
        let swap = try w.run("import", w.file("swap.csv", "编号,姓名\np-sunl,陈东\np-chend,孙丽\n"), "--yes")
        #expect(swap.status == 0 && !swap.stderr.contains("bears the name"), "\(swap.stderr)")
        // A stored name kept padded (as loaded) and typed padded otherwise is kept (helper-117: the
        // sheet's, tidied, replaced it).
        #expect(try w.run("import", w.file("padded.csv", "编号,姓名\np-x1,赵　彧\n"), "--yes").status == 0)
        let retyped = try w.run("import", w.file("retyped.csv", "编号,姓名\np-x1,赵 彧\n"))
        #expect(retyped.status == 0 && retyped.stdout.contains("1 unchanged"), "\(retyped.stdout)")
        // A name filled down names the first three it repeats and counts the rest (helper-118:
        // each note listed every row before it, and the sheet took the square of its rows).
        let filled = try w.run("import", w.file("filled.csv", "编号,姓名\nw1,钱多\nw2,钱多\nw3,钱多\nw4,钱多\nw5,钱多\n"))
        #expect(
            filled.stderr.contains(
                #"row 6: w5, added, bears the name of "钱多" (w1), "钱多" (w2), "钱多" (w3) and 1 more;"#),
            "\(filled.stderr)")
    }

    @Test func aSecondWangWeiIsSettledByTheDayOrRefusedOnceNamingBoth() throws {
        let w = try base()
        // The second of the name is said as it is added, before any cell names it.
        let second = try w.run("import", Self.cases + "fc15a-second-wang-wei.csv")
        #expect(second.status == 0)
        #expect(
            second.stderr.contains(#"row 2: p-wangw2, added, bears the name of "王伟" (p-wangw)"#), "\(second.stderr)")
        let settled = try w.run("import", Self.cases + "fc15b-ambiguous-name.csv")
        #expect(settled.status == 0, "\(settled.stderr)")
        #expect(
            settled.stderr.contains(#"2 people are named "王伟"; took p-wangw, who held a post in 江州市委 on 2026-04-10"#))
        #expect(try talk(w, "W01").contains(#""talkee": "p-wangw""#))
        // With the post in brackets and the committee by its full name, as a ledger may write them.
        let annotated = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nW03,中共江东省委,定期谈话,中共江州市委员会,王伟（江州市委书记）,周正同志,2026-04-10\n"
        let named = try w.run("import", w.file("w03.csv", annotated))
        #expect(named.status == 0, "\(named.stderr)")
        // The remark settles it: only one 王伟 held a post in 江州市委.
        #expect(!named.stderr.contains("people are named"), "\(named.stderr)")
        let w03 = try talk(w, "W03")
        #expect(w03.contains(#""talkee": "p-wangw""#) && w03.contains(#""organization": "jz""#), "\(w03)")
        #expect(w03.contains(#""conductor": "sw""#) && w03.contains(#""talker": "p-zhou""#), "\(w03)")

        // As talker of 江东省委, neither 王伟 held a post there: one message, both named.
        let before = try w.export()
        let sheet = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nW02,江东省委,定期谈话,海西州委,p-abd,王伟,2026-06-19\n"
        let refused = try w.run("import", w.file("w02.csv", sheet))
        #expect(refused.status == 2)
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        #expect(
            refused.stderr.contains(
                #"row 2, column F (谈话人): several people are named "王伟": p-wangw (secretary of 江州市委"#))
        #expect(refused.stderr.contains("p-wangw2 (no post recorded); give the id"))
        #expect(try w.export() == before)
    }

    /// A blank talkee with no secretary to fill in is refused saying so at its cell: the message was
    /// left out as told already, and the import said only "talks: ".
    /// A talk's day corrected (--yes) in a sheet without a conductor or talkee: what was filled in
    /// for the old day is filled in for the new one, as `talks record --replace` does; a talkee
    /// given otherwise stays.
    @Test func aCorrectedDayFillsInForTheNewDay() throws {
        let w = try base()
        let header = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n"
        #expect(try w.run("move", "tl", "--to", "hx", "--from", "2026-09-01").status == 0)
        let first = header + "B1,定期谈话,江州市委,,周正,2026-06-30\nB3,定期谈话,桐林县委,,李华,2026-08-31\n"
        #expect(try w.run("import", w.file("c1.csv", first)).status == 0)
        let moved = header + "B1,定期谈话,江州市委,,周正,2026-07-01\nB3,定期谈话,桐林县委,,阿卜杜拉·艾买提,2026-09-01\n"
        let again = try w.run("import", w.file("c2.csv", moved), "--yes")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try talk(w, "B1").contains(#""talkee": "p-lihua""#))
        #expect(try talk(w, "B3").contains(#""conductor": "hx""#))
    }

    /// A talk's day given as one day, in a sheet without an end column, keeps the stored end (as
    /// every column a sheet lacks keeps its value: it may have come from `talks record --ended`),
    /// and says so; a range sets it.
    @Test func oneDayKeepsTheStoredEndSayingSo() throws {
        let w = try base()
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n"
        #expect(try w.run("import", w.file("r1.csv", header + "R1,江州市委,定期谈话,桐林县委,孙丽,李华,2026年9月16日至18日\n")).status == 0)
        #expect(try talk(w, "R1").contains(#""ended": "2026-09-18""#))
        let again = try w.run("import", w.file("r2.csv", header + "R1,江州市委,定期谈话,桐林县委,孙丽,李华,2026年9月16日\n"))
        #expect(again.stdout.contains("1 unchanged"), "\(again.stdout)")
        #expect(again.stderr.contains("one day; the stored end, 2026-09-18, is kept"), "\(again.stderr)")
        #expect(try talk(w, "R1").contains(#""ended": "2026-09-18""#))
    }

    /// A post's start corrected in a sheet is another post overlapping the stored one: the refusal,
    /// at the start's cell, gives the command that deletes the stored one, whole, to paste.
    @Test func aCorrectedStartOfAPostSaysHowToReplaceTheStoredOne() throws {
        let w = try base()
        let sheet = w.file("a5.csv", "人员,组织,职务,任职起始,任职截止\n李华,江州市委,书记,2026-06-15,\n")
        let run = try w.run("import", sheet)
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                "row 2, column D (任职起始): secretary posts of \"jz\" overlap: "
                    + "p-lihua 2026-06-15–… and p-lihua 2026-07-01–… (stored); if this corrects the stored one, delete that first: "
                    + "\(w.pasteable) delete appointments --yes p-lihua/jz/secretary/2026-07-01"), "\(run.stderr)")
        // Another person's post is no correction of it.
        #expect(!run.stderr.contains("delete appointments --yes p-wangw"), "\(run.stderr)")
    }

    /// An end that runs into the next post is told at the end's cell; a row given twice, once, as
    /// a duplicate (helper-108: at the start's, and also as overlapping itself).
    @Test func anOverlapIsToldAtTheCellThatMakesIt() throws {
        let w = try base()
        let end = try w.run(
            "import", w.file("end.csv", "人员,组织,职务,任职起始,任职截止\n王伟,江州市委,书记,2021-07-01,2026-07-15\n"))
        #expect(end.status == 2)
        #expect(end.stderr.contains("row 2, column E (任职截止): secretary posts of \"jz\" overlap"), "\(end.stderr)")
        let twice = try w.run(
            "import",
            w.file("twice.csv", "组织,届期起始,届期截止\n江州市委,2031-07-01,2036-06-30\n江州市委,2031-07-01,2036-06-30\n"))
        #expect(twice.status == 2)
        let lines = twice.stderr.split(separator: "\n").filter { $0.contains("row 3") }
        #expect(lines.count == 1 && lines[0].contains("duplicate term"), "\(twice.stderr)")
    }

    @Test func aBlankTalkeeWithNoSecretaryOnTheDayIsRefusedSayingSo() throws {
        let w = try base()
        let before = try w.export()
        let sheet = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nB1,江东省委,定期谈话,江东省国资委党委（党组性质党委）,,何静,2023-01-10\n"
        let run = try w.run("import", w.file("b1.csv", sheet))
        #expect(run.status == 2)
        #expect(
            run.stderr.contains(
                #"row 2, column E (被谈话人): no talkee given, and no secretary of "江东省国资委党委（党组性质党委）" (gzw) is recorded on 2023-01-10; give the talkee"#
            ), "\(run.stderr)")
        #expect(try w.export() == before)
    }

    /// A situation written under 及时谈话情形 instead of a trigger's id is the one trigger of it noted
    /// at the organization by the day held, said so; none or several are refused, named (helper-269:
    /// told "not a name").
    @Test func aSituationUnderTriggersIsItsOneTrigger() throws {
        let w = try base()
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期,及时谈话情形\n"
        let read = try w.run("import", w.file("s.csv", header + "S1,江州市委,及时谈话,清溪县委,陈东,李华,2026-05-20,信访举报问题较多\n"))
        #expect(read.status == 0, "\(read.stderr)")
        #expect(
            read.stderr.contains(
                "is read as the trigger of that situation noted at the organization by the day held, TR26-01"))
        #expect(try talk(w, "S1").contains(#""triggers": ["TR26-01"]"#))
        // (Its number as a clerk cites it: helpers 270 and 273, unknown.)
        for (i, number) in ["（1）", "①", "情形一", "第一种情形", "情形1", "情形一：信访举报问题较多"].enumerated() {
            let cited = try w.run(
                "import", w.file("c.csv", header + "C\(i),江州市委,及时谈话,清溪县委,陈东,李华,2026-05-20,\(number)\n"))
            let stored = try talk(w, "C\(i)")
            #expect(cited.status == 0 && stored.contains(#""triggers": ["TR26-01"]"#), "\(number): \(cited.stderr)")
        }
        let none = try w.run("import", w.file("n.csv", header + "S2,江州市委,及时谈话,清溪县委,陈东,李华,2026-05-20,重大违纪违法案件\n"))
        #expect(
            none.status == 2
                && none.stderr.contains(
                    "gives the situation major-case, not a trigger's id; the organization has no trigger of it noted by 2026-05-20"
                ),
            "\(none.stderr)")
    }

    /// A post in the talkee's cell says whom on the row's day: a day corrected across a changeover
    /// and a stored talk with another talkee are filled in anew, and `talks record --talkee 县委书记`
    /// takes it as a sheet does (helper-276: the stored talkee kept, said filled in; the flag refused).
    @Test func aPostForTheTalkeeIsTheSecretaryOfTheRowsDay() throws {
        let w = try base()
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n"
        let first = try w.run("import", w.file("g1.csv", header + "G1,江东省委,定期谈话,江州市委,书记,周正,2026-06-30\n"))
        #expect(first.status == 0 && first.stderr.contains("王伟, the organization's secretary on the day held"))
        #expect(try talk(w, "G1").contains(#""talkee": "p-wangw""#))
        let corrected = try w.run(
            "import", w.file("g2.csv", header + "G1,江东省委,定期谈话,江州市委,书记,周正,2026-07-02\n"), "--yes")
        #expect(
            corrected.status == 0 && corrected.stderr.contains("李华, the organization's secretary"),
            "\(corrected.stderr)")
        #expect(try talk(w, "G1").contains(#""talkee": "p-lihua""#))
        let other = try w.run(
            "record", "--id", "G2", "--kind", "regular", "--organization", "tl", "--talkee", "p-chend", "--talker",
            "p-lihua", "--held", "2026-09-16")
        #expect(other.status == 0, "\(other.stderr)")
        let again = try w.run("import", w.file("g3.csv", header + "G2,江州市委,定期谈话,桐林县委,县委书记,李华,2026-09-16\n"))
        #expect(again.status == 0 && again.stdout.contains("talks: 1 (0 new, 1 replaced"), "\(again.stderr)")
        #expect(try talk(w, "G2").contains(#""talkee": "p-sunl""#))
        // By a flag, as by a cell; another's post is refused as one.
        let flag = try w.run(
            "record", "--id", "G3", "--kind", "regular", "--organization", "qx", "--talkee", "县委书记", "--talker",
            "p-lihua", "--held", "2026-09-17")
        #expect(flag.status == 0, "\(flag.stderr)")
        #expect(try talk(w, "G3").contains(#""talkee": "p-chend""#))
        // (An acting one's remark after the post too, and the name after the post: each refused.)
        // (An acting one's before the post too: helper-280, an unknown person to add.)
        for (i, talkee) in ["县委书记（代理）", "县委书记（陈东）", "县委书记：陈东", "代理县委书记", "县委代书记"].enumerated() {
            let acting = try w.run(
                "record", "--id", "G\(5 + i)", "--kind", "regular", "--organization", "qx", "--talkee", talkee,
                "--talker", "p-lihua", "--held", "2026-09-\(19 + i)")
            #expect(acting.status == 0, "\(talkee): \(acting.stdout) \(acting.stderr)")
            #expect(try talk(w, "G\(5 + i)").contains(#""talkee": "p-chend""#))
        }
        // (A post beside the name checked as a sheet's cell: 陈东, 清溪县委's secretary, for 桐林县委's
        // talk, helper-280, stored.)
        for talkee in ["县委书记（陈东）", "陈东（县委书记）", "县委书记陈东"] {
            let slip = try w.run(
                "record", "--id", "G20", "--kind", "regular", "--organization", "tl", "--talkee", talkee, "--talker",
                "p-lihua", "--held", "2026-09-25")
            #expect(
                slip.status == 2
                    && slip.stderr.contains(
                        "talks: --talkee: the post given, \"县委书记\", is the secretary of 桐林县委, and the talkee, 陈东, was "
                            + "not its secretary on 2026-09-25"),
                "\(talkee): \(slip.stderr)")
        }
        // (Nor a post outside the team, or one in charge for a time: told an unknown person to add.)
        // (Nor another body's post, 县纪委书记, 县政府县长: the fifty-sixth session, the same.)
        for post in ["县委副书记", "县长", "临时负责人", "县纪委书记", "县政府县长"] {
            let deputy = try w.run(
                "record", "--id", "G4", "--kind", "regular", "--organization", "qx", "--talkee", post, "--talker",
                "p-lihua", "--held", "2026-09-18")
            #expect(deputy.status == 2 && deputy.stderr.contains("is a post"), "\(deputy.stderr)")
        }
        // A name mistyped after the post is suggested, as one alone is (the fifty-sixth session: "a
        // post and more", nothing suggested).
        let typo = try w.run(
            "record", "--id", "G4", "--kind", "regular", "--organization", "qx", "--talkee", "县委书记（陈冬）", "--talker",
            "p-lihua", "--held", "2026-09-18")
        #expect(typo.status == 2 && typo.stderr.contains("did you mean \"陈东\" (p-chend)"), "\(typo.stderr)")
    }

    /// Two townships of one name under two counties, each with a secretary of one name: the
    /// organization a conductor, a title or a section's heading settles settles its talkee, and the
    /// two are told apart by their organizations' ids where nothing settles them (helper-272: refused
    /// as ambiguous where `talks record` took them, and both told "secretary of 城关镇党委").
    @Test func anOrganizationSettledSettlesItsTalkee() throws {
        let w = try base()
        let towns = """
            {"format": "supervision-talks/1",
             "organizations": [{"id": "tl-cg", "name": "城关镇党委", "kind": "local-committee", "level": "township", "parent": "tl"},
                               {"id": "qx-cg", "name": "城关镇党委", "kind": "local-committee", "level": "township", "parent": "qx"}],
             "people": [{"id": "p-a", "name": "张三"}, {"id": "p-b", "name": "张三"}],
             "appointments": [{"person": "p-a", "organization": "tl-cg", "role": "secretary", "from": "2021-01-01"},
                              {"person": "p-b", "organization": "qx-cg", "role": "secretary", "from": "2021-01-01"}]}
            """
        #expect(try w.run("load", w.file("towns.json", towns)).status == 0)
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n"
        // By a conductor's column, a title, a section's heading.
        for (name, sheet, id, stored) in [
            ("g.csv", header + "G1,桐林县委,定期谈话,城关镇党委,张三,孙丽,2026-09-16\n", "G1", #""talkee": "p-a""#),
            (
                "t.csv",
                "桐林县委2026年度监督谈话台账\n序号,编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n1,G2,定期谈话,城关镇党委,,孙丽,2026-09-17\n",
                "G2", #""organization": "tl-cg""#
            ),
            (
                "s.csv", "序号,编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n一、清溪县委,,,,,,\n1,G3,定期谈话,城关镇党委,,陈东,2026-09-18\n",
                "G3", #""talkee": "p-b""#
            ),
        ] {
            let run = try w.run("import", w.file(name, sheet))
            let read = try talk(w, id)
            #expect(run.status == 0 && read.contains(stored), "\(name): \(run.stderr)")
        }
        let unsettled = try w.run("import", w.file("u.csv", header + "G4,江州市委,定期谈话,桐林县委,张三,李华,2026-09-16\n"))
        #expect(
            unsettled.stderr.contains(
                "p-a (secretary of 城关镇党委 (tl-cg) from 2021-01-01); p-b (secretary of 城关镇党委 (qx-cg) from 2021-01-01)"),
            "\(unsettled.stderr)")
    }

    /// A talk's names as ledgers write them (helper-272): a remark after a comma as after a space,
    /// an organization's name glued before a person's, a place or a province before an
    /// organization's name are read; a form of address, a post no record holds, a part of a
    /// transliterated name and an official name of an organization renamed are told as such or
    /// suggested, not told to be added (or described, for a remark after a comma).
    @Test func namesAsLedgersWriteThemAreReadOrSuggested() throws {
        let w = try base()
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n"
        let read = try w.run(
            "import",
            w.file(
                "r.csv",
                header + "N1,江州市委,定期谈话,桐林县委,\"孙丽,县委书记\",李华,2026-09-16\n"
                    + "N2,江州市委,定期谈话,桐林县委,桐林县委孙丽,李华,2026-09-17\n"
                    + "N3,江州市委,定期谈话,江州市桐林县委,孙丽,李华,2026-09-18\n"
                    + "N4,江州市委,定期谈话,江东省桐林县委,孙丽,李华,2026-09-19\n"))
        #expect(read.status == 0, "\(read.stderr)")
        for id in ["N1", "N2", "N3", "N4"] {
            let stored = try talk(w, id)
            #expect(
                stored.contains(#""talkee": "p-sunl""#) && stored.contains(#""organization": "tl""#), "\(id): \(stored)"
            )
        }
        // (Marks around a name with a remark glued after it: helper-274, quoted.)
        for (column, cell) in [("谈话对象单位", "“桐林县委”班子不团结"), ("被谈话人", "《孙丽》作风问题"), ("谈话对象单位", "“白河县委”班子不团结")] {
            let row =
                column == "被谈话人" ? "N7,江州市委,定期谈话,桐林县委,\(cell),李华,2026-09-20" : "N7,江州市委,定期谈话,\(cell),孙丽,李华,2026-09-20"
            let refused = try w.run("import", w.file("q.csv", header + row + "\n"))
            #expect(
                refused.status == 2 && !refused.stderr.contains("团结") && !refused.stderr.contains("作风"),
                "\(refused.stderr)")
        }
        for (cell, told) in [
            ("孙书记", "\"孙书记\" is a form of address (a surname and 书记), not a name: give the full name"),
            ("孙丽（县长）", "\"孙丽\" has the remark \"县长\", a post not recorded"),
            ("艾买提", "no person is named \"艾买提\"; did you mean \"阿卜杜拉·艾买提\" (p-abd)?"),
        ] {
            let refused = try w.run("import", w.file("n.csv", header + "N9,江州市委,定期谈话,桐林县委,\(cell),李华,2026-09-20\n"))
            #expect(
                refused.status == 2 && refused.stderr.contains(told) && !refused.stderr.contains("is added first"),
                "\(refused.stderr)")
        }
        let rename = w.file("tl.csv", "编号,名称,类别,层级,上级组织\ntl,桐林市委,地方党委,县级,江州市委\n")
        #expect(try w.run("import", rename, "--yes").status == 0)
        let renamed = try w.run(
            "import", w.file("o.csv", header + "N8,江州市委,定期谈话,中共桐林县委员会,孙丽,李华,2026-09-21\n"))
        #expect(renamed.stderr.contains("did you mean \"桐林市委\" (tl)?"), "\(renamed.stderr)")
    }

    /// A problem with a value the row leaves to the stored record (a blank cell, or no column) says
    /// it is the stored value, and how to remove a follow-up, as `record --replace` does
    /// (helper-272: a stored day quoted at a blank cell, nothing said).
    @Test func aStoredValueTheRowLeavesBlankIsSaidSo() throws {
        let w = try base()
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期"
        #expect(
            try w.run("import", w.file("m.csv", header + ",整改措施报告日期\nM1,江东省委,定期谈话,江州市委,王伟,周正,2026-06-15,\n")).status
                == 0)
        #expect(try w.run("measures", "M1", "--reported", "2026-07-01").status == 0)
        for (name, sheet) in [
            ("blank.csv", header + ",整改措施报告日期\nM1,江东省委,定期谈话,江州市委,王伟,周正,2026-07-15,\n"),
            ("none.csv", header + "\nM1,江东省委,定期谈话,江州市委,王伟,周正,2026-07-15\n"),
        ] {
            let run = try w.run("import", w.file(name, sheet), "--yes")
            #expect(
                run.status == 2
                    && run.stderr.contains(
                        "2026-07-01 is before ended 2026-07-15 (the stored value: the row leaves it blank; remove it with "
                            + "talks --db \(w.db) measures --clear M1)"),
                "\(run.stderr)")
        }
    }

    /// A day past the century is a year mistyped, refused with --yes too; a person no one bears is
    /// told how to add (helper-269: stored, and told nothing).
    @Test func aYearMistypedIsRefusedAndAnUnknownPersonToldHowToAdd() throws {
        let w = try base()
        let sheet = w.file("y.csv", "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nY1,江东省委,定期谈话,江州市委,王伟,周正,3000-04-10\n")
        for flags in [[], ["--yes"]] {
            let run = try w.run(["import", sheet] + flags)
            #expect(
                run.status == 2
                    && run.stderr.contains("3000-04-10 is in no year a record can be (most likely mistyped)"),
                "\(run.stderr)")
        }
        // (Any record's day: a post's end, a plan item's deadline, helper-273, stored.)
        for (name, sheet, told) in [
            ("p.csv", "计划编号,开展谈话的党委,年度,谈话对象单位,完成时限\nP9,江州市委,2026,桐林县委,3026-12-31\n", "column E (完成时限): 3026-12-31"),
            ("a.csv", "人员,组织,职务,任职起始,任职截止\n孙丽,桐林县委,书记,2021-06-01,3000-01-01\n", "column E (任职截止): 3000-01-01"),
            // (A transfer's first day, its former parent's end the day before: helper-274, 2100-01-01 taken.)
            (
                "o.csv", "编号,名称,类别,层级,上级组织,上级组织起始日期\nqx,清溪县委,local-committee,county,sw,2100-01-01\n",
                "column F (上级组织起始日期): 2100-01-01"
            ),
        ] {
            let run = try w.run("import", w.file(name, sheet))
            #expect(run.status == 2 && run.stderr.contains(told + " is in no year a record can be"), "\(run.stderr)")
        }
        // (A flag's too, as a value mistyped: helper-270, a move of 2100 accepted with --yes; every
        // date flag, `--as-of 3000-01-01` judged everything overdue.)
        for flags in [
            ["move", "qx", "--to", "hx", "--from", "2100-01-01", "--yes"], ["overdue", "--as-of", "3000-01-01"],
        ] {
            let run = try w.run(flags)
            #expect(
                run.status == 64 && run.stderr.contains("\(flags[flags.count - 2 - (flags.last == "--yes" ? 1 : 0)]): ")
                    && run.stderr.contains("is in no year a record can be"),
                "\(run.stderr)")
        }
        let post = try w.run("import", w.file("a.csv", "人员,组织,职务,任职起始\n赵磊,桐林县委,副书记,2026-01-01\n"))
        #expect(
            post.stderr.contains(
                "unknown person \"赵磊\"; a person not yet stored is added first: a people sheet (编号,姓名), or the document's people"
            ),
            "\(post.stderr)")
    }

    /// A stored supervision talk whose talkee was filled in, corrected by a sheet into a 任前谈话, keeps
    /// no talkee no one chose: the row is refused until one is given (helper-285: 孙丽 kept).
    @Test func aTalkCorrectedIntoAnotherKindGetsItsTalkeeGiven() throws {
        let w = try base()
        #expect(try w.run("import", Self.cases + "fc24-blank-talkee-no-conductor.csv").status == 0)
        let header = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\n"
        let corrected = try w.run(
            "--lang", "en", "import", w.file("k.csv", header + "B02,任前谈话,桐林县委,,李华,2026-09-16\n"), "--yes")
        #expect(
            corrected.status == 2
                && corrected.stderr.contains("column D (被谈话人): no talkee given: a talk of kind appointment"),
            "\(corrected.stderr)")
        #expect(try talk(w, "B02").contains(#""kind": "regular""#))
        let given = try w.run(
            "import", w.file("g.csv", header + "B02,任前谈话,桐林县委,孙丽,李华,2026-09-16\n"), "--yes")
        let shown = try talk(w, "B02")
        #expect(given.status == 0 && shown.contains(#""kind": "appointment""#), "\(given.stderr)")
    }

    @Test func aTalkWithoutConductorOrTalkeeIsFilledInAsRecordFillsIt() throws {
        let w = try base()
        let run = try w.run("import", Self.cases + "fc24-blank-talkee-no-conductor.csv")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("talks without a conductor: 1; the organization's parent was filled in"))
        #expect(
            run.stderr.contains("talks without a talkee: 1; the organization's secretary on the day held was filled in")
        )
        let shown = try talk(w, "B02")
        #expect(shown.contains(#""conductor": "jz""#) && shown.contains(#""talkee": "p-sunl""#), "\(shown)")
        // 江州市委's secretary changed on 2026-07-01: the day held chooses.
        let sheet = "编号,谈话类型,谈话对象单位,谈话人,谈话日期\nB03,定期,江州市委,周正,2026-04-10\nB04,定期,江州市委,周正,2026-09-10\n"
        #expect(try w.run("import", w.file("b.csv", sheet)).status == 0)
        #expect(
            try talk(w, "B03").contains(#""talkee": "p-wangw""#) && talk(w, "B04").contains(#""talkee": "p-lihua""#))
        // The organization left blank beside the talkee is the one they were secretary of that day,
        // and its parent the conductor; a talkee who led none is told missing as before.
        let talkee = "编号,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nB05,定期谈话,,孙丽,李华,2026-09-16\n"
        let filled = try w.run("import", w.file("o.csv", talkee))
        #expect(
            filled.status == 0
                && filled.stderr.contains(
                    "talks without an organization: 1; the one the talkee was secretary of on the day held was filled in"
                ),
            "\(filled.stderr)")
        let b05 = try talk(w, "B05")
        #expect(b05.contains(#""organization": "tl""#) && b05.contains(#""conductor": "jz""#), "\(b05)")
        let none = try w.run(
            "import", w.file("n.csv", talkee.replacing("B05", with: "B06").replacing("孙丽", with: "何静")))
        #expect(none.status == 2 && none.stderr.contains("(谈话对象单位): required field is missing"), "\(none.stderr)")
    }

    @Test func everydayValuesImportAndOthersAreRefusedListingTheAccepted() throws {
        let w = try base()
        let header = "编号,开展谈话的党委,谈话类型,谈话对象单位,谈话人,谈话日期,谈话记录,参加部门,归档日期,抄送"
        let sheet = header + "\nV1,江州市委,及时,清溪县委,李华,2026-05-20,已形成,市纪委监委、市委组织部,2026-06-01,纪委监委\n"
        let run = try w.run("import", w.file("v.csv", sheet))
        #expect(run.status == 0, "\(run.stderr)")
        let shown = try talk(w, "V1")
        #expect(shown.contains(#""kind": "timely""#) && shown.contains(#""record": true"#), "\(shown)")
        #expect(shown.contains(#""participants": ["discipline-inspection", "organization"]"#), "\(shown)")
        let bad = try w.run("import", w.file("bad.csv", sheet.replacing("市委组织部", with: "市政府办")))
        // (Described, not quoted: words no department is written with may be a problem slid over.)
        #expect(
            bad.status == 2
                && bad.stderr.contains(
                    "column H (参加部门): a text of 4 characters (not shown: it may be confidential) is not one of discipline-inspection"
                ), "\(bad.stderr)")
        let near = try w.run("import", w.file("near.csv", sheet.replacing("市委组织部", with: "纪检组织部门")))
        #expect(
            near.status == 2
                && near.stderr.contains(
                    "column H (参加部门): a text of 6 characters (not shown: it may be confidential) names more than one"),
            "\(near.stderr)")
    }

    /// A people or organizations sheet giving a stored id to another name (a sheet numbered 1, 2,
    /// 3) is refused, as a talk's is, and --yes corrects it (helper-112: 孙丽 renamed 刘强, and each
    /// talk with 孙丽 was then 刘强's); the same name padded is the same record.
    @Test func aStoredIdGivenAnotherNameIsRefused() throws {
        let w = try base()
        let renamed = w.file("people.csv", "编号,姓名\np-sunl,刘强\n")
        let refused = try w.run("import", renamed)
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(
            refused.stderr.contains(#"id "p-sunl" is another person already: 孙丽; this row is 刘强"#), "\(refused.stderr)")
        let organization = try w.run("import", w.file("organizations.csv", "编号,名称\nqx,海东县委\n"))
        #expect(organization.status == 2, "\(organization.stderr)")
        #expect(
            organization.stderr.contains(#"id "qx" is another organization already: 清溪县委; this row is 海东县委"#),
            "\(organization.stderr)")
        let confirmed = try w.run("import", renamed, "--yes")
        #expect(
            confirmed.status == 0 && confirmed.stderr.contains("corrected as --yes confirms"), "\(confirmed.stderr)")
        // Padded or with another dot, a stored name is the same and keeps its form (helper-114:
        // replaced, and shown padded in every report).
        let padded = try w.run("import", w.file("padded.csv", "编号,姓名\np-wangw,王　伟\np-abd,阿卜杜拉•艾买提\n"))
        #expect(padded.status == 0 && padded.stdout.contains("2 unchanged"), "\(padded.stdout)\(padded.stderr)")
        #expect(try w.run("list", "people", "--format", "csv").stdout.contains("p-wangw,王伟"))
    }
}
