import TalkModel
import TalkRules

/// Term coverage (Art. 5 ¶2) per conductor: a table, the JSON of `spec/cli.md`, CSV.
public enum CoverageViews {
    public static func json(_ report: CoverageReport) -> String {
        let conductors = report.conductors.map { conductor -> JSONValue in
            .object([
                ("id", .string(conductor.id)),
                ("name", .string(conductor.name)),
                (
                    "term",
                    conductor.term.map {
                        .object([("from", .string($0.from.description)), ("to", .string($0.to.description))])
                    } ?? .null
                ),
                ("daysToTermEnd", conductor.term.map { .number(String(report.asOf.days(to: $0.to))) } ?? .null),
                // (Without a term nothing is judged: no figure, not even a zero; helper-217: 0 beside
                // the roll-up's lowerLevel 1.)
                ("organizations", conductor.term == nil ? .null : .number(String(conductor.organizations))),
                ("covered", conductor.term == nil ? .null : .number(String(conductor.covered))),
                (
                    "gaps",
                    .array(
                        conductor.gaps.map { gap in
                            .object([
                                ("organization", .string(gap.organization)),
                                ("name", .string(gap.name)),
                                ("topLeader", gap.topLeader.map(JSONValue.string) ?? .null),
                                ("planned", gap.planned.map(JSONValue.string) ?? .null),
                                ("carriedOut", gap.carriedOut.map(JSONValue.string) ?? .null),
                                ("lastRegularTalk", gap.lastRegularTalk.map(JSONValue.string) ?? .null),
                                ("transferredFrom", gap.transferredFrom.map(JSONValue.string) ?? .null),
                            ])
                        })
                ),
            ])
        }
        // (With --conductor, the day it was dissolved, or null: an empty list is then explained.)
        let dissolved: [(String, JSONValue)] =
            report.asked == nil ? [] : [("dissolved", report.askedDissolved.map { .string($0.description) } ?? .null)]
        return JSONWriter.document(
            [("asOf", .string(report.asOf.description)), ("ruleInForce", .bool(report.ruleInForce))] + dissolved
                + [("conductors", .array(conductors))])
    }

    /// What the coverage views and the annual report say when no rule plays `coverage` on the
    /// as-of date: coverage is not judged, so no figure is given, not even a zero.
    public static func noRule(_ asOf: CivilDate) -> Message {
        Message(
            zh: "截至\(asOf.chinese)没有生效的覆盖规则（规则包尚未施行，或没有规则承担 report coverage：已被地方规则包停用），不评判届内覆盖情况。",
            en:
                "No coverage rule is in force on \(asOf) (the rule packs take effect later, or no rule plays `report coverage`: a local pack switched it off), so term coverage is not judged."
        )
    }

    public static func table(_ report: CoverageReport, _ facts: Facts, _ language: Language) -> String {
        let zh = language == .zh
        var out =
            zh
            ? "届内定期谈话覆盖情况（截至\(report.asOf.chinese)）\n" : "Term coverage of regular talks (as of \(report.asOf))\n"
        if !report.ruleInForce {
            out += "\n" + noRule(report.asOf).text(language) + "\n"
        }
        for conductor in report.conductors {
            out += "\n" + "\(conductor.name)（\(conductor.id)）".inline
            guard let term = conductor.term else {
                out += zh ? "：无包含该日的届期记录，无法判断覆盖\n" : ": no term contains this date, so coverage is not judged\n"
                continue
            }
            let left = report.asOf.days(to: term.to)
            out +=
                zh
                ? "  本届 \(term.from.chinese)至\(term.to.chinese)，距届满 \(left) 天：应覆盖 \(conductor.organizations) 个，已覆盖 \(conductor.covered) 个，未覆盖 \(conductor.gaps.count) 个\n"
                : "  term \(term.from) to \(term.to), \(counted(left, "day")) to its end: \(conductor.covered) of \(conductor.organizations) covered, \(counted(conductor.gaps.count, "gap"))\n"
            guard !conductor.gaps.isEmpty else { continue }
            var table = TextTable(
                headers: zh
                    ? ["未覆盖组织", "一把手", "本年计划", "最近一次定期谈话", "严重程度"]
                    : ["organization", "top leader", "planned this year", "last regular talk", "severity"])
            for gap in conductor.gaps {
                let leader = gap.topLeader.flatMap { facts.person($0) }.map { "\($0.name)（\($0.id)）" } ?? ""
                table.append([
                    "\(gap.name)（\(gap.organization)）"
                        + (gap.transferredFrom.map { zh ? "，届中由 \($0) 划入" : ", moved here from \($0) this term" } ?? ""),
                    leader,
                    gap.planned ?? gap.carriedOut.map { zh ? "\($0) 已落实" : "\($0) carried out" }
                        ?? (zh ? "未列入计划" : "not planned"), gap.lastRegularTalk ?? (zh ? "无" : "none"),
                    gap.severity?.label.text(language) ?? "",
                ])
            }
            out += table.render()
        }
        if let said = nothingToCover(report, facts) { out += "\n" + said.text(language) + "\n" }
        return out
    }

