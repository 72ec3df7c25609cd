/// An enumerated value of the dataset format: its JSON spelling is the raw value, and it has
/// a label for people.
public protocol Vocabulary: RawRepresentable<String>, CaseIterable, Hashable, Sendable {
    var label: Message { get }
    /// The everyday names offices write for the values (纪委 for the discipline-inspection organ),
    /// tried in order after the labels: the first that matches gives the value.
    static var everydayNames: [EverydayName] { get }
}

extension Vocabulary {
    public static var everydayNames: [EverydayName] { [] }
}

/// A pattern of the everyday names of one value of a vocabulary, compared with the written
/// text width folded and without white space.
public struct EverydayName: Sendable {
    public enum Match: Sendable {
        case exact, suffix, containing
        /// Contained, and naming its value only where no other name is written: a word that also
        /// qualifies the others (专项 is a special check, 专项审计 an audit, 专项巡察 an inspection).
        case alone
    }

    /// What a longer text holding a contained name must be to be named by it, and not be: a text
    /// of another matter (纪委查处违纪干部 in 参加部门, 党风廉政建设责任不到位 in 整改评定), most likely
    /// a problem slid over from the column beside, names the body or judges and is no name of it
    /// or judgement (helpers 198, 200–202: read as the department, as 整改不到位).
    public struct Setting: Sendable {
        /// What the text ends with (a remark in brackets after it aside): the name or one of
        /// these; nil for any end.
        let closings: [String]?
        /// Words of another matter, which the name's clause (a remark in brackets after it aside)
        /// must not hold, unless it names `subject`.
        let others: [String]
        /// What the name is of (整改, for a judgement): a clause naming it is of its matter
        /// (上轮巡察反馈问题整改不到位).
        let subject: String?
        /// Words of a problem (违纪, 收受, 插手 …), which the text must not hold anywhere.
        let problems: [String]

        public static let any = Setting(closings: nil, others: [], subject: nil, problems: [])
    }

    public let raw: String
    public let match: Match
    public let text: String
    /// Words beside the name that say it is so not wholly or not surely (`doubts`), for a name
    /// that judges (整改到位): 基本到位 is no 整改到位.
    let doubted: [String]
    let setting: Setting

    public init(
        _ raw: String, _ match: Match, _ text: String, doubtedBy doubted: [String] = [], setting: Setting = .any
    ) {
        self.raw = raw
        self.match = match
        self.text = text
        self.doubted = doubted
        self.setting = setting
    }

    /// Whether a compacted text holding the name is of its matter (`setting`): it ends as the
    /// setting's names end, holds no word of a problem, and its clause holds the name's subject
    /// or no word of another matter beside the name.
    public func isSet(in written: String) -> Bool {
        // (检查处 and 督查处 are units, unless 理 follows: 检查处理 is 查处's own verb, helper-204.)
        let unproblematic = Self.unproblematic.reduce(written) { $0.replacing($1, with: "") }
            .replacing(Self.unitOfInspection, with: "")
        guard !setting.problems.contains(where: unproblematic.contains) else { return false }
        if let closings = setting.closings {
            let body = Self.withoutCount(Self.withoutRemark(Substring(written)))
            guard body.hasSuffix(text) || closings.contains(where: body.hasSuffix) else { return false }
        }
        let clause = Self.withoutRemark(clause(of: written))
        if let subject = setting.subject, clause.contains(subject) { return true }
        let rest = clause.replacing(text, with: "", maxReplacements: 1)
        return !setting.others.contains(where: rest.contains)
    }

    /// Whether words beside the name in a compacted text say it is not so, not wholly or not
    /// surely (未到位, 纪委以外, 基本到位): a refusal says so.
    public func isQualified(in written: String) -> Bool {
        let rest = Self.placesLikeNegations.reduce(written.replacing(text, with: "", maxReplacements: 1)) {
            $0.replacing($1, with: "")
        }
        return Self.negations.contains(where: rest.contains) || rest.contains(Self.noneCounted)
            || !doubted.isEmpty && isDoubted(in: written)
    }

    /// A count of none in brackets (纪委（0名）, （共0人）, （零名）), below none or of no whole person
    /// (（-1名）, （负1名）, （0.5名）): no one from it, or no count (helper-214: taken once 0名 as a word
    /// was dropped, for it matched 10名; helper-215, helper-218: -1名, 负1名, 0.5名 taken as remarks).
    /// (Also a half or a fraction, copies, 同志 after the count, and a count of none without
    /// brackets: 纪委（半名）, （1/2名）, 抄送纪委（0份）, 纪委0名: helper-219, each read as the body.)
    nonisolated(unsafe) static let noneCounted =
        /[（(]共?(?:[0０零〇]+|[-－−﹣负]\s*[0-9０-９一二两三四五六七八九十]+|[0-9０-９]*[.．][0-9０-９]+|[0-9０-９]+[\/／][0-9０-９]+|半)[名人位个份]?(?:同志)?[）)]|(?:^|[^0-9０-９.．])(?:[0０零〇]+|半)[名人位个份](?:同志)?$/

