import TalkModel
import TalkRules

/// The rules and parameters in force, and where each comes from (`talks rules list`).
public enum RuleViews {
    public static func table(_ rules: RuleSet, _ language: Language) -> String {
        let zh = language == .zh
        var out = zh ? "规则包（按叠加顺序）：\n" : "Rule packs (in the order applied):\n"
        var packs = TextTable(
            headers: zh ? ["编号", "版本", "施行", "位置", "SHA-256"] : ["id", "version", "effective", "path", "SHA-256"])
        for pack in rules.packs {
            packs.append([pack.id, pack.version, pack.effective?.description ?? "", pack.path, pack.sha256])
        }
        out += packs.render()
        out += zh ? "\n参数：\n" : "\nParameters:\n"
        var parameters = TextTable(headers: zh ? ["参数", "值", "来源", "说明"] : ["parameter", "value", "set by", "note"])
        for parameter in rules.parameters {
            // One line a value, the later ones with the day their pack takes effect.
            for (i, dated) in parameter.values.enumerated() {
                // A period as people read it (1个月); other values are names or dates, shown as written.
                let written = Period(written: dated.value)?.label.text(language) ?? dated.value
                let value = dated.from.map { zh ? "\($0) 起 \(written)" : "\(written) from \($0)" } ?? written
                // (Changed from the value before it, of whichever pack: helper-217, a second local
                // pack's was said to change the national one's.)
                let before = i > 0 ? parameter.values[i - 1].setBy : parameter.declaredBy
                let source =
                    dated.setBy == before
                    ? dated.setBy
                    : zh ? "\(dated.setBy)（改自 \(before)）" : "\(dated.setBy) (was \(before))"
                parameters.append([i == 0 ? parameter.name : "", value, source, i == 0 ? parameter.note ?? "" : ""])
            }
        }
        out += parameters.render()
        out += zh ? "\n生效规则：\n" : "\nRules in force:\n"
        var table = TextTable(
            headers: zh
                ? ["规则", "事项", "条款", "对象", "严重程度", "来源"]
                : ["rule", "item", "article", "subject", "severity", "defined at"])
        for rule in rules.rules {
            var severity =
                (zh ? rule.severity.label.zh : rule.severity.rawValue)
                + (rule.severityIsConditional ? (zh ? "（视情况）" : " (conditional)") : "")
            if !rule.changedBy.isEmpty {
                severity +=
                    zh
                    ? "（\(rule.changedBy.joined(separator: "、"))调整）"
                    : " (changed by \(rule.changedBy.joined(separator: ", ")))"
            }
            // A rule whose form changes on a local pack's day lists each form with its day.
            let history = rules.ruleVersions[rule.id].map { versions in
                versions.map { version in
                    let level = zh ? version.severity.label.zh : version.severity.rawValue
                    let from = version.from.map { zh ? "\($0) 起" : "from \($0)" } ?? (zh ? "起初" : "at first")
                    return zh ? "\(from)：\(level)（\(version.pack)）" : "\(from): \(level) (\(version.pack))"
                }.joined(separator: zh ? "；" : "; ")
            }
            table.append(
                [
                    rule.id, rule.label.text(language), rule.article,
                    zh ? rule.subject.label.zh : rule.subject.rawValue, severity, rule.location,
                ], detail: history)
        }
        out += table.render()
        if !rules.disabled.isEmpty {
            out += zh ? "\n已停用：\n" : "\nSwitched off:\n"
            for entry in rules.disabled {
                let from =
                    (entry.from.map { zh ? "，\($0) 起" : ", from \($0)" } ?? "")
                    + (entry.until.map { zh ? "，至 \($0)" : " until \($0)" } ?? "")
                out += "  \(entry.id)  " + (zh ? "由 \(entry.by) 停用\(from)" : "by \(entry.by)\(from)") + "\n"
            }
        }
        // A year whose file took another's place is said with both files, from the day it does; one
        // only a local pack gives, with its file (helper-234: unnamed).
        let national = rules.packs.first.map { $0.path + "/" }
        let years = rules.holidays.years.keys.sorted().map { year in
            if let replacement = rules.holidays.replacements[year] {
                return "\(year) (\(replacement.described.text(language)))"
            }
            if let file = rules.holidays.file(of: year), let national, !file.hasPrefix(national) {
                return "\(year) (\(file.inline))"
            }
            return String(year)
        }.joined(separator: ", ")
        out += (zh ? "\n节假日数据：" : "\nHoliday data: ") + (years.isEmpty ? (zh ? "无" : "none") : years) + "\n"
        return out
    }

    public static func json(_ rules: RuleSet) -> String {
        JSONWriter.document([
            ("packs", FindingViews.packs(rules.packs)),
            (
                "parameters",
                .array(
                    rules.parameters.map {
                        .object([
                            ("name", .string($0.name)), ("value", .string($0.value)), ("setBy", .string($0.setBy)),
                            ("values", .array($0.values.map(dated))),
                        ])
                    })
            ),
            (
                "rules",
                .array(
                    rules.rules.map {
                        .object(
                            [
                                ("id", .string($0.id)), ("article", .string($0.article)),
                                ("subject", .string($0.subject.rawValue)),
                                ("severity", .string($0.severity.rawValue)), ("pack", .string($0.pack)),
                                ("location", .string($0.location)),
                            ] + versions(rules.ruleVersions[$0.id]))
                    })
            ),
            (
                "disabled",
                .array(
                    rules.disabled.map {
                        .object([
                            ("id", .string($0.id)), ("by", .string($0.by)), ("from", day($0.from)),
                            ("until", day($0.until)),
                        ])
                    })
            ),
            ("holidayYears", .array(rules.holidays.years.keys.sorted().map { .number(String($0)) })),
        ])
    }

    /// A rule's forms through time, when a local pack changes it from its day on (nothing otherwise).
    private static func versions(_ versions: [(from: CivilDate?, severity: Severity, pack: String)]?) -> [(
        key: String, value: JSONValue
    )] {
        guard let versions else { return [] }
        return [
            (
                "versions",
                .array(
                    versions.map {
                        .object([
                            ("from", day($0.from)), ("severity", .string($0.severity.rawValue)),
                            ("pack", .string($0.pack)),
                        ])
                    })
            )
        ]
    }

    /// A parameter's value from a day on (null: from the beginning).
    private static func dated(_ value: ParameterInfo.DatedValue) -> JSONValue {
        .object([("from", day(value.from)), ("value", .string(value.value)), ("setBy", .string(value.setBy))])
    }

    private static func day(_ date: CivilDate?) -> JSONValue { date.map { .string($0.description) } ?? .null }
}
