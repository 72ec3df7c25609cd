import TalkModel
import TalkRules

/// The annual section (Art. 13 ¶2) and the roll-up (Art. 14–15) as documents and as JSON.
///
/// The documents are written to be handed on: organizations and people by name (an id only in a
/// table's last column, to find the record), dates in prose as 2026年11月21日, and the technical
/// basis (rule packs, as-of date, agreement with `talks check`) in a note at the end.
public struct ReportViews {
    let facts: Facts
    let language: Language

    public init(facts: Facts, language: Language) {
        self.facts = facts
        self.language = language
    }

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
    private func organization(_ id: String?) -> String { id.map { facts.organization($0)?.name ?? $0 } ?? "—" }
    private func person(_ id: String?) -> String { id.map { facts.person($0)?.name ?? $0 } ?? "—" }
    private func date(_ date: CivilDate?) -> String { date?.description ?? "—" }
    private func prose(_ date: CivilDate) -> String { date.prose(language) }

    private func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    private func status(_ status: Finding.Status) -> String {
        status == .notApplicable ? t("未定时限", "no deadline") : status.label.text(language)
    }

    /// Days late, as a table's own figure column.
    private func daysLate(_ status: Finding.Status, _ days: Int?) -> String {
        guard let days, status == .late || status == .overdue else { return "" }
        return String(days)
    }

    /// "按时完成12项，逾期完成1项，逾期未完成2项，尚未到期3项（其中7日内到期1项）；按时率80.0%".
    private func tallyText(_ tally: Tally, unit: String) -> String {
        func n(_ count: Int) -> String { t("\(count)\(unit)", "\(count)") }
        var parts = [
            t("按时完成", "on time ") + n(tally.onTime), t("逾期完成", "late ") + n(tally.late),
            t("逾期未完成", "overdue ") + n(tally.overdue),
            t("尚未到期", "not yet due ") + n(tally.open)
                + (tally.dueSoon > 0 ? t("（其中即将到期\(n(tally.dueSoon))）", " (due soon \(tally.dueSoon))") : ""),
        ]
        if tally.undated > 0 { parts.append(t("未定完成时限", "no deadline ") + n(tally.undated)) }
        return parts.joined(separator: t("，", ", ")) + t("；按时率", "; on-time rate ") + percent(tally.onTimeRate)
    }

    private var tallySeries: [String] {
        [t("按时", "on time"), t("逾期完成", "late"), t("逾期未完成", "overdue"), t("未到期", "not yet due")]
    }

    private func tallyValues(_ tally: Tally) -> [Int] { [tally.onTime, tally.late, tally.overdue, tally.open] }

    private func withoutIDs(_ message: Message) -> String { textWithoutIDs(message, facts, language) }

    /// Whom or what an item is about, by name: the talkee and the talk, the plan item's talker, or the trigger.
    private func concerning(_ finding: Finding) -> String {
        switch finding.subjectType {
        case .talk:
            guard let talk = facts.talk(finding.subjectID) else { return "—" }
            return "\(person(talk.talkee)) \(talk.held) \(talk.kind.label.text(language))"
        case .plan:
            guard let plan = facts.plan(finding.subjectID) else { return "—" }
            return t("年度计划，谈话人 ", "plan item, talker ") + person(plan.talker)
        case .trigger:
            guard let trigger = facts.trigger(finding.subjectID) else { return "—" }
            return "\(trigger.kind.label.text(language)) \(trigger.on)"
        case .organization: return organization(finding.subjectID)
        }
    }

