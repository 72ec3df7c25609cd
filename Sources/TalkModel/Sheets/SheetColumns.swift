/// How a cell of an office sheet reads and is written.
public indirect enum CellKind: Sendable {
    /// Whether the cell names records or is a record's text (a name, an id, a list of them): its
    /// value is quoted in a refusal, whatever its length, to say which was not found.
    var namesRecords: Bool {
        switch self {
        case .text, .personName, .organizationName, .id, .organization, .person, .lines, .posts, .formerParents: true
        case .list(let item, _): item.namesRecords
        default: false
        }
    }

    /// Whether the cell holds one record's id, its own or another's (a person, an organization): a
    /// stored id a sheet would read otherwise is written with an apostrophe before it
    /// (`Sheet.idWrittenAsIs`).
    var isOneID: Bool {
        switch self {
        case .id, .organization, .person: true
        default: false
        }
    }

    /// Whether the cell holds free text (a problem, a note), kept as the cell holds it, not a
    /// value a spreadsheet may have wrapped (`Sheet.shown`).
    var isFreeText: Bool {
        switch self {
        case .text, .lines: true
        case .list(let item, _): item.isFreeText
        default: false
        }
    }

    case text
    /// A person's name as the people sheet gives it: the name alone, without a remark a talk's
    /// cell may add to it (王伟（女）, 王伟同志, 市委书记李华), which would be stored as part of it.
    case personName
    /// An organization's name as the organizations sheet gives it.
    case organizationName
    case id
    /// An organization's id, or its name when that names exactly one organization.
    case organization
    /// A person's id, or their name when that names exactly one person.
    case person
    case date
    /// The day by which something is due: a date, also a month's end (`2026年6月底`) or a day with
    /// 前 after it (`2026年6月30日前`), as a plan's deadline is written (`DateText.parse`).
    case deadline
    /// Yes or no; with `deeds`, also the thing done or not (已提交, 无记录). A column asking whether
    /// something was not so (未如实报告) takes no deed: 已报告 there answers another question.
    case yesNo(deeds: Bool = true)
    case integer
    /// A year: `2026` or `2026年`.
    case year
    /// A value of an enumeration, by its identifier, its label in either language, or an
    /// everyday name (纪委).
    case vocabulary(raw: [String], labels: [[String]], everyday: [EverydayName])
    /// Several values in one cell, separated by line breaks, semicolons, commas or 、; with
    /// `all`, 全部 stands for every value of the vocabulary in its order (the five steps).
    case list(CellKind, all: Bool = false)
    /// A person's posts as a roster's 职务 cell lists them (`县委副书记、县长`, `市委常委兼政法委书记`):
    /// the first value of the vocabulary's order among the committee's own posts it names (书记
    /// before 副书记 before 常委); a post outside the leadership team (县长) is not recorded. A
    /// post of another body (`Role.ofAnotherBody`: 纪委书记, 政法委书记, 团县委书记) is none of
    /// the committee's, and alone is refused: read by its last word, it was the secretary.
    case posts(CellKind)
    /// Several texts, one per line (texts may hold commas).
    case lines
    /// An organization's earlier parents, each to its last day: `jz（至 2026-08-31）；…`.
    case formerParents

    /// The cell of an enumeration: its identifiers, labels (with and without a number, and the
    /// number alone) and everyday names.
    public static func of<V: Vocabulary>(_: V.Type) -> CellKind {
        .vocabulary(
            raw: V.allCases.map(\.rawValue),
            labels: V.allCases.map { value in
                let zh = value.label.zh
                // "（一）信访举报问题较多" is also typed without its number, and as its number alone, as
                // the regulation's list is cited (helper-216: （二） refused).
                guard zh.hasPrefix("（"), let close = zh.firstIndex(of: "）") else { return [zh, zh, value.label.en] }
                let numbered = [zh, String(zh[zh.index(after: close)...]), value.label.en, String(zh[...close])]
                // Its number alone as a clerk cites it otherwise (（1）, ①, 情形一, 第一种情形, 第一项: helper-270,
                // unknown); a bare 1 or 一 may be an id.
                let numeral = String(zh[zh.index(after: zh.startIndex)..<close])
                guard let n = ["一", "二", "三", "四", "五", "六", "七", "八", "九"].firstIndex(of: numeral).map({ $0 + 1 })
                else { return numbered }
                return numbered + [
                    "（\(n)）", String(Unicode.Scalar(0x245F + n)!), "情形\(numeral)", "第\(numeral)种情形", "第\(numeral)项",
                    "第\(n)项", "情形\(n)", "第\(n)种情形", "情形（\(numeral)）", "第（\(numeral)）项", "\(n).", "\(n)、",
                ]
            },
            everyday: V.everydayNames)
    }
}

