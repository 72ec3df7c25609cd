import TalkModel

/// Judges the records against the rules in force at an as-of date.
///
/// Pure: it reads no clock, no environment and no files. Evaluation ends by construction (rules do
/// not call rules, lists are finite) and the output is sorted, so the same facts, rules and date
/// give the same findings.
public struct Engine: Sendable {
    public let rules: RuleSet
    public let facts: Facts
    /// The one language a command shows findings' messages in, or nil for both: a national
    /// check writes hundreds of thousands, and each is written, and held, in that language only
    /// (the other side of its `Message` is the same text).
    public let language: Language?

    /// The fewest subjects a part judged on its own thread holds (`parts(of:)`); tests vary it.
    var partSize = 512

    public init(rules: RuleSet, facts: Facts, language: Language? = nil) {
        self.rules = rules
        self.facts = facts
        self.language = language
    }

    /// How many items the functions of one rule may yield in one run, over all its subjects:
    /// `visitsPerRecord` for each record of the store, plus `visitsBase`. A rule that reads a
    /// collection by an index once per subject stays linear and far below it (the national pack's
    /// busiest rule makes about 5 visits a record, `Docs/performance.md`); one that reads, for each
    /// talk, every talk of its conductor grows with the square of the store and is stopped, so no
    /// rule file can make `check` run for hours. A count, not a clock: the same store and rules
    /// always give the same outcome.
    public var budget: Int { Self.visitsPerRecord * facts.recordCount + Self.visitsBase }
    public static let visitsPerRecord = 100
    public static let visitsBase = 100_000

    /// Every finding at `asOf` of the rules `chosen` selects (all by default), in the spec's order.
    /// Throws when a rule spends its `budget`.
    /// `detail`: how much of each reported finding is written; `described` when no explanation is shown.
    /// `undoneOnly`: only what is still to be done, the work list's (a deadline not yet done, or a
    /// rule that is no deadline): a deadline done, on time or late, is not reported, and its due
    /// date is not computed.
    public func check(
        asOf: CivilDate, rules chosen: (Rule) -> Bool = { _ in true }, subjects: ((Subject, Int) -> Bool)? = nil,
        detail: Detail = .explained, undoneOnly: Bool = false
    ) throws(InputError) -> CheckResult {
        var yearsWithoutData = Set<Int>()
        let parts = try evaluate(
            asOf: asOf, rules: chosen, subjects: subjects, includeAll: nil, reported: detail, undoneOnly: undoneOnly,
            years: &yearsWithoutData)
        return CheckResult(
            asOf: asOf, packs: rules.packs, findings: Findings(parts),
            yearsWithoutData: yearsWithoutData.sorted())
    }

    /// How much of a finding is written out. Counting needs only the verdict; lists need the
    /// ids; a reader needs the message and the explanation, which cost the most to write.
    public enum Detail: Sendable, Comparable {
        /// Status and severity only.
        case verdict
        /// Also the subject, its conductor and organization, the dates and the plan item.
        case identified
        /// Also the message: what a table or sheet of findings shows.
        case described
        /// Also the explanation: the facts read and the date arithmetic, line by line.
        case explained
    }

    /// What is kept of an outcome (`outcomes`): given it at `verdict` (its rule, status, severity
    /// and dates; no ids, message or explanation) and the index of its subject among the records
    /// of its kind in `facts` (an organization's for a conductor).
    public typealias Keeping = @Sendable (_ outcome: Finding, _ subject: Int) -> Detail?

    /// Every rule's outcome for the subjects `subjects` selects (met and not applicable included),
    /// each with its explanation unless less `detail` is asked for: for `explain` and the coverage
    /// view. `keeping` decides, outcome by outcome, what is kept of it: nothing (nil), or the
    /// outcome at the detail it gives (at `detail` when it gives less); for the year's reports,
    /// which count most outcomes, show a few and read only some rules', of millions nationally.
    public func outcomes(
        asOf: CivilDate, rules chosen: (Rule) -> Bool, detail: Detail = .explained,
        keeping: Keeping? = nil, subjects: @escaping (Subject, Int) -> Bool
    ) throws(InputError) -> CheckResult {
        var yearsWithoutData = Set<Int>()
        let parts = try evaluate(
            asOf: asOf, rules: chosen, subjects: subjects, includeAll: detail, keeping: keeping,
            years: &yearsWithoutData)
        return CheckResult(
            asOf: asOf, packs: rules.packs, findings: Findings(parts),
            yearsWithoutData: yearsWithoutData.sorted())
    }

