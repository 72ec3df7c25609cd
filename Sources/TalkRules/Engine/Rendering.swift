import TalkModel

/// How values read in messages and explanations: names with ids, labels for enumerated values,
/// dates as dates, and never a confidential text.
enum Rendering {
    /// Labels of every enumerated value a rule can name, by JSON spelling.
    static let symbolLabels: [String: Message] = {
        var labels: [String: Message] = [:]
        func add<V: Vocabulary>(_: V.Type) {
            for value in V.allCases where labels[value.rawValue] == nil { labels[value.rawValue] = value.label }
        }
        add(Step.self)
        add(TalkKind.self)
        add(TalkFormat.self)
        add(Department.self)
        add(CopyRecipient.self)
        add(Assessment.self)
        add(TriggerKind.self)
        add(PlanBasis.self)
        add(OrganizationKind.self)
        add(Level.self)
        add(Role.self)
        for severity in Severity.allCases { labels[severity.rawValue] = severity.label }
        return labels
    }()

    static func text(_ value: Value, _ facts: Facts, _ language: Language) -> String {
        let zh = language == .zh
        switch value {
        case .null: return zh ? "无" : "none"
        case .bool(let flag): return flag ? (zh ? "是" : "yes") : (zh ? "否" : "no")
        case .number(let number): return String(number)
        case .date(let date): return date.prose(language)
        case .period(let period): return period.label.text(language)
        case .monthDay(let monthDay): return monthDay.description
        case .text(let text): return text
        case .symbol(let symbol): return symbolLabels[symbol]?.text(language) ?? symbol
        case .list(let items):
            if items.isEmpty { return zh ? "无" : "none" }
            return items.map { text($0, facts, language) }.joined(separator: zh ? "、" : ", ")
        case .entity(let kind, let index):
            guard index >= 0 else { return zh ? "无" : "none" }
            switch kind {
            case .organization:
                let organization = facts.organizations[index]
                return zh ? "\(organization.name)（\(organization.id)）" : "\(organization.name) (\(organization.id))"
            case .person:
                let person = facts.people[index]
                return zh ? "\(person.name)（\(person.id)）" : "\(person.name) (\(person.id))"
            case .talk: return facts.talks[index].id
            case .measures:
                let date = facts.talks[index].measures?.reported.prose(language) ?? "—"
                return zh ? "\(date)报送" : "reported \(date)"
            case .report:
                let date = facts.talks[index].report?.reported.prose(language) ?? "—"
                return zh ? "\(date)报送" : "reported \(date)"
            case .archive:
                let date = facts.talks[index].archive?.archived.prose(language) ?? "—"
                return zh ? "\(date)归档" : "archived \(date)"
            case .plan: return facts.plans[index].id
            case .trigger: return facts.triggers[index].id
            case .term:
                let term = facts.terms[index]
                return zh ? "\(term.from.chinese)至\(term.to.chinese)" : "\(term.from) to \(term.to)"
            }
        }
    }

    /// A confidential value (Art. 16) in an explanation: how many texts, never what they say.
    static func confidential(_ value: Value) -> Message {
        guard case .list(let items) = value else { return Message(zh: "（内容保密）", en: "(confidential)") }
        return Message(zh: "\(items.count) 条（内容保密）", en: "\(items.count) (contents confidential)")
    }

    static func message(_ value: Value, _ facts: Facts) -> Message {
        Message(zh: text(value, facts, .zh), en: text(value, facts, .en))
    }
}
