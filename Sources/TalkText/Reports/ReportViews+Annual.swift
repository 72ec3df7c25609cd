import TalkModel
import TalkRules

/// The annual section of a committee's report (Art. 13 ¶2).
extension ReportViews {
    public func annual(_ report: AnnualReport) -> ReportDocument {
        let name = report.conductor.name
        var doc = ReportDocument(
            title: t("\(name)\(report.year)年度开展监督谈话情况", "\(name): supervision talks in \(report.year)"),
            language: language)
        doc.add(
            .paragraph(
                t(
                    "根据《党委（党组）对下级党组织“一把手”开展监督谈话工作办法》第十三条，现将\(name)\(report.year)年度开展监督谈话情况报告如下。统计截至\(prose(report.asOf))。",
                    "Under Art. 13 of the measures on supervision talks with the top leaders of lower-level Party organizations, this is how \(name) held supervision talks in \(report.year), as of \(prose(report.asOf))."
                )
                    + (report.dissolved.map {
                        // (Of its last year, the months it had; of an earlier one, a whole year: helper-210.)
                        $0.year == report.year
                            ? t(
                                "\(name)已于\(prose($0))撤销，所报为其存续期间的情况。",
                                " \(name) was dissolved on \(prose($0)): this is its year until then.")
                            : t("\(name)已于\(prose($0))撤销。", " \(name) was dissolved on \(prose($0)).")
                    } ?? "")))

        doc.add(.heading(1, t("一、开展谈话总体情况", "1. Talks held")))
        doc.add(
            .paragraph(
                t(
                    "\(report.year)年共开展监督谈话\(report.regularTalks + report.timelyTalks)人次，其中定期谈话\(report.regularTalks)人次、及时谈话\(report.timelyTalks)人次。",
                    "\(report.regularTalks + report.timelyTalks) supervision talks were held in \(report.year): \(report.regularTalks) regular and \(report.timelyTalks) timely."
                )))
        doc.add(
            .table(
                [t("谈话人", "talker"), t("定期谈话", "regular"), t("及时谈话", "timely"), t("合计", "total")],
                report.byTalker.map {
                    [$0.name, String($0.regular), String($0.timely), String($0.regular + $0.timely)]
                },
                numeric: [1, 2, 3]))
        doc.add(
            .table(
                [t("月份", "month"), t("定期谈话", "regular"), t("及时谈话", "timely"), t("合计", "total")],
                report.monthly.enumerated().map { month, counts in
                    [
                        t("\(month + 1)月", String(month + 1)), String(counts.regular), String(counts.timely),
                        String(counts.regular + counts.timely),
                    ]
                } + [
                    [
                        t("全年", "year"), String(report.regularTalks), String(report.timelyTalks),
                        String(report.regularTalks + report.timelyTalks),
                    ]
                ],
                numeric: [1, 2, 3]))
        doc.add(
            .chart(
                Chart(
                    title: t("各月开展谈话人次", "Talks held per month"),
                    kind: .columns(
                        periods: (1...12).map { t("\($0)月", String($0)) },
                        values: report.monthly.map { [$0.regular, $0.timely] },
                        series: [t("定期谈话", "regular"), t("及时谈话", "timely")]))))

        doc.add(.heading(1, t("二、本届任期覆盖情况", "2. Coverage of the current term")))
        if !report.coverageRuleInForce {
            doc.add(.paragraph(CoverageViews.noRule(report.asOf).text(language)))
        } else if let coverage = report.coverage, let term = coverage.term {
            let gaps = coverage.gaps
            doc.add(
                .paragraph(
                    t(
                        "本届任期自\(prose(term.from))至\(prose(term.to))。截至\(prose(report.asOf))，下一级党组织“一把手”\(coverage.organizations)人，已开展定期谈话\(coverage.covered)人，覆盖率\(percent(rate(coverage.covered, coverage.organizations)))；尚未覆盖\(gaps.count)人\(gaps.isEmpty ? "" : "，名单如下")。",
                        "Current term \(prose(term.from)) to \(prose(term.to)). As of \(prose(report.asOf)), \(coverage.covered) of \(coverage.organizations) lower-level top leaders have had a regular talk (\(percent(rate(coverage.covered, coverage.organizations)))); \(gaps.count) remain."
                    )))
            doc.add(
                .chart(
                    Chart(
                        title: t("本届定期谈话覆盖", "Term coverage by regular talks"),
                        kind: .stackedBars(
                            rows: [(t("下一级“一把手”", "lower-level top leaders"), [coverage.covered, gaps.count])],
                            series: [t("已覆盖", "covered"), t("未覆盖", "not yet covered")]))))
            if !gaps.isEmpty {
                doc.add(
                    .table(
                        [
                            t("尚未覆盖的单位", "organization not yet covered"), t("“一把手”", "top leader"),
                            t("本年度计划完成时限", "due in this year's plan"), t("最近一次定期谈话", "last regular talk"),
                        ],
                        gaps.map { gap in
                            [
                                gap.name, person(gap.topLeader),
                                gap.planned.map { date(facts.plan($0)?.due) }
                                    ?? (gap.carriedOut == nil ? t("未列入计划", "not planned") : t("已落实", "carried out")),
                                gap.lastRegularTalk.map { date(facts.talk($0)?.held) } ?? "—",
                            ]
                        }))
            }
        } else if report.coverage == nil, let dissolved = report.dissolved {
            // (Not "it has no lower-level organizations left", beside the first paragraph's
            // dissolution: helper-210. Its organizations' coverage goes on with their new parents.)
            doc.add(
                .paragraph(
                    t(
                        "本党组织已于\(prose(dissolved))撤销，不再评判本届覆盖情况；其原下级组织的“一把手”由其现在的上级党组织覆盖。",
                        "The committee was dissolved on \(prose(dissolved)): its coverage is no longer judged; its former lower-level organizations' top leaders are covered by their present parents."
                    )))
        } else if report.coverage == nil {
            // Its organizations all moved away (helper-114: told no term was recorded).
            doc.add(
                .paragraph(
                    t(
                        "截至\(prose(report.asOf))，本党组织已没有下一级党组织，不再有需要覆盖的“一把手”。",
                        "As of \(prose(report.asOf)), the committee has no lower-level organizations left: no top leader is left to cover."
                    )))
        } else {
            doc.add(
                .paragraph(
                    t(
                        "没有记录覆盖\(prose(report.asOf))的届期，覆盖情况无法评判。",
                        "No term covering \(prose(report.asOf)) is recorded, so coverage cannot be judged.")))
        }

        doc.add(.heading(1, t("三、年度谈话计划执行情况", "3. The annual plan")))
        doc.add(
            .paragraph(
                t(
                    "\(report.year)年度计划事项\(report.plans.count)项，",
                    "\(report.plans.count) plan items for \(report.year): ")
                    + tallyText(report.planTally, unit: t("项", "")) + t("。", ".")))
        if !report.plans.isEmpty {
            doc.add(
                .table(
                    [
                        t("谈话对象单位", "organization"), t("谈话人", "talker"), t("完成时限", "due"), t("完成日期", "done"),
                        t("状态", "status"), t("逾期天数", "days late"),
                    ],
                    report.plans.map { plan in
                        [
                            organization(plan.organization), person(facts.plan(plan.id)?.talker), date(plan.due),
                            date(plan.done), status(plan.status, due: plan.due), daysLate(plan.status, plan.days),
                        ]
                    }, numeric: [5]))
        }

        doc.add(.heading(1, t("四、及时谈话情形及回应", "4. Triggers and timely talks")))
        let answered = report.triggers.filter { $0.daysToTalk != nil }
        let average =
            answered.isEmpty ? "—" : String(answered.map { $0.daysToTalk! }.reduce(0, +) / answered.count)
        doc.add(
            .paragraph(
                t(
                    "\(report.year)年记录需及时谈话的情形\(report.triggers.count)起，已开展及时谈话\(answered.count)起，从发现情形到谈话平均间隔\(average)天；",
                    "\(report.triggers.count) situations calling for a timely talk were recorded in \(report.year); \(answered.count) were answered, after \(average) days on average; "
                ) + tallyText(report.triggerTally, unit: t("起", "")) + t("。", ".")))
        if !report.triggers.isEmpty {
            doc.add(
                .table(
                    [
                        t("单位", "organization"), t("情形类别", "kind"), t("发现日期", "on"), t("谈话日期", "talk held"),
                        t("谈话人", "talker"), t("间隔天数", "days"), t("状态", "status"),
                    ],
                    report.triggers.map { row in
                        [
                            organization(row.organization), row.kind.label.text(language), row.on.description,
                            date(row.done), row.talker.map(person) ?? "—", row.daysToTalk.map(String.init) ?? "",
                            status(row.status),
                        ]
                    }, numeric: [5]))
        }

        doc.add(.heading(1, t("五、整改措施和整改情况报告", "5. Rectification reports")))
        doc.add(
            .bullets([
                within(report.measuresPeriods, t("整改措施", "Rectification measures"), t("报送", ""))
                    + tallyText(report.measures, unit: t("份", "")),
                within(report.reportPeriods, t("整改情况", "Rectification reports"), t("报告", ""))
                    + tallyText(report.reports, unit: t("份", "")),
            ]))
        doc.add(
            .chart(
                Chart(
                    title: t("整改报告按时情况", "Rectification reports against their deadlines"),
                    kind: .stackedBars(
                        rows: [
                            (t("整改措施", "measures"), tallyValues(report.measures)),
                            (t("整改情况", "rectification"), tallyValues(report.reports)),
                            (t("计划事项", "plan items"), tallyValues(report.planTally)),
                        ], series: tallySeries))))

        doc.add(.heading(1, t("六、需追究责任的情形（第十七条）", "6. Accountability (Art. 17)")))
        let flagged = report.accountability + report.committeeFailures
        if flagged.isEmpty {
            doc.add(.paragraph(t("未发现。", "None found.")))
        } else {
            // Cases, not findings: a talk held by a deputy with a county secretary breaks two rules
            // of Art. 7 and is one case (helper-228: counted twice). The table lists each finding.
            let cases = { (findings: [Finding]) in Set(findings.map { "\($0.subjectType)\u{0}\($0.subjectID)" }).count }
            let (all, talkees, committee) = (
                cases(flagged), cases(report.accountability), cases(report.committeeFailures)
            )
            doc.add(
                .paragraph(
                    t(
                        "共\(all)起：被谈话人不如实报告或整改不到位\(talkees)起，本党委未按规定开展监督谈话（第十七条第一款第一项）\(committee)起"
                            + (talkees + committee > all ? "（有的谈话兼有两者）" : "") + "。",
                        "\(all) in all: \(talkees) by talkees (untruthful reports, poor rectification) and \(committee) by this committee not holding talks as required (Art. 17 (1))"
                            + (talkees + committee > all ? " (some talks are both)" : "") + "."
                    )))
            doc.add(
                .table(
                    [
                        t("单位", "organization"), t("涉及", "concerning"), t("条款", "article"), t("情形", "finding"),
                        t("编号", "id"),
                    ],
                    flagged.map {
                        [
                            organization($0.organization), concerning($0), $0.article, withoutIDs($0.message),
                            $0.subjectID,
                        ]
                    }))
        }

        doc.add(.heading(1, t("七、尚未完成的事项", "7. Open items")))
        let pressing = report.pressingItems
        let later = report.laterItems
        let overdue = pressing.count { $0.status == .overdue }
        if report.openItems.isEmpty {
            doc.add(.paragraph(t("截至\(prose(report.asOf))，没有尚未完成的事项。", "Nothing is open on \(prose(report.asOf)).")))
        } else {
            var sentence = t(
                "截至\(prose(report.asOf))，已逾期\(overdue)项，一个月内到期\(pressing.count - overdue)项，列表如下",
                "On \(prose(report.asOf)), \(overdue) \(overdue == 1 ? "item is" : "items are") overdue and \(pressing.count - overdue) "
                    + "\(pressing.count - overdue == 1 ? "falls" : "fall") due within a month; they are listed below"
            )
            if let first = later.first, let next = first.due {
                // (A provisional day says so here too, as the tables do: helper-217.)
                let provisional = first.provisional ? t("，暂定", ", provisional") : ""
                sentence += t(
                    "；另有\(later.count)项于一个月后到期（最早为\(prose(next))\(provisional)），未逐项列出",
                    "; \(later.count) more fall due later (the first on \(prose(next))\(provisional)) and are not listed"
                )
            }
            doc.add(.paragraph(sentence + t("。", ".")))
            if !pressing.isEmpty { doc.add(.table(openHeaders, pressing.map(openRow))) }
        }
        doc.add(.heading(1, t("说明", "Note")))
        doc.add(.paragraph(basis(report.packs, asOf: report.asOf) + findingCountsText(report.findingCounts)))
        if !report.yearsWithoutData.isEmpty {
            doc.add(.paragraph(yearsNote(report.yearsWithoutData)))
        }
        return doc
    }

