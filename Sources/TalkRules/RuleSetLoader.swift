import TalkModel

extension RuleSet {
    /// Parses, checks and combines packs, the national one first. Every problem in every file is
    /// reported at once (`file:line:col`, sorted); any problem refuses the whole set.
    public static func load(_ sources: [PackSource]) throws(InputError) -> RuleSet {
        var loader = Loader()
        loader.run(sources)
        guard loader.problems.isEmpty else { throw InputError(source: nil, problems: loader.sortedProblems()) }
        return loader.result()
    }
}

/// The work of `RuleSet.load`. Every pack is parsed once. Its statements are then applied in
/// the order given, and every expression compiled against the resulting parameters (so a local
/// `set` reaches the national rules), once for each day a pack takes effect: a pack is law from
/// its own `effective` date (Art. 18, `spec/rules-catalogue.md` "Local packs and time"), so each
/// such day opens an epoch whose rules, parameters and scopes are those of the packs in force.
private struct Loader {
    var problems: [Problem] = []
    var packs: [PackInfo] = []
    var holidays = HolidayCalendar()
    /// Each file's place in the order given, so problems list file by file deterministically.
    var fileOrder: [String: Int] = [:]
    var epochs: [(from: CivilDate?, state: PackState, holidays: HolidayCalendar)] = []
    /// A pack as parsed: its statements, its file, whether it is a scenario's settings, and its
    /// holiday files' years.
    typealias Parsed = (PackSyntax, SourceFile, scenario: Bool, holidays: [(HolidayFile.Year, source: SourceFile)])
    /// The statements of local packs that take effect on no day (`neverInForce`).
    var unused: [Problem] = []

    /// File by file in the order the files were given, then by line and column, as a compiler lists
    /// them; each once (a pack given twice, `--rules p --rules p`, told its every error twice:
    /// helper-151).
    func sortedProblems() -> [Problem] {
        func key(_ problem: Problem) -> (file: Int, line: Int, column: Int) {
            guard let source = problem.source else { return (fileOrder[problem.location] ?? Int.max, 0, 0) }
            return (fileOrder[source.file] ?? Int.max, source.line, source.column)
        }
        // One problem a place of a file, the first found: what the lexer refused (a name with a
        // letter of another alphabet) is not told again by the statement it was in.
        var told = Set<[String]>()
        return problems.enumerated().sorted { a, b in
            let (x, y) = (key(a.element), key(b.element))
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element).filter {
            told.insert($0.source == nil ? [$0.location, $0.message.zh, $0.message.en] : [$0.location]).inserted
        }
    }

    mutating func run(_ sources: [PackSource]) {
        var parsed: [Parsed] = []
        for pack in sources {
            for name in [pack.rules.name] + pack.holidays.map(\.name) where fileOrder[name] == nil {
                fileOrder[name] = fileOrder.count
            }
            guard let source = SourceFile.decode(name: pack.rules.name, bytes: pack.rules.bytes, problems: &problems)
            else { continue }
            let (syntax, parseProblems) = Parser.parse(source)
            problems += parseProblems
            // A year's notice once in a pack: of two files, the later named was taken without a word
            // (helper-154: a second cn-2026 file in one folder moved 中秋 silently).
            var years: [Int: String] = [:]
            var given: [(HolidayFile.Year, source: SourceFile)] = []
            for file in pack.holidays {
                guard let source = SourceFile.decode(name: file.name, bytes: file.bytes, problems: &problems) else {
                    continue
                }
                let (year, yearProblems) = HolidayFile.parse(source)
                problems += yearProblems
                if let year, let first = years[year.year] {
                    problems.append(
                        source.problem(
                            at: year.offset,
                            Message(
                                zh: "\(year.year) 年的放假通知已由 \(first) 给出；同一规则包中每年只能有一个放假文件",
                                en:
                                    "the notice of \(year.year) is given by \(first) already; a pack holds one holiday file a year"
                            )))
                    continue
                }
                if let year {
                    years[year.year] = file.name
                    given.append((year, source))
                }
            }
            guard let syntax else { continue }
            if packs.contains(where: { $0.id == syntax.id }) {
                problems.append(
                    source.problem(
                        at: syntax.offset,
                        Message(zh: "规则包 \(syntax.id) 已载入", en: "pack \(syntax.id) is already loaded")))
                continue
            }
            packs.append(
                PackInfo(
                    id: syntax.id, version: syntax.version, effective: syntax.effective, title: syntax.title,
                    path: pack.path, sha256: pack.sha256))
            parsed.append((syntax, source, pack.isScenarioSetting, given))
        }
        // Every pack applied and compiled once, for every problem of every statement.
        var all = PackState()
        for (pack, source, scenario, _) in parsed { all.apply(pack, source, scenario: scenario, problems: &problems) }
        all.compile(problems: &problems)
        problems += all.roleProblems() + all.scopeProblems()
        guard problems.isEmpty else { return }
        // Then the packs in force from each day a local pack takes effect. The national pack (the
        // first) is the base: its own start is its `effective` parameter, which its scopes read
        // (`spec/rules-catalogue.md`), so a scenario can move it; a local pack without a date
        // applies from the beginning, its rules within the national pack's scopes (`PackState.epoch`).
        let starts = Set(parsed.dropFirst().compactMap(\.0.effective)).sorted()
        // Each with the holiday files of the packs in force: a local pack's year replaces the
        // national notice's from the pack's start only, as its rules do (helper-232: before it). A
        // year no pack in force gives is a notice's however late its pack (helper-233: a 2027
        // notice in a pack of December left a November talk's due dates "without a notice").
        for day in [nil] + starts.map(Optional.some) {
            var state = PackState()
            var ignored: [Problem] = []
            var calendar = HolidayCalendar()
            var later: [(HolidayFile.Year, source: SourceFile, from: CivilDate?)] = []
            for (position, (pack, source, scenario, given)) in parsed.enumerated() {
                let effective = position == 0 ? nil : pack.effective
                if let effective, day.map({ effective > $0 }) ?? true {
                    later += given.map { ($0.0, $0.source, effective) }
                    continue
                }
                state.apply(pack, source, scenario: scenario, problems: &ignored)
                for (year, file) in given { calendar.set(year, from: file.name, effective: effective) }
            }
            for (year, file, effective) in later where !calendar.hasData(for: year.year) {
                calendar.set(year, from: file.name, effective: effective)
            }
            state.compile(problems: &ignored)
            epochs.append((day, state, calendar))
        }
        holidays = epochs.last?.holidays ?? HolidayCalendar()
        unused = neverInForce(parsed)
        checkRoles(starts: starts)
    }

