import TalkModel
import TalkRules

/// The work list of `talks overdue`: per committee a count line and a table of who owes what by
/// when, the notes once beneath; or an iCalendar file of the same items.
public enum WorkListViews {
    // MARK: Table

    /// Each committee once, with its counts, its items most overdue first, then those due soon;
    /// appended to `stream` a committee at a time.
    public static func table<Failure: Error>(
        _ list: WorkList, _ language: Language, colour: Bool = false, to stream: inout TextStream<Failure>
    ) throws(Failure) {
        let zh = language == .zh
        let result = list.result
        try stream.append(FindingViews.heading(result, language))
        if list.groups.isEmpty {
            try stream.append(zh ? "\n没有逾期或即将到期的事项。\n" : "\nNothing is overdue or due soon.\n")
            return
        }
        for group in list.groups {
            let counts = Severity.allCases.filter { group.count($0) > 0 }
                .map { "\($0.label.text(language)) \(group.count($0))" }
            let figures =
                zh
                ? "已逾期 \(group.overdue) 项，即将到期 \(group.dueSoon) 项"
                : "\(group.overdue) overdue, \(group.dueSoon) due soon"
            let dissolved = group.dissolved.map { zh ? "，\($0)撤销" : ", dissolved \($0)" } ?? ""
            var out = "\n" + "\(group.name)（\(group.conductor)\(dissolved)）".inline
            out += zh ? "：" : ": "
            out +=
                (counts.isEmpty ? "" : counts.joined(separator: zh ? "，" : ", ") + (zh ? "；" : "; ")) + figures + "\n"
            var table = TextTable(
                headers: zh
                    ? ["严重程度", "下级党组织", "对象", "事项", "到期日", "状态", "编号"]
                    : ["severity", "organization", "person", "item", "due", "status", "ref"])
            for item in group.items {
                // Names are cut to fit 120 columns; the reference column names the record in full.
                table.append([
                    item.finding.severity?.label.text(language) ?? "",
                    DisplayWidth.truncated(
                        (item.organizationName ?? "")
                            + (item.organizationDissolved ? (zh ? "（已撤销）" : " (dissolved)") : ""),
                        to: 24),
                    DisplayWidth.truncated(item.person ?? "", to: 16),
                    item.finding.label.text(language), FindingViews.due(item.finding, language),
                    days(item.daysLeft, language), item.finding.subjectID,
                ])
            }
            if colour { FindingViews.tintSeverities(&table, language) }
            out += table.render()
            try stream.append(out)
        }
        try stream.append(
            FindingViews.notes(result.notes, language) + "\n" + FindingViews.summaryLine(result, language) + "\n")
    }

    /// How far a due date is: 已逾期 37 天, 今日到期, 尚余 5 天.
    public static func days(_ left: Int, _ language: Language) -> String {
        switch (left, language) {
        case (..<0, .zh): "已逾期 \(-left) 天"
        case (-1, .en): "1 day overdue"
        case (..<0, .en): "\(-left) days overdue"
        case (0, .zh): "今日到期"
        case (0, .en): "due today"
        case (_, .zh): "尚余 \(left) 天"
        case (1, .en): "1 day left"
        default: "\(left) days left"
        }
    }

    // MARK: iCalendar

    /// The items as an iCalendar file (RFC 5545): one all-day event on each item's due date,
    /// with a UID that stays the same from run to run (`rule.subject@conductor.talks`), so a calendar
    /// that imports it again updates its events instead of doubling them; the conductor tells apart
    /// two committees' stores that number their talks alike (helper-217: one calendar importing both
    /// lists kept one event of two). Names of organizations and
    /// the item only; no person's name and no confidential text, as calendars are often synced
    /// to services outside the office. Stamped with the as-of date, never the clock. Appended to
    /// `stream` an event at a time. The days are China's (the as-of day is China Standard Time's),
    /// said by a VTIMEZONE, which also keeps a list with nothing due a calendar: RFC 5545 §3.6 asks
    /// one component of it at least (helper-232: an empty VCALENDAR, refused by strict readers).
    public static func iCalendar<Failure: Error>(
        _ list: WorkList, _ language: Language, to stream: inout TextStream<Failure>
    ) throws(Failure) {
        let zh = language == .zh
        let stamp = basic(list.asOf) + "T000000Z"
        func append(_ lines: [String]) throws(Failure) {
            try stream.append(lines.map { folded($0) + "\r\n" }.joined())
        }
        try append([
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//talks//work list//\(language.rawValue.uppercased())",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escaped(zh ? "监督谈话待办事项" : "Supervision talks: work list"),
            "BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "BEGIN:STANDARD", "DTSTART:19700101T000000",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "END:STANDARD", "END:VTIMEZONE",
        ])
        for group in list.groups {
            for item in group.items {
                let finding = item.finding
                // Names and ids are values inside the event's lines (`inline`): a line break in one
                // would be a line of the calendar's description, not part of the name.
                let organization = (item.organizationName ?? group.name).inline
                // A date in a year without a holiday notice may move when the notice comes.
                let provisional =
                    finding.provisional
                    ? [zh ? "到期日暂定：尚无该年的国务院放假通知" : "provisional due date: no holiday notice for its year yet"] : []
                let description =
                    [
                        group.name.inline, finding.article,
                        days(item.daysLeft, language) + (zh ? "（截至" : " (as of ")
                            + list.asOf.prose(language) + (zh ? "）" : ")"),
                        (zh ? "编号 " : "ref ") + finding.subjectID.inline,
                    ] + provisional
                try append([
                    "BEGIN:VEVENT",
                    "UID:"
                        + escaped(
                            "\(finding.rule).\(finding.subjectID.inline)@\(finding.conductor.map { "\($0.inline)." } ?? "")talks"
                        ),
                    "DTSTAMP:" + stamp,
                    "DTSTART;VALUE=DATE:" + basic(finding.due!),
                    "DTEND;VALUE=DATE:" + basic(finding.due!.adding(days: 1) ?? finding.due!),
                    "SUMMARY:"
                        + escaped(
                            finding.label.text(language) + (zh ? "：" : ": ") + organization
                                + (finding.provisional ? (zh ? "（暂定）" : " (provisional)") : "")),
                    "DESCRIPTION:" + escaped(description.joined(separator: "\n")),
                    "CATEGORIES:"
                        + escaped(finding.severity?.label.text(language) ?? finding.status.label.text(language)),
                    "TRANSP:TRANSPARENT",
                    "END:VEVENT",
                ])
            }
        }
        try append(["END:VCALENDAR"])
    }

    /// A date as iCalendar writes it: 20261121.
    private static func basic(_ date: CivilDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// A TEXT value escaped as RFC 5545 §3.3.11 asks: backslash, semicolon, comma, line break.
    /// Control characters cannot be written in a TEXT value, and a calendar would obey a format
    /// character (U+202E reversing the event's title) or a line separator: every hidden character
    /// but the line breaks the text has as its own is first written visibly (`VisibleText`), as
    /// on a terminal, so a calendar shows `\u{202E}` where the name holds one.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in VisibleText.escaped(text, keepingLineBreaks: true).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line folded at 75 octets (RFC 5545 §3.1), never inside a character's UTF-8 bytes:
    /// each continuation starts with a space, which counts toward its 75.
    static func folded(_ line: String) -> String {
        var out = ""
        var octets = 0
        for character in line.unicodeScalars {
            let size = String(character).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(character)
            octets += size
        }
        return out
    }
}