/// One column of a sheet: where its value sits in a record of the dataset format (a key path
/// such as `measures.reported`), its Chinese header, and other headers accepted for it.
public struct SheetColumn: Sendable {
    public let key: String
    public let zh: String
    public let aliases: [String]
    public let cell: CellKind
    /// Confidential text (Art. 16): left out of sheets unless asked for.
    public let confidential: Bool
    /// A record of the kind cannot be without it, and a sheet does not fill it in (a talk's
    /// conductor and talkee are filled in as `talks record` fills them, so they are not required).
    public let required: Bool
    /// Written in sheets `talks` writes; false for a column only read (the day of a transfer).
    public let written: Bool
    /// The key a range of days written in this date column gives its last day to: a talk held
    /// over two days (谈话日期 `2026年3月5日至6日`) ended on the second (`ended`).
    public let lastDay: String?

    init(
        _ key: String, _ zh: String, _ cell: CellKind, aliases: [String] = [], confidential: Bool = false,
        required: Bool = false, written: Bool = true, lastDay: String? = nil
    ) {
        self.lastDay = lastDay
        self.key = key
        self.zh = zh
        self.aliases = aliases
        self.cell = cell
        self.confidential = confidential
        self.required = required
        self.written = written
    }

    /// Every header that names this column: the key, the Chinese header and the aliases.
    public var headers: [String] { [key, zh] + aliases }
}

/// The columns of each kind of record, in the order sheets are written. The English header of a
/// column is its key in the dataset format, so a sheet and a document name fields alike.
public enum SheetColumns {
    /// A row-number column that office sheets carry and that means nothing to the data.
    public static let ignored = ["序号", "行号", "No.", "no"]
    /// A remarks column: free text the format has no field for, ignored with a note.
    /// (The posts of the talkee and talker beside their names, 被谈话人 over 姓名 and 职务, are such,
    /// and where a talk was held and who kept its record, which a ledger may list.)
    public static let remarks = [
        "备注", "附注", "remarks", "note", "被谈话人职务", "谈话对象职务", "谈话人职务", "谈话地点", "地点", "记录人",
        // (Who sat in: helper-256, an unknown column refusing the ledger.)
        "陪谈人", "陪谈人员",
        // (A post beside a name, 谈话对象 | 职务 | 所在单位: helper-216, refused; an appointment's 职务 is
        // its column, which wins.)
        "职务", "现任职务", "职务职级",
    ]

    /// The remarks column of a talks sheet that gives the talkee's post, by its header keys: one
    /// named so (被谈话人职务, 谈话对象职务), else a 职务 right after the talkee's column (a 职务
    /// after 谈话人 is the talker's: helper-255, refused by it); nil for none.
    static func talkeePostColumn(_ headers: [String], keys: [String?]) -> Int? {
        headers.firstIndex { ["被谈话人职务", "谈话对象职务"].contains($0) }
            ?? headers.indices.first { i in
                i > 0 && ["职务", "现任职务", "职务职级"].contains(headers[i]) && keys[i - 1] == "talkee"
            }
    }

