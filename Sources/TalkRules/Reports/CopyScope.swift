import TalkModel

extension Facts {
    /// The committees a department copy covers: the one asked for, else the committee the store is
    /// for (the one organization with no parent on the day, that has lower-level organizations),
    /// and with `below` every organization under it, those dissolved under it in `period` too
    /// (`below(_:on:withDissolvedIn:)`). A store of several such trees cannot say whose office
    /// it is, so the flag must.
    public func copyCommittees(
        _ asked: String?, below: Bool, on day: CivilDate, dissolvedIn period: ClosedRange<CivilDate>? = nil
    ) throws(InputError) -> Set<String> {
        let root: Int
        if let asked {
            root = organizationIndex[asked]!
        } else {
            let roots = organizations.indices.filter {
                exists($0, on: day) && parent(of: $0, on: day) == nil && !children(of: $0, on: day).isEmpty
            }
            guard roots.count == 1 else {
                let names = roots.map { "\(organizations[$0].name)（\(organizations[$0].id)）".inline }
                throw InputError(
                    Message(
                        zh: roots.isEmpty
                            ? "存储中没有上级党组织，请用 --conductor 指明副本所属的党委（党组）"
                            : "存储中有多个最上级党组织（\(names.joined(separator: "、"))），请用 --conductor 指明副本所属的党委（党组）",
                        en: roots.isEmpty
                            ? "the store has no top organization: name the committee with --conductor"
                            : "the store has several top organizations (\(names.joined(separator: ", "))): name the committee with --conductor"
                    ), at: "--conductor")
            }
            root = roots[0]
        }
        let chosen = below ? [root] + self.below(root, on: day, withDissolvedIn: period) : [root]
        return Set(chosen.map { organizations[$0].id })
    }
}