    // MARK: Annual section

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
                )))

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
        if let coverage = report.coverage, let term = coverage.term {
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
                                gap.planned.map { date(facts.plan($0)?.due) } ?? t("未列入计划", "not planned"),
                                gap.lastRegularTalk.map { date(facts.talk($0)?.held) } ?? "—",
                            ]
                        }))
            }
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
                            date(plan.done), status(plan.status), daysLate(plan.status, plan.days),
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
                t("整改措施（谈话后1个月内报送）：", "Rectification measures (within 1 month): ")
                    + tallyText(report.measures, unit: t("份", "")),
                t("整改情况（谈话后3个月内报告）：", "Rectification reports (within 3 months): ")
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
            doc.add(
                .paragraph(
                    t(
                        "共\(flagged.count)起：被谈话人不如实报告或整改不到位\(report.accountability.count)起，本党委未按规定开展监督谈话（第十七条第一款第一项）\(report.committeeFailures.count)起。",
                        "\(flagged.count) in all: \(report.accountability.count) by talkees (untruthful reports, poor rectification) and \(report.committeeFailures.count) by this committee not holding talks as required (Art. 17 (1))."
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
                "On \(prose(report.asOf)), \(overdue) items are overdue and \(pressing.count - overdue) fall due within a month; they are listed below"
            )
            if let next = later.first?.due {
                sentence += t(
                    "；另有\(later.count)项于一个月后到期（最早为\(prose(next))），未逐项列出",
                    "; \(later.count) more fall due later (the first on \(prose(next))) and are not listed")
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

    /// The confidential appendix (Art. 16), only when asked for: each talk's problems and requirements.
    public func appendConfidential(to doc: inout ReportDocument, _ report: AnnualReport) {
        let talks = facts.talks.filter { talk in
            talk.conductor == report.conductor.id && talk.held.year == report.year && talk.held <= report.asOf
                && [.regular, .timely].contains(talk.kind)
        }
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

    private var openHeaders: [String] {
        [
            t("到期日", "due"), t("状态", "status"), t("单位", "organization"), t("事项", "item"),
            t("涉及", "concerning"), t("编号", "id"),
        ]
    }

    private func openRow(_ finding: Finding) -> [String] {
        [
            finding.due == nil ? "—" : FindingViews.due(finding, language), FindingViews.status(finding, language),
            organization(finding.organization), finding.label.text(language), concerning(finding), finding.subjectID,
        ]
    }

    /// The technical basis, for whoever checks the figures: which rules judged them, on what day,
    /// and that they are the findings `talks check` prints.
    private func basis(_ packs: [PackInfo], asOf: CivilDate) -> String {
        t(
            "本报告数字由 talks 按规则包 \(packList(packs))评判，状态计算至\(prose(asOf))，与同日运行 talks check 得出的结论一致。",
            "The figures were judged by talks under the rule packs \(packList(packs)), with statuses as of \(prose(asOf)); they are the findings talks check gives on that day. "
        )
    }

    private func findingCountsText(_ counts: [Severity: Int]) -> String {
        let parts = Severity.allCases.map {
            t("\($0.label.text(language))\(counts[$0] ?? 0)条", "\($0.label.text(language)) \(counts[$0] ?? 0)")
        }
        return t("同日检查本党委：", "That check, for this committee: ") + parts.joined(separator: t("，", ", ")) + t("。", ".")
    }

    private func yearsNote(_ years: [Int]) -> String {
        HolidayCalendar.provisionalNote(years)?.text(language) ?? ""
    }

    /// "cn-national-2026（2026年1月30日版）": a version that is a date reads as one in prose.
    private func packList(_ packs: [PackInfo]) -> String {
        packs.map { pack in
            let version = CivilDate(pack.version).map(prose) ?? pack.version
            return t("\(pack.id)（\(version)版）", "\(pack.id) (version \(version))")
        }.joined(separator: t("、", ", "))
    }

    private func rate(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }

    // MARK: Roll-up

    public func rollup(_ rollup: Rollup) -> ReportDocument {
        var doc = ReportDocument(
            title: t(
                "\(rollup.under.name)所属党委（党组）\(rollup.year)年度监督谈话情况汇总",
                "\(rollup.under.name): supervision talks of the committees below, \(rollup.year)"),
            language: language)
        let blank = rollup.rows.filter(\.report.nothingRecorded).map(\.report.conductor.name)
        doc.add(
            .paragraph(
                t(
                    "\(rollup.under.name)所属党委（党组）共\(rollup.rows.count)个，\(rollup.year)年度开展监督谈话情况汇总如下。统计截至\(prose(rollup.asOf))。",
                    "The \(rollup.rows.count) committees below \(rollup.under.name) and their supervision talks in \(rollup.year), as of \(prose(rollup.asOf))."
                )
                    + (blank.isEmpty
                        ? ""
                        : t(
                            "其中\(blank.count)个本年度没有任何谈话、计划或情形记录（未报送）：\(blank.joined(separator: "、"))。",
                            " \(blank.count) recorded no talk, plan item or trigger for the year (nothing reported): \(blank.joined(separator: ", "))."
                        ))))
        doc.add(.heading(1, t("一、对比", "1. Side by side")))
        doc.add(
            .table(
                [
                    t("党委（党组）", "committee"), t("报送情况", "reported"), t("定期谈话", "regular"),
                    t("及时谈话", "timely"), t("本届覆盖", "term coverage"),
                    t("计划按时率", "plan on time"), t("整改措施按时率", "measures on time"), t("整改情况按时率", "reports on time"),
                    t("违规", "violations"), t("逾期未完成", "overdue"),
                ],
                rollup.rows.map { row in
                    let r = row.report
                    let coverage = r.coverage.flatMap { c in
                        c.term == nil
                            ? nil : "\(c.covered)/\(c.organizations)（\(percent(rate(c.covered, c.organizations)))）"
                    }
                    return [
                        String(repeating: "　", count: row.depth - 1) + r.conductor.name,
                        r.nothingRecorded ? t("未报送/无记录", "nothing recorded") : t("已记录", "recorded"),
                        String(r.regularTalks), String(r.timelyTalks), coverage ?? "—", percent(r.planTally.onTimeRate),
                        percent(r.measures.onTimeRate), percent(r.reports.onTimeRate),
                        String(r.findingCounts[.violation] ?? 0), String(r.openItems.count { $0.status == .overdue }),
                    ]
                }, numeric: [2, 3, 5, 6, 7, 8, 9]))
        doc.add(
            .chart(
                Chart(
                    title: t("各党委本届覆盖情况", "Term coverage per committee"),
                    kind: .stackedBars(
                        rows: rollup.rows.map { row in
                            let c = row.report.coverage
                            return (row.report.conductor.name, [c?.covered ?? 0, c?.gaps.count ?? 0])
                        }, series: [t("已覆盖", "covered"), t("未覆盖", "not yet covered")]))))
        doc.add(
            .chart(
                Chart(
                    title: t("各党委整改措施报告按时情况", "Rectification measures per committee"),
                    kind: .stackedBars(
                        rows: rollup.rows.map { ($0.report.conductor.name, tallyValues($0.report.measures)) },
                        series: tallySeries))))
        doc.add(.heading(1, t("二、逾期最久的事项", "2. The most overdue items")))
        let worst = rollup.rows.flatMap { row in row.worstOverdue.map { (row.report.conductor.name, $0) } }
        if worst.isEmpty {
            doc.add(.paragraph(t("无逾期未完成的事项。", "Nothing is overdue.")))
        } else {
            doc.add(
                .table(
                    [t("党委（党组）", "committee")] + openHeaders,
                    worst.map { [$0.0] + openRow($0.1) }))
        }
        doc.add(.heading(1, t("说明", "Note")))
        doc.add(.paragraph(basis(rollup.packs, asOf: rollup.asOf)))
        if !rollup.yearsWithoutData.isEmpty { doc.add(.paragraph(yearsNote(rollup.yearsWithoutData))) }
        return doc
    }

    // MARK: JSON

    public func annualJSON(_ report: AnnualReport) -> String {
        JSONWriter.document(
            [
                ("asOf", .string(report.asOf.description)), ("year", number(report.year)),
                ("packs", FindingViews.packs(report.packs)),
            ] + figures(report))
    }

    public func rollupJSON(_ rollup: Rollup) -> String {
        JSONWriter.document([
            ("asOf", .string(rollup.asOf.description)), ("year", number(rollup.year)),
            ("under", .object([("id", .string(rollup.under.id)), ("name", .string(rollup.under.name))])),
            ("packs", FindingViews.packs(rollup.packs)),
            (
                "committees",
                .array(
                    rollup.rows.map { row in
                        .object(
                            [("depth", number(row.depth)), ("nothingRecorded", .bool(row.report.nothingRecorded))]
                                + figures(row.report)
                                + [("worstOverdue", .array(row.worstOverdue.map(findingJSON)))])
                    })
            ),
        ])
    }

    private func number(_ value: Int) -> JSONValue { .number(String(value)) }

    private func tallyJSON(_ tally: Tally) -> JSONValue {
        .object([
            ("onTime", number(tally.onTime)), ("late", number(tally.late)), ("overdue", number(tally.overdue)),
            ("open", number(tally.open)), ("dueSoon", number(tally.dueSoon)), ("undated", number(tally.undated)),
            ("onTimeRate", tally.onTimeRate.map { .number(rateText($0)) } ?? .null),
        ])
    }

    /// A rate to four decimals, written the same on every machine.
    private func rateText(_ rate: Double) -> String {
        let tenThousandths = Int((rate * 10000).rounded())
        let fraction = String(tenThousandths % 10000)
        return "\(tenThousandths / 10000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    private func findingJSON(_ finding: Finding) -> JSONValue {
        .object(FindingViews.members(finding, language))
    }

    private func figures(_ r: AnnualReport) -> [(key: String, value: JSONValue)] {
        func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        func date(_ date: CivilDate?) -> JSONValue { string(date?.description) }
        let coverage: JSONValue =
            r.coverage.map { c in
                .object([
                    ("term", c.term.map { .object([("from", date($0.from)), ("to", date($0.to))]) } ?? .null),
                    ("organizations", number(c.organizations)), ("covered", number(c.covered)),
                    (
                        "gaps",
                        .array(
                            c.gaps.map { gap in
                                .object([
                                    ("organization", .string(gap.organization)), ("name", .string(gap.name)),
                                    ("topLeader", string(gap.topLeader)), ("planned", string(gap.planned)),
                                    ("lastRegularTalk", string(gap.lastRegularTalk)),
                                ])
                            })
                    ),
                ])
            } ?? .null
        return [
            ("conductor", .object([("id", .string(r.conductor.id)), ("name", .string(r.conductor.name))])),
            (
                "talks",
                .object([
                    ("regular", number(r.regularTalks)), ("timely", number(r.timelyTalks)),
                    (
                        "byTalker",
                        .array(
                            r.byTalker.map {
                                .object([
                                    ("person", .string($0.person)), ("name", .string($0.name)),
                                    ("regular", number($0.regular)), ("timely", number($0.timely)),
                                ])
                            })
                    ),
                    (
                        "byMonth",
                        .array(
                            r.monthly.map { .object([("regular", number($0.regular)), ("timely", number($0.timely))]) })
                    ),
                ])
            ),
            ("coverage", coverage),
            (
                "plan",
                .object([
                    ("tally", tallyJSON(r.planTally)),
                    (
                        "items",
                        .array(
                            r.plans.map { plan in
                                .object([
                                    ("id", .string(plan.id)), ("organization", .string(plan.organization)),
                                    ("due", date(plan.due)), ("done", date(plan.done)),
                                    ("status", .string(plan.status.rawValue)),
                                    ("days", plan.days.map(number) ?? .null),
                                ])
                            })
                    ),
                ])
            ),
            (
                "triggers",
                .object([
                    ("tally", tallyJSON(r.triggerTally)),
                    (
                        "items",
                        .array(
                            r.triggers.map { row in
                                .object([
                                    ("id", .string(row.id)), ("organization", .string(row.organization)),
                                    ("kind", .string(row.kind.rawValue)), ("on", date(row.on)),
                                    ("talk", string(row.talk)), ("talker", string(row.talker)),
                                    ("done", date(row.done)),
                                    ("daysToTalk", row.daysToTalk.map(number) ?? .null), ("due", date(row.due)),
                                    ("status", .string(row.status.rawValue)),
                                ])
                            })
                    ),
                ])
            ),
            ("measures", tallyJSON(r.measures)),
            ("reports", tallyJSON(r.reports)),
            ("accountability", .array(r.accountability.map(findingJSON))),
            ("committeeFailures", .array(r.committeeFailures.map(findingJSON))),
            ("openItems", .array(r.openItems.map(findingJSON))),
            // The document lists only these; the rest it counts.
            ("openItemsListed", number(r.pressingItems.count)), ("openItemsDueLater", number(r.laterItems.count)),
            (
                "findings",
                .object(Severity.allCases.map { ($0.rawValue, number(r.findingCounts[$0] ?? 0)) })
            ),
        ]
    }
}

/// A rule's message without the ids the engine puts after each name ("南屏市委（np）"): the names
/// say it to a reader, and the report's or copy's own column gives the record's id.
func textWithoutIDs(_ message: Message, _ facts: Facts, _ language: Language) -> String {
    let text = message.text(language)
    let (open, close) = language == .zh ? ("（", "）") : (" (", ")")
    var out = ""
    var rest = text[...]
    while let start = rest.range(of: open) {
        out += rest[..<start.lowerBound]
        guard let end = rest[start.upperBound...].range(of: close) else {
            rest = rest[start.lowerBound...]
            break
        }
        let inside = String(rest[start.upperBound..<end.lowerBound])
        if facts.organization(inside) == nil && facts.person(inside) == nil {
            out += rest[start.lowerBound..<end.upperBound]
        }
        rest = rest[end.upperBound...]
    }
    return out + rest
}
