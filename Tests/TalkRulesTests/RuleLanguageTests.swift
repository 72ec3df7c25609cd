import Foundation
import TalkModel
import TestSupport
import Testing

@testable import TalkRules

func pack(_ text: String, name: String = "local.rules") -> PackSource {
    PackSource(path: name, rules: (name, Array(text.utf8)), holidays: [], isFolder: false)
}

/// The problems a local pack gives on top of the national one.
func problems(_ text: String) throws -> [Problem] {
    do {
        _ = try nationalPack(extra: [pack(text)])
        return []
    } catch let error as InputError {
        return error.problems
    }
}

@Suite struct RuleLanguageTests {
    @Test func theNationalPackHasEveryCatalogueRule() throws {
        let ids = Set(try nationalPack().rules.map(\.id))
        let catalogue: Set = [
            "out-of-scope", "lower-level", "talkee-top-leader", "talker-leadership", "talker-secretary",
            "individual-format", "problems-pointed-out", "self-check", "steps", "timely-steps", "record",
            "timely-basis",
            "measures-deadline", "measures-reflections", "measures-communicated", "report-deadline", "archive",
            "rectification-accountability", "untruthful-report", "plan-assignment", "plan-deadline", "annual-plan",
            "term-missing", "term-coverage", "timely-followup",
        ]
        #expect(ids == catalogue)
        for rule in try nationalPack().rules {
            #expect(rule.article.hasPrefix("第"), "\(rule.id)")
            #expect(!rule.quote.isEmpty, "\(rule.id)")
        }
    }