    /// Places whose names begin as a negation does (无锡市纪委, 无为市委组织部, 未央区委组织部: helper-210,
    /// each refused as saying 纪委 or 组织部 is not so).
    static let placesLikeNegations = ["无锡", "无为", "无棣", "无极", "未央"]

    /// `text` without its full stop and the remarks in brackets at its end (纪委（派员）,
    /// 到位（已验收）, 纪委【备案】（2份）。): the name's.
    private static func withoutRemark(_ text: Substring) -> Substring {
        var text = text
        while let last = text.last, "。.；;，,".contains(last) { text = text.dropLast() }
        while let (open, _) = [("(", ")"), ("【", "】"), ("[", "]"), ("〔", "〕")].first(where: { text.hasSuffix($0.1) }),
            let start = text.lastIndex(of: Character(open)), start != text.startIndex
        {
            text = text[..<start]
        }
        return text
    }

    /// `text` without a count at its end (市纪委监委2人, 纪委监委两份, 组织部干部1名).
    private static func withoutCount(_ text: Substring) -> Substring {
        guard let last = text.last, "人名份位".contains(last) else { return text }
        let number = text.dropLast().reversed().prefix { $0.isNumber || "一二两三四五六七八九十".contains($0) }
        guard !number.isEmpty else { return text }
        // (Each so many: 纪委、组织部各一份, helper-204.)
        let counted = text.dropLast(number.count + 1)
        return counted.last == "各" ? counted.dropLast() : counted
    }

    /// Words of a problem (the vocabulary of the eight-point rules and of disciplinary cases): a
    /// text holding one is none of a department's or a judgement's names. Never complete: a
    /// department's cell must also end as one does (`Setting.closings`).
    static let problemWords = [
        "违规", "违纪", "违法", "违反", "违背", "查处", "立案", "涉嫌", "收受", "收取", "受贿", "索贿", "行贿", "贿赂", "贪污", "腐败", "腐蚀",
        "挪用", "造假", "伪造", "篡改", "泄露", "阻挠", "打击报复", "公款", "礼金", "购物卡", "好处费", "干股", "吃喝", "宴请",
        "私人会所", "ktv", "KTV", "插手", "经商", "私用", "超标", "追缴", "退缴", "拉拢", "后门", "亲属",
        // (And those of helper-210's headers, each quoted: 买官卖官, 吃拿卡要, 打招呼说情 …)
        "买官", "卖官", "跑官", "要官", "吃拿卡要", "赌博", "嫖娼", "包养", "情妇", "失职", "渎职", "侵占", "虚报", "冒领", "骗取", "套取",
        "打招呼", "说情", "请托", "利用职务", "以权谋私", "权钱交易", "利益输送", "红包", "回扣", "大操大办", "大办", "婚宴", "形式主义",
        "官僚主义", "享乐主义", "奢靡", "挥霍", "滥用职权", "不作为", "乱作为", "醉驾", "酒驾",
        // (And of helper-211's: a tab 孙丽问题线索 or 孙丽（留置）, a cell 收礼县委.)
        "收礼", "送礼", "问题线索", "留置", "举报", "审查调查", "处分", "双开", "初核",
        // (And the sanctions a name's remark gave, each quoted: 钱八（党内警告）, helper-258.)
        "警告", "留党察看", "开除党籍", "撤销党内职务", "诫勉", "被审查", "立案审查", "记过", "撤职",
        // (And helper-259's, each stored as a name or quoted: 王伟 谈话函询, 王伟 婚外情.)
        "函询", "通报批评", "移送司法", "第一种形态", "第二种形态", "第三种形态", "第四种形态", "组织处理", "纪律审查", "监察调查", "婚外情",
        "被查", "落马", "问责", "记大过", "开除", "双规", "在逃", "外逃", "保护伞", "涉黑", "判刑", "徒刑", "取保候审", "刑拘", "吃空饷",
        "谋利", "降级", "降为", "降职",
        // (And a person's own, as confidential: helper-260's, stored beside a name.)
        "吸毒", "贩毒", "家暴", "癌症", "艾滋", "HIV", "离婚", "欠债", "黑恶", "性侵", "酗酒", "出轨", "性病", "梅毒", "淋病", "乙肝",
        "白血病", "癌", "精神病", "抑郁", "住院", "怀孕", "离异", "病逝", "逝世", "已故", "自杀", "被捕", "逮捕", "上访", "私生", "超生",
        "前科", "服刑", "残疾", "待查", "嫌疑", "病休", "病重", "不称职",
        // (And helper-263's session's, stored glued to a name: 王伟手术, 王伟接受审查, 王伟失联.)
        "手术", "病危", "失联", "接受审查", "接受调查", "配合调查", "组织审查",
        // (And helper-265's, each stored glued to a name: 王伟审查, 赵刚失踪, 王伟在押.)
        "审查", "被调查", "失踪", "死亡", "在押", "羁押", "取保", "监视居住", "被约谈", "涉案", "车祸", "瘫痪", "重病", "牺牲", "遇难",
        "丧偶", "殁",
        // (And helper-266's, each stored glued to a name or an organization's: 王伟跑路, 白河县委小金库.)
        "跑路", "偷税", "逃税", "漏税", "骗保", "洗钱", "放贷", "打人", "套现", "骗贷", "传销", "诈骗", "飙车", "斗殴", "盗窃", "抢劫",
        "强奸", "猥亵", "通奸", "二奶", "小三", "欠薪", "逃逸", "肇事", "坐牢", "缓刑", "劳教", "拘留", "闹访", "被告",
        "原告", "偷拍", "泄密", "失密", "私车", "炒股", "裸官", "绿卡", "再婚", "未婚", "小金库", "窝案", "账目混乱", "被通报",
        "整改不力", "群体性事件",
    ]

