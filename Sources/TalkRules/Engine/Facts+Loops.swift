import TalkModel

extension Facts {
    /// The loops of parents in the tree through time (`spec/dataset-format.md`, "The tree has
    /// history": no organization is its own parent, directly or not, on any day), each told once,
    /// on the first day it exists, from its first member in id order:
    /// `organization jd: its parents form a loop from 2026-03-01: jd → jz → jd`.
    ///
    /// The load refuses loops (`Validator`); a store edited behind its back can hold one. The tree
    /// of the first day is walked whole, each organization once (white, grey, black); a loop that
    /// appears later passes through an organization whose parent changed that day (its other
    /// links held the day before), so each change is walked up from only: linear in the tree and
    /// its changes, times their depth.
    static func loops(_ parents: Groups<ParentPeriod>, id: (Int) -> String) -> [String] {
        var told: [String] = []
        func tell(_ loop: ArraySlice<Int>, from day: CivilDate?) {
            let first = loop.indices.min { loop[$0] < loop[$1] }!
            let members = (loop[first...] + loop[..<first]).map(id)
            let when = day.map { " from \($0)" } ?? ""
            let shown = (members + [members[0]]).joined(separator: " → ")
            told.append("organization \(members[0]): its parents form a loop\(when): \(shown)")
        }

        // The first day: each walk stops at a root, at a walk done before, or at itself.
        let (unseen, walking, done): (UInt8, UInt8, UInt8) = (0, 1, 2)
        var state = [UInt8](repeating: unseen, count: parents.count)
        for start in parents.indices where state[start] == unseen {
            var walk: [Int] = []
            var next: Int? = start
            while let o = next, state[o] == unseen {
                state[o] = walking
                walk.append(o)
                next = parent(in: parents[o], on: nil)
            }
            if let o = next, state[o] == walking { tell(walk[walk.firstIndex(of: o)!...], from: nil) }
            for o in walk { state[o] = done }
        }

        // Each later day a parent changes, from the organization it changes for.
        let changes = parents.indices.flatMap { o in
            parents[o].dropLast().compactMap { $0.until?.adding(days: 1) }.map { (day: $0, organization: o) }
        }.sorted { ($0.day, $0.organization) < ($1.day, $1.organization) }
        var toldOn: Set<[Int]> = []
        var walkOf = [Int](repeating: -1, count: parents.count)
        for (w, change) in changes.enumerated() {
            var walk = [change.organization]
            walkOf[change.organization] = w
            var next = parent(in: parents[change.organization], on: change.day)
            while let o = next, walkOf[o] != w {
                walkOf[o] = w
                walk.append(o)
                next = parent(in: parents[o], on: change.day)
            }
            // A loop with two members moved that day is met from each: told once.
            guard next == change.organization, toldOn.insert([change.day.dayNumber, walk.min()!]).inserted else {
                continue
            }
            tell(walk[...], from: change.day)
        }
        return told
    }
}
