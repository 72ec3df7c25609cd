import TalkModel
import TalkStore

/// How a stored record reads to a clerk: what it is, the names of the organizations and people it
/// is about (each with its id), and its dates. Never any confidential text.
public struct RecordWords {
    private let store: any Store

    public init(_ store: any Store) { self.store = store }

    /// An organization or a person by name and id, `安平市委（ap）` / `安平市委 (ap)`; the id alone when not stored.
    public func named(_ id: String) throws -> Message {
        if let organization = try store.organization(id) { return organization.named }
        let name = try store.people(.id(id)).first?.name
        guard let name else { return Message(zh: id.inline, en: id.inline) }
        return Message(zh: "\(name.inline)（\(id.inline)）", en: "\(name.inline) (\(id.inline))")
    }

    /// A note when `talk` is a supervision talk whose conductor is not above its organization on
    /// the day held (neither its parent nor a parent's parent, as `lower-level` reads it; the old
    /// parent after a transfer, the organization itself, one with no parent), nil otherwise. `lead`
    /// begins it ("note: ", or a sheet's "row 5: "). `organizations`: the organizations read so
    /// far, kept across the talks of a sheet or a document.
    public func conductorNotAbove(
        _ talk: Talk, lead: (zh: String, en: String), organizations: inout OrganizationsRead
    ) throws -> Message? {
        guard talk.kind.isSupervision, let organization = try organizations(talk.organization)
        else { return nil }
        let above = try organizations.above(organization, on: talk.held)
        guard !above.contains(talk.conductor) else { return nil }
        let (by, with, parent) = try (named(talk.conductor), named(talk.organization), above.first.map(named))
        return Message(
            zh: "\(lead.zh)\(by.zh)在 \(talk.held) 不是\(with.zh)的上级党组织"
                + (parent.map { "（其上级是\($0.zh)）" } ?? "（当日没有上级党组织）")
                + "，监督谈话应由上级党委（党组）开展（lower-level）；请核对开展谈话的党委",
            en: "\(lead.en)\(by.en) is not above \(with.en) on \(talk.held) "
                + (parent.map { "(its parent is \($0.en))" } ?? "(it has no parent that day)")
                + ": a supervision talk is held with an organization below its conductor (lower-level); check the conductor"
        )
    }

    /// `conductorNotAbove` for one talk.
    public func conductorNotAbove(_ talk: Talk, lead: (zh: String, en: String)) throws -> Message? {
        var organizations = OrganizationsRead(store)
        return try conductorNotAbove(talk, lead: lead, organizations: &organizations)
    }

    /// A note when the appointment `key` has stored talks naming its holder on the post's days, as
    /// the talkee of its organization or a talker of it, nil when none does: `talks check` judges a
    /// talk by the posts stored on its day (its talkee the organization's top leader, its talker on
    /// the conductor's leadership team, Art. 7), so deleting the post changes their verdicts.
    public func talksOnThePost(_ key: String) throws -> Message? {
        guard let post = try store.records(.appointments, keys: [key]).appointments.first else { return nil }
        let onThePost = { (talk: Talk) in talk.held >= post.from && post.to.map { talk.held <= $0 } != false }
        let talked = try store.talks(.only(.organization(post.organization))).filter {
            $0.talkee == post.person && onThePost($0)
        }
        let talking = try store.talks(.only(.conductor(post.organization))).filter {
            $0.talker == post.person && onThePost($0)
        }
        let ids = Set((talked + talking).map(\.id)).sorted()
        guard !ids.isEmpty else { return nil }
        let who = try named(post.person)
        let listed = ids.prefix(5).map(\.inline).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
        return Message(
            zh: "注意：存储中有 \(ids.count) 次谈话（\(listed)）在该任职期间以\(who.zh)为被谈话人或谈话人；"
                + "删除后，talks check 按当日存储的任职判断这些谈话（被谈话人是否为一把手、谈话人是否为领导班子成员）",
            en:
                "note: \(ids.count) stored \(ids.count == 1 ? "talk" : "talks") (\(listed)) \(ids.count == 1 ? "names" : "name") "
                + "\(who.en) as the talkee or a talker on this post's days; "
                + "without the post, talks check judges them by the posts left stored on those days (whether the "
                + "talkee is the top leader, the talker on the leadership team)")
    }

    /// The record of `kind` with `key`, described; an unknown key is an error naming the closest ones.
    public func describe(_ kind: RecordKind, key: String) throws -> Message {
        let found = try store.records(kind, keys: [key])
        if let talk = found.talks.first {
            let (by, with, whom) = try (named(talk.conductor), named(talk.organization), named(talk.talkee))
            return Message(
                zh: "\(by.zh)于 \(talk.held) 与\(with.zh)\(whom.zh)的\(talk.kind.label.zh) \(talk.id.inline)",
                en:
                    "the \(talk.kind.label.en) talk \(talk.id.inline) of \(by.en) with \(whom.en) of \(with.en), held \(talk.held)"
            )
        }
        if let plan = found.plans.first {
            let (by, with) = try (named(plan.conductor), named(plan.organization))
            return Message(
                zh: "\(by.zh)\(plan.year) 年度与\(with.zh)谈话的计划事项 \(plan.id.inline)",
                en: "the plan item \(plan.id.inline) of \(by.en) for \(plan.year): a talk with \(with.en)")
        }
        if let trigger = found.triggers.first {
            let at = try named(trigger.organization)
            return Message(
                zh: "\(at.zh)于 \(trigger.on) 发现的及时谈话情形 \(trigger.id.inline)：\(trigger.kind.label.zh)",
                en: "the trigger \(trigger.id.inline) at \(at.en), noted \(trigger.on): \(trigger.kind.label.en)")
        }
        if let organization = found.organizations.first {
            let it = try named(organization.id)
            return Message(zh: "组织 \(it.zh)", en: "the organization \(it.en)")
        }
        if let person = found.people.first {
            let it = try named(person.id)
            return Message(zh: "人员 \(it.zh)", en: "the person \(it.en)")
        }
        if let post = found.appointments.first {
            let (who, at) = try (named(post.person), named(post.organization))
            return Message(
                zh: "\(who.zh)自 \(post.from) 任\(at.zh)\(post.role.label.zh)的任职",
                en: "the appointment of \(who.en) as \(post.role.label.en) of \(at.en) from \(post.from)")
        }
        if let term = found.terms.first {
            let of = try named(term.organization)
            return Message(
                zh: "\(of.zh)\(term.from) 至 \(term.to) 的届期", en: "the term of \(of.en) from \(term.from) to \(term.to)"
            )
        }
        throw unknownID(key, kinds: [kind], store: store)
    }
}