    /// `problemWords`, looked for in a text at once.
    static let problems = Words(problemWords)

    /// Words holding a problem's word that are none (反腐败 holds 腐败, 经商议 经商, 建立案卷 立案:
    /// helper-203, each refused).
    static let unproblematic = [
        "反腐败", "商议", "建立案", "信访举报室", "举报中心", "问题线索管理室", "审查调查室", "监察调查室", "纪律审查室", "问责办", "问责室",
        "审查室", "审查处", "审查科", "审查组", "审查中心", "舆情中心", "舆情办",
    ]

    /// A unit's name ending in 查处 (检查处, 督查处), not 查处's own verb (检查处理): kept, as a
    /// regular expression is compiled anew at each use.
    nonisolated(unsafe) private static let unitOfInspection = /[检督]查处(?!理)/

    /// The clause of a compacted text that holds the name (整改到位 of 整改到位，将持续跟踪).
    private func clause(of written: String) -> Substring {
        written.split { "，,；;。".contains($0) }.first { $0.contains(text) } ?? Substring(written)
    }

    /// Whether a compacted text is written this way. What the text holds beside the name must not
    /// negate it or doubt it (`isQualified`: 未到位, 整改未到位, 不定期, 非虚假, 纪委以外 are not 到位,
    /// 定期, 虚假, 纪委; a negation that is part of the name itself, as in 不到位, is the name), and
    /// must be of its matter (`isSet`).
    public func matches(_ written: String) -> Bool {
        let found =
            switch match {
            case .exact: written == text
            case .suffix: written.hasSuffix(text)
            case .containing, .alone: written.contains(text)
            }
        guard found, match != .exact else { return found }
        return !isQualified(in: written) && isSet(in: written)
    }

    /// Whether a doubt qualifies the name in its own clause (基本到位, 到位率90%, 到位（存疑）), not
    /// in the next (整改到位，将持续跟踪; 整改不到位，需继续整改: helper-153, refused), nor in a word
    /// holding one that is none (按要求整改到位 is done).
    private func isDoubted(in written: String) -> Bool {
        let own = Self.undoubting.reduce(clause(of: written).replacing(text, with: "", maxReplacements: 1)) {
            $0.replacing($1, with: "")
        }
        return doubted.contains { own.contains($0) }
    }

    /// Words holding a doubt (`doubts`) that say none (helper-201: 按要求整改到位 was refused as
    /// what is to be, 整改完成到位 as a share).
    static let undoubting = ["按要求", "按照要求", "根据要求", "完成", "成效"]

