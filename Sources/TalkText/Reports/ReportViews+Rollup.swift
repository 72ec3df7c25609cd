import TalkModel
import TalkRules

/// The roll-up of many committees' sections.
extension ReportViews {
    public func rollup(_ rollup: Rollup) -> ReportDocument {
        var doc = ReportDocument(
            title: t(
                "\(rollup.under.name)所属党委（党组）\(rollup.year)年度监督谈话情况汇总",
                "\(rollup.under.name): supervision talks of the committees below, \(rollup.year)"),
            language: language)
        // (Lazily: a row holds a committee's whole report, and copies of 17,000 of them at scale 4
        // of the bench were a tenth of writing the roll-up.)
        // (Named as in the rows, a dissolved one with its day: helper-210, "江州市委、江州市委".)
        let blank = Array(rollup.rows.lazy.filter(\.nothingReported).map(committee))
        let alone = Array(rollup.rows.lazy.filter(\.noOneToTalkTo).map(committee))
        let under = rollup.under.name
        doc.add(
            .paragraph(
                t(
                    "\(rollup.under.name)所属党委（党组）共\(rollup.rows.count)个，\(rollup.year)年度开展监督谈话情况汇总如下。统计截至\(prose(rollup.asOf))。",
                    "The \(rollup.rows.count) committees below \(rollup.under.name) and their supervision talks in \(rollup.year), as of \(prose(rollup.asOf))."
                )
                    // (Under a committee dissolved since, said: helper-211.)
                    + (rollup.under.dissolved(before: rollup.asOf).map {
                        t("\(under)已于\(prose($0))撤销。", " \(under) was dissolved on \(prose($0)).")
                    } ?? "")
                    + (blank.isEmpty
                        ? ""
                        : t(
                            "其中\(blank.count)个本年度没有任何谈话、计划或情形记录（未报送）：\(blank.joined(separator: "、"))。",
                            " \(blank.count) recorded no talk, plan item or trigger for the year (nothing reported): \(blank.joined(separator: ", "))."
                        ))
                    + (alone.isEmpty
                        ? ""
                        : t(
                            "其中\(alone.count)个本年度没有下级组织，无须开展监督谈话：\(alone.joined(separator: "、"))。",
                            " \(alone.count) had no lower-level organization this year, so no talks to hold: \(alone.joined(separator: ", "))."
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
                // On every core, as the worst items below: a national roll-up has tens of thousands
                // of rows, each read from its committee's report.
                [[String]](concurrently: rollup.rows.count) { i in
                    let row = rollup.rows[i]
                    let r = row.report
                    let coverage = r.coverage.flatMap { c in
                        c.term == nil
                            ? nil
                            : "\(c.covered)/\(c.organizations)" + t("（", " (")
                                + percent(rate(c.covered, c.organizations)) + t("）", ")")
                    }
                    return [
                        String(repeating: "　", count: row.depth - 1) + committee(row),
                        row.noOneToTalkTo
                            ? t("无下级组织", "no lower level")
                            : r.nothingRecorded ? t("未报送/无记录", "nothing recorded") : t("已记录", "recorded"),
                        String(r.regularTalks), String(r.timelyTalks), coverage ?? "—", percent(r.planTally.onTimeRate),
                        percent(r.measures.onTimeRate), percent(r.reports.onTimeRate),
                        String(r.findingCounts[.violation] ?? 0), String(r.openItems.count { $0.status == .overdue }),
                    ]
                }, numeric: [2, 3, 5, 6, 7, 8, 9]))
        // Every row is judged by the same rules on the same day: with no coverage rule, no chart of zeros.
        if rollup.rows.allSatisfy(\.report.coverageRuleInForce) {
            doc.add(
                .chart(
                    Chart(
                        title: t("各党委本届覆盖情况", "Term coverage per committee"),
                        kind: .stackedBars(
                            rows: rollup.rows.map { row in
                                let c = row.report.coverage
                                return (row.report.conductor.name, [c?.covered ?? 0, c?.gaps.count ?? 0])
                            }, series: [t("已覆盖", "covered"), t("未覆盖", "not yet covered")]))))
        } else {
            doc.add(.paragraph(CoverageViews.noRule(rollup.asOf).text(language)))
        }
        doc.add(
            .chart(
                Chart(
                    title: t("各党委整改措施报告按时情况", "Rectification measures per committee"),
                    kind: .stackedBars(
                        rows: rollup.rows.map { ($0.report.conductor.name, tallyValues($0.report.measures)) },
                        series: tallySeries))))
        doc.add(.heading(1, t("二、逾期最久的事项", "2. The most overdue items")))
        let worst = [[[String]]](concurrently: rollup.rows.count) { i in
            let row = rollup.rows[i]
            // (A dissolved committee marked, as in the rows: a namesake set up again is another.)
            return row.worstOverdue.map { [committee(row)] + openRow($0) }
        }.flatMap { $0 }
        if worst.isEmpty {
            doc.add(.paragraph(t("无逾期未完成的事项。", "Nothing is overdue.")))
        } else {
            doc.add(.table([t("党委（党组）", "committee")] + openHeaders, worst))
        }
        doc.add(.heading(1, t("说明", "Note")))
        doc.add(.paragraph(basis(rollup.packs, asOf: rollup.asOf)))
        if !rollup.yearsWithoutData.isEmpty { doc.add(.paragraph(yearsNote(rollup.yearsWithoutData))) }
        return doc
    }

    /// A row's committee by name, followed by the day it was dissolved when it was (a committee set
    /// up again under the same name is another row).
    private func committee(_ row: Rollup.Row) -> String {
        row.report.conductor.name + (row.dissolved.map { t("（\(prose($0))撤销）", " (dissolved \(prose($0)))") } ?? "")
    }
}
