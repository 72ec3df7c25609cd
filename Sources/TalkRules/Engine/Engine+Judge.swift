import TalkModel

/// One rule judged for one subject: its status, severity, dates and message.
extension Engine {
    /// One rule for one subject, written to `detail`. Nil when the rule does not apply, unless
    /// `all` outcomes are wanted.
    func judge(
        _ rule: Rule, _ subject: Value, _ env: Env, _ detail: Detail, all: Bool = false, note: Message? = nil
    ) -> Finding? {
        env.reset(subject: subject, slots: rule.slotCount)
        // Outcomes where the rule does not apply, too: asked for, or part of an explanation.
        let everyOutcome = all || detail == .explained
        let trace = detail == .explained ? Trace() : nil
        if let note { trace?.add(note) }
        env.trace = trace
        defer { env.trace = nil }
        let asOf = env.asOf

        var status: Finding.Status
        var due: CivilDate?
        var done: CivilDate?
        var days: Int?
        var closing: Message?
        if let applies = rule.applies, !applies(env).isTrue {
            guard everyOutcome else { return nil }
            status = .notApplicable
        } else if rule.isDeadline {
            guard let dueDate = rule.due?(env).date else {
                guard everyOutcome else { return nil }
                return make(rule, subject, env, status: .notApplicable, severity: nil, trace: trace)
            }
            due = dueDate
            done = rule.done?(env).date
            let doneLabel = rule.doneLabel ?? Message(zh: "完成", en: "done")
            if let done {
                if done <= dueDate {
                    status = .met
                    closing = Message(
                        zh: "\(doneLabel.zh)\(done.chinese)，不晚于\(dueDate.chinese)：按期",
                        en: "\(doneLabel.en) \(done), by \(dueDate): on time")
                } else {
                    status = .late
                    days = dueDate.days(to: done)
                    closing = Message(
                        zh: "\(doneLabel.zh)\(done.chinese)，晚于\(dueDate.chinese) \(days!) 天",
                        en: "\(doneLabel.en) \(done), \(days!) days after \(dueDate)")
                }
            } else if asOf > dueDate {
                status = .overdue
                days = dueDate.days(to: asOf)
                closing = Message(
                    zh: "截至\(asOf.chinese)尚未完成，已超过\(dueDate.chinese) \(days!) 天",
                    en: "not done by \(asOf), \(days!) days past \(dueDate)")
            } else if let soon = env.calendar.adding(rules.epochs[rules.epoch(on: asOf)].dueSoonWindow, to: asOf),
                dueDate <= soon
            {
                status = .dueSoon
                let left = asOf.days(to: dueDate)
                closing = Message(
                    zh: left == 0
                        ? "截至\(asOf.chinese)尚未完成，今日到期" : "截至\(asOf.chinese)尚未完成，距\(dueDate.chinese)还有 \(left) 天",
                    en: left == 0
                        ? "not done by \(asOf), due today" : "not done by \(asOf), \(left) days left until \(dueDate)")
            } else {
                status = .open
                closing = Message(
                    zh: "截至\(asOf.chinese)尚未完成，\(dueDate.chinese)到期", en: "not done by \(asOf), due \(dueDate)")
            }
        } else {
            status = rule.requires?(env).isTrue == true ? .met : (rule.info ? .info : .notMet)
            if status != .met, let dueExpr = rule.due { due = dueExpr(env).date }
        }

        var severity: Severity?
        if [.late, .overdue, .dueSoon, .notMet, .info].contains(status) {
            let stated = rule.severityChoice?(env) ?? rule.severity
            severity = status == .dueSoon ? stated.lowered : stated
        }
        if detail == .verdict {
            return Finding(
                source: rule, severity: severity, status: status, subjectID: "", conductor: nil, organization: nil,
                due: due, provisional: false, done: done, days: days, planned: nil, message: Message(zh: "", en: ""),
                explanation: [])
        }
        if let closing { trace?.add(closing) }
        return make(
            rule, subject, env, detail, status: status, severity: severity, trace: trace, due: due, done: done,
            days: days)
    }

    func make(
        _ rule: Rule, _ subject: Value, _ env: Env, _ detail: Detail = .explained, status: Finding.Status,
        severity: Severity?, trace: Trace?, due: CivilDate? = nil, done: CivilDate? = nil, days: Int? = nil
    ) -> Finding {
        guard case .entity(_, let index) = subject else { fatalError("a subject is always a record") }
        let (subjectID, conductor, organization) = identify(rule.subject, index, asOf: env.asOf)
        var planned: String?
        if severity != nil, let code = rule.planned {
            switch code(env) {
            case .entity(.plan, let plan): planned = facts.plans[plan].id
            case .text(let id): planned = id
            default: planned = nil
            }
        }
        // The status and due date are the finding's own fields, not repeated in its message.
        var message = Message(zh: "", en: "")
        if detail == .described || detail == .explained {
            message = Message(zh: render(rule.message.zh, env, .zh), en: render(rule.message.en, env, .en))
        }
        return Finding(
            source: rule, severity: severity, status: status, subjectID: subjectID, conductor: conductor,
            organization: organization, due: due, provisional: due.map(env.provisionalDates.contains) ?? false,
            done: done, days: days, planned: planned, message: message, explanation: trace?.lines ?? [])
    }

    /// The subject's id, its conductor (for the order of findings) and the lower-level organization.
    func identify(_ subject: Subject, _ index: Int, asOf: CivilDate) -> (String, String?, String?) {
        switch subject {
        case .talk: return (facts.talks[index].id, facts.talks[index].conductor, facts.talks[index].organization)
        case .plan: return (facts.plans[index].id, facts.plans[index].conductor, facts.plans[index].organization)
        case .trigger:
            let trigger = facts.triggers[index]
            let organization = facts.triggerOrganization[index]
            let conductor = facts.parent(of: organization, on: trigger.on)
            return (trigger.id, conductor.map { facts.organizations[$0].id }, trigger.organization)
        case .conductor:
            let id = facts.organizations[index].id
            return (id, id, nil)
        case .organization:
            let id = facts.organizations[index].id
            return (id, facts.parent(of: index, on: asOf).map { facts.organizations[$0].id }, id)
        }
    }

    func render(_ parts: [MessagePart], _ env: Env, _ language: Language) -> String {
        let trace = env.trace
        env.trace = nil
        defer { env.trace = trace }
        return parts.map { part in
            switch part {
            case .text(let text): text
            case .value(let code): Rendering.text(code(env), facts, language)
            }
        }.joined()
    }
}