    /// The conductors whose coverage is not judged for want of a term, said beside a sheet of gaps,
    /// which has no row for them (helper-217: left out without a word).
    public static func unjudged(_ report: CoverageReport) -> Message? {
        let without = report.conductors.filter { $0.term == nil }.map { "\($0.name)（\($0.id)）".inline }
        guard !without.isEmpty else { return nil }
        return Message(
            zh: "注意：\(without.joined(separator: "、"))在\(report.asOf.chinese)没有包含该日的届期记录，未评判覆盖情况，表中没有其行",
            en: "note: no term of \(without.joined(separator: ", ")) contains \(report.asOf), so its coverage is not "
                + "judged and the sheet has no row of it")
    }

    /// Why a report with coverage judged lists no conductor (a township's committee asked for, one
    /// dissolved, a store of one level), nil when it lists one or coverage is not judged: said, not
    /// left as a title alone, and beside an empty sheet.
    public static func nothingToCover(_ report: CoverageReport, _ facts: Facts) -> Message? {
        guard report.ruleInForce && report.conductors.isEmpty else { return nil }
        let date = (zh: report.asOf.chinese, en: report.asOf.description)
        guard let id = report.asked else {
            return Message(
                zh: "存储中没有在\(date.zh)有下一级党组织的党组织，没有需要覆盖的“一把手”。",
                en:
                    "No organization in the store has lower-level organizations on \(date.en): there is no top leader to cover."
            )
        }
        let who = "\(facts.organization(id)?.name ?? id)（\(id)）".inline
        // (One dissolved is said to be: helper-210, told only it had no lower level.)
        if let dissolved = report.askedDissolved {
            return Message(
                zh: "\(who)已于\(dissolved.chinese)撤销，没有需要覆盖的“一把手”；其原下级组织由其现在的上级党组织覆盖。",
                en:
                    "\(who) was dissolved on \(dissolved): there is no top leader for it to cover; its former lower-level organizations are covered by their present parents."
            )
        }
        return Message(
            zh: "\(who)在\(date.zh)没有下一级党组织，没有需要覆盖的“一把手”。",
            en: "\(who) has no lower-level organizations on \(date.en): there is no top leader to cover.")
    }

    /// The gaps as a sheet (CSV or a workbook), one row per gap with its conductor's figures;
    /// headers and values in the reader's language, as `FindingViews.table` does.
    public static func table(_ report: CoverageReport, _ language: Language) -> SheetTable {
        let zh = language == .zh
        var rows: [[SheetCell]] = []
        for conductor in report.conductors {
            let base: [SheetCell] = [
                .text(conductor.id), .date(conductor.term?.from), .date(conductor.term?.to),
                .number(conductor.organizations), .number(conductor.covered),
            ]
            for gap in conductor.gaps {
                rows.append(
                    base + [
                        .text(gap.organization), .text(gap.name), .text(gap.topLeader ?? ""), .text(gap.planned ?? ""),
                        .text(gap.lastRegularTalk ?? ""), .number(conductor.term.map { report.asOf.days(to: $0.to) }),
                        .text((zh ? gap.severity?.label.zh : gap.severity?.rawValue) ?? ""),
                        .text(gap.carriedOut ?? ""),
                    ])
            }
        }
        return SheetTable(
            name: zh ? "覆盖缺口" : "coverage gaps",
            header: zh
                ? [
                    "党委（党组）", "届期起", "届期止", "应覆盖", "已覆盖", "未覆盖组织编号", "未覆盖组织", "一把手", "本年计划", "最近一次定期谈话",
                    "距届满天数", "严重程度", "本年计划已落实",
                ]
                : [
                    "conductor", "termFrom", "termTo", "organizations", "covered", "organization", "name", "topLeader",
                    "planned", "lastRegularTalk", "daysToTermEnd", "severity", "carriedOut",
                ],
            rows: rows)
    }
}

