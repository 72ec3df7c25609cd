import TalkModel
import TalkStore
import TalkText

/// The options of `talks access`.
private struct AccessOptions: CommandOptions {
    let conductor = OptionKeys.text(
        "--conductor", "ORG", "grant：该角色可读写其记录的党委（党组）", "grant: the committee whose records the role reads and writes")
    let confidential = OptionKeys.flag("--confidential", "grant：也可读写保密内容", "grant: the confidential texts too")
}

/// `talks access grant|revoke|list`: which PostgreSQL roles may read and write which committee's
/// records, enforced by the database (row-level security), not by this tool (Art. 16).
let accessCommand = Command(
    name: "access", operands: "grant ROLE|revoke ROLE|list",
    summary: Message(
        zh: "共享数据库（PostgreSQL）的访问权限：哪个角色可读写哪个党委（党组）的记录",
        en: "access to a shared PostgreSQL store: which role reads and writes which committee's records"),
    details: Message(
        zh:
            "仅用于 PostgreSQL 存储（--db postgresql://…），由存储的所有者运行。权限由数据库的行级安全策略执行，任何程序（包括 psql）连接都受其限制。\ngrant ROLE --conductor ORG：数据库角色 ROLE（须已由管理员创建，如 sudo -u postgres createuser --pwprompt ROLE；密码不经本命令）只能读写 ORG 开展的谈话、ORG 的年度计划，以及 ORG 下级组织的及时谈话情形；可读组织、人员、任职和届期。加 --confidential 才能读写保密内容（指出的问题、整改要求、情形说明）；不加时不能写入谈话和情形，只能写入计划。再次 grant 取代原授权。\nrevoke ROLE：收回该角色的全部权限。\nlist：列出所有者（可读写全部记录并授权）和每个已授权的角色。\n审计日志对每个已授权角色可读；只能追加接续哈希链的审计记录，任何人不能修改或删除。",
        en:
            "PostgreSQL stores only (--db postgresql://…), run by the store's owner. The database enforces it with row-level security, whatever program connects (psql too).\ngrant ROLE --conductor ORG: the database role ROLE (which the administrator makes first, e.g. sudo -u postgres createuser --pwprompt ROLE; no password passes through talks) reads and writes only the talks ORG conducts, ORG's plans and the triggers about the organizations below ORG, and reads the organizations, people, posts and terms. With --confidential it also reads and writes the confidential texts (problems, requirements, trigger notes); without, it writes plans only, not talks or triggers. A second grant replaces the first.\nrevoke ROLE: takes every privilege on the store from the role.\nlist: the owner (every record, and grants) and each role granted.\nEvery granted role reads the audit trail; an entry can only be appended as the next link of the chain, and no one changes or removes one."
    ),
    options: AccessOptions.self
) { arguments, options, context in
    let actions = ["grant", "revoke", "list"]
    guard let action = arguments.operands.first, actions.contains(action) else {
        throw arguments.fail("需要 grant ROLE、revoke ROLE 或 list", "expected grant ROLE, revoke ROLE or list")
            .with(arguments.operands.first.flatMap { Suggestions.hint(for: $0, among: actions) })
    }
    guard arguments.operands.count == (action == "list" ? 1 : 2) else {
        throw action == "list"
            ? arguments.fail("access list 不带参数", "access list takes no operand")
            : arguments.fail("需要一个参数：数据库角色名", "expected one operand: the database role")
    }
    if action != "grant" {
        for option in [options.conductor, options.confidential] as [any OptionDeclaration] where arguments.has(option) {
            throw arguments.fail("\(option.name) 只用于 access grant", "\(option.name) goes with access grant only")
        }
    }
    guard let database = context.database else {
        throw arguments.fail(
            "access 只用于 PostgreSQL 存储（--db postgresql://…）；SQLite 存储文件只由其所有者读写，权限由文件权限保护",
            "access works on a PostgreSQL store only (--db postgresql://…); a SQLite store is its owner's file, guarded by its file permissions"
        )
    }
    let store = try PostgreSQLStore.open(database, actor: context.actor)
    switch action {
    case "grant":
        try arguments.require([options.conductor], by: "access grant")
        let role = arguments.operands[1]
        // Shown escaped, as every name in a message: a role's name may hold a line break (helper-221).
        let shown = role.inline
        // The committee must exist: named as every command names one (`NameLookup.existing`).
        let conductor = try context.names(store).existing(
            try arguments[options.conductor]!, [.organizations], flag: options.conductor.name)
        let confidential = try arguments[options.confidential]
        try store.grant(role, conductor: conductor, confidential: confidential)
        try context.confirm(Message(zh: "已授权 \(shown)", en: "\(shown) was granted access")) {
            try context.say(
                "角色 \(shown) 现可读写 \(conductor) 的记录" + (confidential ? "，含保密内容" : "（不含保密内容）"),
                "the role \(shown) now reads and writes the records of \(conductor)"
                    + (confidential ? ", confidential texts included" : " (no confidential text)"))
        }
    case "revoke":
        let role = arguments.operands[1]
        let shown = role.inline
        guard try store.revoke(role) else {
            try context.say("角色 \(shown) 没有授权，无需撤销", "the role \(shown) has no grant: nothing to revoke")
            return ExitStatus.success
        }
        try context.confirm(Message(zh: "已撤销 \(shown)", en: "\(shown) was revoked")) {
            try context.say("已撤销角色 \(shown) 的全部权限", "every privilege of the role \(shown) was revoked")
        }
    default:
        var table = TextTable(headers: [
            context.text("角色", "role"), context.text("可读写", "reads and writes"),
            context.text("保密内容", "confidential texts"),
        ])
        for grant in try store.grants() {
            table.append([
                grant.role,
                grant.conductor.map { context.text("\($0) 的谈话、计划、情形", "talks, plans, triggers of \($0)") }
                    ?? context.text("全部记录（所有者，可授权）", "every record (owner; grants access)"),
                grant.confidential ? context.text("可读写", "yes") : context.text("不可见", "hidden"),
            ])
        }
        try context.write(table.render())
    }
    return ExitStatus.success
}