    /// The records of a subject kind that exist at `asOf`: talks held and triggers noted by then.
    private func subjects(_ subject: Subject, asOf: CivilDate) -> [Int] {
        switch subject {
        case .talk: return facts.talks.indices.filter { facts.talks[$0].held <= asOf }
        case .plan: return Array(facts.plans.indices)
        case .trigger: return facts.triggers.indices.filter { facts.triggers[$0].on <= asOf }
        // The tree on as-of: an organization judged only while it exists, a conductor while it has
        // an existing organization below it (`spec/rules-catalogue.md`).
        case .conductor:
            return facts.organizations.indices.filter {
                facts.exists($0, on: asOf) && !facts.children(of: $0, on: asOf).isEmpty
            }
        case .organization: return facts.organizations.indices.filter { facts.exists($0, on: asOf) }
        }
    }

    /// The days that choose a subject's epoch (`spec/rules-catalogue.md`, "Local packs and time"),
    /// never later than as-of, so a pack reports nothing before it takes effect: the day of its
    /// parameter values (a talk's `ended`, a trigger's `on`, 1 January of a plan item's year, as-of
    /// for conductor and organization rules), and the day up to which a rule a pack adds may judge
    /// it (the same, but for a plan item the last day of its year: only a plan item of an earlier
    /// year is before a pack).
    private func days(_ subject: Subject, _ index: Int, asOf: CivilDate) -> (
        values: CivilDate, rules: CivilDate, own: CivilDate
    ) {
        let days: (CivilDate, CivilDate) =
            switch subject {
            case .talk: (facts.talks[index].ended, facts.talks[index].ended)
            case .trigger: (facts.triggers[index].on, facts.triggers[index].on)
            case .plan:
                (
                    CivilDate(year: facts.plans[index].year, month: 1, day: 1) ?? asOf,
                    CivilDate(year: facts.plans[index].year, month: 12, day: 31) ?? asOf
                )
            case .conductor, .organization: (asOf, asOf)
            }
        return (min(days.0, asOf), min(days.1, asOf), days.0)
    }

    /// The rules that judge a subject whose values come from epoch `values` and whose rules may
    /// come from the later epoch `later`: each rule in its `values` form, and a rule that only
    /// `later` has (added by a pack that took effect in between) in that form. Each with its epoch,
    /// its counter in the budget (`Counters`) and the scopes it is judged under (one pack's in one
    /// epoch), by number: a subject's scopes are judged once however many rules share them.
    private struct Judging {
        var rules: [(rule: Rule, epoch: Int, scopes: Int, counter: Counter)] = []
        var scopes: [(epoch: Int, pack: String, checks: [(code: Code, counter: Counter)])] = []

        /// No rules: what is at hand before the first subject.
        init() {}

        init(
            values: Int, later: Int, _ applicable: [[Rule]], _ subject: Subject, _ epochs: [RuleSet.Epoch],
            _ counters: Counters
        ) {
            var chosen = applicable[values].map { ($0, values) }
            if later != values {
                let known = Set(applicable[values].map(\.id))
                chosen += applicable[later].filter { !known.contains($0.id) }.map { ($0, later) }
            }
            // By id: a subject's findings are then in the spec's order (`Place`).
            for (rule, epoch) in chosen.sorted(by: { codePointOrder($0.0.id, $1.0.id) }) {
                let counter = Counter(
                    number: counters[Counters.name(of: rule)],
                    what: Message(zh: "规则 \(rule.id)", en: "rule \(rule.id)"), site: rule.site)
                if let known = scopes.firstIndex(where: { $0.epoch == epoch && $0.pack == rule.pack }) {
                    rules.append((rule, epoch, known, counter))
                    continue
                }
                let checks = (epochs[epoch].scopes[rule.pack]?[subject] ?? []).map { scope in
                    (
                        scope.code,
                        Counter(
                            number: counters[Counters.name(of: scope.site)],
                            what: Message(zh: "\(subject.rawValue) 的 scope", en: "the scope of \(subject.rawValue)"),
                            site: scope.site)
                    )
                }
                scopes.append((epoch, rule.pack, checks))
                rules.append((rule, epoch, scopes.count - 1, counter))
            }
        }
    }