    /// Words that turn an everyday name into its opposite, or into what is not done (yet) or not
    /// whole (拟开展定期谈话, 定期谈话（取消）, 待抄送纪委, 难以到位, 部分到位, 免予诫勉, 纪委（请假）).
    static let negations = [
        "不", "未", "非", "没", "无", "否", "以外", "之外", "除", "缺", "拟", "待", "难以", "部分", "取消", "延期", "暂缓", "推迟", "改期",
        "免予", "免于", "免抄", "请假", "将派",
        // (纪委（N/A）: no one from it, as 纪委（无）; helper-211, stored as 纪委. Not words that may
        // be part of others: 0名 of 10名, 同上 of 同上次: helper-213.)
        "N/A", "n/a",
    ]

    /// Words that say a judgement holds not wholly or not surely (基本到位, 初步到位, 到位？,
    /// 似乎到位, 到位（存疑）, 力争到位, 到位率90%: helpers 150–152, each stored as 整改到位). Only a judgement's
    /// names take them: 巡察初步反馈 is an inspection's, 纪委基本建设处 a discipline body's.
    public static let doubts = [
        "基本", "初步", "大体", "大致", "接近", "似乎", "好像", "可能", "应该", "应当", "或许", "也许", "估计", "暂定", "存疑",
        "待定", "吗", "?", "？", "﹖", "⁇", "¿",
        "几乎", "近乎", "大概", "差不多", "吧",
        // What is to be, not what is (力争到位, 应到位, 确保整改到位), what is to be kept from
        // happening (杜绝敷衍整改), and a share (到位率90%, 到位（80%）, 多数到位).
        "力争", "争取", "应", "需", "将", "尽快", "确保", "预计", "计划", "必须", "要求", "杜绝", "避免", "防止", "率", "%", "％", "成",
        "多数", "百分之",
    ]
}

extension [EverydayName] {
    /// The values a compacted text names by these everyday names, each once, in the names' order.
    /// A name inside a longer one also written (书记 in 副书记, 到位 in 不到位) is the longer one's; a
    /// name matching the text's end (`.suffix`) is the one meant.
    /// More than one value is a text naming several (及时谈话（原定期）, 诫勉谈话（定期）): the caller
    /// refuses it rather than take the first.
    public func values(namedIn written: String) -> [String] {
        var named = filter { $0.matches(written) }
        if named.contains(where: { $0.match != .alone }) { named.removeAll { $0.match == .alone } }
        // A name closing the text is what it is (驻市委组织部纪检监察组 is a discipline group).
        if named.contains(where: { $0.match == .suffix }) { named = named.filter { $0.match == .suffix } }
        var values: [String] = []
        for name in named where !named.contains(where: { $0.text != name.text && $0.text.contains(name.text) }) {
            if !values.contains(name.raw) { values.append(name.raw) }
        }
        // A name written apart from those named is named too, whatever they hold beside it (到位/不到位,
        // 不到位，有敷衍, 虚假整改不到位 name two: helper-151, helper-152, stored as 不到位, the
        // negation of one read as the other's); but not beside a name closing the text, nor a name
        // that only qualifies the others (专项巡察 is an inspection).
        if !named.contains(where: { $0.match == .suffix }) {
            let outside = named.map(\.text).reduce(written) { $0.replacing($1, with: "") }
            for name in self where name.match != .alone && !values.contains(name.raw) && name.matches(outside) {
                values.append(name.raw)
            }
        }
        return values
    }
}

/// 地方党委 / 党组 / 基层党组织 (Art. 2).
public enum OrganizationKind: String, Vocabulary {
    case localCommittee = "local-committee", partyGroup = "party-group", grassroots, other
    public var label: Message {
        switch self {
        case .localCommittee: Message(zh: "地方党委", en: "local committee")
        case .partyGroup: Message(zh: "党组（党委）", en: "party group")
        case .grassroots: Message(zh: "基层党组织", en: "grassroots")
        case .other: Message(zh: "其他", en: "other")
        }
    }

    /// The spec's own words (地方党委（含党工委）, 党组（党组性质党委）) and an office's: 党工委,
    /// 党组性质党委, 基层党委, and a grassroots body by its own kind (党支部, 党总支, 机关党委: helper-266,
    /// refused).
    public static let everydayNames =
        [
            EverydayName("local-committee", .containing, "地方党委"), EverydayName("local-committee", .suffix, "党工委"),
            EverydayName("party-group", .containing, "党组"), EverydayName("grassroots", .containing, "基层"),
            EverydayName("grassroots", .exact, "党支部"), EverydayName("grassroots", .exact, "党总支"),
            EverydayName("grassroots", .exact, "机关党委"),
        ]
        + ["省委", "自治区党委", "市委", "州委", "盟委", "地委", "县委", "旗委", "区委", "乡党委", "镇党委", "乡镇党委", "街道党工委"].map {
            // A local committee by its level (县委, 镇党委: helper-267, refused).
            EverydayName("local-committee", .exact, $0)
        }
}