    /// No English message puts "a" or "an" before a word that varies: "a {talk.kind} talk" read
    /// "a admonishment talk". The bundled packs' messages are read as written (no article before a
    /// `{…}`), every message of every rule in force is judged on the sample (which has a talk of
    /// every kind), and the compiler's own messages name a record kind without one.
    @Test func noArticleDependsOnAValue() throws {
        let folder = Fixture.root + "/Rules"
        let articleBeforeValue = try Regex(#"\b[Aa]n? \{"#)
        for name in ["cn-national-2026.rules", "examples/province-working-days.rules"] {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            #expect(!text.contains(articleBeforeValue), "\(name)")
        }
        let example = try String(contentsOfFile: folder + "/examples/province-working-days.rules", encoding: .utf8)
        let rules = try nationalPack(extra: [pack(example, name: "province-working-days.rules")])
        let bytes = Array(FileManager.default.contents(atPath: Fixture.sample)!)
        let facts = Facts(DatasetDecoder.decode(try JSONReader.parse(bytes)).dataset)
        let kinds = Set(facts.talks.map(\.kind))
        #expect(kinds == Set(TalkKind.allCases))
        let outcomes = try Engine(rules: rules, facts: facts).outcomes(
            asOf: CivilDate("2026-11-21")!, rules: { _ in true }
        ) { _, _ in true }
        let wrongArticle = try Regex(#"\b(?:[Aa] [AEIOUaeiou]|[Aa]n [^AEIOUaeiou])"#)
        let messages = Set(outcomes.findings.compactMap(\.message?.en))
        #expect(messages.contains("admonishment talks are not supervision talks and count toward nothing"))
        #expect(messages.filter { $0.contains(wrongArticle) }.sorted() == [])
        let misspelled = try problems(
            """
            pack p { version "1" }
            rule x1 {
              article "细则第一条"
              quote "示例"
              subject talk
              requires talk.organization.nam = "x"
              message zh "x" en "x"
            }
            """)
        #expect(misspelled.map(\.message.en).contains { $0.hasPrefix("type organization has no field \"nam\"") })
    }

    /// A define's comprehension variable has a slot of its own: it was numbered 0, the subject's,
    /// so a rule reading the talk after the define read it as the define's last item (the rule
    /// never applied, and its message named talk "none"). Nor does it write over a rule's `let`.
    @Test func aDefinesVariableLeavesTheSubjectAndTheLetsAlone() throws {
        let rules = try nationalPack(extra: [
            pack(
                """
                pack p { version "1" }
                define positives = [x for x in [1, 2, 3] where x > 0]
                define nested = [y for y in positives where count([z for z in positives where z < y]) >= 0]
                rule after-a-define {
                  article "细则第一条"
                  quote "示例"
                  subject talk
                  let kind = talk.kind
                  applies  count(nested) = 3 and talk.kind = regular and kind = regular
                  requires false
                  severity warning
                  message zh "谈话 {talk.id}" en "talk {talk.id} ({kind})"
                }
                """)
        ])
        let bytes = Array(FileManager.default.contents(atPath: Fixture.sample)!)
        let facts = Facts(DatasetDecoder.decode(try JSONReader.parse(bytes)).dataset)
        let outcomes = try Engine(rules: rules, facts: facts).outcomes(
            asOf: CivilDate("2026-11-21")!, rules: { $0.id == "after-a-define" }
        ) { _, _ in true }
        // (Those that ended from 2026-01-30: a local pack's rules are judged within the national scopes.)
        let regular = facts.talks.filter { $0.kind == .regular && $0.ended >= CivilDate("2026-01-30")! }.map(\.id)
        let found = outcomes.findings.filter { $0.status == .notMet }
        #expect(!regular.isEmpty && found.map(\.subjectID).sorted() == regular.sorted())
        #expect(Set(found.compactMap { $0.message?.en }) == Set(regular.map { "talk \($0) (regular)" }))
    }

    /// A parameter set twice in one pack would lose the first without a word (helper-133); set
    /// again by a later pack, it is that pack's to change.
    @Test func aParameterSetTwiceInOnePackIsRefused() throws {
        let found = try problems(
            """
            pack province { version "1" }
            set measures-period = 15 working days
            set measures-period = 20 working days
            """)
        #expect(found.map(\.location) == ["local.rules:3:5"], "\(found)")
        #expect(found.first?.message.en == "parameter measures-period is already set in this pack; set it once")
        let rules = try nationalPack(extra: [
            pack("pack province { version \"1\" }\nset measures-period = 15 working days", name: "province.rules"),
            pack("pack city { version \"1\" }\nset measures-period = 20 working days", name: "city.rules"),
        ])
        #expect(rules.parameters.first { $0.name == "measures-period" }?.values.last?.value == "20 working days")
    }

    /// A parameter declared and then set in the same pack, and two statements of one pack about
    /// one rule (its severity twice, `disable` twice, helper-141; `replace rule` twice, `disable`
    /// and `replace rule`, a `severity` of the pack's own rule, helper-142) passed: the first was
    /// lost, or undone by the order. A pack header's field given twice, too.
    @Test func aStatementGivenTwiceInOnePackIsRefused() throws {
        let found = try problems(
            """
            pack province { version "1" }
            parameter quorum = 3
            set quorum = 4
            severity measures-deadline = warning
            severity measures-deadline = notice
            disable self-check
            disable self-check
            disable record
            replace rule record { article "x" quote "x" subject talk requires true severity notice message zh "x" en "x" }
            replace rule steps { article "x" quote "x" subject talk requires true severity notice message zh "x" en "x" }
            replace rule steps { article "x" quote "x" subject talk requires true severity notice message zh "x" en "x" }
            """)
        #expect(
            found.map(\.location) == [
                "local.rules:3:5", "local.rules:5:10", "local.rules:7:9", "local.rules:9:14", "local.rules:11:14",
            ], "\(found)")
        #expect(
            found.map(\.message.en) == [
                "parameter quorum is declared by this pack; change its declared value, not `set` it",
                "this pack already says `severity measures-deadline`; a pack says one thing of each rule",
                "this pack already says `disable self-check`; a pack says one thing of each rule",
                "this pack already says `disable record`; a pack says one thing of each rule",
                "this pack already says `replace rule steps`; a pack says one thing of each rule",
            ])
        let own = try problems(
            """
            pack province { version "1" }
            rule x1 { article "x" quote "x" subject talk requires true severity notice message zh "x" en "x" }
            severity x1 = violation
            """)
        #expect(own.map(\.message.en) == ["this pack already says `rule x1`; a pack says one thing of each rule"])
        let header = try problems("pack province { version \"1\" effective 2026-06-01 effective 2026-09-01 }\n")
        #expect(header.map(\.message.en) == ["the pack header already gives effective; give it once"], "\(header)")
    }

    /// A clause refused as written is told there, not again as missing (helper-142: "rule x1 has
    /// no message" at the rule's id came first).
    @Test func aClauseRefusedAsWrittenIsNotAlsoMissing() throws {
        let found = try problems(
            """
            pack province { version "1" }
            rule x1 {
              article "x"
              quote "x"
              subject talk
              requires true
              severity notice
              message zh "m" zh "n" en "m"
            }
            """)
        #expect(found.map(\.message.en) == ["expected en, found zh"], "\(found)")
    }