    /// The statements of the local packs (not a scenario's settings) that take effect on no day: a
    /// `set`, a rule added or replaced, a `severity`, a `disable`, a holiday file, which a pack
    /// given after it undoes from its own day or an earlier one (the same parameter or severity
    /// set, the rule switched off or replaced, the year given). The packs load as written; each is
    /// said at its `file:line:col` (helper-232: `rules lint` said "rules ok" of a province's period
    /// that never applied).
    func neverInForce(_ parsed: [Parsed]) -> [Problem] {
        var found: [Problem] = []
        for (position, (pack, source, scenario, holidays)) in parsed.enumerated() where position > 0 && !scenario {
            // The epochs from the pack's day on, when it is applied.
            let inForce = epochs.filter { epoch in
                pack.effective.map { start in epoch.from.map { $0 >= start } ?? false } ?? true
            }
            let states = inForce.map(\.state)
            func unused(_ offset: Int, _ what: String, _ inForce: (PackState) -> Bool) {
                guard !states.contains(where: inForce) else { return }
                found.append(
                    source.problem(
                        at: offset,
                        Message(
                            zh: "注意：\(what) 在任何一天都不生效：其后给出的规则包自同一天或更早起改变了它（设置同一参数或严重程度，或停用、替换同一规则）",
                            en: "note: \(what) takes effect on no day: a pack given after this one changes it from the "
                                + "same day or earlier (setting the same parameter or severity, or switching off or replacing the rule)"
                        )))
            }
            // (A holiday file another's year replaces on every day: helper-233, unsaid.)
            for (year, file) in holidays
            where !inForce.contains(where: { $0.holidays.file(of: year.year) == file.name }) {
                found.append(
                    file.problem(
                        at: year.offset,
                        Message(
                            zh: "注意：\(year.year) 年的放假文件在任何一天都不生效：其后给出的规则包自同一天或更早起以其文件代替了它",
                            en:
                                "note: the holidays of \(year.year) take effect on no day: a pack given after this one "
                                + "replaces them with its own from the same day or earlier")))
            }
            for statement in pack.statements {
                switch statement {
                case .parameter(let name, _, _, declares: false, let offset):
                    unused(offset, "set \(name)") { $0.parameters[name]?.setBy == pack.id }
                case .rule(let rule, let replaces):
                    unused(rule.offset, (replaces ? "replace rule " : "rule ") + rule.id) { state in
                        state.compiledRules.contains { $0.id == rule.id && $0.pack == pack.id }
                    }
                case .severity(let id, _, let offset):
                    // (The last to change it sets its severity: helper-234, one undone by a later
                    // pack's `severity` was not said.)
                    unused(offset, "severity \(id)") { state in
                        state.compiledRules.contains { $0.id == id && $0.changedBy.last == pack.id }
                    }
                case .disable(let id, let offset):
                    unused(offset, "disable \(id)") { state in
                        state.disabled.contains { $0.id == id && $0.by == pack.id }
                    }
                default: continue
                }
            }
        }
        return found
    }