    /// The findings of the chosen rules; with `includeAll`, every outcome written to that detail,
    /// else only the reported ones, explained. Each subject is judged by the rules, parameters and
    /// scopes of its epoch; a rule by its own pack's scopes only.
    ///
    /// Subjects are independent: all kinds' are put in the order their findings are shown
    /// (`Place`), cut into `parts` judged on every core, and the parts returned as they were made,
    /// so the findings are in the spec's order without being sorted or copied (at scale 4 a copy
    /// was 100 MB at the peak), and the same on any machine. A rule or scope that spends its
    /// budget is reported once every part is done, the first met in that order among those whose
    /// work over all parts exceeds it.
    private func evaluate(
        asOf: CivilDate, rules chosen: (Rule) -> Bool, subjects filter: ((Subject, Int) -> Bool)?, includeAll: Detail?,
        reported: Detail = .explained, undoneOnly: Bool = false, keeping: Keeping? = nil,
        years: inout Set<Int>
    ) throws(InputError) -> [[Finding]] {
        var counters = Counters()
        var rulesOfKind: [Subject: [[Rule]]] = [:]
        for subject in Subject.allCases {
            let rules = rules.epochs.map { $0.rules.filter { $0.subject == subject && chosen($0) } }
            guard rules.contains(where: { !$0.isEmpty }) else { continue }
            rulesOfKind[subject] = rules
            for (epoch, chosen) in zip(self.rules.epochs, rules) {
                for rule in chosen {
                    counters.number(Counters.name(of: rule))
                    for scope in epoch.scopes[rule.pack]?[subject] ?? [] {
                        counters.number(Counters.name(of: scope.site))
                    }
                }
            }
        }
        let (counted, applicable) = (counters, rulesOfKind)
        let places = Subject.allCases.filter { applicable[$0] != nil }.flatMap { subject in
            subjects(subject, asOf: asOf).lazy.filter { filter?(subject, $0) ?? true }.map { index in
                Place(conductor: conductor(of: subject, index, asOf: asOf), subject, index)
            }
        }.sorted()
        let cuts = parts(of: places.count)
        let parts = [Part](concurrently: cuts.count) { p in
            judge(
                places[cuts[p]], applicable, counted, asOf: asOf, includeAll: includeAll, reported: reported,
                undoneOnly: undoneOnly, keeping: keeping)
        }
        var work = Work(counters: counted.count)
        var judged: [[Finding]] = []
        for part in parts {
            judged.append(part.findings)
            years.formUnion(part.years)
            work.add(part.work)
        }
        if let spent = work.order.first(where: { work.visits[$0.number]! > budget }) {
            throw overspent(spent.what, spent.site, madeLongText: work.madeLongText.contains(spent.number))
        }
        return judged
    }

    /// Which `Judging` a subject is judged by: its kind's, for the epochs of its values and rules.
    private struct JudgingKey: Hashable {
        let subject: Subject
        let values: Int
        let later: Int
    }

    /// A subject's place in the order of findings (`spec/cli.md`: conductor, subject type,
    /// subject id, then rule id), one integer: sorting the subjects of every kind by it puts
    /// their findings in that order, each subject's by rule id (`Judging`). Conductor and subject
    /// are compared as indices into `facts`, whose records are in their ids' order; no conductor
    /// (`""`) comes first; the two kinds of subject whose type is `organization` are told apart by
    /// the lowest bit.
    struct Place: Comparable {
        private let order: UInt64

        /// The finding types in their names' order.
        private static let types = SubjectType.allCases.sorted { codePointOrder($0.rawValue, $1.rawValue) }

        init(conductor: Int?, _ subject: Subject, _ index: Int) {
            let type = Self.types.firstIndex(of: subject.findingType)!
            order =
                UInt64(conductor.map { $0 + 1 } ?? 0) << 36 | UInt64(type) << 33 | UInt64(index) << 1
                | (subject == .conductor ? 1 : 0)
        }

        var index: Int { Int(order >> 1 & 0xFFFF_FFFF) }

        var subject: Subject {
            switch Self.types[Int(order >> 33 & 0b111)] {
            case .talk: .talk
            case .plan: .plan
            case .trigger: .trigger
            case .organization: order & 1 == 1 ? .conductor : .organization
            }
        }