    /// Whether a post written (compacted) may be the secretary's of `organization` (its name), its
    /// 一把手: 书记, 县委书记 of 桐林县委, 党组书记, 书记、县长, a grade alone (正处级, 副厅), which
    /// names no post. Not a deputy's (副书记), another post (县长), nor the secretary of another body
    /// (县纪委书记, 清溪县委书记 or 市委书记 in 桐林县委's row), a former or future holder's (原县委书记,
    /// 候任县委书记), or one serving him (县委书记秘书): helper-255, each filled in with the secretary.
    static func maySaySecretary(_ post: String, of organization: String?) -> Bool {
        // (Nor one whose remark says it is not yet or no longer held: 市委书记（候任）, 书记（原）, helper-275,
        // filled in with the secretary.)
        if isNotHeld(post) { return false }
        if isGrade(post) || ["一把手", "主要负责人", "主要负责同志"].contains(where: post.contains) { return true }
        guard let at = post.firstRange(of: "书记"), !post.contains("副书记") else { return false }
        var body = post[..<at.lowerBound]
        // (An acting one's too, 代理县委书记, 县委代书记: recorded as the secretary; helper-278, refused.)
        for word in ["时任", "现任", "代理"] where body.hasPrefix(word) { body = body.dropFirst(word.count) }
        if body.hasSuffix("代") { body = body.dropLast() }
        let after = post[at.upperBound...]
        guard after.first.map({ "、,，;；/兼(".contains($0) }) ?? true else { return false }
        // (A committee's secretary said generically, 党委书记 on 桐林县委's row, is its own: helper-275,
        // refused. Not 党组书记 there: a county government's 党组 is the county head's.)
        if body.isEmpty || body == "党委" && organization?.contains("委") != false { return true }
        // A committee's or group's name, in any of its forms (中共桐林县委, 桐林县委员会, 镇党委, 厅党组:
        // helper-276, refused), within the organization's; not a surname's form of address (林书记 of
        // 桐林县委).
        let named = committeeKey(String(body))
        guard ["委", "党组"].contains(where: named.hasSuffix) else { return false }
        return organization.map { committeeKey(OfficeText.compact($0)).contains(named) } ?? true
    }

    /// A committee's name in one form: without 中共 before it, 委员会 as 委 (中共桐林县委员会: 桐林县委),
    /// 人民政府 as 政府 (江东省人民政府党组: 江东省政府党组, whose secretary is 省政府党组书记: helper-284,
    /// refused as another body's post).
    private static func committeeKey(_ name: String) -> String {
        (name.hasPrefix("中共") ? String(name.dropFirst(2)) : name).replacingOccurrences(of: "委员会", with: "委")
            .replacingOccurrences(of: "人民政府", with: "政府")
    }

