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
        guard let decision = decide(rule, env, everyOutcome: everyOutcome) else { return nil }
        if decision.withoutDueDate {
            return make(rule, subject, env, status: .notApplicable, severity: nil, trace: trace)
        }
        let (status, due, done, days) = (decision.status, decision.due, decision.done, decision.days)
        let severity = self.severity(rule, status, env)
        if detail == .verdict {
            guard case .entity(_, let index) = subject else { fatalError("a subject is always a record") }
            return Finding(
                source: rule, severity: severity, status: status, subjectIndex: index, subjectID: "", conductor: nil,
                organization: nil,
                due: due, provisional: false, done: done, days: days, planned: nil,
                message: severity.map { _ in Message(zh: "", en: "") }, explanation: [])
        }
        if let trace, rule.isDeadline, let due {
            trace.add(closing(rule, status, due: due, done: done, asOf: env.asOf))
        }
        return make(
            rule, subject, env, detail, status: status, severity: severity, trace: trace, due: due, done: done,
            days: days)
    }

    /// Whether the rule reports the subject (its outcome has a severity): `check`'s first look at
    /// each outcome, which builds no finding; the rule's expressions are evaluated as `judge`
    /// evaluates them, so the budget counts the same. `undoneOnly`: a deadline done is not reported,
    /// and its due date not computed (`check(undoneOnly:)`).
    func reports(_ rule: Rule, _ subject: Value, _ env: Env, undoneOnly: Bool = false) -> Bool {
        env.reset(subject: subject, slots: rule.slotCount)
        guard let decision = decide(rule, env, everyOutcome: false, undoneOnly: undoneOnly),
            !decision.withoutDueDate
        else { return false }
        return severity(rule, decision.status, env) != nil
    }

    /// What a rule decides for the subject in `env`, before anything is written.
    private struct Decision {
        var status: Finding.Status
        var due: CivilDate? = nil
        var done: CivilDate? = nil
        var days: Int? = nil
        /// A deadline rule that gives the subject no due date: it does not apply.
        var withoutDueDate = false
    }

    /// The rule's status for the subject, with its dates. Nil when it does not apply, unless
    /// `everyOutcome` is wanted; nil for a deadline done when only the `undoneOnly` are.
    private func decide(_ rule: Rule, _ env: Env, everyOutcome: Bool, undoneOnly: Bool = false) -> Decision? {
        let asOf = env.asOf
        if let applies = rule.applies, !applies(env).isTrue {
            return everyOutcome ? Decision(status: .notApplicable) : nil
        }
        guard rule.isDeadline else {
            var decision = Decision(status: rule.requires?(env).isTrue == true ? .met : (rule.info ? .info : .notMet))
            if decision.status != .met, let due = rule.due { decision.due = due(env).date }
            return decision
        }
        // The work list's first look: most deadlines are done, and a done one is never listed,
        // whatever its due date (met or late, a fifth of them late at national scale). Asked
        // first only then: an explanation lists the facts in the order they are read.
        if undoneOnly, done(rule, env) != nil { return nil }
        guard let due = rule.due?(env).date else {
            return everyOutcome ? Decision(status: .notApplicable, withoutDueDate: true) : nil
        }
        if let done = done(rule, env) {
            return done <= due
                ? Decision(status: .met, due: due, done: done)
                : Decision(status: .late, due: due, done: done, days: due.days(to: done))
        }
        if asOf > due { return Decision(status: .overdue, due: due, days: due.days(to: asOf)) }
        if let soon = env.calendar.adding(env.dueSoonWindow, to: asOf), due <= soon {
            return Decision(status: .dueSoon, due: due)
        }
        return Decision(status: .open, due: due)
    }

    /// The day a deadline rule's subject was done, if it was by as-of: a day after it has not
    /// happened yet (`Docs/deadlines.md`), whatever the rule computes (a local pack's `done` of
    /// `talk.ended + 1 year` made every talk late, and the work list empty: helper-284).
    private func done(_ rule: Rule, _ env: Env) -> CivilDate? {
        rule.done?(env).date.flatMap { $0 <= env.asOf ? $0 : nil }
    }

    /// The severity of an outcome of `status`: the rule's (or the one it chooses), a grade lower
    /// when only due soon; nil when the status carries none.
    private func severity(_ rule: Rule, _ status: Finding.Status, _ env: Env) -> Severity? {
        guard status.hasSeverity else { return nil }
        let stated = rule.severityChoice?(env) ?? rule.severity
        return status == .dueSoon ? stated.lowered : stated
    }

    /// "1 day", "3 days".
    private static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    /// The last line of a deadline's explanation: the date it was done or the days left or past.
    /// Written only when explaining: most deadlines judged are met and never shown.
    private func closing(
        _ rule: Rule, _ status: Finding.Status, due: CivilDate, done: CivilDate?, asOf: CivilDate
    ) -> Message {
        let doneLabel = rule.doneLabel ?? Message(zh: "完成", en: "done")
        if let done {
            guard done > due else {
                return Message(
                    zh: "\(doneLabel.zh)\(done.chinese)，不晚于\(due.chinese)：按期",
                    en: "\(doneLabel.en) \(done), by \(due): on time")
            }
            let days = due.days(to: done)
            return Message(
                zh: "\(doneLabel.zh)\(done.chinese)，晚于\(due.chinese) \(days) 天",
                en: "\(doneLabel.en) \(done), \(Self.days(days)) after \(due)")
        }
        switch status {
        case .overdue:
            let days = due.days(to: asOf)
            return Message(
                zh: "截至\(asOf.chinese)尚未完成，已超过\(due.chinese) \(days) 天",
                en: "not done by \(asOf), \(Self.days(days)) past \(due)")
        case .dueSoon:
            let left = asOf.days(to: due)
            return Message(
                zh: left == 0 ? "截至\(asOf.chinese)尚未完成，今日到期" : "截至\(asOf.chinese)尚未完成，距\(due.chinese)还有 \(left) 天",
                en: left == 0
                    ? "not done by \(asOf), due today" : "not done by \(asOf), \(Self.days(left)) left until \(due)"
            )
        default:
            return Message(zh: "截至\(asOf.chinese)尚未完成，\(due.chinese)到期", en: "not done by \(asOf), due \(due)")
        }
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
        // The status and due date are the finding's own fields, not repeated in its message. The
        // message states the problem, so only a finding has one: for an outcome that is met, open
        // or not applicable it would say the opposite of what is so ("regular talks are not
        // supervision talks" under out-of-scope met), and is neither rendered nor shown.
        var message = severity.map { _ in Message(zh: "", en: "") }
        if severity != nil, detail == .described || detail == .explained {
            if let language {
                let text = env.shared(render(language == .zh ? rule.message.zh : rule.message.en, env, language))
                message = Message(zh: text, en: text)
            } else {
                message = Message(
                    zh: env.shared(render(rule.message.zh, env, .zh)), en: env.shared(render(rule.message.en, env, .en))
                )
            }
        }
        return Finding(
            source: rule, severity: severity, status: status, subjectIndex: index, subjectID: subjectID,
            conductor: conductor,
            organization: organization, due: due, provisional: due.map(env.provisionalDates.contains) ?? false,
            done: done, days: days, planned: planned, message: message, explanation: trace?.lines ?? [])
    }

    /// The subject's id, its conductor (for the order of findings) and the lower-level organization.
    func identify(_ subject: Subject, _ index: Int, asOf: CivilDate) -> (String, String?, String?) {
        let conductor = conductor(of: subject, index, asOf: asOf).map { facts.organizations[$0].id }
        switch subject {
        case .talk: return (facts.talks[index].id, conductor, facts.talks[index].organization)
        case .plan: return (facts.plans[index].id, conductor, facts.plans[index].organization)
        case .trigger: return (facts.triggers[index].id, conductor, facts.triggers[index].organization)
        case .conductor: return (facts.organizations[index].id, conductor, nil)
        case .organization: return (facts.organizations[index].id, conductor, facts.organizations[index].id)
        }
    }

    /// The committee a subject's findings are listed under: a talk's or plan item's conductor, the
    /// parent of a trigger's organization when it was noted, of an organization on as-of; a
    /// conductor itself.
    func conductor(of subject: Subject, _ index: Int, asOf: CivilDate) -> Int? {
        switch subject {
        // -1: a reference the snapshot does not resolve (`Facts.damage`), never judged.
        case .talk: facts.talkConductor[index] >= 0 ? facts.talkConductor[index] : nil
        case .plan: facts.planConductor[index] >= 0 ? facts.planConductor[index] : nil
        case .trigger: facts.parent(of: facts.triggerOrganization[index], on: facts.triggers[index].on)
        case .conductor: index
        case .organization: facts.parent(of: index, on: asOf)
        }
    }

    func render(_ parts: [MessagePart], _ env: Env, _ language: Language) -> String {
        let trace = env.trace
        env.trace = nil
        defer { env.trace = trace }
        let message = parts.map { part in
            switch part {
            case .text(let text): text
            case .value(let code): Rendering.text(code(env), facts, language)
            }
        }.joined()
        // A message is a text the rule makes, as one joined with `+` is (helper-209: a 1 MiB
        // define written three times in one gave 3 MiB a finding).
        guard message.utf8.count <= Env.longestText else {
            env.refuseLongText()
            return ""
        }
        return message
    }
}
