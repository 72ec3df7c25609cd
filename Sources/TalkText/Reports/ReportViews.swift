import TalkModel
import TalkRules

/// The annual section (Art. 13 ¶2) and the roll-up (Art. 14–15) as documents and as JSON.
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

    private func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    private func status(_ status: Finding.Status, days: Int?) -> String {
        let label = status == .notApplicable ? t("未定时限", "no deadline") : status.label.text(language)
        guard let days, status == .late || status == .overdue else { return label }
        return label + t(" \(days) 天", " \(days) days")
    }

    /// "按时 5，逾期完成 1，逾期未完成 2，未到期 3（其中即将到期 1）".
    private func tallyText(_ tally: Tally) -> String {
        var parts = [
            t("按时 \(tally.onTime)", "on time \(tally.onTime)"), t("逾期完成 \(tally.late)", "late \(tally.late)"),
            t("逾期未完成 \(tally.overdue)", "overdue \(tally.overdue)"),
            t("未到期 \(tally.open)", "not yet due \(tally.open)")
                + (tally.dueSoon > 0 ? t("（其中即将到期 \(tally.dueSoon)）", " (due soon \(tally.dueSoon))") : ""),
        ]
        if tally.undated > 0 { parts.append(t("未定时限 \(tally.undated)", "no deadline \(tally.undated)")) }
        return parts.joined(separator: t("，", ", ")) + t("；按时率 ", "; on-time rate ") + percent(tally.onTimeRate)
    }

    private var tallySeries: [String] {
        [t("按时", "on time"), t("逾期完成", "late"), t("逾期未完成", "overdue"), t("未到期", "not yet due")]
    }

    private func tallyValues(_ tally: Tally) -> [Int] { [tally.onTime, tally.late, tally.overdue, tally.open] }

    // MARK: Annual section

    public func annual(_ report: AnnualReport) -> ReportDocument {
        let name = report.conductor.name
        var doc = ReportDocument(
            title: t("\(name)\(report.year)年度开展监督谈话情况", "\(name): supervision talks in \(report.year)"),
            language: language)
        doc.add(
            .paragraph(
                t(
                    "统计截至 \(report.asOf)。依据《党委（党组）对下级党组织“一把手”开展监督谈话工作办法》，按规则包 \(packList(report.packs)) 评判；各项数字与同日 talks check 的结果一致。",
                    "Figures as of \(report.asOf), judged under the measures on supervision talks by the rule packs \(packList(report.packs)); they agree with talks check on the same day."
                )))

        doc.add(.heading(1, t("一、开展谈话总体情况", "1. Talks held")))
        doc.add(
            .paragraph(
                t(
                    "\(report.year)年共开展监督谈话 \(report.regularTalks + report.timelyTalks) 人次，其中定期谈话 \(report.regularTalks) 人次、及时谈话 \(report.timelyTalks) 人次。",
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
                        "本届任期 \(term.from) 至 \(term.to)。截至 \(report.asOf)，下一级党组织“一把手” \(coverage.organizations) 人，已开展定期谈话 \(coverage.covered) 人，覆盖率 \(percent(rate(coverage.covered, coverage.organizations)))；尚未覆盖 \(gaps.count) 人。",
                        "Current term \(term.from) to \(term.to). As of \(report.asOf), \(coverage.covered) of \(coverage.organizations) lower-level top leaders have had a regular talk (\(percent(rate(coverage.covered, coverage.organizations)))); \(gaps.count) remain."
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
                            t("本年度计划", "this year's plan"), t("最近一次定期谈话", "last regular talk"),
                        ],
                        gaps.map { gap in
                            [
                                gap.name, person(gap.topLeader), gap.planned ?? t("未列入", "not planned"),
                                gap.lastRegularTalk ?? "—",
                            ]
                        }))
            }
        } else {
            doc.add(
                .paragraph(
                    t(
                        "截至 \(report.asOf) 没有覆盖该日的届期记录，覆盖情况无法评判。",
                        "No term covering \(report.asOf) is recorded, so coverage cannot be judged.")))
        }

        doc.add(.heading(1, t("三、年度谈话计划执行情况", "3. The annual plan")))
        doc.add(
            .paragraph(
                t(
                    "\(report.year)年度计划事项 \(report.plans.count) 项：",
                    "\(report.plans.count) plan items for \(report.year): ")
                    + tallyText(report.planTally) + t("。", ".")))
        if !report.plans.isEmpty {
            doc.add(
                .table(
                    [
                        t("计划事项", "plan item"), t("谈话对象单位", "organization"), t("完成时限", "due"),
                        t("完成日期", "done"), t("状态", "status"),
                    ],
                    report.plans.map { plan in
                        [
                            plan.id, organization(plan.organization), date(plan.due), date(plan.done),
                            status(plan.status, days: plan.days),
                        ]
                    }))
        }

        doc.add(.heading(1, t("四、及时谈话情形及回应", "4. Triggers and timely talks")))
        let answered = report.triggers.filter { $0.daysToTalk != nil }
        let average =
            answered.isEmpty ? "—" : String(answered.map { $0.daysToTalk! }.reduce(0, +) / answered.count)
        doc.add(
            .paragraph(
                t(
                    "\(report.year)年记录需及时谈话的情形 \(report.triggers.count) 起，已开展及时谈话 \(answered.count) 起，平均间隔 \(average) 天；",
                    "\(report.triggers.count) situations calling for a timely talk were recorded in \(report.year); \(answered.count) were answered, after \(average) days on average; "
                ) + tallyText(report.triggerTally) + t("。", ".")))
        if !report.triggers.isEmpty {
            doc.add(
                .table(
                    [
                        t("情形", "trigger"), t("单位", "organization"), t("类别", "kind"), t("发现日期", "on"),
                        t("及时谈话", "timely talk"), t("间隔天数", "days"), t("状态", "status"),
                    ],
                    report.triggers.map { row in
                        [
                            row.id, organization(row.organization), row.kind.label.text(language), row.on.description,
                            row.talk.map { "\($0)（\(date(row.done))）" } ?? "—", row.daysToTalk.map(String.init) ?? "—",
                            status(row.status, days: nil),
                        ]
                    }, numeric: [5]))
        }

        doc.add(.heading(1, t("五、整改措施和整改情况报告", "5. Rectification reports")))
        doc.add(
            .bullets([
                t("整改措施（谈话后1个月内）：", "Rectification measures (within 1 month): ") + tallyText(report.measures),
                t("整改情况（谈话后3个月内）：", "Rectification reports (within 3 months): ") + tallyText(report.reports),
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
        if report.accountability.isEmpty {
            doc.add(.paragraph(t("未发现。", "None found.")))
        } else {
            doc.add(
                .table(
                    [t("谈话", "talk"), t("单位", "organization"), t("条款", "article"), t("情形", "finding")],
                    report.accountability.map {
                        [$0.subjectID, organization($0.organization), $0.article, $0.message.text(language)]
                    }))
        }

        doc.add(.heading(1, t("七、尚未完成的事项", "7. Open items")))
        doc.add(.paragraph(findingCountsText(report.findingCounts)))
        if report.openItems.isEmpty {
            doc.add(.paragraph(t("无。", "None.")))
        } else {
            doc.add(.table(openHeaders, report.openItems.map(openRow)))
        }
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
                    t("谈话", "talk"), t("日期", "held"), t("单位", "organization"), t("指出的问题", "problems pointed out"),
                    t("整改要求", "requirements"),
                ],
                talks.map { talk in
                    [
                        talk.id, talk.held.description, organization(talk.organization),
                        talk.problems.joined(separator: t("；", "; ")),
                        talk.requirements.joined(separator: t("；", "; ")),
                    ]
                }))
    }

    private var openHeaders: [String] {
        [t("到期日", "due"), t("状态", "status"), t("对象", "subject"), t("单位", "organization"), t("事项", "item")]
    }

    private func openRow(_ finding: Finding) -> [String] {
        [
            finding.due == nil ? "—" : FindingViews.due(finding, language), FindingViews.status(finding, language),
            "\(finding.subjectID)",
            organization(finding.organization), finding.message.text(language),
        ]
    }

    private func findingCountsText(_ counts: [Severity: Int]) -> String {
        let parts = Severity.allCases.map { "\($0.label.text(language)) \(counts[$0] ?? 0)" }
        return t("同日 talks check 对本党委的结论：", "talks check on the same day, for this committee: ")
            + parts.joined(separator: t("，", ", ")) + t("。", ".")
    }

    private func yearsNote(_ years: [Int]) -> String {
        HolidayCalendar.provisionalNote(years)?.text(language) ?? ""
    }

    private func packList(_ packs: [PackInfo]) -> String {
        packs.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
    }

    private func rate(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }

    // MARK: Roll-up

    public func rollup(_ rollup: Rollup) -> ReportDocument {
        var doc = ReportDocument(
            title: t(
                "\(rollup.under.name)所属党委（党组）\(rollup.year)年度监督谈话情况汇总",
                "\(rollup.under.name): supervision talks of the committees below, \(rollup.year)"),
            language: language)
        doc.add(
            .paragraph(
                t(
                    "统计截至 \(rollup.asOf)，共 \(rollup.rows.count) 个党委（党组），按规则包 \(packList(rollup.packs)) 评判；各项数字与同日 talks check 的结果一致。",
                    "As of \(rollup.asOf), \(rollup.rows.count) committees, judged by the rule packs \(packList(rollup.packs)); the figures agree with talks check on the same day."
                )))
        doc.add(.heading(1, t("一、对比", "1. Side by side")))
        doc.add(
            .table(
                [
                    t("党委（党组）", "committee"), t("定期谈话", "regular"), t("及时谈话", "timely"), t("本届覆盖", "term coverage"),
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
                        String(repeating: "　", count: row.depth - 1) + r.conductor.name, String(r.regularTalks),
                        String(r.timelyTalks), coverage ?? "—", percent(r.planTally.onTimeRate),
                        percent(r.measures.onTimeRate), percent(r.reports.onTimeRate),
                        String(r.findingCounts[.violation] ?? 0), String(r.openItems.count { $0.status == .overdue }),
                    ]
                }, numeric: [1, 2, 4, 5, 6, 7, 8]))
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
                            [("depth", number(row.depth))] + figures(row.report)
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
                                    ("talk", string(row.talk)), ("done", date(row.done)),
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
            ("openItems", .array(r.openItems.map(findingJSON))),
            (
                "findings",
                .object(Severity.allCases.map { ($0.rawValue, number(r.findingCounts[$0] ?? 0)) })
            ),
        ]
    }
}