/// Every rule that applies to one talk, met or not, with the facts and arithmetic behind each.
public enum ExplainView {
    public static func text(_ talk: Talk, _ result: CheckResult, _ facts: Facts, _ language: Language) -> String {
        let zh = language == .zh
        let conductor = (facts.organization(talk.conductor)?.name ?? talk.conductor).inline
        let organization = (facts.organization(talk.organization)?.name ?? talk.organization).inline
        let id = talk.id.inline
        let kind = TalkKind(rawValue: talk.kind.rawValue)!.label.text(language)
        // A talk of several days with its last, from which its deadlines run (helper-232: the first alone).
        let days =
            talk.ended == talk.held
            ? talk.held.prose(language)
            : zh ? "\(talk.held.chinese)至\(talk.ended.chinese)" : "\(talk.held) to \(talk.ended)"
        var out =
            zh
            ? "谈话 \(id)：\(conductor) → \(organization)，\(kind)，\(days)（截至\(result.asOf.chinese)）\n"
            : "Talk \(id): \(conductor) → \(organization), \(kind), \(days) (as of \(result.asOf))\n"
        out +=
            (zh ? "规则包：" : "Rule packs: ") + result.packs.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
            + "\n"
        if result.findings.isEmpty {
            // Which it is (helper-232: "or", both said).
            let why: Message
            if talk.held > result.asOf {
                why = Message(zh: "它在该日尚未举行", en: "it had not been held by then")
            } else if let start = result.packs.first?.effective, result.asOf < start {
                // (Asked of a day before the measures: helper-233, "no rule's scope".)
                why = Message(
                    zh: "查询日在本办法施行日 \(start.chinese)（第二十条）之前",
                    en: "the day asked about is before the measures took effect on \(start) (Art. 20)")
            } else if let start = result.packs.first?.effective, talk.ended < start {
                why = Message(
                    zh: "它在本办法施行日 \(start.chinese)（第二十条）前结束",
                    en: "it ended before the measures took effect on \(start) (Art. 20)")
            } else {
                why = Message(zh: "它不在任何规则的评判范围（scope）内", en: "no rule's scope takes it in")
            }
            out += zh ? "\n没有规则评判这次谈话：\(why.zh)。\n" : "\nNo rule judges this talk: \(why.en).\n"
            return out
        }
        // Held after the day asked about, it is judged by none of its own rules: those shown are of
        // the plan item or triggers it names (helper-217: they read as the talk's verdicts).
        if talk.held > result.asOf {
            out +=
                zh
                ? "\n这次谈话在\(result.asOf.chinese)尚未举行，其本身不受评判；以下是它所落实的计划事项、所回应的情形的规则。\n"
                : "\nThis talk had not been held by \(result.asOf), so none of its own rules judges it; below are the rules of the plan item or triggers it names.\n"
        }
        for finding in result.findings {
            let mark =
                switch finding.status {
                case .met: "✓"
                case .notApplicable: "–"
                case .open: "…"
                // (A fact told, not a failure: helper-229, "✗ info" on a talk out of scope.)
                case .info: "ℹ"
                default: "✗"
                }
            var head = "\(mark) \(FindingViews.status(finding, language))"
            if let severity = finding.severity { head += " [\(severity.label.text(language))]" }
            let subject =
                finding.subjectType == .talk
                ? ""
                : zh
                    ? "（\(finding.subjectType.label.zh) \(finding.subjectID.inline)）"
                    : " (\(finding.subjectType.rawValue) \(finding.subjectID.inline))"
            let item = zh ? "\(finding.label.zh)（\(finding.rule)）" : "\(finding.label.en) (\(finding.rule))"
            out += "\n\(head)  \(item)  \(finding.article)\(subject)\n"
            if finding.status != .notApplicable {
                out += "  “\(finding.quote.inline)”\n"
                // Only a finding states its rule's message: an open deadline shows its dates in
                // the explanation below, not a sentence written for the deadline missed. Each is one
                // indented line, whatever names (or a local rule's text) it holds.
                if let message = finding.message { out += "  \(message.text(language).inline)\n" }
                if let note = finding.note { out += "  \(note.text(language).inline)\n" }
            }
            for line in finding.explanation { out += "  · \(line.text(language).inline)\n" }
        }
        return out
    }

    public static func json(_ talk: Talk, _ result: CheckResult, _ language: Language) -> String {
        JSONWriter.document([
            ("asOf", .string(result.asOf.description)),
            ("talk", .string(talk.id)),
            ("packs", FindingViews.packs(result.packs)),
            ("rules", .array(result.findings.map { .object(FindingViews.members($0, language)) })),
        ])
    }
}