/// Administrative level; Art. 7 singles out city, county and township committees.
public enum Level: String, Vocabulary {
    case central, province, city, county, township, other
    public var label: Message {
        switch self {
        case .central: Message(zh: "中央", en: "central")
        case .province: Message(zh: "省级", en: "province")
        case .city: Message(zh: "市级", en: "city")
        case .county: Message(zh: "县级", en: "county")
        case .township: Message(zh: "乡镇级", en: "township")
        case .other: Message(zh: "其他", en: "other")
        }
    }

    /// The spec's own words (市（地、州、盟）, 县（市、区、旗）, 乡镇（街道）) and an office's: 省,
    /// 地级, 州级, 地市级, 县, 区, 县处级, 街道, 乡科级.
    public static let everydayNames =
        [
            ("central", ["中央"]), ("province", ["省", "省部级", "自治区", "直辖市", "正部级", "部级"]),
            // (A body's rank names its level too: 厅级 a city's, 处级 a county's, 科级 a township's:
            // helper-266, refused.)
            (
                "city",
                [
                    "市", "地", "州", "盟", "地级", "州级", "盟级", "地市级", "地厅级", "市(地、州、盟)", "正厅级", "副厅级", "厅级", "副省级",
                ]
            ),
            ("county", ["县", "区", "旗", "县处级", "县级市", "县(市、区、旗)", "正处级", "副处级", "处级"]),
            ("township", ["乡", "镇", "街道", "乡镇", "乡级", "镇级", "乡科级", "乡镇(街道)", "正科级", "副科级", "科级"]),
        ].flatMap { level, words in words.map { EverydayName(level, .exact, $0) } }
}

/// A post in an organization's leadership team (Art. 7: 领导班子成员).
public enum Role: String, Vocabulary {
    case secretary, deputySecretary = "deputy-secretary", member
    public var label: Message {
        switch self {
        case .secretary: Message(zh: "书记", en: "secretary")
        case .deputySecretary: Message(zh: "副书记", en: "deputy secretary")
        case .member: Message(zh: "班子成员", en: "member")
        }
    }

    /// Whether a compacted post is of another body than a Party committee's leadership team,
    /// whose title ends as the committee's do: the discipline commission's (纪委书记, 纪工委副书记,
    /// 纪委监委常委), the political-legal commission's (政法委书记), a party committee of the
    /// organs' (机关党委书记), a working committee's (教育工委书记; a 党工委 is a committee), the
    /// Youth League's (团县委书记), the people's congress's and the CPPCC's (人大常委, 政协委员); and a
    /// 第一书记, whom a higher body sends to a village, beside its own secretary.
    public static func ofAnotherBody(_ post: String) -> Bool {
        guard let body = body(of: post) else { return false }
        return ["纪委", "纪工委", "监委", "政法委", "机关党委", "人大", "政协", "团委", "第一"].contains(where: body.hasSuffix)
            || body.hasSuffix("工委") && !body.hasSuffix("党工委")
            || (body.hasPrefix("团") || body.contains("共青团")) && body.hasSuffix("委")
            // A member of the congress or the CPPCC (人大常委会委员); their party groups' posts are
            // those groups' own (人大常委会党组书记).
            || !post.hasSuffix("书记") && (body.contains("人大") || body.contains("政协"))
    }

    /// Whether a post's body is a party group's, or a government's, a congress's, a court's
    /// (县政府党组, 县人大常委会党组, 县法院党组): beside a committee's post, another body's.
    public static func isOfAPartyGroup(_ body: Substring) -> Bool {
        ["党组", "政府", "人大", "政协", "法院", "检察院", "公安"].contains { body.contains($0) }
    }

    /// What a compacted post names before its title (县委 of 县委副书记, 县政府党组 of
    /// 县政府党组书记; empty for 书记 alone); nil when it ends in no title of a leadership team.
    public static func body(of post: String) -> Substring? {
        guard let title = ["副书记", "书记", "常委", "委员", "成员"].first(where: post.hasSuffix) else { return nil }
        return post.dropLast(title.count)
    }

    /// 市委书记, 党组书记, 常务副书记, 常委, 党委委员: the post named inside a title.
    public static let everydayNames = [
        EverydayName("deputy-secretary", .suffix, "副书记"), EverydayName("secretary", .suffix, "书记"),
        EverydayName("member", .suffix, "常委"), EverydayName("member", .suffix, "委员"),
        EverydayName("member", .suffix, "成员"),
    ]
}

