import TalkModel

/// For a superior organization (Art. 14–15): every committee below it, side by side, with the same
/// figures as each one's annual section. A committee is a local committee or party group, or any
/// organization with lower-level organizations; one that recorded nothing still has its row, as a
/// blank is itself a finding for the superior, unless it had no lower-level organization that year
/// (`noOneToTalkTo`): with no one to talk to, it has nothing to report.
public struct Rollup: Sendable {
    public struct Row: Sendable {
        /// 1 for the committees right below, 2 for those below them, and so on.
        public let depth: Int
        public let report: AnnualReport
        /// The most overdue open items, worst first.
        public let worstOverdue: [Finding]
        /// How many lower-level organizations the committee has on the day the tree is taken: the
        /// as-of day, or the year's last day for an earlier year; of one dissolved before it, on
        /// its last day.
        public let lowerLevel: Int
        /// Whether it had any on the year's first day (a county moved away in June was its own
        /// until then), or one dissolved in the year was below it (listed under it: helper-207,
        /// the row said "no lower level" above it).
        let lowerLevelInYear: Bool
        /// A committee that recorded nothing for the year and had no lower-level organization at
        /// its start, on the as-of day or dissolved under it: it had no one to talk to.
        public var noOneToTalkTo: Bool { report.nothingRecorded && lowerLevel == 0 && !lowerLevelInYear }
        /// A committee with lower-level organizations that recorded no talk, plan item or trigger
        /// for the year: a report not made.
        public var nothingReported: Bool { report.nothingRecorded && !noOneToTalkTo }
        /// The last day of a committee dissolved before the as-of day (listed for the year it had).
        public var dissolved: CivilDate? { report.dissolved }
    }

    public static let worstShown = 3

    public let under: Organization
    public let year: Int
    public let asOf: CivilDate
    public let packs: [PackInfo]
    public let rows: [Row]
    public let yearsWithoutData: [Int]
    /// The day the tree is taken on: the as-of day, or an earlier year's last day.
    public let treeDay: CivilDate

    public init(_ judgement: YearJudgement, under id: String) {
        let facts = judgement.engine.facts
        let root = facts.organizationIndex[id]!
        under = facts.organizations[root]
        year = judgement.year
        asOf = judgement.asOf
        packs = judgement.packs
        yearsWithoutData = judgement.yearsWithoutData
        // Depth first, children by id, so each committee sits under its superior.
        // The tree as it stands on the report's as-of date, or of an earlier year on its last day, or
        // on the last day of the committee rolled up under when it was dissolved before either
        // (helper-210: a 2025 roll-up listed a committee set up in 2026, and a county under the
        // city it moved to in 2026), with the committees dissolved in the year before then under
        // their parent of their last day: their year is still reported (`Facts.dissolvedChildren`).
        let period = CivilDate.days(of: year)!
        // (Under a committee dissolved in the year, the tree of its last day: helper-211, its
        // committees had all moved away by the year's end, and nothing was rolled up.)
        let day = [judgement.asOf, period.upperBound, under.dissolved].compactMap { $0 }.min()!
        treeDay = day
        func below(_ index: Int) -> (now: [Int], all: [Int]) {
            let now = facts.children(of: index, on: day)
            return (now, (now + facts.dissolvedChildren(of: index, before: day, in: period)).sorted())
        }
        var committees: [(index: Int, depth: Int, children: Int, inYear: Bool)] = []
        var stack: [(Int, Int)] = below(root).all.reversed().map { ($0, 1) }
        while let (index, depth) = stack.popLast() {
            let children = below(index)
            let kind = facts.organizations[index].kind
            if !children.all.isEmpty || kind == .localCommittee || kind == .partyGroup {
                // (Of one dissolved before the day, on its last day: helper-212, 0 beside "nothing
                // recorded" for a committee that had organizations to talk to.)
                let lowerLevel =
                    facts.organizations[index].dissolved(before: day).map { facts.children(of: index, on: $0).count }
                    ?? children.now.count
                committees.append((index, depth, lowerLevel, facts.hadLowerLevel(index, in: period, asOf: day)))
            }
            stack += children.all.reversed().map { ($0, depth + 1) }
        }
        // Each committee's report on every core, in the tree's order: they read the one judgement
        // and nothing else (on one core, a third of the roll-up under the centre at scale 1).
        let found = committees
        rows = [Row](concurrently: found.count) { i in
            let (index, depth, children, inYear) = found[i]
            let report = AnnualReport(judgement, conductor: facts.organizations[index].id)
            let worst = report.openItems.filter { $0.status == .overdue }
                .sorted { ($0.days ?? 0, $1.subjectID, $1.rule) > ($1.days ?? 0, $0.subjectID, $0.rule) }
                .prefix(Self.worstShown)
            return Row(
                depth: depth, report: report, worstOverdue: Array(worst), lowerLevel: children,
                lowerLevelInYear: inYear)
        }
    }
}