    /// The roles' checks (`PackState.roleProblems`) on the rules in force from each day a pack takes
    /// effect, not only on all packs together, so a role is never without its rule, or with two,
    /// for a while. A plan item is judged by the rules in force on 1 January of its year and by
    /// those a pack in force by 31 December added (`Engine.judging`), so in a year a pack takes
    /// effect those two sets together must give a role one rule as well.
    mutating func checkRoles(starts: [CivilDate]) {
        var seen = Set(problems.map { "\($0.location) \($0.message.en)" })
        func add(_ found: [Problem]) {
            for problem in found where seen.insert("\(problem.location) \(problem.message.en)").inserted {
                problems.append(problem)
            }
        }
        for (_, state, _) in epochs { add(state.roleProblems()) }
        func epoch(on day: CivilDate) -> Int { epochs.lastIndex { $0.from.map { $0 <= day } ?? true } ?? 0 }
        for year in Set(starts.map(\.year)).sorted() {
            guard let first = CivilDate(year: year, month: 1, day: 1),
                let last = CivilDate(year: year, month: 12, day: 31)
            else { continue }
            let (earlier, later) = (epochs[epoch(on: first)].state, epochs[epoch(on: last)].state)
            let known = Set(
                earlier.rules.filter { entry in
                    entry.value.syntax.subject?.name == Subject.plan.rawValue
                        && !earlier.disabled.contains { $0.id == entry.key }
                }.keys)
            for role in ReportRole.allCases where role.needs.single && role.needs.subjects.contains(.plan) {
                guard let id = earlier.players[role]?.first, let place = earlier.place(of: id, playing: role) else {
                    continue
                }
                let location = Site(place.source, place.offset).location
                add(
                    (later.players[role] ?? []).filter { !known.contains($0) }.compactMap { other in
                        later.place(of: other, playing: role).map {
                            $0.source.problem(
                                at: $0.offset, PackState.secondPlayer(role, other, id, location, plansOf: year))
                        }
                    })
            }
        }
    }

    func result() -> RuleSet {
        let made = epochs.map { $0.state.epoch(from: $0.from, holidays: $0.holidays) }
        // A parameter's values through the epochs, a new entry where its value changes.
        var parameters: [ParameterInfo] = []
        for (from, state, _) in epochs {
            for name in state.parameterOrder {
                let entry = state.parameters[name]!
                let value = PackState.shown(entry.value)
                let dated = ParameterInfo.DatedValue(from: from, value: value, setBy: entry.setBy)
                if let i = parameters.firstIndex(where: { $0.name == name }) {
                    if parameters[i].values.last?.value != value { parameters[i].values.append(dated) }
                } else {
                    parameters.append(
                        ParameterInfo(name: name, note: entry.note, declaredBy: entry.declaredBy, values: [dated]))
                }
            }
        }
        // Every rule in force on some day, in its latest form; and every switch-off, from its day.
        var rules: [String: Rule] = [:]
        var versions: [String: [(from: CivilDate?, severity: Severity, pack: String)]] = [:]
        var disabled: [(id: String, by: String, from: CivilDate?, until: CivilDate?)] = []
        for (from, state, _) in epochs {
            for rule in state.compiledRules {
                rules[rule.id] = rule
                // The pack that gave the rule this form: the last to change its severity, else its own.
                let pack = rule.changedBy.last ?? rule.pack
                let last = versions[rule.id]?.last
                if last?.severity != rule.severity || last?.pack != pack {
                    versions[rule.id, default: []].append((from, rule.severity, pack))
                }
            }
            for entry in state.disabled where !disabled.contains(where: { $0.id == entry.id && $0.by == entry.by }) {
                disabled.append((entry.id, entry.by, from, nil))
            }
            // A rule switched off and brought back by a later pack (`replace rule`) is off until
            // the day before (helper-232: listed as off for good, beside its new form).
            // (A rule switched off is in no epoch's rules while it is.)
            for i in disabled.indices where disabled[i].until == nil {
                if state.compiledRules.contains(where: { $0.id == disabled[i].id }) {
                    disabled[i].until = from?.adding(days: -1)
                }
            }
        }
        return RuleSet(
            packs: packs, parameters: parameters,
            rules: rules.values.sorted { codePointOrder($0.id, $1.id) },
            // (A rule in force from a local pack's day on has its day said too: helper-232, a pack of
            // 2027's rule was listed as in force with no day.)
            ruleVersions: versions.filter { $0.value.count > 1 || $0.value.first?.from != nil }, disabled: disabled,
            holidays: holidays, unused: unused,
            epochs: made)
    }
}
