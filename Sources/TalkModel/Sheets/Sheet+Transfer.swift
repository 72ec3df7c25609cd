/// An organization moved to another parent by a sheet: a transfer, kept as history.
extension Sheet {
    /// The key of the column that says from which day the parent in the row is the parent: not a
    /// field of the format, but how a sheet records a transfer (`transfer`).
    public static let parentFromKey = "parentFrom"

    /// The member a sheet's first former parent carries the first day written for it in, as far as
    /// written (`2026-07-01`, `2026-07`, `2026`: 海西州委（2026.7.1—2026.8.31）, （2026.7—…）): not a field
    /// of the format; taken off by `firstDayWritten`.
    static let formerFromKey = "from"

    /// The days the first day written for a row's first former parent may be (one, a month's, a
    /// year's), taken off the record, with that day as written.
    static func firstDayWritten(_ record: inout JSONValue) -> (days: ClosedRange<CivilDate>, written: String)? {
        guard case .array(var given)? = record[path: "formerParents"], !given.isEmpty,
            case .string(let day)? = given[0][path: formerFromKey]
        else { return nil }
        given[0][path: formerFromKey] = nil
        record[path: "formerParents"] = .array(given)
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard let year = parts.first,
            let first = CivilDate(
                year: year, month: parts.count > 1 ? parts[1] : 1, day: parts.count > 2 ? parts[2] : 1)
        else { return nil }
        let month = parts.count > 1 ? parts[1] : 12
        let last =
            parts.count > 2
            ? first : CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year)) ?? first
        return (first...last, day)
    }

    /// A row's former parents that begin with one of the stored history (the parent it leaves, as a
    /// transfer table writes it: 海西州委（至2026-09-30）) go on from there: the stored former parents
    /// before that one are kept, and returned to be said (helper-120: dropped, and the organization
    /// taken to be under 海西州委 on every day before). Former parents beginning with the stored
    /// first one, as `talks export` writes them, or with one the stored history has not, are the
    /// whole history.
    /// With the first day written for the first of them (`since`, its days as far as written:
    /// 海西州委（2026.7.1—2026.8.31）), the stored history before that day is kept, the stored parent
    /// on its eve running to the eve (helper-248: the stored 江州市委 of the days before was dropped,
    /// its talks judged under 海西州委); a stored transfer to that parent within the days written
    /// gives its day. A first day written that the stored history puts otherwise (that parent from an
    /// earlier day), or a month or year alone where the stored parent before was another, is refused
    /// (`refused`): which is right, only the office can say (helper-249: stored March to June under
    /// 海西州委 were given to 江州市委; a month alone erased the history).
    static func earlierHistory(
        _ record: inout JSONValue, stored: JSONValue?, since: (days: ClosedRange<CivilDate>, written: String)?,
        named: (String) -> String = { $0 }
    ) -> (kept: [JSONValue], refused: Message?) {
        guard let stored, case .array(let given)? = record[path: "formerParents"],
            let (firstParent, firstUntil) = given.first.map(formerParent), let firstUntil
        else { return ([], nil) }
        let storedFormer: [JSONValue] = if case .array(let items)? = stored[path: "formerParents"] { items } else { [] }
        let timeline = parents(of: stored)
        if let since, let eve = since.days.lowerBound.adding(days: -1) {
            // The stored stretch holding the eve, and its first day (nil: from the first).
            var (k, start): (Int, CivilDate?) = (0, nil)
            while k < timeline.count - 1, let until = timeline[k].until.flatMap(CivilDate.init), until < eve {
                (k, start) = (k + 1, until.adding(days: 1))
            }
            let parentName = firstParent.flatMap { if case .string(let id) = $0 { named(id) } else { nil } } ?? "无"
            var kept = Array(storedFormer[..<k])
            if timeline[k].parent != firstParent {
                let end = timeline[k].until.flatMap(CivilDate.init)
                let first: CivilDate
                if let end, let next = end.adding(days: 1), since.days.contains(next),
                    timeline[k + 1].parent == firstParent
                {
                    first = next
                } else if since.days.lowerBound == since.days.upperBound {
                    first = since.days.lowerBound
                } else {
                    return (
                        [],
                        Message(
                            zh: "\(parentName) 只写了起始的年月（\(since.written)），此前已存储的上级另有其人：请写明起始日，以便保留此前的历史",
                            en:
                                "\(parentName) begins in \(since.written) with no day given, and the stored parent before it "
                                + "was another: give the day, to keep the history before it")
                    )
                }
                let item: [(key: String, value: JSONValue)] =
                    (timeline[k].parent.map { [("parent", $0)] } ?? [])
                    + [("until", .string((first.adding(days: -1) ?? first).description))]
                kept.append(.object(item))
            } else if let start, !since.days.contains(start) {
                let organization = if case .string(let id)? = record[path: "id"] { id } else { "ORG" }
                return (
                    [],
                    Message(
                        zh: "\(parentName) 在此起于 \(since.written)，已存储的历史却起于 \(start)：请按已存储的填写，或先更正划转之日"
                            + "（talks move \(organization) --to \(parentName) --from 日期）",
                        en:
                            "\(parentName) begins \(since.written) here, but \(start) in the stored history: give the stored "
                            + "day, or correct the day of that transfer first (talks move \(organization) --to \(parentName) --from DAY)"
                    )
                )
            }
            record[path: "formerParents"] = .array(kept + given)
            return (kept, nil)
        }
        func beginsAt(_ k: Int) -> Bool {
            guard timeline[k].parent == firstParent else { return false }
            guard k > 0 else { return true }
            guard let before = timeline[k - 1].until else { return false }
            return before < firstUntil
        }
        guard let k = timeline.indices.last(where: beginsAt), k > 0 else { return ([], nil) }
        let kept = Array(storedFormer[..<k])
        record[path: "formerParents"] = .array(kept + given)
        return (kept, nil)
    }

    /// Whether the history `record` gives (its former parents and parent) puts another parent on
    /// some day than the stored history does, beyond a transfer after the stored parent's first day
    /// (a stretch given in two, 江州市委 to 3.31 and to 5.31, is the same: helper-177). A transfer
    /// dropped, a day moved, two parents' order reversed are each a rewrite (helper-122,
    /// helper-245: said for one only, a parent left out).
    static func rewritesHistory(_ record: JSONValue, stored: JSONValue) -> Bool {
        // Each stretch as its parent and last day, a stretch given in two made one.
        func stretches(_ organization: JSONValue) -> [(parent: JSONValue?, until: String?)] {
            parents(of: organization).reduce(into: []) { merged, stretch in
                if let last = merged.last, last.parent == stretch.parent {
                    merged[merged.count - 1].until = stretch.until
                } else {
                    merged.append(stretch)
                }
            }
        }
        let (old, new) = (stretches(stored), stretches(record))
        // The stored stretches kept, the one open now perhaps given an end, and parents after it.
        guard let open = old.last, new.count >= old.count, new[old.count - 1].parent == open.parent,
            zip(old.dropLast(), new).allSatisfy({ $0.parent == $1.parent && $0.until == $1.until })
        else { return true }
        // An end before its own first day takes days from the stretch before.
        guard let end = new[old.count - 1].until.flatMap(CivilDate.init), let since = parentSince(stored) else {
            return false
        }
        return end < since
    }

    /// An organization's parents in their order: each former one to its last day, then the one
    /// now, which has no end.
    static func parents(of organization: JSONValue) -> [(parent: JSONValue?, until: String?)] {
        let former: [JSONValue] = if case .array(let items)? = organization[path: "formerParents"] { items } else { [] }
        return former.map(formerParent) + [(organization[path: "parent"], nil)]
    }

    /// An organization's history as a note says it: each former parent to its last day, then the
    /// one now (`江州市委（jz）至 2026-05-31，此后海西州委（hx）`), or the one it always had; `named`
    /// gives a parent's name and id as shown (nil: it had none). For `talks load` and a sheet alike.
    public static func historyWords(
        _ periods: [(parent: String?, until: String?)], named: (String?) -> (zh: String, en: String)
    ) -> (zh: String, en: String) {
        guard periods.count > 1 else {
            let only = named(periods.first?.parent ?? nil)
            return (zh: "一直为\(only.zh)", en: "\(only.en) throughout")
        }
        let each = periods.map { parent, until in
            let name = named(parent)
            return until.map { (zh: "\(name.zh)至 \($0)", en: "\(name.en) until \($0)") }
                ?? (zh: "此后\(name.zh)", en: "then \(name.en)")
        }
        return (each.map(\.zh).joined(separator: "，"), each.map(\.en).joined(separator: ", "))
    }

    /// The first day of an organization's parent now: the day after its last former parent's last
    /// day; nil when it has had no other.
    static func parentSince(_ organization: JSONValue) -> CivilDate? {
        let timeline = parents(of: organization)
        guard timeline.count >= 2 else { return nil }
        return timeline[timeline.count - 2].until.flatMap(CivilDate.init)?.adding(days: 1)
    }

    /// A former parent's parent (nil for none) and last day, as the format writes them.
    static func formerParent(_ item: JSONValue) -> (parent: JSONValue?, until: String?) {
        let until: String? = if case .string(let day)? = item[path: "until"] { day } else { nil }
        return (item[path: "parent"], until)
    }

    /// An organization's row whose parent differs from the stored one is a transfer, recorded as
    /// history (`spec/dataset-format.md`, "The tree has history"): from the day its
    /// `上级组织起始日期` gives, the stored parent becomes a former parent until the day before.
    /// Without that day (and without the former parents written out, as `talks` writes them) the
    /// change is refused: rewriting the parent would judge every earlier talk against the new tree.
    /// The same parent from another day than the stored transfer's moves that transfer's day, as
    /// `talks move` does: the former parent's last day becomes the day before. With the former
    /// parents written out too, the day must follow the last one's end: else refused (helper-109:
    /// it was dropped, and talks of the days between judged against the other parent). A refusal
    /// comes with the key of the column it is about.
    /// `named` gives an organization's id as a message shows it (its name, the id beside).
    static func transfer(
        _ record: inout JSONValue, stored: JSONValue?, historyGiven: Bool,
        named: (String) -> (zh: String, en: String) = { ($0.inline, $0.inline) }
    ) -> (problem: Message, at: String)? {
        let from = record[path: parentFromKey].flatMap { if case .string(let day) = $0 { CivilDate(day) } else { nil } }
        record[path: parentFromKey] = nil
        if historyGiven, case .array(let history)? = record[path: "formerParents"],
            case .object(let last)? = history.last
        {
            // A former parent the same as the one after it (海西州委 before 海西州委) is no transfer:
            // the stored parent was dropped from the history (helper-110).
            if let parent = record[path: "parent"], last.first(where: { $0.0 == "parent" })?.1 == parent,
                case .string(let id) = parent
            {
                return (
                    Message(
                        zh: "原上级组织的最后一项 \(id.inline) 与上级组织相同：原上级组织应写此前的上级（及其截止日期）",
                        en:
                            "the last former parent, \(id.inline), is the parent itself: give the parent before it (and its last day)"
                    ), "formerParents"
                )
            }
            if let from, let lastDay = from.adding(days: -1),
                case .string(let until)? = last.first(where: { $0.0 == "until" })?.1, until != lastDay.description
            {
                // Told at the day (helper-122: at 上级组织, whose name is not in question).
                return (
                    Message(
                        zh: "上级组织起始日期 \(from) 与原上级组织的截止日期 \(until) 不相接（截止日期应为起始日期的前一天 \(lastDay)）：请核对改隶之日",
                        en:
                            "the parent's first day, \(from), does not follow the former parent's end, \(until) (the end is the day "
                            + "before, \(lastDay)): check the day of the transfer"), parentFromKey
                )
            }
        }
        if stored == nil, !historyGiven, let from {
            // A new organization under its parent only from a day had another before it, which the
            // row must give, unless it was set up that day or later (helper-112: the day was
            // dropped, and the parent taken for every day before it).
            let established = record[path: "established"].flatMap {
                if case .string(let day) = $0 { CivilDate(day) } else { nil }
            }
            if established.map({ $0 < from }) ?? true, let before = from.adding(days: -1) {
                return (
                    Message(
                        zh: "上级组织起始日期 \(from) 之前的上级没有给出：请在“原上级组织”列写明（如 某市委（至 \(before)）），"
                            + "或将成立日期填为该日或其后",
                        en: "the parent before \(from), the parent's first day, is not given: write it under 原上级组织 "
                            + "(such as 某市委（至 \(before)）), or give a 成立日期 on that day or after"), parentFromKey
                )
            }
        }
        guard let stored, !historyGiven else { return nil }
        let old = stored[path: "parent"]
        let new = record[path: "parent"]
        let id = { (value: JSONValue?) in value.flatMap { if case .string(let id) = $0 { id } else { nil } } }
        func name(_ value: JSONValue?) -> (zh: String, en: String) { id(value).map { named($0) } ?? ("—", "—") }
        var history: [JSONValue] = if case .array(let items)? = record[path: "formerParents"] { items } else { [] }
        guard old != new else {
            // A day before the last former parent's own first day would leave it none: a sheet
            // dated from before the stored transfers (helper-240: told of a last day derived from
            // it, "2021-05-31 must be after … 2026-05-31", which nobody wrote).
            let formerParents = parents(of: stored).dropLast()
            if let from, formerParents.count >= 2,
                let earlier = formerParents.dropLast().last?.until.flatMap(CivilDate.init),
                let lastFirst = earlier.adding(days: 1), from <= lastFirst, let last = formerParents.last
            {
                let (was, between) = (name(formerParents.dropLast().last?.parent), name(last.parent))
                return (
                    Message(
                        zh: "上级组织起始日期 \(from) 不在已登记的划转之后：\(was.zh) 是本组织至 \(earlier) 的上级，其后 \(between.zh) "
                            + "自 \(lastFirst) 起至 \(last.until ?? "—")：请填写 \(lastFirst) 之后的日期，或在“原上级组织”列写出全部原上级组织以改写这段历史",
                        en:
                            "the parent's first day, \(from), is not after the stored transfers: \(was.en) was the parent until "
                            + "\(earlier), then \(between.en) from \(lastFirst) until \(last.until ?? "—"): give a day after "
                            + "\(lastFirst), or write every former parent under 原上级组织 to rewrite that history"),
                    parentFromKey
                )
            }
            if let lastDay = from?.adding(days: -1), case .object(var last)? = history.last,
                let at = last.firstIndex(where: { $0.0 == "until" }), last[at].1 != .string(lastDay.description)
            {
                last[at].1 = .string(lastDay.description)
                history[history.count - 1] = .object(last)
                record[path: "formerParents"] = .array(history)
            }
            return nil
        }
        let (organization, target) = (id(record[path: "id"])?.inline ?? "—", id(new)?.inline ?? "—")
        let move = "talks move \(organization) --to \(target) --from"
        // A parent the stored history had before a transfer, given without a day or from a day
        // before that transfer: a sheet made before it (helper-238: it was told to move the
        // organization back; helper-239: with 上级组织起始日期, told of a last day before the one stored).
        if let since = parentSince(stored),
            let until = parents(of: stored).dropLast().last(where: { $0.parent == new })?.until,
            from.map({ $0 <= since }) ?? true
        {
            return (
                Message(
                    zh: "上级组织写的是 \(name(new).zh)，它是本组织至 \(until) 的上级；已登记自 \(since) 起划转至 \(name(old).zh)："
                        + "若本表制于划转之前，请将上级组织改为 \(name(old).zh)；若确已划回，请在“上级组织起始日期”列填写划回之日（\(since) 之后），或用 \(move) 日期 登记",
                    en:
                        "gives \(name(new).en), the parent until \(until); a transfer to \(name(old).en) from \(since) is stored: "
                        + "if the sheet was made before it, write \(name(old).en) here; if the organization went back, give the day "
                        + "(after \(since)) in a column 上级组织起始日期 (parentFrom), or record it with \(move) DATE"),
                "parent"
            )
        }
        guard let from, let lastDay = from.adding(days: -1) else {
            return (
                Message(
                    zh:
                        "上级组织由 \(name(old).zh) 改为 \(name(new).zh)：请在“上级组织起始日期”列填写改隶之日，或用 \(move) 日期 登记划转",
                    en:
                        "the parent changes from \(name(old).en) to \(name(new).en): give the first day of the new parent in a column 上级组织起始日期 (parentFrom), or record the transfer with \(move) DATE"
                ), "parent"
            )
        }
        history.append(
            .object([("parent", old ?? .null), ("until", .string(lastDay.description))].filter { $0.1 != .null }))
        record[path: "formerParents"] = .array(history)
        return nil
    }
}