        static func < (a: Place, b: Place) -> Bool { a.order < b.order }
    }

    /// Ranges cutting `count` subjects into parts for the cores: up to 64 parts of at least
    /// `partSize` subjects, enough to keep every core busy and each worth a thread. Independent of
    /// the machine's core count.
    func parts(of count: Int) -> [Range<Int>] {
        let number = max(1, min(64, count / partSize))
        return (0..<number).map { p in count * p / number..<count * (p + 1) / number }
    }

    /// What one part of one kind's subjects gave: its findings in subject order, the years without
    /// holiday data its deadlines fell in, and the work its rules and scopes did.
    private struct Part {
        var findings: [Finding] = []
        var years: Set<Int> = []
        var work: Work
    }

    /// The budget's counters, one per rule (by id) and per scope (by its place), numbered before
    /// judging starts, so that judging a subject looks no counter up by name.
    struct Counters {
        private var numbers: [String: Int] = [:]

        var count: Int { numbers.count }

        /// Numbers the counter `name` the first time it is met.
        mutating func number(_ name: String) {
            if numbers[name] == nil { numbers[name] = numbers.count }
        }

        subscript(name: String) -> Int { numbers[name]! }

        static func name(of rule: Rule) -> String { "rule " + rule.id }
        static func name(of scope: Site) -> String { "scope " + scope.location }
    }

    /// A counter as one rule or scope meets it: its number, and how a budget it spends is
    /// reported (the rule's form first met: a pack's replacement names the pack's file). A class:
    /// every rule judged for every subject hands one on, which for a value of three texts cost
    /// four reference counts (7 % of `check`'s CPU at scale 1).
    final class Counter: Sendable {
        let number: Int
        let what: Message
        let site: Site

        init(number: Int, what: Message, site: Site) {
            self.number = number
            self.what = what
            self.site = site
        }
    }

    /// Items visited on each counter (`Counters`), and the counters in the order first met, each
    /// as first met.
    struct Work {
        var visits: [Int?]
        var order: [Counter] = []
        /// The counters stopped for a text too long (`Env.longestText`), not for items read.
        var madeLongText: Set<Int> = []

        init(counters: Int) { visits = Array(repeating: nil, count: counters) }

        /// Keeps what `env` counted for `counter`, and whether a text it made was too long.
        mutating func keep(_ env: Env, _ counter: Counter) {
            visits[counter.number] = env.visits
            if env.madeLongText {
                madeLongText.insert(counter.number)
                env.madeLongText = false
            }
        }

        /// The visits of `counter` so far, meeting it the first time.
        mutating func start(_ counter: Counter) -> Int {
            if let known = visits[counter.number] { return known }
            order.append(counter)
            visits[counter.number] = 0
            return 0
        }

        /// Adds another part's work, after this one's.
        mutating func add(_ other: Work) {
            for counter in other.order {
                if visits[counter.number] == nil { order.append(counter) }
                visits[counter.number] = (visits[counter.number] ?? 0) + other.visits[counter.number]!
            }
            madeLongText.formUnion(other.madeLongText)
        }
    }

