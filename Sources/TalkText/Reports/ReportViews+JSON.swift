import TalkModel
import TalkRules

/// The reports as JSON, for scripts.
extension ReportViews {
    /// With `confidential`, the appendix too (`confidential`: each talk's problems and
    /// requirements, Art. 16), as the documents carry it (helper-171: the JSON left it out).
    public func annualJSON(_ report: AnnualReport, confidential: Bool = false) -> String {
        let appendix: [(key: String, value: JSONValue)] =
            confidential
            ? [
                (
                    "confidential",
                    .array(
                        appendixTalks(report).map { talk in
                            .object([
                                ("talk", .string(talk.id)), ("held", .string(talk.held.description)),
                                ("organization", .string(talk.organization)), ("talkee", .string(talk.talkee)),
                                ("problems", .array(talk.problems.map(JSONValue.string))),
                                ("requirements", .array(talk.requirements.map(JSONValue.string))),
                            ])
                        })
                )
            ] : []
        return JSONWriter.document(
            [
                ("asOf", .string(report.asOf.description)), ("year", number(report.year)),
                ("packs", FindingViews.packs(report.packs)),
                ("dissolved", report.dissolved.map { .string($0.description) } ?? .null),
            ] + figures(report) + appendix)
    }

    /// The roll-up appended to `stream`, each committee's object made as its line is written, on
    /// every core (`JSONWriter.Member.lines`): under the centre, 131 MB at scale 1 of the bench,
    /// which was held whole as objects and as text (1.2 GB at its peak).
    public func rollupJSON<Failure: Error>(_ rollup: Rollup, to stream: inout TextStream<Failure>) throws(Failure) {
        let rows = rollup.rows
        try JSONWriter.document(
            [
                ("asOf", .value(.string(rollup.asOf.description))), ("year", .value(number(rollup.year))),
                ("under", .value(.object([("id", .string(rollup.under.id)), ("name", .string(rollup.under.name))]))),
                ("packs", JSONWriter.Member(FindingViews.packs(rollup.packs))),
                (
                    "committees",
                    .lines(count: rows.count) { i in
                        .object(
                            [
                                ("depth", number(rows[i].depth)), ("lowerLevel", number(rows[i].lowerLevel)),
                                ("nothingRecorded", .bool(rows[i].report.nothingRecorded)),
                                ("dissolved", rows[i].dissolved.map { .string($0.description) } ?? .null),
                            ]
                                + figures(rows[i].report)
                                + [("worstOverdue", .array(rows[i].worstOverdue.map(findingJSON)))])
                    }
                ),
            ], to: &stream)
    }

    func number(_ value: Int) -> JSONValue { .number(String(value)) }

    func tallyJSON(_ tally: Tally) -> JSONValue {
        .object([
            ("onTime", number(tally.onTime)), ("late", number(tally.late)), ("overdue", number(tally.overdue)),
            ("open", number(tally.open)), ("dueSoon", number(tally.dueSoon)), ("undated", number(tally.undated)),
            ("notApplicable", number(tally.notApplicable)),
            ("onTimeRate", tally.onTimeRate.map { .number(rateText($0)) } ?? .null),
        ])
    }

    /// A rate to four decimals, written the same on every machine.
    func rateText(_ rate: Double) -> String {
        let tenThousandths = Int((rate * 10000).rounded())
        let fraction = String(tenThousandths % 10000)
        return "\(tenThousandths / 10000).\(String(repeating: "0", count: 4 - fraction.count))\(fraction)"
    }

    func findingJSON(_ finding: Finding) -> JSONValue {
        .object(FindingViews.members(finding, language))
    }

    func figures(_ r: AnnualReport) -> [(key: String, value: JSONValue)] {
        func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
        func date(_ date: CivilDate?) -> JSONValue { string(date?.description) }
        let coverage: JSONValue =
            r.coverage.map { c in
                .object([
                    ("term", c.term.map { .object([("from", date($0.from)), ("to", date($0.to))]) } ?? .null),
                    // (Without a term nothing is judged: no figure, as `coverage --format json` gives.)
                    ("organizations", c.term == nil ? .null : number(c.organizations)),
                    ("covered", c.term == nil ? .null : number(c.covered)),
                    (
                        "gaps",
                        .array(
                            c.gaps.map { gap in
                                .object([
                                    ("organization", .string(gap.organization)), ("name", .string(gap.name)),
                                    ("topLeader", string(gap.topLeader)), ("planned", string(gap.planned)),
                                    ("carriedOut", string(gap.carriedOut)),
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
            ("coverage", coverage), ("coverageRuleInForce", .bool(r.coverageRuleInForce)),
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
/// say it to a reader, and the report's or copy's own column gives the record's id. The reports
/// and copies pass findings, which have a message; nil (an outcome that is not a finding) is no text.
func textWithoutIDs(_ message: Message?, _ facts: Facts, _ language: Language) -> String {
    guard let text = message?.text(language) else { return "" }
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