    /// The talks the confidential appendix lists: the committee's supervision talks of the year
    /// held by the as-of day, in the order they were held, as its first column reads (helper-172:
    /// in id order); those of one day in id order.
    func appendixTalks(_ report: AnnualReport) -> [Talk] {
        let talks = facts.talks.filter { talk in
            talk.conductor == report.conductor.id && talk.held.year == report.year && talk.held <= report.asOf
                && talk.kind.isSupervision
        }
        // `facts.talks` are in id order: the place among them settles a day's ties.
        return talks.indices.sorted { (talks[$0].held, $0) < (talks[$1].held, $1) }.map { talks[$0] }
    }

    /// The confidential appendix (Art. 16), only when asked for: each talk's problems and requirements.
    public func appendConfidential(to doc: inout ReportDocument, _ report: AnnualReport) {
        let talks = appendixTalks(report)
        doc.add(.heading(1, t("附：谈话指出的问题和整改要求（保密）", "Appendix: problems and requirements (confidential)")))
        doc.add(
            .table(
                [
                    t("谈话日期", "held"), t("单位", "organization"), t("被谈话人", "talkee"),
                    t("指出的问题", "problems pointed out"), t("整改要求", "requirements"), t("编号", "id"),
                ],
                talks.map { talk in
                    [
                        talk.held.description, organization(talk.organization), person(talk.talkee),
                        talk.problems.joined(separator: t("；", "; ")),
                        talk.requirements.joined(separator: t("；", "; ")), talk.id,
                    ]
                }))
    }