/// What an annual-plan item was drawn from (Art. 5 ¶2).
public enum PlanBasis: String, Vocabulary {
    case inspection, disciplinaryReview = "disciplinary-review", audit, specialCheck = "special-check",
        cadreAssessment = "cadre-assessment"
    public var label: Message {
        switch self {
        case .inspection: Message(zh: "巡视巡察", en: "inspection tour")
        case .disciplinaryReview: Message(zh: "纪律审查", en: "disciplinary review")
        case .audit: Message(zh: "审计监督", en: "audit")
        case .specialCheck: Message(zh: "专项检查", en: "special check")
        case .cadreAssessment: Message(zh: "干部考核", en: "cadre assessment")
        }
    }

    /// 巡察, 巡视反馈, 审计, 纪律审查, 专项检查, 年度考核: the source named inside the words offices use;
    /// 专项 alone is a special check, and qualifies another source (专项审计, 专项巡察).
    public static let everydayNames = [
        EverydayName("inspection", .containing, "巡视"), EverydayName("inspection", .containing, "巡察"),
        EverydayName("disciplinary-review", .containing, "审查"), EverydayName("audit", .containing, "审计"),
        EverydayName("special-check", .alone, "专项"), EverydayName("cadre-assessment", .containing, "考核"),
    ]
}

/// The six situations of Art. 5 ¶3 that call for a timely talk, in the article's order.
public enum TriggerKind: String, Vocabulary {
    case petitions, criticized, inspectionFindings = "inspection-findings", majorCase = "major-case",
        warningSigns = "warning-signs", other
    public var label: Message {
        switch self {
        case .petitions: Message(zh: "（一）信访举报问题较多", en: "(1) many petitions")
        case .criticized: Message(zh: "（二）被通报批评或负面舆情", en: "(2) criticized / negative publicity")
        case .inspectionFindings: Message(zh: "（三）检查考核发现问题较多", en: "(3) inspection findings")
        case .majorCase: Message(zh: "（四）重大违纪违法案件", en: "(4) major case")
        case .warningSigns: Message(zh: "（五）苗头性倾向性问题", en: "(5) warning signs")
        case .other: Message(zh: "（六）其他情形", en: "(6) other")
        }
    }

    /// The words of Art. 9's list, as offices quote them (苗头性、倾向性问题, 重大违纪违法案件, 引发负面
    /// 舆情: helper-216, each refused); a text holding a problem's words besides is none of them.
    public static let everydayNames = [
        ("petitions", "信访举报"), ("criticized", "通报批评"), ("criticized", "负面舆情"),
        ("inspection-findings", "主体责任检查"), ("inspection-findings", "检查考核"), ("major-case", "重大违纪违法"),
        ("major-case", "重大案件"), ("major-case", "四风"), ("warning-signs", "苗头性"), ("warning-signs", "倾向性"),
        ("other", "其他需要"),
    ].map { raw, text in
        EverydayName(
            raw, .containing, text,
            setting: EverydayName.Setting(
                closings: nil, others: [], subject: nil,
                // (违纪, 违法 are the list's own words in (四).)
                problems: EverydayName.problemWords.filter { !["违纪", "违法"].contains($0) }))
    }
}

/// Regular and timely talks are supervision talks; the other three are out of scope (Art. 2 ¶3).
public enum TalkKind: String, Vocabulary {
    case regular, timely, clueDisposal = "clue-disposal", appointment, admonishment
    public var label: Message {
        switch self {
        case .regular: Message(zh: "定期谈话", en: "regular")
        case .timely: Message(zh: "及时谈话", en: "timely")
        case .clueDisposal: Message(zh: "线索处置谈话", en: "clue disposal")
        case .appointment: Message(zh: "任职谈话", en: "appointment")
        case .admonishment: Message(zh: "诫勉谈话", en: "admonishment")
        }
    }

    /// Whether talks of this kind are the supervision talks the regulation governs, held with the
    /// top leader (Art. 2, Art. 5): regular and timely; the others are out of its scope (Art. 2 ¶3).
    public var isSupervision: Bool { self == .regular || self == .timely }

    /// 定期, 定期监督谈话, 及时谈话（情形）: the kind named inside the words offices use.
    public static let everydayNames = [
        EverydayName("regular", .containing, "定期"), EverydayName("timely", .containing, "及时"),
        EverydayName("clue-disposal", .containing, "线索"), EverydayName("clue-disposal", .containing, "函询"),
        EverydayName("appointment", .containing, "任职"),
        // 任前谈话, 任前廉政谈话: the talk before taking up a post, as offices call it (helper-121).
        EverydayName("appointment", .containing, "任前"),
        EverydayName("admonishment", .containing, "诫勉"),
    ]
}

