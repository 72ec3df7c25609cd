import TalkModel
import TalkOffice
import TalkStore

/// `talks move ORG --to PARENT --from DATE`: a transfer (划转, 行政区划调整, 机构改革) recorded as
/// history, never as a rewrite: the old parent stays the parent until the day before DATE
/// (`spec/cli.md`; `spec/dataset-format.md`, "The tree has history").
/// The options of `talks move`.
private struct MoveOptions: CommandOptions {
    let to = OptionKeys.text("--to", "PARENT", "新的上级党组织", "the new parent")
    let from = OptionKeys.date("--from", "划转生效日（新的上级自此日起）", "the first day of the new parent")
    let yes = OptionKey.yes
}

let moveCommand = Command(
    name: "move", operands: "ORG",
    summary: Message(
        zh: "登记组织划转：自某日起改隶新的上级党组织", en: "record a transfer: the organization has a new parent from a day on"),
    details: Message(
        zh:
            "原上级党组织保留为该组织至前一日的上级，此前开展的谈话仍按当时的组织关系评判；划转日及以后由新的上级开展谈话、计入覆盖。\n划转日须晚于已登记的最后一次划转。talks show ORG 列出该组织的历次上级。",
        en:
            "The old parent stays the organization's parent until the day before, so the talks it held are still judged against the tree of their day; from DATE on the new parent talks to it and covers it.\nDATE must be after the last transfer recorded. talks show ORG lists every parent it has had."
    ),
    options: MoveOptions.self
) { arguments, options, context in
    let typed = try arguments.operand("ORG")
    try arguments.require([options.to, options.from], by: "move")
    guard let from = try arguments[options.from], let lastDay = from.adding(days: -1) else {
        throw arguments.fail("--from 无效", "--from is not a date")
    }
    try arguments.refuseFuture(options.dates)
    let parent = try arguments[options.to]!
    let store = try context.openStore()
    // Organizations may be named as in every flag: by id or by a name one of them bears.
    let names = context.names(store)
    let id = try names.id(typed, .organizations, flag: "ORG")
    let to = try names.id(parent, .organizations, flag: options.to.name)
    let outcome = try MoveOrganization.run(id, to: to, from: from, store: store)
    let (moved, old) = (outcome.organization, outcome.old)
    // A transfer dated back makes the old parent's later talks with it talks with an organization
    // that was no longer below it: say which, so a mistaken day is seen at once.
    for note in try MoveOrganization.consequences(of: [(outcome.before, moved)], in: store)
        + MoveOrganization.parentsNotAbove([moved], before: [outcome.before], in: store)
    {
        context.note(note.zh, note.en)
    }
    // Both parents named as the organization is (helper-233: by id alone). (An organization that
    // had no parent, the root committee given one, had none before: "— was its parent" read as a
    // parent named "—".)
    let words = RecordWords(store)
    let newParent = try words.named(to)
    let before =
        try old.map {
            let old = try words.named($0)
            return Message(zh: "\(old.zh)为其上级至 \(lastDay)", en: "\(old.en) was its parent until \(lastDay)")
        } ?? Message(zh: "此前无上级党组织", en: "it had no parent before")
    try context.confirm(Message(zh: "\(moved.id.inline) 已划转", en: "\(moved.id.inline) was moved")) {
        try context.say(
            "\(moved.named.zh)自 \(from) 起改隶\(newParent.zh)；\(before.zh)",
            "\(moved.named.en) has \(newParent.en) as its parent from \(from); \(before.en)"
        )
    }
    return ExitStatus.success
}
