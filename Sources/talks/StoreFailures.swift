import Foundation
import TalkModel
import TalkStore

/// What a store error means for the person at the terminal, and the exit status of `spec/cli.md`:
/// 2 for a store that is missing, not a talks store, unsafe or damaged (the user must act on the
/// file), 74 when the machine could not carry the command out (nothing was committed), 70 only
/// for what must be a bug.
func storeFailure(_ error: StoreError) -> (message: Message, status: Int32) {
    let restore = Message(
        zh: "请用最近一次的备份恢复：talks --db 新文件 load 备份.json（备份由 talks export --include-confidential 生成），核对无误后以新文件替换旧文件。",
        en:
            "Restore it from your latest backup: talks --db NEW-FILE load BACKUP.json (a backup is what talks export --include-confidential writes), check it, then put the new file in the old one's place."
    )
    let nothing = Message(zh: "本次未写入任何内容。", en: "Nothing was written.")
    switch error {
    case .missing(let path):
        let (initialize, load) = (pasteableCommand("init"), pasteableCommand("load"))
        return (
            Message(
                zh: "\(path)：尚无存储。请先运行 \(initialize)（或 \(load) 文件）创建。",
                en: "\(path): no store here yet. Run \(initialize) (or \(load) FILE) first."), ExitStatus.badInput
        )
    case .notAStore(let path, let why):
        let reason: Message =
            switch why {
            case .notARegularFile(let kind):
                Message(
                    zh: "这不是普通文件（\(kind)），不能作为台账存储", en: "it is not a regular file (a \(kind)), so it cannot be a store"
                )
            case .empty:
                Message(
                    zh: "这是一个空文件，不是 talks 创建的；talks 不会改动它。如需在此新建存储，请先删除或改名该文件",
                    en:
                        "it is an empty file talks did not make, and talks leaves it untouched. To make a store here, remove or rename it first"
                )
            case .otherDatabase:
                Message(
                    zh: "这是其他程序的 SQLite 数据库（或 PostgreSQL 模式），不是台账存储；talks 不会改动它。请用 --db 指定台账存储",
                    en:
                        "it is another program's SQLite database (or PostgreSQL schema), not a talks store, and talks leaves it untouched. Name the store with --db"
                )
            case .unmarked(let id):
                Message(
                    zh: "它有台账存储的各表，却没有 talks 给存储的标记（SQLite 的 application_id）：用 sqlite3 的 .dump 复制再读回的存储会丢失它，"
                        + "talks 不会改动它。备份请用 talks copy，或 talks export --include-confidential 再 talks load；"
                        + "确要使用这份复制的，先运行 sqlite3 该文件 'PRAGMA application_id = \(id)'，再用 talks audit verify 核对",
                    en:
                        "it holds a talks store's tables but not the mark talks gives its stores (SQLite's application_id), "
                        + "which a copy made with sqlite3's .dump and read back loses, and talks leaves it untouched. Copy a "
                        + "store with talks copy, or talks export --include-confidential and talks load; to use this copy, "
                        + "run sqlite3 FILE 'PRAGMA application_id = \(id)' first, then check it with talks audit verify"
                )
            case .notSQLite:
                Message(
                    zh: "这不是 SQLite 数据库（或文件头已损坏）。如果它曾是台账存储：" + restore.zh,
                    en: "it is not a SQLite database (or its header is damaged). If it was a talks store: " + restore.en
                )
            case .incomplete(let missing):
                Message(
                    zh: "缺少台账存储必有的 \(missing)：它是其他程序的数据库，或是被手工改动过的存储；talks 不会改动它。请用 --db 指定台账存储",
                    en:
                        "it lacks \(missing), which every talks store holds: it is another program's database, or a store someone changed by hand, and talks leaves it untouched. Name the store with --db"
                )
            case .encoding(let name):
                Message(
                    zh: "该数据库的编码为 \(name)，存不下台账中的中文。请另建 UTF8 编码的数据库：createdb --encoding UTF8 --template template0 数据库名",
                    en:
                        "the database's encoding is \(name), which cannot hold the records' Chinese text. Make a database in UTF8: createdb --encoding UTF8 --template template0 NAME"
                )
            case .noPublicSchema:
                Message(
                    zh: "该数据库没有 public 模式，而存储放在 public 模式中。请数据库管理员运行 CREATE SCHEMA public AUTHORIZATION 存储所有者",
                    en: "the database has no schema public, where a store lives. Ask its administrator to run "
                        + "CREATE SCHEMA public AUTHORIZATION OWNER (the store's owner)"
                )
            case .newerSchema(let version, let supported):
                Message(
                    zh: "存储结构版本为 \(version)，高于本程序支持的 \(supported)。请升级 talks",
                    en:
                        "the store has schema version \(version), newer than this talks supports (\(supported)). Upgrade talks"
                )
            }
        return (
            Message(zh: "\(path)：不是台账存储：\(reason.zh)", en: "\(path): not a talks store: \(reason.en)"),
            ExitStatus.badInput
        )
    case .unsafe(let path, let why):
        let reason: Message =
            switch why {
            case .otherOwner(let file, let uid):
                Message(
                    zh: "\(file) 属于另一用户（uid \(uid)），其写入的内容会被该用户读取。请确认该文件的来历，删除它（或由其所有者删除）后再运行",
                    en:
                        "\(file) belongs to another user (uid \(uid)), who could read what talks writes into it. Find out where it came from, and remove it (or have its owner remove it) before running again"
                )
            case .exposed(let file, let mode) where file != path && isEmpty(file):
                // An empty log or journal left by a shell's redirection (`>> talks.db-wal`) holds nothing.
                Message(
                    zh:
                        "\(file) 可被其他用户访问（权限 \(mode)），且是空文件。请运行 chmod 600 \(shellOperand(file))，或直接删除它：rm \(shellOperand(file))",
                    en:
                        "\(file) can be opened by other users (mode \(mode)) and is empty. Run chmod 600 \(shellOperand(file)), or remove it: rm \(shellOperand(file))"
                )
            case .exposed(let file, let mode):
                Message(
                    zh: "\(file) 可被其他用户访问（权限 \(mode)）。请运行 chmod 600 \(shellOperand(file))",
                    en: "\(file) can be opened by other users (mode \(mode)). Run chmod 600 \(shellOperand(file))")
            case .hardLinks(let file, let count):
                Message(
                    zh: "\(file) 有 \(count) 个文件名（硬链接），从不同名称写入会损坏存储。请只保留一个名称，删除其余的（ls -li 可找到它们）",
                    en:
                        "\(file) has \(count) names (hard links), and writing through two of them corrupts the store. Keep one name and remove the others (ls -li finds them)"
                )
            case .symbolicLink(let file):
                Message(
                    zh: "\(file) 是符号链接，talks 不跟随链接（它可能指向他人的文件）。请用 --db 直接指定实际文件",
                    en:
                        "\(file) is a symbolic link, which talks does not follow (it could lead into someone else's file). Name the real file with --db"
                )
            case .foreignLog(let file):
                Message(
                    zh:
                        "\(file) 不是该存储的日志：连同它读取，存储就成了另一个数据库（是否在旧日志还在旁边时把备份复制到了存储上？）。talks 没有把它并入存储。请把它移开后重新执行命令：mv \(shellOperand(file)) \(shellWord(file + ".old"))",
                    en:
                        "\(file) is not this store's log: read with it, the store would be another database (a backup copied over the store while an old log was beside it?). talks did not fold it into the store. Move it away and run the command again: mv \(shellOperand(file)) \(shellWord(file + ".old"))"
                )
            case .strayLog(let file):
                Message(
                    zh:
                        "\(file) 是一个不为空的日志，旁边却没有存储：是存储文件在写入时被移走或删除后留下的，可能存有它的改动；在这里新建的存储会把它当作自己的日志读入而损坏。如存储文件被移走，请把它移回 \(path) 以找回改动；如不再需要，请删除日志：rm \(shellOperand(file))",
                    en:
                        "\(file) is a log that is not empty, with no store beside it: a store moved away or deleted while it was written left it, and it may hold that store's change; a store made here would read it as its own and be damaged. If the store was moved, move it back to \(path) to recover the change; if it is not needed, remove the log: rm \(shellOperand(file))"
                )
            case .notARegularFile(let file):
                Message(
                    zh: "\(file) 不是普通文件。请确认其来历并删除它后再运行",
                    en: "\(file) is not a regular file. Find out where it came from and remove it before running again")
            }
        return (
            Message(
                zh: "\(path)：存储不安全，未打开：\(reason.zh)",
                en: "\(path): the store is not safe to use, so it was not opened: \(reason.en)"),
            ExitStatus.badInput
        )
    case .damaged(let path, let detail, let writing):
        // A log beside the store may be what reads as damage (another database's, without the
        // store's first page: helper-192): moving it away comes before restoring an older backup,
        // which would lose what was written since.
        let log = path + "-wal"
        var info = stat()
        let restore =
            lstat(log, &info) != 0 || info.st_size == 0
            ? restore
            : Message(
                zh:
                    "如 \(log) 是放到存储旁的（随存储复制而来，或别处留下的），它可能是另一个数据库的日志：请先把它移开（mv \(shellOperand(log)) \(shellWord(log + ".old"))）再执行命令；如仍报损坏，再把它移回，然后"
                    + restore.zh,
                en:
                    "If \(log) was put beside the store (copied with it, or left by another), it may be another database's log: move it away first (mv \(shellOperand(log)) \(shellWord(log + ".old"))) and run the command again; if the store still reads as damaged, move it back, then "
                    + restore.en.prefix(1).lowercased() + restore.en.dropFirst())
        return (
            writing
                ? Message(
                    zh: "\(path)：存储已损坏，talks 不会写入；" + nothing.zh + restore.zh + quoted(detail),
                    en: "\(path): the store is damaged (\(shown(detail))); talks will not write to it. " + nothing.en
                        + " " + restore.en)
                : Message(
                    zh: "\(path)：存储已损坏。" + restore.zh + quoted(detail),
                    en: "\(path): the store is damaged (\(shown(detail))). " + restore.en),
            ExitStatus.badInput
        )
    case .busy(let path):
        return (
            Message(
                zh: "\(path)：另一个 talks 进程写入存储已一小时仍未完成；" + nothing.zh + "请稍后再试。",
                en: "\(path): another talks process has been writing to the store for an hour. " + nothing.en
                    + " Try again later."),
            ExitStatus.cannotWrite
        )
    case .readOnly(let path, let server):
        let what =
            server
            ? Message(
                zh: "存储所在的 PostgreSQL 服务器不接受写入（备用服务器或只读设置）",
                en: "the PostgreSQL server holding the store takes no writes (a standby, or a read-only setting)")
            : Message(zh: "存储文件或其所在的文件夹、介质只读", en: "the store's file, folder or medium is read-only")
        return (
            Message(
                zh: "\(path)：\(what.zh)，无法写入；" + nothing.zh + "只读取已有存储的命令仍可使用。",
                en: "\(path): \(what.en), so it cannot be written. " + nothing.en
                    + " Commands that only read a store already there still work."),
            ExitStatus.cannotWrite
        )
    case .upgradeNeeded(let path, let version, let blocked):
        let (why, then): (Message, Message) =
            switch blocked {
            case .readOnlyFile:
                (
                    Message(zh: "存储文件或其所在的文件夹、介质只读", en: "its file, folder or medium is read-only"),
                    Message(
                        zh: "请把它复制到可写的文件夹，在那里运行 talks。", en: "Copy it to a folder you can write and run talks there.")
                )
            case .readOnlyServer:
                (
                    Message(
                        zh: "存放它的 PostgreSQL 服务器不接受写入（备用服务器或只读设置）",
                        en: "the PostgreSQL server holding it takes no writes (a standby, or a read-only setting)"),
                    Message(
                        zh: "请在服务器可以写入时，由存储的所有者运行一次 talks（如 talks audit verify）。",
                        en:
                            "Once the server takes writes, the store's owner runs talks on it once (talks audit verify)."
                    )
                )
            case .notOwner:
                (
                    Message(
                        zh: "只有存储各表的所有者才能升级，本数据库角色不是",
                        en: "only the owner of its tables may upgrade it, and this database role is not"),
                    Message(
                        zh: "请存储的所有者对它运行一次 talks（如 talks audit verify），之后本角色即可照常使用。",
                        en:
                            "Ask the store's owner to run talks on it once (talks audit verify); this role can then use it as before."
                    )
                )
            }
        return (
            Message(
                zh: "\(path)：此存储由较早版本的 talks 写成（结构版本 \(version)），须先升级才能读取，而升级要写入存储；"
                    + "\(why.zh)。" + nothing.zh + then.zh,
                en:
                    "\(path): the store was written by an earlier talks (schema version \(version)) and must be upgraded"
                    + " before it can be read, which writes to it, but \(why.en). " + nothing.en + " " + then.en),
            blocked == .notOwner ? ExitStatus.badInput : ExitStatus.cannotWrite
        )
    case .full(let path):
        return (
            Message(
                zh: "\(path)：磁盘已满；" + nothing.zh + "请腾出空间后再运行。",
                en: "\(path): the disk is full. " + nothing.en + " Free some space and run it again."),
            ExitStatus.cannotWrite
        )
    case .moved(let path, committed: false):
        return (
            Message(
                zh: "\(path)：写入期间存储文件被移动、改名、替换或删除，该名下已不是写入的文件；" + nothing.zh + "请重新执行命令（已有的存储被移走时，对它现在的位置执行）。",
                en: "\(path): the store's file was moved, renamed, replaced or deleted while this command wrote it. "
                    + nothing.en + " Run the command again (on the store where it now is, if one was there before)."),
            ExitStatus.cannotWrite
        )
    case .moved(let path, committed: true):
        return (
            Message(
                zh: "\(path)：提交期间存储文件被移动、改名、替换或删除。改动已提交到本命令打开的那个文件，其日志 \(path)-wal 当时在原名旁："
                    + "如文件随其文件夹一起移走，改动就在它现在的位置；如只移走了文件，请先把它移回 \(path)，再写入或打开该名下的任何文件，改动即可找回"
                    + "（在此之前放到该名下的文件会把那份日志当作自己的读入，请先移开）。",
                en: "\(path): the store's file was moved, renamed, replaced or deleted while this command committed. "
                    + "The change was committed to the file this command opened, its log (\(path)-wal) then beside that name: "
                    + "if the file was moved with its folder, the change is in it where it now is; if the file alone was moved, "
                    + "move it back to \(path) before writing to it or opening anything at that name, and the change is found "
                    + "again (a file put at that name meanwhile would read the log as its own: move it away first)."),
            ExitStatus.cannotWrite
        )
    case .ioFailure(let path, let detail):
        return (
            Message(
                zh: "\(path)：系统读写失败；" + nothing.zh + "请检查磁盘。" + quoted(detail),
                en: "\(path): the system failed to read or write (\(shown(detail))). " + nothing.en + " Check the disk."
            ),
            ExitStatus.cannotWrite
        )
    case .fileSizeLimit(let path, let bytes?):
        return (
            Message(
                zh: "\(path)：存储的文件无法超过本进程可写文件的大小上限（ulimit -f：\(bytes) 字节）；" + nothing.zh
                    + "请提高上限（如 ulimit -f unlimited）后再运行。",
                en: "\(path): the store's files cannot grow past the largest file this process may write "
                    + "(ulimit -f: \(bytes) bytes). " + nothing.en
                    + " Raise the limit (ulimit -f unlimited) and run it again."),
            ExitStatus.cannotWrite
        )
    case .fileSizeLimit(let path, nil):
        return (
            Message(
                zh: "\(path)：存储的文件无法超过其所在文件系统允许的最大文件（FAT32 格式的 U 盘为 4 GB）；" + nothing.zh
                    + "请把存储移到其他格式（NTFS、exFAT、ext4）的磁盘上再运行。",
                en: "\(path): the store's files cannot grow past the largest file their file system holds (4 GB on "
                    + "FAT32, a USB stick's usual format). " + nothing.en
                    + " Move the store to a disk formatted otherwise (NTFS, exFAT, ext4) and run it again."),
            ExitStatus.cannotWrite
        )
    case .cannotCreate(let path, let detail):
        return (
            Message(
                zh: "\(path)：无法在此创建存储。请确认文件夹存在。" + quoted(detail),
                en: "\(path): cannot create a store here (\(shown(detail))). Check that the folder exists"),
            ExitStatus.badInput
        )
    case .unusablePath(let path, let detail):
        return (
            Message(
                zh: "\(path)：这个路径无法使用。请检查路径上的文件夹、链接及其权限，名字不要过长。" + quoted(detail),
                en:
                    "\(path): this path cannot be used (\(shown(detail))). Check the folders and links on the way, their permissions, and the name's length."
            ),
            ExitStatus.badInput
        )
    case .unreachable(let path, let detail):
        return (
            Message(
                zh: "\(path)：无法连接数据库服务器；" + nothing.zh
                    + "请确认服务器已启动、地址和数据库名正确；如是服务器中止了命令（超时限制 statement_timeout、停机），请联系数据库管理员。"
                    + quoted(detail),
                en: "\(path): cannot reach the database server, or it ended the command (\(shown(detail))). "
                    + nothing.en
                    + " Check that the server is running and the address and database name are right; if the server"
                    + " ended the command (a time limit such as statement_timeout, a shutdown), ask its administrator."),
            ExitStatus.cannotWrite
        )
    case .connectionLimit(let path, let detail):
        return (
            Message(
                zh: "\(path)：数据库服务器不再接受连接（该角色、数据库或服务器的连接数已达上限）；" + nothing.zh
                    + "请稍后再试，或请数据库管理员调整连接数限制。" + quoted(detail),
                en: "\(path): the database server takes no more connections (the role's, the database's or the "
                    + "server's limit is reached: \(shown(detail))). " + nothing.en
                    + " Try again later, or ask its administrator about the limit."),
            ExitStatus.cannotWrite
        )
    case .commitUnknown(let path, let detail):
        let log = pasteableCommand("audit", "log")
        return (
            Message(
                zh: "\(path)：提交改动时与数据库服务器的连接中断，无法确定改动是否已提交。请先用 \(log) 查看最后一条记录"
                    + "，再决定是否重新运行该命令。" + quoted(detail),
                en: "\(path): the connection to the database server was lost while the change was committed "
                    + "(\(shown(detail))): whether it was committed is not known. Check the last entry of \(log) "
                    + "before running the command again."),
            ExitStatus.cannotWrite
        )
    case .denied(let path, let detail):
        return (
            Message(
                zh: "\(path)：数据库拒绝了登录；" + nothing.zh + "请检查用户名，以及 ~/.pgpass 或 PGPASSWORD 中的密码。" + quoted(detail),
                en: "\(path): the database refused the login (\(shown(detail))). " + nothing.en
                    + " Check the user name, and the password in ~/.pgpass or PGPASSWORD."
            ),
            ExitStatus.badInput
        )
    case .notPermitted(let path, let detail):
        // The database itself or its schema (CONNECT, CREATE) are the administrator's to grant, which
        // talks access grant cannot (helper-221: told to ask for it).
        let ofTheDatabase = ["for database", "for schema"].contains(where: detail.contains)
        let advice =
            ofTheDatabase
            ? (
                zh: "如确需此权限，请数据库管理员授予（GRANT CONNECT ON DATABASE 数据库名 TO 角色，或 GRANT CREATE ON SCHEMA public TO 角色）。",
                en:
                    " If it should, ask the database's administrator to grant it (GRANT CONNECT ON DATABASE NAME TO ROLE, "
                    + "or GRANT CREATE ON SCHEMA public TO ROLE)."
            )
            : (
                zh: "如确需此权限，请请存储的所有者用 talks access grant 授予。",
                en: " If it should, ask the store's owner to grant it with talks access grant."
            )
        return (
            Message(
                zh: "\(path)：此数据库角色无权\(ofTheDatabase ? "" : "对这些记录")执行该操作；" + nothing.zh + advice.zh + quoted(detail),
                en:
                    "\(path): this database role may not do this\(ofTheDatabase ? "" : " with these records") (\(shown(detail))). "
                    + nothing.en + advice.en
            ),
            ExitStatus.badInput
        )
    case .confidentialWithheld(let path):
        return (
            Message(
                zh: "\(path)：此数据库角色未获授权读取保密内容（talks access grant 角色 --conductor 组织 --confidential）。",
                en:
                    "\(path): this role was granted no confidential text (talks access grant ROLE --conductor ORG --confidential)."
            ),
            ExitStatus.badInput
        )
    case .refused(let path, let detail):
        return (
            Message(
                zh: "\(path)：数据库的规则（管理员设置的触发器或约束）拒绝了该命令；" + nothing.zh + "请联系数据库管理员。" + quoted(detail),
                en:
                    "\(path): a rule of the database (a trigger or constraint its administrator set) refused the command: \"\(shown(detail))\". "
                    + nothing.en + " Ask the database's administrator."
            ),
            ExitStatus.badInput
        )
    case .backend(let name, let code, let message):
        let label = code == 0 ? name : "\(name) \(code)"
        return (
            Message(
                zh: "内部错误（\(label)），请报告此问题。" + quoted(message),
                en: "internal error (\(label)): \(shown(message)). Please report it."), ExitStatus.internal
        )
    }
}