/// Art. 7 requires 个别谈话.
public enum TalkFormat: String, Vocabulary {
    case individual, group
    public var label: Message {
        switch self {
        case .individual: Message(zh: "个别谈话", en: "individual")
        case .group: Message(zh: "集体谈话", en: "group")
        }
    }

    /// 集体, 集中谈话, 个别, 单独谈话, 一对一: the format as offices write it (helper-134: 集中 was
    /// refused). A talk's format only: 集中 or 集体 in other words (集中整治, 集体研究确定, 集中在9月)
    /// names none (helper-135).
    public static let everydayNames = [
        EverydayName("group", .exact, "集体"), EverydayName("group", .exact, "集中"),
        EverydayName("group", .containing, "集体谈话"), EverydayName("group", .containing, "集中谈话"),
        EverydayName("individual", .exact, "个别"), EverydayName("individual", .exact, "单独"),
        EverydayName("individual", .containing, "单独谈话"), EverydayName("individual", .containing, "一对一"),
        // (So a cell naming both is refused: 个别谈话（集体谈话后） was a group talk: helper-153.)
        EverydayName("individual", .containing, "个别谈话"),
    ]

    /// The format a 谈话类型 cell names beside its kind: 集体定期谈话, 定期集中谈话, 定期（个别）
    /// (its words right before the kind, a bracket of it alone, or the format's own words).
    public static func named(besideKind cell: String) -> TalkFormat? {
        let text = OfficeText.compact(cell)
        // Most cells name no format: told by their characters, not searched for twenty forms.
        guard text.contains(where: { "集个单".contains($0) }) else { return nil }
        var found: Set<TalkFormat> = []
        for (word, format) in [("集体", TalkFormat.group), ("集中", .group), ("个别", .individual), ("单独", .individual)] {
            let forms = [word + "定期", word + "及时", word + "谈话", "(" + word + ")", "(" + word + "谈话)"]
            if forms.contains(where: text.contains) { found.insert(format) }
        }
        return found.count == 1 ? found.first : nil
    }
}

/// The five steps of a regular talk, in the order of Art. 10 ¶1.
public enum Step: String, Vocabulary {
    case selfCheckReport = "self-check-report", pointOutProblems = "point-out-problems", explanation,
        rectificationRequirements = "rectification-requirements", commitment
    public var label: Message {
        switch self {
        case .selfCheckReport: Message(zh: "报告自查情况", en: "self-check report")
        case .pointOutProblems: Message(zh: "指出问题", en: "problems pointed out")
        case .explanation: Message(zh: "作说明", en: "explanation")
        case .rectificationRequirements: Message(zh: "提出整改要求", en: "rectification requirements")
        case .commitment: Message(zh: "表态发言", en: "commitment")
        }
    }

    /// The steps as a ledger's 谈话环节 cell shortens them, each whole (a cell naming two steps
    /// without a separator matches neither, and is refused, not read as the first).
    public static let everydayNames = [
        ("self-check-report", ["自查报告", "报告自查", "自查", "自查情况", "报告自查情况"]),
        ("point-out-problems", ["指出存在问题", "严肃指出问题"]),
        ("explanation", ["作出说明", "说明情况", "情况说明", "说明", "就有关问题作说明"]),
        ("rectification-requirements", ["整改要求", "提出要求", "提出整改意见"]),
        ("commitment", ["表态", "作表态发言", "作出表态", "表态发言"]),
    ].flatMap { raw, names in names.map { EverydayName(raw, .exact, $0) } }
}

/// Departments that may send people to a talk (Art. 6).
public enum Department: String, Vocabulary {
    case disciplineInspection = "discipline-inspection", organization, publicity,
        inspectionTour = "inspection-tour", audit
    public var label: Message {
        switch self {
        case .disciplineInspection: Message(zh: "纪检机关", en: "discipline inspection")
        case .organization: Message(zh: "组织部门", en: "organization")
        case .publicity: Message(zh: "宣传部门", en: "publicity")
        case .inspectionTour: Message(zh: "巡视巡察机构", en: "inspection tour")
        case .audit: Message(zh: "审计机关", en: "audit")
        }
    }

    public static let everydayNames = departmentNames
}