    /// Judges the subjects at `places`, each by the rules of its kind in `applicable`. A rule or
    /// scope past its budget is not judged again (its outcome no longer counts: the run stops when
    /// the parts are joined).
    private func judge(
        _ places: ArraySlice<Place>, _ applicable: [Subject: [[Rule]]], _ counters: Counters,
        asOf: CivilDate, includeAll: Detail?, reported: Detail, undoneOnly: Bool, keeping: Keeping?
    ) -> Part {
        let epochs = rules.epochs
        let env = Env(
            facts: facts, asOf: asOf, epoch: epochs[rules.epoch(on: asOf)], slots: epochs.map(\.scopeSlots).max() ?? 1)
        env.budget = budget
        let explainsEpochs = epochs.count(where: { !$0.rules.isEmpty }) > 1
        var part = Part(work: Work(counters: counters.count))
        var chosenByEpochs: [JudgingKey: Judging] = [:]
        // The subjects come a kind at a time, most of one pair of epochs: the last key's is kept
        // at hand rather than looked up by its hash for every subject, and not copied for each
        // (its two arrays' reference counts, for every subject).
        var lastKey: JudgingKey?
        var judging = Judging()
        var scopesHold: [Bool?] = []
        var calendarEpoch = -1
        for place in places {
            let (subject, index) = (place.subject, place.index)
            let days = self.days(subject, index, asOf: asOf)
            let (values, later) =
                epochs.count == 1 ? (0, 0) : (rules.epoch(on: days.values), rules.epoch(on: days.rules))
            let key = JudgingKey(subject: subject, values: values, later: later)
            if lastKey != key {
                if chosenByEpochs[key] == nil {
                    chosenByEpochs[key] = Judging(
                        values: values, later: later, applicable[subject]!, subject, epochs, counters)
                }
                (lastKey, judging) = (key, chosenByEpochs[key]!)
            }
            guard !judging.rules.isEmpty else { continue }
            let value = Value.entity(subject.entityKind, index)
            scopesHold.removeAll(keepingCapacity: true)
            scopesHold.append(contentsOf: repeatElement(nil, count: judging.scopes.count))
            // Read in place, not copied out of the array: each copy of a rule, counter and epoch
            // cost a reference count, for every rule of every subject.
            for judged in judging.rules.indices {
                let (number, scopes) = (judging.rules[judged].epoch, judging.rules[judged].scopes)
                if number != calendarEpoch {
                    env.calendar = epochs[number].calendar
                    env.dueSoonWindow = epochs[number].dueSoonWindow
                    calendarEpoch = number
                }
                if scopesHold[scopes] == nil {
                    scopesHold[scopes] = inScope(judging.scopes[scopes].checks, value, epochs[number], env, &part.work)
                }
                guard scopesHold[scopes]! else { continue }
                let (rule, counter) = (judging.rules[judged].rule, judging.rules[judged].counter)
                env.visits = part.work.start(counter)
                guard env.visits <= budget else { continue }
                let note = explainsEpochs ? epochNote(number, subject, days) : nil
                if let detail = includeAll {
                    let visits = env.visits
                    // What `keeping` decides is judged first at its verdict, and named only when
                    // kept: a roll-up's millions of outcomes are mostly dropped, and naming each
                    // (its id, conductor and organization) was a tenth of the roll-up.
                    let first = keeping == nil ? detail : .verdict
                    if let finding = judge(rule, value, env, first, all: true, note: note),
                        let kept = keeping.map({ $0(finding, index).map { max($0, detail) } }) ?? detail
                    {
                        if kept == first {
                            part.findings.append(finding)
                        } else if kept < .explained {
                            // The rule's state for the subject is still in `env`: written out
                            // from the same verdict, as a run at `kept` would have.
                            part.findings.append(
                                make(
                                    rule, value, env, kept, status: finding.status, severity: finding.severity,
                                    trace: nil, due: finding.due, done: finding.done, days: finding.days))
                        } else {
                            // An explanation is read as the rule is evaluated: the fuller run
                            // replaces the first in the budget, as when every outcome is explained.
                            env.visits = visits
                            if let fuller = judge(rule, value, env, kept, all: true, note: note) {
                                part.findings.append(fuller)
                            }
                        }
                        part.years.formUnion(env.yearsWithoutData)
                    }
                    env.yearsWithoutData.removeAll()
                } else {
                    if reports(rule, value, env, undoneOnly: undoneOnly),
                        let finding = judge(rule, value, env, reported, note: note)
                    {
                        // Explain only what is reported: the second run records the facts read
                        // and writes the message, which most outcomes (met) never need.
                        part.findings.append(finding)
                        part.years.formUnion(env.yearsWithoutData)
                    }
                    // A year read for an outcome not reported or kept is no finding's: the note
                    // that its dates are provisional goes with the findings that have them
                    // (spec/deadlines.md; helper-148: `check` gave it for a deadline still open,
                    // shown nowhere).
                    env.yearsWithoutData.removeAll()
                }
                part.work.keep(env, counter)
            }
        }
        return part
    }

    /// Whether every one of `scopes` (one pack's, for this kind of subject) holds for the subject;
    /// a scope past its budget holds for none.
    private func inScope(
        _ scopes: [(code: Code, counter: Counter)], _ subject: Value, _ epoch: RuleSet.Epoch, _ env: Env,
        _ work: inout Work
    ) -> Bool {
        for scope in scopes {
            env.reset(subject: subject, slots: epoch.scopeSlots)
            env.visits = work.start(scope.counter)
            guard env.visits <= budget else { return false }
            let judged = scope.code(env).isTrue
            work.keep(env, scope.counter)
            if !judged { return false }
        }
        return true
    }

