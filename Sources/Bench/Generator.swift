import TalkModel
import TestSupport

/// A synthetic national store: one central committee, 31 × `scale` provinces, each with ten
/// cities of ten counties of thirteen townships and three provincial Party groups (about 45,000
/// organizations at scale 1); their secretaries and deputies, terms, annual plans for 2025 and
/// 2026, triggers, and about 250,000 talks in every state of their follow-up. One document per
/// province (and one for the centre), as provinces would send them.
struct Generator {
    let scale: Int
    /// The day the store is judged on; no date in it is later.
    let asOf = CivilDate(year: 2026, month: 11, day: 21)!
    private var random = SplitMix(seed: 20_260_130)

    init(scale: Int) { self.scale = scale }

    var provinces: Int { 31 * scale }

    /// The centre's document: the central committee and its leaders.
    mutating func centre() -> Dataset {
        var d = Dataset()
        d.organizations = [Organization(id: "C", name: "中央", kind: .localCommittee, level: .central)]
        addLeaders(of: "C", to: &d)
        return d
    }

    /// Province `index`'s document: its organizations and everything about them, including the
    /// centre's plans and talks with the province itself.
    mutating func province(_ index: Int) -> Dataset {
        var d = Dataset()
        let province = "P\(index)"
        addOrganization(province, name: "第\(index)省委", kind: .localCommittee, level: .province, parent: "C", to: &d)
        for g in 1...3 {
            addOrganization(
                "\(province)G\(g)", name: "第\(index)省第\(g)厅党组", kind: .partyGroup, level: .province, parent: province,
                to: &d)
        }
        for c in 1...10 {
            let city = "\(province)C\(c)"
            addOrganization(city, name: "\(city)市委", kind: .localCommittee, level: .city, parent: province, to: &d)
            for x in 1...10 {
                let county = "\(city)X\(x)"
                addOrganization(
                    county, name: "\(county)县委", kind: .localCommittee, level: .county, parent: city, to: &d)
                for t in 1...13 {
                    addOrganization(
                        "\(county)T\(t)", name: "\(county)T\(t)乡镇党委", kind: .localCommittee, level: .township,
                        parent: county, to: &d)
                }
            }
        }
        return d
    }

    private mutating func addOrganization(
        _ id: String, name: String, kind: OrganizationKind, level: Level, parent: String, to d: inout Dataset
    ) {
        d.organizations.append(Organization(id: id, name: name, kind: kind, level: level, parent: parent))
        if level != .township { addLeaders(of: id, to: &d) }
        // A township's secretary only: nobody below it is talked to.
        if level == .township { addPerson("s-\(id)", role: .secretary, of: id, to: &d) }
        if kind == .localCommittee {
            d.terms.append(Term(organization: id, from: day(2021, 7, 1), to: day(2026, 6, 30), number: 1))
            d.terms.append(Term(organization: id, from: day(2026, 7, 1), to: day(2031, 6, 30), number: 2))
        }
        for year in [2025, 2026] { addYear(year, organization: id, level: level, parent: parent, to: &d) }
    }

    private mutating func addLeaders(of id: String, to d: inout Dataset) {
        addPerson("s-\(id)", role: .secretary, of: id, to: &d)
        addPerson("d1-\(id)", role: .deputySecretary, of: id, to: &d)
        addPerson("d2-\(id)", role: .member, of: id, to: &d)
    }

    private func addPerson(_ id: String, role: Role, of organization: String, to d: inout Dataset) {
        d.people.append(Person(id: id, name: "\(id)同志"))
        d.appointments.append(Appointment(person: id, organization: organization, role: role, from: day(2021, 7, 1)))
    }

