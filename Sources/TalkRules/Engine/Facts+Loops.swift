import TalkModel

extension Facts {
    /// The loops of parents in the tree through time (`spec/dataset-format.md`, "The tree has
    /// history": no organization is its own parent, directly or not, on any day), each told once,
    /// from its first member in id order, with the days it holds:
    /// `organization jd: its parents form a loop from 2026-03-01 to 2026-05-31: jd → jz → jd`.
    ///
    /// The load refuses loops (`Validator`); a store edited behind its back can hold one. The
    /// parents change only on the day after a former parent's last day, so the tree is walked on
    /// its first day from every organization, then on each day a parent changes from the
    /// organizations whose parent changes then (a loop new that day passes through one of them:
    /// its other links held the day before). Each walk of a day stops where one of that day
    /// stopped before (white, grey, black): linear in the tree for each day a parent changes.
    static func loops(_ parents: Groups<ParentPeriod>, id: (Int) -> String) -> [String] {
        // The days the tree changes, each with the organizations whose parent changes then (most
        // organizations never moved: nothing is made for them).
        var changes: [(day: CivilDate, organization: Int)] = []
        for o in parents.indices where parents[o].count > 1 {
            for period in parents[o].dropLast() {
                if let day = period.until?.adding(days: 1) { changes.append((day, o)) }
            }
        }
        changes.sort { ($0.day, $0.organization) < ($1.day, $1.organization) }
        var days: [(day: CivilDate?, starts: [Int])] = [(nil, Array(parents.indices))]
        var from = 0
        while from < changes.count {
            let day = changes[from].day
            let end = changes[from...].firstIndex { $0.day != day } ?? changes.count
            days.append((day, changes[from..<end].map(\.organization)))
            from = end
        }

        var told: [String] = []
        // The day (its place in `days`) each organization was last walked on, and the walk.
        var dayWalked = [Int](repeating: -1, count: parents.count)
        var walkOf = [Int](repeating: -1, count: parents.count)
        var walks = 0
        var walk: [Int] = []
        for (d, (day, starts)) in days.enumerated() {
            let changed = day == nil ? [] : Set(starts)
            for start in starts where dayWalked[start] != d {
                walks += 1
                walk.removeAll(keepingCapacity: true)
                var next: Int? = start
                while let o = next, dayWalked[o] != d {
                    (dayWalked[o], walkOf[o]) = (d, walks)
                    walk.append(o)
                    next = parent(in: parents[o], on: day)
                }
                // Back to this walk: a loop, new this day when one of its members moved then (one
                // the day before is told on its own first day).
                guard let o = next, walkOf[o] == walks else { continue }
                let loop = walk[walk.firstIndex(of: o)!...]
                guard day == nil || loop.contains(where: changed.contains) else { continue }
                told.append(describe(loop, from: day, parents, id: id))
            }
        }
        return told
    }

    /// A loop told from its first member by id, with the days it holds: from `day` (nil: the
    /// first) to the last day one of its members keeps the parent it has then (nil: to this day).
    private static func describe(
        _ loop: ArraySlice<Int>, from day: CivilDate?, _ parents: Groups<ParentPeriod>, id: (Int) -> String
    ) -> String {
        let last = loop.compactMap { period(in: parents[$0], on: day).until }.min()
        let when =
            switch (day, last) {
            case (nil, nil): ""
            case (nil, let last?): " until \(last)"
            case (let day?, nil): " from \(day)"
            case (let day?, let last?): day == last ? " on \(day)" : " from \(day) to \(last)"
            }
        // Positions are in the ids' order.
        let first = loop.indices.min { loop[$0] < loop[$1] }!
        let members = (loop[first...] + loop[..<first]).map(id)
        let shown = (members + [members[0]]).joined(separator: " → ")
        return "organization \(members[0]): its parents form a loop\(when): \(shown)"
    }
}