    /// Whether a post written beside a talkee (compacted) says they are `organization`'s secretary
    /// (its name) in one of its parts, its remarks in brackets aside: 县委书记, 省委常委、市委书记,
    /// 书记（兼）, 县委书记（高血压）, （市委书记）; not a former, acting or future one's (县委书记（原）),
    /// nor a part naming another's (helper-277: each but the first taken beside another talkee).
    static func saysSecretary(_ post: String, of organization: String?) -> Bool {
        if isNotHeld(post) { return false }
        var plain = ""
        var depth = 0
        for character in post {
            if "(（[【".contains(character) {
                depth += 1
            } else if ")）]】".contains(character) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                plain.append(character)
            }
        }
        if plain.isEmpty { plain = post.filter { !"()（）[]【】".contains($0) } }
        return plain.split { "、，,;；/兼 -—:：".contains($0) }.contains {
            isSecretarysPost(String($0), of: organization)
        }
    }

    /// Whether a post (compacted) names a secretary of some body, not a deputy's alone (市委书记,
    /// 县纪委书记; not 县委副书记, 县长), nor one not held on the day (候任县委书记, 县委书记（原）).
    static func namesASecretary(_ post: String) -> Bool {
        guard !isNotHeld(post) else { return false }
        var rest = Substring(post)
        while let at = rest.firstRange(of: "书记") {
            let before = rest[..<at.lowerBound]
            if !before.hasSuffix("副"), !["候任", "拟任", "原", "前"].contains(where: before.hasSuffix) { return true }
            rest = rest[at.upperBound...]
        }
        return false
    }

    /// Whether a text given for a talk's talkee is a post and no name, one that may be the secretary's
    /// of `organization` (its name): 县委书记, 桐林县委书记, 书记, 一把手. A sheet's cell so written, or
    /// `talks record --talkee`, is the organization's secretary on the day, as a blank one is.
    public static func isSecretarysPost(_ text: String, of organization: String?) -> Bool {
        let post = NameResolver.postKey(text)
        return NameResolver.endsWithPost(post) && maySaySecretary(post, of: organization)
    }

    /// Whether a post written beside a talkee who was `organization`'s secretary (compacted) says
    /// another post, plainly: no secretary in any of its parts (县长; 县委副书记), or each secretary
    /// of another stored organization (清溪县委书记 in 桐林县委's row). A post held beside it, an
    /// acting, a former or a full name's (省委常委、江州市委书记, 县委代书记, 原市委书记, 中共桐林县委书记)
    /// is no contradiction, as `maySaySecretary`'s strictness, for filling a blank talkee, is not
    /// (helper-273: each refused).
    static func saysAnotherPost(_ post: String, than organization: String, at level: Level?, _ resolver: NameResolver)
        -> Bool
    {
        // (A designate's in a remark too, 市委书记（候任）; a former or acting one's is the secretary's.)
        if isNotHeld(post, yet: true) { return true }
        if isGrade(post) || ["一把手", "负责人", "负责同志"].contains(where: post.contains) { return false }
        var secretaries: [Substring] = []
        var rest = Substring(post)
        while let at = rest.firstRange(of: "书记") {
            if !rest[..<at.lowerBound].hasSuffix("副") { secretaries.append(rest[..<at.lowerBound]) }
            rest = rest[at.upperBound...]
        }
        return secretaries.allSatisfy { before in
            // The body named right before it (清溪县委 of 江州市委常委、清溪县委书记), an acting one's
            // too (清溪县委代书记); a designate's is none yet (候任县委书记), and another body's
            // secretary (县纪委书记), a committee of another level's (市委书记 in a county's row) or
            // another stored organization's (清溪县城关镇党委书记) is another post (helper-274: taken).
            var body = String(before.split { "、，,;；/兼 ".contains($0) }.last ?? "")
            for word in ["时任", "现任", "原"] where body.hasPrefix(word) { body = String(body.dropFirst(word.count)) }
            if body.hasSuffix("代") || body.hasSuffix("原") { body = String(body.dropLast()) }
            if body.hasPrefix("候任") || ["纪委", "纪工委", "监委", "政法委", "团委"].contains(where: body.contains) {
                return true
            }
            if let level, let levels = Sheet.committeeLevels.first(where: { $0.word == body })?.levels {
                return !levels.contains(level)
            }
            // (A stored one's: a text naming none passes through as an id.)
            if body.count > 2, case .success(.string(let named)) = resolver.organization(body),
                resolver.organizationName(named) != named
            {
                return named != organization
            }
            return false
        }
    }

    /// Whether a post's remark in brackets says it is not held on the day: a designate's, one to be
    /// appointed, a former holder's (市委书记（候任）, 书记（拟任）, 市委书记（原）, （前任）); an acting
    /// one's holds it (县委书记（代理）, as 代理县委书记: helper-281, refused beside the secretary's name).
    /// `yet`: only not yet held.
    static func isNotHeld(_ post: String, yet: Bool = false) -> Bool {
        guard let open = post.firstIndex(where: { "(（".contains($0) }) else { return false }
        let remark = post[post.index(after: open)...]
        return (yet ? ["候任", "拟"] : ["候任", "拟", "原", "前任", "离任", "已免"]).contains(where: remark.hasPrefix)
    }

    /// Whether a text (compacted) is a cadre's grade alone (正处级, 副厅, 正县处级), no post.
    static func isGrade(_ text: String) -> Bool {
        grades.contains(text.hasSuffix("级") ? String(text.dropLast()) : text)
    }

    private static let grades: Set<String> = Set(
        ["正", "副"].flatMap { rank in ["部", "厅", "局", "处", "科", "县", "省部", "地厅", "县处", "乡科"].map { rank + $0 } })

    /// A ledger's one column of a term's days (届期 2021.6.1—2026.5.31), read as 届期起始: its range
    /// gives the end too (helper-219: refused as an unknown column), and one day is no term's days.
    public static let termDays = ["届期", "届期起止", "届期起止时间", "届期起止日期", "届期时间", "本届届期", "本届任期", "任期起止"]

    public static func of(_ kind: RecordKind) -> [SheetColumn] {
        switch kind {
        case .organizations:
            [
                SheetColumn("id", "编号", .id, aliases: ["组织编号"], required: true),
                SheetColumn("name", "名称", .organizationName, aliases: ["组织名称", "单位名称"], required: true),
                SheetColumn("kind", "类别", .of(OrganizationKind.self), aliases: ["组织类别"], required: true),
                SheetColumn("level", "层级", .of(Level.self), aliases: ["级别"], required: true),
                SheetColumn("parent", "上级组织", .organization, aliases: ["上级"]),
                // The tree has history: a transfer is the first day of the new parent; the earlier
                // parents, each to its last day; and the organization's own first and last days.
                SheetColumn(
                    Sheet.parentFromKey, "上级组织起始日期", .date,
                    // (Adjusted as a reform's notice words it: 隶属关系调整日期, helper-272, unknown.)
                    aliases: [
                        "划转日期", "改隶日期", "划转时间", "改隶时间", "隶属关系变更日期", "隶属变更日期", "隶属关系调整日期", "隶属调整日期",
                        "隶属关系调整时间", "上级调整日期",
                    ],
                    written: false),
                SheetColumn("formerParents", "原上级组织", .formerParents, aliases: ["历史上级组织"]),
                SheetColumn("established", "成立日期", .date, aliases: ["设立日期"]),
                SheetColumn("dissolved", "撤销日期", .date, aliases: ["撤并日期"]),
                SheetColumn("approvedBy", "批准设立的组织", .organization),
            ]
        case .people:
            [
                SheetColumn("id", "编号", .id, aliases: ["人员编号"], required: true),
                SheetColumn("name", "姓名", .personName, required: true),
            ]
        case .appointments:
            [
                SheetColumn("person", "人员", .person, aliases: ["姓名"], required: true),
                SheetColumn("organization", "组织", .organization, aliases: ["单位", "所在单位"], required: true),
                SheetColumn("role", "职务", .posts(.of(Role.self)), required: true),
                SheetColumn(
                    "from", "任职起始", .date,
                    aliases: [
                        "起始日期", "任职日期", "任职起始日期", "到任日期", "就任日期", "任命日期",
                        // A roster's usual heading: since when the post is held.
                        "任职时间", "任现职时间", "任现职日期", "任职起始时间",
                    ],
                    required: true, lastDay: "to"),
                SheetColumn(
                    "to", "任职截止", .date,
                    aliases: [
                        "截止日期", "离任日期", "任职截止日期", "免职日期", "任职终止日期", "离职日期", "卸任日期",
                        // …时间 as a roster heads the start (任职时间): the end's, not the start's (helper-121:
                        // refused, and 任职时间 suggested).
                        "离任时间", "免职时间", "离职时间", "卸任时间", "任职终止时间", "任职截止时间",
                    ]),
            ]
        case .terms:
            [
                SheetColumn("organization", "组织", .organization, aliases: ["单位"], required: true),
                SheetColumn(
                    "from", "届期起始", .date,
                    aliases: [
                        "起始日期", "届期起始日期", "届期起始时间",
                    ] + termDays,
                    required: true, lastDay: "to"),
                SheetColumn("to", "届期截止", .date, aliases: ["截止日期", "届期截止日期", "届期截止时间"], required: true),
                SheetColumn("number", "届次", .integer, required: true),
            ]
        case .plans:
            [
                SheetColumn("id", "编号", .id, aliases: ["计划编号"], required: true),
                SheetColumn("conductor", "开展谈话的党委", .organization, aliases: ["谈话党委", "党委（党组）"], required: true),
                SheetColumn("year", "年度", .year, required: true),
                // (谈话对象 too, the organization a plan names: helper-255, refused.)
                SheetColumn(
                    "organization", "谈话对象单位", .organization, aliases: ["下级组织", "被谈话人单位", "谈话对象"], required: true),
                SheetColumn("talker", "谈话人", .person, aliases: ["谈话人姓名"]),
                SheetColumn("due", "完成时限", .deadline, aliases: ["计划完成日期"]),
                SheetColumn("basis", "列入依据", .list(.of(PlanBasis.self)), aliases: ["依据"]),
            ]
        case .triggers:
            [
                SheetColumn("id", "编号", .id, aliases: ["情形编号"], required: true),
                SheetColumn("organization", "组织", .organization, aliases: ["单位", "谈话对象单位"], required: true),
                SheetColumn("kind", "情形", .of(TriggerKind.self), aliases: ["情形类别", "及时谈话情形"], required: true),
                SheetColumn("on", "发现日期", .date, aliases: ["日期", "发生日期"], required: true),
                SheetColumn("note", "情况说明", .text, aliases: ["说明"], confidential: true),
            ]
        case .talks:
            [
                SheetColumn("id", "编号", .id, aliases: ["谈话编号"], required: true),
                SheetColumn("conductor", "开展谈话的党委", .organization, aliases: ["谈话党委", "党委（党组）"]),
                SheetColumn("kind", "谈话类型", .of(TalkKind.self), aliases: ["类型", "谈话类别", "谈话种类"], required: true),
                SheetColumn(
                    "organization", "谈话对象单位", .organization,
                    aliases: ["下级组织", "被谈话人单位", "所在单位"], required: true),
                SheetColumn("talkee", "被谈话人", .person, aliases: ["谈话对象", "被谈话人姓名", "谈话对象姓名", "被谈话对象"]),
                // (主谈人, 谈话领导: helper-254, unknown columns.)
                SheetColumn("talker", "谈话人", .person, aliases: ["谈话人姓名", "主谈人", "谈话领导"], required: true),
                SheetColumn("format", "谈话方式", .of(TalkFormat.self), aliases: ["方式", "谈话形式"]),
                SheetColumn(
                    "held", "谈话日期", .date,
                    aliases: ["谈话时间", "日期", "谈话开始时间", "谈话开始日期", "开始时间", "谈话开展时间", "谈话开展日期", "开展时间"],
                    required: true,
                    lastDay: "ended"),
                SheetColumn("ended", "谈话结束日期", .date, aliases: ["结束日期", "谈话结束时间", "结束时间"]),
                SheetColumn("plan", "计划事项", .id, aliases: ["计划编号"]),
                SheetColumn("triggers", "及时谈话情形", .list(.id), aliases: ["情形编号", "触发情形"]),
                SheetColumn("selfCheck", "提交自查报告", .yesNo(), aliases: ["自查报告"]),
                SheetColumn("steps", "谈话环节", .list(.of(Step.self), all: true), aliases: ["环节"]),
                SheetColumn(
                    "problems", "指出的问题", .lines, aliases: ["指出问题", "指出的主要问题", "主要问题", "存在问题", "存在的问题"],
                    confidential: true),
                SheetColumn("requirements", "整改要求", .lines, aliases: ["提出的整改要求", "整改意见"], confidential: true),
                SheetColumn("record", "谈话记录", .yesNo(), aliases: ["形成谈话记录"]),
                SheetColumn("participants", "参加部门", .list(.of(Department.self)), aliases: ["参加谈话部门"]),
                SheetColumn("untruthful", "未如实报告", .yesNo(deeds: false)),
                SheetColumn(
                    "measures.reported", "整改措施报告日期", .date,
                    aliases: ["整改措施报告时间", "报告整改措施日期", "整改措施提交日期", "提交整改措施日期"]),
                SheetColumn("measures.reflections", "含思想认识", .yesNo(), aliases: ["报告思想认识"]),
                SheetColumn("measures.communicated", "向班子成员通报日期", .date, aliases: ["通报日期"]),
                SheetColumn(
                    "report.reported", "整改情况报告日期", .date,
                    aliases: ["整改情况报告时间", "报告整改情况日期", "整改情况提交日期", "提交整改情况日期"]),
                SheetColumn("report.assessment", "整改评定", .of(Assessment.self), aliases: ["整改情况评定"]),
                SheetColumn("archive.archived", "归档日期", .date),
                SheetColumn("archive.copiedTo", "抄送", .list(.of(CopyRecipient.self)), aliases: ["抄送单位"]),
            ]
        }
    }
}