/// How offices name the departments of Art. 6 and Art. 12: 纪委, 纪委监委, 市纪委监委, 派驻纪检监察组;
/// 组织部, 市委组织部; 宣传部; 巡视办, 巡察组; 审计局.
/// Each names a body: a text holding it ends with it or a word of the body's units (室, 办, 组, 中心 …),
/// people (负责人, 记录员) or deeds (派员参加, 列席, 存档, 一份), and holds no word of a problem. A
/// sentence naming a body ends otherwise (组织部调查其买官卖官, 巡察组称孙丽公车私用) or holds one
/// (纪委查处违纪干部, 审计发现问题已备案): helpers 198, 201, 202, each read as the department. A unit's
/// own words are no problem's (纪委监委信访举报室, 巡察整改办, 问责办, 问题线索管理室).
private let departmentNames = [
    ("discipline-inspection", EverydayName.Match.containing, "纪委"), ("discipline-inspection", .containing, "纪检"),
    ("discipline-inspection", .suffix, "监委"), ("discipline-inspection", .suffix, "纪检监察组"),
    ("discipline-inspection", .suffix, "纪检组"), ("discipline-inspection", .containing, "纪律检查"),
    // (Art. 12's own words, 组织（人事）部门: helper-207, refused.)
    ("organization", .containing, "组织部"), ("organization", .containing, "组织(人事)部门"),
    ("organization", .containing, "组织人事部门"), ("publicity", .containing, "宣传部"), ("inspection-tour", .containing, "巡视"),
    ("inspection-tour", .containing, "巡察"), ("audit", .containing, "审计"),
].map { raw, match, text in
    EverydayName(
        raw, match, text,
        setting: EverydayName.Setting(
            closings: [
                // Units.
                "办", "组", "局", "厅", "署", "司", "室", "处", "科", "股", "部", "委", "会", "门", "关", "构", "心", "站", "所", "院",
                "队", "监察", "纪检", "单位",
                // People.
                "员", "干部", "同志", "书记", "长", "主任", "领导", "负责人", "联络人", "记录人", "代表",
                // Deeds: taking part, keeping a copy.
                "参加", "列席", "陪同", "参与", "旁听", "出席", "派人", "派员", "派驻", "谈话", "会议", "监督", "指导", "记录", "备案",
                "存档", "归档", "备查", "存查", "阅存", "留存", "签收", "知悉", "一份", "一式", "复印件", "档案", "等",
            ], others: [], subject: nil,
            problems: EverydayName.problemWords + ["发现", "反映", "移交", "移送", "约谈"]))
}

/// The conducting committee's judgement of a rectification (Art. 17 (三)).
public enum Assessment: String, Vocabulary {
    case adequate, inadequate, perfunctory, `false`
    public var label: Message {
        switch self {
        case .adequate: Message(zh: "整改到位", en: "adequate")
        case .inadequate: Message(zh: "整改不到位", en: "inadequate")
        case .perfunctory: Message(zh: "敷衍整改", en: "perfunctory")
        case .false: Message(zh: "虚假整改", en: "false")
        }
    }

    /// 不到位 before 到位, which it contains; 应付 is 敷衍 (应付整改). Each a judgement of the
    /// rectification (整改), not of another duty (党风廉政建设责任不到位, 监管不到位: a problem slid
    /// over, helper-200), a remark in brackets after it aside (到位（制度已完善）), and beside no
    /// word of a problem (收受礼金已退缴到位: helper-202).
    public static let everydayNames = [
        ("inadequate", "不到位"), ("perfunctory", "敷衍"), ("perfunctory", "应付"), ("false", "虚假"), ("adequate", "到位"),
    ].map { raw, text in
        EverydayName(
            raw, .containing, text, doubtedBy: EverydayName.doubts,
            setting: EverydayName.Setting(
                closings: nil,
                others: [
                    "责任", "监管", "监督", "管理", "执行", "教育", "建设", "意识", "作风", "制度", "纪律", "工作", "履职", "压力",
                    "担当", "传导", "机制", "廉政", "党风", "主体", "政治", "思想", "学习", "宣传", "把关", "审核", "考核", "培训",
                    "排查", "防控", "风险", "引导", "群众", "诉求", "职责", "党建", "治党", "自律", "廉洁", "双责", "反腐",
                ], subject: "整改", problems: EverydayName.problemWords))
    }
}

/// Who received a copy of the archived materials (Art. 12).
public enum CopyRecipient: String, Vocabulary {
    case disciplineInspection = "discipline-inspection", organization, other
    public var label: Message {
        switch self {
        case .disciplineInspection: Message(zh: "纪检机关", en: "discipline inspection")
        case .organization: Message(zh: "组织部门", en: "organization")
        case .other: Message(zh: "其他单位", en: "other")
        }
    }

    /// The departments' everyday names, for the two that receive copies.
    public static let everydayNames = departmentNames.filter { CopyRecipient(rawValue: $0.raw) != nil }
}