    /// A pack loaded twice is told at its id in its header, not at the file's first line, which
    /// may be a comment (helper-142).
    @Test func aPackLoadedTwiceIsToldAtItsHeader() throws {
        let text = "# 某省细则\n\npack twice { version \"1\" }\n"
        do {
            _ = try nationalPack(extra: [pack(text, name: "a.rules"), pack(text, name: "b.rules")])
            Issue.record("a pack was loaded twice")
        } catch let error as InputError {
            #expect(error.problems.map(\.location) == ["b.rules:3:6"], "\(error.problems)")
        }
    }

    @Test func everyProblemIsReportedWithItsPlaceSorted() throws {
        let found = try problems(
            """
            pack broken { version "1" }
            set measures-periods = 15 working days
            rule extra {
              article "细则第一条"
              quote "示例"
              subject talk
              requires talk.helds = talk.ended and count(talk.problems) > true
              severity urgent
              message zh "{talk.problems}" en "x"
            }
            disable no-such-rule
            """)
        let locations = Set(found.map(\.location))
        #expect(
            locations.isSuperset(of: ["local.rules:2:5", "local.rules:7:17", "local.rules:8:12", "local.rules:11:9"]),
            "\(locations)")
        let texts = found.map { $0.message.en }
        #expect(
            texts.contains { $0.contains("unknown parameter \"measures-periods\"") && $0.contains("measures-period") })
        #expect(texts.contains { $0.contains("has no field \"helds\"") && $0.contains("\"held\"") })
        #expect(texts.contains { $0.contains("severity") })
        #expect(texts.contains { $0.contains("no rule has the id \"no-such-rule\"") })
        // A caret under the place, aligned by display width.
        let first = try #require(found.first)
        #expect(first.excerpt.count == 2 && first.excerpt[1].hasSuffix("^"))
        // Sorted by line then column.
        let positions = found.compactMap { problem -> Int? in
            let parts = problem.location.split(separator: ":")
            guard parts.count == 3, let line = Int(parts[1]), let column = Int(parts[2]) else { return nil }
            return line * 10_000 + column
        }
        #expect(positions == positions.sorted())
    }

    /// The caret stands under the place when a hidden character, shown escaped, comes before it
    /// on the line (helper-157: it stood as many columns short as the escape is longer).
    @Test(arguments: ["\u{3164}", "\u{200B}", "\u{2800}", "\u{AD}"])
    func theCaretCountsTheEscapesBeforeIt(_ hidden: String) throws {
        let found = try problems("pack local {\n  version \"1\"\n  title \"t\(hidden)\" x\n}\n")
        let late = try #require(found.first { $0.message.en.contains("\"x\"") }, "\(found.map(\.message.en))")
        let (line, caret) = (late.excerpt[0], late.excerpt[1])
        let column = DisplayWidth.of(String(caret.dropLast()))
        let under = line.unicodeScalars.map(String.init).reduce(into: (width: 0, scalar: "")) { found, scalar in
            if found.width == column, found.scalar.isEmpty { found.scalar = scalar }
            found.width += DisplayWidth.of(scalar)
        }.scalar
        #expect(under == "x", "\(line)\n\(caret)")
        #expect(line.contains("\\u{"), "\(line)")
    }

    /// A period reckoned past the calendar's end left a deadline rule without a due day, "not
    /// applicable" to every talk (helper-126: 7974 years linted clean): at most 100 years, in
    /// each unit, refused at the number.
    @Test(arguments: [
        ("7974 years", false), ("101 years", false), ("1201 months", false), ("36601 days", false),
        ("26201 working days", false), ("100 years", true), ("1200 months", true), ("15 working days", true),
    ])
    func aPeriodIsAtMostAHundredYears(period: String, accepted: Bool) throws {
        let found = try problems("pack local { version \"1\" }\nset report-period = \(period)\n")
        if accepted {
            #expect(found.isEmpty, "\(found.map(\.message.en))")
        } else {
            #expect(found.map(\.location) == ["local.rules:2:21"])
            #expect(found.first?.message.en == "a period is at most 100 years (no due day is reckoned \(period) on)")
        }
    }

    /// A period too long is told once, at its number: the rule around it is read on (helper-128:
    /// it was also told it had no severity).
    @Test func aPeriodTooLongIsToldOnce() throws {
        let found = try problems(
            """
            pack local { version "1" }
            rule big {
              article "细则第一条"
              quote   "示例"
              subject talk
              requires as-of <= talk.ended + 200 years
              severity notice
              message zh "x" en "x"
            }
            """)
        #expect(found.map(\.location) == ["local.rules:6:34"], "\(found.map(\.message.en))")
    }

    /// What the lexer or the header refuses is told once, and the statements around it read on
    /// (helper-232): a name with a letter of another alphabet (a Cyrillic е in
    /// `measures-deadline` was three problems, "no rule has the id m" among them), a number of
    /// twenty digits (also "a period is at least 1"), a header field the language has not (its
    /// `}` was "expected a statement"; `until` is said to be none), a message's `{` unclosed (the
    /// rule was also "missing its closing }").
    @Test func aWordRefusedIsToldOnce() throws {
        // (A file ending inside its header is told at the header's `{`: helper-233, at the end.)
        for (text, place, words) in [
            ("pack local {\n  version \"1\"\n", "local.rules:1:12", "the pack header's { has no closing }"),
            (
                "pack local { version \"1\" }\ndisable m\u{0435}asures-deadline\n", "local.rules:2:9",
                "(U+0435), a letter outside ASCII"
            ),
            (
                "pack local { version \"1\" }\nset measures-period = 99999999999999999999 days\n", "local.rules:2:23",
                "is too long: a number in a rule file has at most 9 digits"
            ),
            (
                "pack local {\n  version \"1\"\n  until 2026-12-31\n}\nset measures-period = 2 months\n",
                "local.rules:3:3", "a pack has no end date"
            ),
            (
                "pack local { version \"1\" }\nrule r {\n  article \"x\"\n  quote \"y\"\n  subject talk\n  requires false\n"
                    + "  severity notice\n  message zh \"a\" en \"a {talk.kind\"\n}\n", "local.rules:8:24",
                "this { has no closing }"
            ),
        ] {
            let found = try problems(text)
            #expect(
                found.map(\.location) == [place] && found[0].message.en.contains(words), "\(found.map(\.message.en))")
        }
        // A day off of the notice given as a worked day is said so (it was "listed twice").
        let worked =
            "year 2027\nnotice \"n\" \"n\"\nholiday \"春节\" \"Spring Festival\" 2027-02-05 to 2027-02-12\n"
            + "workday \"春节\" \"Spring Festival\" 2027-02-10\n"
        let (_, told) = HolidayFile.parse(SourceFile(name: "cn-2027.holidays", text: worked))
        #expect(
            told.first?.message.en
                == "2027-02-10 is a day off of Spring Festival in this notice, not a worked weekend day",
            "\(told.map(\.message.en))")
    }

    /// A date or month-day that is none is told once, at its place: the statement it is in, and
    /// those after, parse on (helper-148: `effective 2026-13-01` was also "effective takes a date"
    /// and the header's `}` "expected a statement"; a holiday's `to` after a bad date was an unknown
    /// statement).
    @Test func aMalformedDateIsToldOnce() throws {
        for (text, place) in [
            ("pack local {\n  version \"1\"\n  effective 2026-13-01\n  title \"e\"\n}\n", "local.rules:3:13"),
            ("pack local { version \"1\" }\nset annual-plan-by = 13-45\n", "local.rules:2:22"),
            // A date typed with an input method's digits or dashes, and a number for a date (helper-154:
            // each told two to four times).
            ("pack local {\n  version \"1\"\n  effective ２０２６-06-01\n}\n", "local.rules:3:13"),
            ("pack local {\n  version \"1\"\n  effective 2026—06—01\n}\n", "local.rules:3:13"),
            ("pack local {\n  version \"1\"\n  effective 20260601\n}\n", "local.rules:3:13"),
            ("pack local {\n  version \"1\"\n  effective 2026-06-0１\n}\n", "local.rules:3:13"),
        ] {
            let found = try problems(text)
            #expect(found.map(\.location) == [place], "\(found.map(\.message.en))")
        }
        let holidays = """
            year 2027
            notice "n" "n"
            holiday "元旦" "New Year's Day" 2027-01-0x to 2027-01-03
            holiday "春节" "Spring Festival" 2027-02-05 to 2027-02-11
            """
        let (_, found) = HolidayFile.parse(SourceFile(name: "cn-2027.holidays", text: holidays))
        #expect(found.map(\.location) == ["cn-2027.holidays:3:31"], "\(found.map(\.message.en))")
        // Letters right after a date are the malformed word's (helper-151: 2027-04-05x was a date
        // and an unknown statement x).
        let lettered = "year 2027\nnotice \"n\" \"n\"\nholiday \"清明节\" \"Q\" 2027-04-05x\n"
        let (_, told) = HolidayFile.parse(SourceFile(name: "cn-2027.holidays", text: lettered))
        #expect(told.map(\.message.en) == [#""2027-04-05x" is not a date (YYYY-MM-DD)"#], "\(told.map(\.message.en))")
    }

    /// A pack's two holiday files of one year are refused: the later named was taken without a word
    /// (helper-154: 中秋 moved silently).
    @Test func aPackGivesOneHolidayFileAYear() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Rules")
        let notice = Array(try Data(contentsOf: folder.appendingPathComponent("cn-2026.holidays")))
        let local = PackSource(
            path: "p", rules: ("p/p.rules", Array("pack p { version \"1\" }\n".utf8)),
            holidays: [("p/a.holidays", notice), ("p/b.holidays", notice)], isFolder: true)
        do {
            _ = try nationalPack(extra: [local])
            Issue.record("two notices of 2026 were taken")
        } catch let error as InputError {
            // At the second file's `year` (helper-232: the file alone, no line and column).
            #expect(error.problems.map(\.location) == ["p/b.holidays:4:6"], "\(error.problems)")
        }
    }

    /// A pack given twice (`--rules p --rules p`) tells each of its problems once (helper-151: twice).
    @Test func aPackGivenTwiceTellsItsProblemsOnce() throws {
        let text = "pack local {\n  version \"1\"\n  effective 2026-13-01\n}\n"
        do {
            _ = try nationalPack(extra: [pack(text), pack(text)])
            Issue.record("a malformed pack was loaded")
        } catch let error as InputError {
            #expect(error.problems.count { $0.message.en.contains("is not a date") } == 1, "\(error.problems)")
        }
    }

    /// A local pack cannot change what another pack's scope judges (rules-catalogue, "Local packs
    /// and time"): `set effective` moved the national scope's start, and every national rule fell
    /// silent for the talks after the local pack's own start (helper-126). Its own parameters, and
    /// the national ones no scope reads, it sets; a define a scope reads counts as the scope.
    @Test func aLocalPackCannotSetAParameterAnotherPacksScopeReads() throws {
        let found = try problems(
            """
            pack local {
              version "1"
              effective 2026-06-01
            }
            set effective = 2099-01-01
            set measures-period = 15 working days
            """)
        #expect(found.map(\.location) == ["local.rules:5:5"], "\(found.map(\.location))")
        #expect(
            found.first?.message.en.contains("parameter effective decides what cn-national-2026's `scope talk` judges")
                == true)
        // Through a define, and a pack's own scope reading its own parameter.
        let first = pack(
            """
            pack first { version "1" }
            parameter cutoff = 2026-03-01
            define start = cutoff
            scope talk when talk.ended >= start
            """, name: "first.rules")
        let second = pack("pack second { version \"1\" }\nset cutoff = 2026-05-01\n", name: "second.rules")
        do {
            _ = try nationalPack(extra: [first, second])
            Issue.record("a pack set what another pack's scope reads through a define")
        } catch let error as InputError {
            #expect(error.problems.map(\.location) == ["second.rules:2:5"], "\(error.problems.map(\.location))")
        }
        #expect(try nationalPack(extra: [first]).rules.count > 0)
        // Whichever pack comes first, and a parameter a function of the scope reads (`deadline`
        // reads `calendar`: helper-128, neither was refused).
        let reading = pack(
            "pack reading { version \"1\" }\nscope talk when as-of >= deadline(talk.ended, measures-period)\n",
            name: "reading.rules")
        for (setting, at) in [
            ("set measures-period = 6 months", "setting.rules:2:5"), ("set calendar = plain", "setting.rules:2:5"),
        ] {
            let setter = pack("pack setting { version \"1\" }\n\(setting)\n", name: "setting.rules")
            for order in [[reading, setter], [setter, reading]] {
                do {
                    _ = try nationalPack(extra: order)
                    Issue.record("\(setting) set what another pack's scope reads")
                } catch let error as InputError {
                    #expect(error.problems.map(\.location) == [at], "\(error.problems.map(\.message.en))")
                }
            }
        }
    }

    /// Lines end at LF, CR LF or a CR alone, as editors number them: the same file with any of the
    /// three gives the same problems at the same places, with the same line quoted; a comment
    /// ends at a CR alone rather than taking the next line with it.
    @Test func everyLineEndingNumbersTheLinesAlike() throws {
        let lines = [
            "pack broken { version \"1\" }", "# a comment", "set measures-periods = 15 working days",
            "rule extra {", "  article \"细则第一条\"", "  quote \"示例\"  # another", "  subject talk",
            "  requires talk.helds = talk.ended", "  severity urgent", "  message zh \"x\" en \"x\"", "}",
        ]
        let found = try ["\n", "\r\n", "\r"].map { ending in
            try problems(lines.joined(separator: ending) + ending).map { "\($0.location) \($0.excerpt)" }
        }
        #expect(found[0].contains { $0.hasPrefix("local.rules:3:5 ") && $0.contains("set measures-periods") })
        #expect(found[0].contains { $0.hasPrefix("local.rules:8:17 ") })
        #expect(found[1] == found[0])
        #expect(found[2] == found[0])
    }

    @Test func typeErrorsAndConfidentialTextAreRefused() throws {
        let found = try problems(
            """
            pack types { version "1" }
            rule leaks {
              article "细则"
              quote "示例"
              subject talk
              requires talk.held + 3 = talk.ended
              severity warning
              message zh "问题：{talk.problems}" en "x"
            }
            """)
        let texts = found.map(\.message.en)
        #expect(texts.contains { $0.contains("cannot add date and number") })
        #expect(texts.contains { $0.contains("confidential") })
    }

    @Test func theParametersTheEngineReadsAreCheckedWhereTheyAreSet() throws {
        let found = try problems(
            """
            pack settings { version "1" }
            set calendar = gregorian
            set due-soon-window = 03-31
            """)
        #expect(found.map(\.location) == ["local.rules:2:5", "local.rules:3:5"])
        #expect(found.first?.message.en == "parameter calendar must be civil-code or plain")
    }

    @Test func aRuleIDMayNotBeDefinedTwiceWithoutReplace() throws {
        let found = try problems(
            """
            pack twice { version "1" }
            rule record {
              article "x" quote "x" subject talk requires talk.record severity notice message zh "x" en "x"
            }
            """)
        #expect(found.map(\.message.en).contains { $0.contains("use `replace rule`") })
        #expect(
            try problems(
                """
                pack replaced { version "1" }
                replace rule record {
                  article "第十条第二款" quote "并形成相关记录" subject talk requires talk.record severity notice
                  message zh "未形成记录" en "no record"
                }
                """
            ).isEmpty)
    }

    @Test func aLocalPackChangesAParameterASeverityAndSwitchesARuleOff() throws {
        let rules = try nationalPack(extra: [
            pack(
                """
                pack province { version "2026-06" }
                set measures-period = 15 working days
                severity self-check = notice
                disable timely-steps
                """)
        ])
        #expect(rules.parameters.first { $0.name == "measures-period" }?.value == "15 working days")
        #expect(rules.parameters.first { $0.name == "measures-period" }?.setBy == "province")
        #expect(rules.rules.first { $0.id == "self-check" }?.severity == .notice)
        #expect(!rules.rules.contains { $0.id == "timely-steps" })
        #expect(rules.disabled.map(\.id) == ["timely-steps"])
        #expect(rules.packs.map(\.id) == ["cn-national-2026", "province"])
    }

    /// A field of enumerated values compared with a value written in the rule file that is not of
    /// its vocabulary could never hold: `applies talk.kind = petitions` (a trigger kind) made a rule
    /// that linted clean and never applied (found by an outside review). Refused at the value,
    /// whichever operator, side or way of writing it (a list, a `define`, a `let`, a loop
    /// variable, `??`, a text); values of the field's own vocabulary still compile.
    @Test func aFieldComparedWithAValueOfAnotherVocabularyIsRefused() throws {
        func clause(_ condition: String, subject: String = "talk") throws -> [Problem] {
            try problems(
                """
                pack p { version "1" }
                define my-kinds = [regular, petitions]
                rule x1 {
                  article "细则第一条"
                  quote "示例"
                  subject \(subject)
                  let k = talk.kind
                  applies \(condition)
                  requires true
                  severity warning
                  message zh "x" en "x"
                }
                """.replacingOccurrences(of: "let k = talk.kind", with: subject == "talk" ? "let k = talk.kind" : "")
            )
        }
        // Each refused at the value not of the vocabulary (`at`: its first place in the condition).
        let refused: [(condition: String, at: String, shown: String, vocabulary: String)] = [
            ("talk.kind = petitions", "petitions", "petitions", "talk kind"),
            ("petitions = talk.kind", "petitions", "petitions", "talk kind"),
            ("talk.kind != petitions", "petitions", "petitions", "talk kind"),
            ("talk.kind in [regular, petitions]", "petitions", "petitions", "talk kind"),
            ("talk.kind not in [regular, petitions]", "petitions", "petitions", "talk kind"),
            ("talk.kind in my-kinds", "my-kinds", "petitions\" (in my-kinds)", "talk kind"),
            ("k = petitions", "petitions", "petitions", "talk kind"),
            ("(talk.kind ?? regular) = petitions", "petitions", "petitions", "talk kind"),
            ("talk.kind = \"petitions\"", "\"petitions", "petitions", "talk kind"),
            ("regular in talk.steps", "regular", "regular", "talk step"),
            ("exists([s for s in talk.steps where s = timely])", "timely", "timely", "talk step"),
            ("audit in talk.archive.copiedTo", "audit", "audit", "copy recipient"),
            ("talk.archive.copiedTo = [organization, audit]", "audit", "audit", "copy recipient"),
            ("talk.report.assessment = \"adequat\"", "\"adequat", "adequat", "assessment"),
            ("talk.organization.level = local-committee", "local-committee", "local-committee", "level"),
        ]
        for (condition, at, shown, vocabulary) in refused {
            let found = try clause(condition)
            let column = 11 + condition.distance(from: condition.startIndex, to: condition.range(of: at)!.lowerBound)
            #expect(found.map(\.location) == ["local.rules:8:\(column)"], "\(condition): \(found)")
            let message = try #require(found.first?.message, "\(condition)")
            #expect(
                message.en.hasPrefix("\"\(shown)\(shown.hasSuffix(")") ? "" : "\"") is not a value of \(vocabulary),"),
                "\(condition): \(message.en)")
            #expect(message.zh.contains("不是"), "\(message.zh)")
        }
        // Where the spelling belongs, and the values of the field's vocabulary.
        let petitions = try clause("talk.kind = petitions").first!.message
        #expect(petitions.en.contains("it is a value of trigger kind"))
        #expect(
            petitions.en.hasSuffix(
                "the values of talk kind are regular, timely, clue-disposal, appointment, admonishment"))
        #expect(petitions.zh.contains("它是情形类别的值"))
        let misspelt = try clause("talk.report.assessment = \"adequat\"").first!.message
        #expect(misspelt.en.hasSuffix("did you mean \"adequate\"?"), "\(misspelt.en)")
        let accepted = [
            "talk.kind = timely", "talk.kind in [regular, timely]",
            "not talk.report.assessment in [inadequate, perfunctory, \"false\"]",
            "discipline-inspection in talk.archive.copiedTo and other in talk.archive.copiedTo",
            "talk.organization.kind = other and talk.organization.level = other", "talk.kind = null",
            "talk.steps = [self-check-report, commitment]", "k = regular", "talk.id = \"petitions\"",
        ]
        for condition in accepted {
            #expect(try clause(condition).isEmpty, "\(condition)")
        }
        let trigger = try clause("trigger.kind = petitions and trigger.kind != regular", subject: "trigger")
        #expect(trigger.map(\.location) == ["local.rules:8:56"], "\(trigger)")
    }

    @Test func outOfOrderNamesTheMisplacedStepNotEverythingAfterIt() {
        // As a rule writes the steps (no vocabulary) and as a talk's field holds them.
        let expected: [Value] = ["a", "b", "c", "d", "e"].map { .symbol($0, nil) }
        let actual: [Value] = ["b", "a", "c", "d", "e"].map { .symbol($0, .step) }
        #expect(Compiler.outOfOrder(expected: expected, actual: actual).count == 1)
        let moved: [Value] = ["a", "c", "d", "e", "b"].map { .symbol($0, .step) }
        #expect(Compiler.outOfOrder(expected: expected, actual: moved) == [.symbol("b", .step)])
        #expect(Compiler.outOfOrder(expected: expected, actual: expected).isEmpty)
    }
}