    var openHeaders: [String] {
        [
            t("到期日", "due"), t("状态", "status"), t("单位", "organization"), t("事项", "item"),
            t("涉及", "concerning"), t("编号", "id"),
        ]
    }

    func openRow(_ finding: Finding) -> [String] {
        [
            finding.due == nil ? "—" : FindingViews.due(finding, language), FindingViews.status(finding, language),
            organization(finding.organization), finding.label.text(language), concerning(finding), finding.subjectID,
        ]
    }

    /// The technical basis, for whoever checks the figures: which rules judged them, on what day,
    /// and that they are the findings `talks check` prints.
    func basis(_ packs: [PackInfo], asOf: CivilDate) -> String {
        t(
            "本报告数字由 talks 按规则包 \(packList(packs))评判，状态计算至\(prose(asOf))，与同日运行 talks check 得出的结论一致。",
            "The figures were judged by talks under the rule packs \(packList(packs)), with statuses as of \(prose(asOf)); they are the findings talks check gives on that day. "
        )
    }

    func findingCountsText(_ counts: [Severity: Int]) -> String {
        let parts = Severity.allCases.map {
            t("\($0.label.text(language))\(counts[$0] ?? 0)条", "\($0.label.text(language)) \(counts[$0] ?? 0)")
        }
        return t("同日检查本党委：", "That check, for this committee: ") + parts.joined(separator: t("，", ", ")) + t("。", ".")
    }

    /// The report's note on provisional due dates, for its readers: the fact, without how the
    /// operator loads a notice (which a report sent to a superior must not carry).
    func yearsNote(_ years: [Int]) -> String {
        HolidayCalendar.provisionalNote(years, forOperator: false)?.text(language) ?? ""
    }

    /// "cn-national-2026（2026年1月30日版）": a version that is a date reads as one in prose.
    func packList(_ packs: [PackInfo]) -> String {
        packs.map { pack in
            let version = CivilDate(pack.version).map(prose) ?? pack.version
            return t("\(pack.id)（\(version)版）", "\(pack.id) (version \(version))")
        }.joined(separator: t("、", ", "))
    }

    func rate(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
}