/// A message of SQLite's, libpq's or the server's (in English, as they write it) after a Chinese
/// sentence: quoted as what they said, never as the message itself.
private func quoted(_ detail: String) -> String {
    "（原文：“\(shown(detail))”）"
}

/// Another program's text (or a damaged store's value) as it may reach the terminal: its hidden
/// scalars escaped.
private func shown(_ detail: String) -> String {
    detail.inline
}

/// Why the database `source` (`--db` or `TALKS_DB`) names cannot be used: a usage error (exit 64),
/// told before anything connects and without quoting the value, which may hold a secret.
func targetFailure(_ problem: PostgreSQLTarget.Problem, source: String) -> Message {
    let uriForm = "postgresql://USER@HOST:PORT/DBNAME?sslmode=…"
    switch problem {
    case .notAURI:
        return Message(
            zh: "\(source) 以 PostgreSQL 的 scheme 开头，但不是地址（应写作 \(uriForm)，scheme 后须有 //）",
            en:
                "\(source) begins with a PostgreSQL scheme but is not a URI (write it as \(uriForm), with // after the scheme)"
        )
    case .password:
        return Message(
            zh: "\(source) 中不能写密码（它会留在命令历史和进程列表中）；请写入 ~/.pgpass 或设置 PGPASSWORD",
            en:
                "\(source) must not hold a password (it would stay in the shell's history and the process list); put it in ~/.pgpass or PGPASSWORD"
        )
    case .connectionString:
        return Message(
            zh:
                "\(source) 是 libpq 的“键=值”连接串；\(source) 只接受存储文件的路径或 PostgreSQL 地址（\(uriForm)，如 postgresql:///talks?host=/run/postgresql）",
            en:
                "\(source) is a libpq key=value connection string; \(source) takes a store file's path or a PostgreSQL URI (\(uriForm), e.g. postgresql:///talks?host=/run/postgresql)"
        )
    case .unknownParameter(let name):
        let named = name.map { " \($0)" } ?? ""
        return Message(
            zh: "\(source) 中的参数\(named) 不是 libpq 的连接参数（参数名区分大小写）",
            en:
                "\(source) has a parameter\(named) that is not one of libpq's connection parameters (names are case-sensitive)"
        )
    case .badValue(let parameter, let expected):
        let allowed: Message =
            switch expected {
            case .oneOf(let values):
                Message(
                    zh: "只能是 " + values.joined(separator: "、"), en: "must be one of " + values.joined(separator: ", "))
            case .wholeNumber: Message(zh: "应为整数", en: "must be a whole number")
            case .ports:
                Message(
                    zh: "应为 1–65535 之间的端口号，一个，或每个主机一个（以逗号分隔）",
                    en: "must be a port number from 1 to 65535, one, or one for each host (separated by commas)")
            }
        return Message(
            zh: "\(source) 中的 \(parameter) \(allowed.zh)", en: "\(source): \(parameter) \(allowed.en)")
    case .malformed(let description):
        let said = description.map { Message(zh: "（libpq 的原文：“\($0)”）", en: " (libpq: \($0))") }
        return Message(
            zh: "\(source) 不是 libpq 能读懂的 PostgreSQL 地址\(said?.zh ?? "")；应写作 \(uriForm)",
            en: "\(source) is not a PostgreSQL URI libpq can read\(said?.en ?? ""); write it as \(uriForm)")
    }
}

/// Whether a file is there and holds nothing.
private func isEmpty(_ file: String) -> Bool {
    var info = stat()
    return lstat(file, &info) == 0 && info.st_size == 0
}