    /// The line an explanation starts with when packs take effect on different days: which
    /// epoch's rules and parameters judged the subject, and why (its day against the next one).
    /// `days` are the subject's (`days(_:_:asOf:)`): its own day, and that day or as-of, if earlier,
    /// which chose the epoch (helper-133: a talk ending after as-of was said to have ended on as-of).
    private func epochNote(
        _ number: Int, _ subject: Subject, _ days: (values: CivilDate, rules: CivilDate, own: CivilDate)
    ) -> Message {
        let epochs = rules.epochs
        let day = days.values
        let (own, early) = (days.own, days.own > day)
        let what: Message =
            switch subject {
            case .talk where early:
                Message(zh: "查询日 \(day)，谈话尚未结束（\(own) 结束）", en: "as of \(day), before the talk ends on \(own)")
            case .talk: Message(zh: "谈话结束于 \(day)", en: "the talk ended \(day)")
            case .trigger where early:
                Message(zh: "查询日 \(day)，早于情形发现日 \(own)", en: "as of \(day), before the situation was noted on \(own)")
            case .trigger: Message(zh: "情形发现于 \(day)", en: "the situation was noted \(day)")
            case .plan where early:
                Message(zh: "查询日 \(day)，计划年度自 \(own) 起", en: "as of \(day), before the plan year starts on \(own)")
            case .plan: Message(zh: "计划年度自 \(day) 起", en: "the plan year starts \(day)")
            case .conductor, .organization: Message(zh: "查询日 \(day)", en: "as of \(day)")
            }
        let packs = epochs[number].packs.joined(separator: ", ")
        guard number + 1 < epochs.count, let next = epochs[number + 1].from else {
            let from = epochs[number].from.map { "\($0)" } ?? ""
            return Message(
                zh: "适用 \(from) 起施行的规则和参数（\(packs)）：\(what.zh)",
                en: "judged by the rules and parameters in force from \(from) (\(packs)): \(what.en)")
        }
        let later = epochs[number + 1].packs.filter { !epochs[number].packs.contains($0) }.joined(separator: ", ")
        return Message(
            zh: "\(what.zh)，早于 \(later) 的施行日 \(next)，适用此前的规则和参数（\(packs)）",
            en:
                "\(what.en), before \(later) took effect on \(next): judged by the earlier rules and parameters (\(packs))"
        )
    }

    /// A rule (or scope) that spent its budget, at its place in its file, with what to do about it.
    private func overspent(_ what: Message, _ site: Site, madeLongText: Bool) -> InputError {
        guard !madeLongText else {
            let limit = Env.longestText
            let message = Message(
                zh: "\(what.zh) 用 + 拼接出的文字超过 \(limit) 字节，已停止：它把文字越接越长（如一个 define 或 let 由前一个拼接两次而成）",
                en:
                    "\(what.en) stopped: it joined with + a text longer than \(limit) bytes (a define or let joining the one before to itself, say)"
            )
            return InputError(source: nil, problems: [Problem(site.location, message, excerpt: site.excerpt)])
        }
        let (k, records, base) = (Self.visitsPerRecord, facts.recordCount, Self.visitsBase)
        let message = Message(
            zh: "\(what.zh) 读取和遍历的项目超过 \(budget) 个（存储中 \(records) 条记录的 \(k) 倍加 \(base)），已停止："
                + "它为每个对象读取一个随存储增长的集合（如在谈话规则中用 talks(conductor: talk.conductor)），"
                + "或多层嵌套地遍历很长的列表，检查时间将随存储的平方或更快增长。请改用更窄的键（如 talks(plan: …)），"
                + "或改为每个党组织判断一次（subject conductor）",
            en:
                "\(what.en) stopped after reading more than \(budget) items (\(k) × the \(records) records of the "
                + "store + \(base)): it reads, for each subject, a collection that grows with the store (such as "
                + "talks(conductor: talk.conductor) in a talk rule), or loops over long lists inside each other, so "
                + "checking would grow with the square of the store or faster. key the collection more narrowly "
                + "(talks(plan: …)), or judge once per organization (subject conductor)")
        return InputError(source: nil, problems: [Problem(site.location, message, excerpt: site.excerpt)])
    }
}
