import TalkModel

/// How values read in messages and explanations: names with ids, labels for enumerated values,
/// dates as dates, and never a confidential text.
enum Rendering {
    /// Labels of every enumerated value a rule file can name, by JSON spelling: for a name written
    /// in a rule file, whose vocabulary is not known, the first vocabulary listed having it gives
    /// its label.
    static let symbolLabels: [String: Message] = {
        var labels: [String: Message] = [:]
        for vocabulary in SymbolVocabulary.allCases { labels.merge(vocabulary.labels) { first, _ in first } }
        return labels
    }()

    /// Each vocabulary's labels by JSON spelling, in the order of `SymbolVocabulary`, made once.
    fileprivate static let vocabularyLabels: [[String: Message]] = SymbolVocabulary.allCases.map { vocabulary in
        func labels<V: Vocabulary>(_: V.Type) -> [String: Message] {
            Dictionary(uniqueKeysWithValues: V.allCases.map { ($0.rawValue, $0.label) })
        }
        switch vocabulary {
        case .step: return labels(Step.self)
        case .talkKind: return labels(TalkKind.self)
        case .talkFormat: return labels(TalkFormat.self)
        case .department: return labels(Department.self)
        case .copyRecipient: return labels(CopyRecipient.self)
        case .assessment: return labels(Assessment.self)
        case .triggerKind: return labels(TriggerKind.self)
        case .planBasis: return labels(PlanBasis.self)
        case .organizationKind: return labels(OrganizationKind.self)
        case .level: return labels(Level.self)
        case .role: return labels(Role.self)
        case .severity: return Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, $0.label) })
        }
    }

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
        case .symbol(let symbol, let vocabulary):
            return (vocabulary?.labels ?? symbolLabels)[symbol]?.text(language) ?? symbol
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

/// The vocabulary an enumerated value belongs to, so that it is shown with its own label: several
/// spell a value alike, `other` being （六）其他情形 as a trigger kind, 其他 as an organization's
/// kind or level and 其他单位 as a copy recipient, `audit` 审计监督 as a plan basis and 审计机关 as
/// a department. Listed in the order in which a name written in a rule file takes its label.
enum SymbolVocabulary: UInt8, Sendable, CaseIterable {
    case step, talkKind, talkFormat, department, copyRecipient, assessment, triggerKind, planBasis,
        organizationKind, level, role, severity

    /// Its values' labels, by JSON spelling.
    var labels: [String: Message] { Rendering.vocabularyLabels[Int(rawValue)] }

    /// Its values' JSON spellings, in the order the dataset format lists them.
    var values: [String] {
        func spellings<V: Vocabulary>(_: V.Type) -> [String] { V.allCases.map(\.rawValue) }
        switch self {
        case .step: return spellings(Step.self)
        case .talkKind: return spellings(TalkKind.self)
        case .talkFormat: return spellings(TalkFormat.self)
        case .department: return spellings(Department.self)
        case .copyRecipient: return spellings(CopyRecipient.self)
        case .assessment: return spellings(Assessment.self)
        case .triggerKind: return spellings(TriggerKind.self)
        case .planBasis: return spellings(PlanBasis.self)
        case .organizationKind: return spellings(OrganizationKind.self)
        case .level: return spellings(Level.self)
        case .role: return spellings(Role.self)
        case .severity: return Severity.allCases.map(\.rawValue)
        }
    }

    /// What its values are, for messages: "a talk kind" is "one of the talk kinds".
    var name: Message {
        switch self {
        case .step: Message(zh: "谈话步骤", en: "talk step")
        case .talkKind: Message(zh: "谈话类型", en: "talk kind")
        case .talkFormat: Message(zh: "谈话方式", en: "talk format")
        case .department: Message(zh: "参与部门", en: "department")
        case .copyRecipient: Message(zh: "抄送单位", en: "copy recipient")
        case .assessment: Message(zh: "整改评估", en: "assessment")
        case .triggerKind: Message(zh: "情形类别", en: "trigger kind")
        case .planBasis: Message(zh: "计划依据", en: "plan basis")
        case .organizationKind: Message(zh: "组织类别", en: "organization kind")
        case .level: Message(zh: "组织层级", en: "level")
        case .role: Message(zh: "职务", en: "role")
        case .severity: Message(zh: "严重程度", en: "severity")
        }
    }
}

/// A vocabulary whose values a record's field holds: each value read keeps it (`Value.symbol`).
protocol FieldVocabulary: Vocabulary {
    static var vocabulary: SymbolVocabulary { get }
}

extension Step: FieldVocabulary { static var vocabulary: SymbolVocabulary { .step } }
extension TalkKind: FieldVocabulary { static var vocabulary: SymbolVocabulary { .talkKind } }
extension TalkFormat: FieldVocabulary { static var vocabulary: SymbolVocabulary { .talkFormat } }
extension Department: FieldVocabulary { static var vocabulary: SymbolVocabulary { .department } }
extension CopyRecipient: FieldVocabulary { static var vocabulary: SymbolVocabulary { .copyRecipient } }
extension Assessment: FieldVocabulary { static var vocabulary: SymbolVocabulary { .assessment } }
extension TriggerKind: FieldVocabulary { static var vocabulary: SymbolVocabulary { .triggerKind } }
extension PlanBasis: FieldVocabulary { static var vocabulary: SymbolVocabulary { .planBasis } }
extension OrganizationKind: FieldVocabulary { static var vocabulary: SymbolVocabulary { .organizationKind } }
extension Level: FieldVocabulary { static var vocabulary: SymbolVocabulary { .level } }
extension Role: FieldVocabulary { static var vocabulary: SymbolVocabulary { .role } }