    /// One year of supervision of `organization`'s top leader by its parent: the plan item, the
    /// regular talk (or none), triggers with timely talks, and talks of the other kinds.
    private mutating func addYear(_ year: Int, organization: String, level: Level, parent: String, to d: inout Dataset)
    {
        let talkee = "s-\(organization)"
        let secretary = "s-\(parent)"
        let plan = "PL\(year)-\(organization)"
        d.plans.append(
            Plan(
                id: plan, conductor: parent, year: year, organization: organization, talker: secretary,
                due: day(year, 10, 31), basis: random.chance(0.3) ? [.inspection] : []))
        let lastDay = year == 2026 ? asOf.dayNumber - 1 : day(year, 12, 31).dayNumber
        let firstDay = day(year, 2, 1).dayNumber
        func someDay() -> CivilDate { CivilDate(dayNumber: firstDay + random.below(lastDay - firstDay + 1))! }

        if random.chance(0.9) {
            // Secretaries of cities, counties and townships must be talked to by the secretary (Art. 7).
            let talker = random.chance(0.95) ? secretary : "d1-\(parent)"
            var talk = supervision(
                "R\(year)-\(organization)", .regular, parent, organization, talkee, talker, someDay())
            talk.plan = plan
            d.talks.append(talk)
        }
        if random.chance(0.35) {
            let trigger = "TR\(year)-\(organization)"
            let on = someDay()
            d.triggers.append(
                Trigger(
                    id: trigger, organization: organization, kind: TriggerKind.allCases[random.below(6)], on: on,
                    note: "情形说明 \(trigger)"))
            if random.chance(0.8), let held = on.adding(days: 3 + random.below(40)), held < asOf {
                var talk = supervision(
                    "TM\(year)-\(organization)", .timely, parent, organization, talkee, secretary, held)
                talk.triggers = [trigger]
                d.talks.append(talk)
            }
        }
        for (kind, share) in [(TalkKind.appointment, 0.6), (.admonishment, 0.5), (.clueDisposal, 0.5)]
        where random.chance(share) {
            d.talks.append(
                Talk(
                    id: "\(kind.rawValue.prefix(2).uppercased())\(year)-\(organization)", conductor: parent, kind: kind,
                    organization: organization, talkee: talkee, talker: "d1-\(parent)", held: someDay()))
        }
    }

    /// A regular or timely talk with its steps and a follow-up in one of its possible states:
    /// reported on time, late, or not yet; assessed, archived and copied, or not.
    private mutating func supervision(
        _ id: String, _ kind: TalkKind, _ conductor: String, _ organization: String, _ talkee: String,
        _ talker: String, _ held: CivilDate
    ) -> Talk {
        var t = Talk(
            id: id, conductor: conductor, kind: kind, organization: organization, talkee: talkee, talker: talker,
            held: held)
        t.selfCheck = random.chance(0.95)
        t.steps = random.chance(0.9) ? Step.allCases : Array(Step.allCases.prefix(3))
        t.record = random.chance(0.95)
        t.participants = random.chance(0.7) ? [.disciplineInspection, .organization] : []
        t.problems = ["问题 \(id)-1", "问题 \(id)-2"]
        t.requirements = ["整改要求 \(id)"]
        // On time (within the month), late, or missing; never after the day the store is judged.
        func reported(within days: Int, late: Double, missing: Double) -> CivilDate? {
            if random.chance(missing) { return nil }
            let offset = random.chance(late) ? days + 5 + random.below(30) : 1 + random.below(days - 5)
            guard let date = held.adding(days: offset), date <= asOf else { return nil }
            return date
        }
        if let date = reported(within: 30, late: 0.1, missing: 0.15) {
            t.measures = Measures(reported: date, reflections: random.chance(0.9), communicated: date.adding(days: 5))
            if t.measures?.communicated.map({ $0 > asOf }) == true { t.measures?.communicated = nil }
        }
        if t.measures != nil, let date = reported(within: 90, late: 0.1, missing: 0.15) {
            t.report = RectificationReport(
                reported: date, assessment: random.chance(0.9) ? .adequate : Assessment.allCases[random.below(4)])
            if random.chance(0.6), let archived = date.adding(days: 10), archived <= asOf {
                t.archive = Archive(archived: archived, copiedTo: [.disciplineInspection, .organization])
            }
        }
        return t
    }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        CivilDate(year: year, month: month, day: day)!
    }
}
