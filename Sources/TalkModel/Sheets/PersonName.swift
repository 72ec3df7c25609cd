/// What a people sheet's 姓名 cell holds: a name alone, or a name and what a ledger writes beside
/// it (a post, a grade, the sex, the nationality, the party, a date, an organization), two names,
/// a form of address, a name masked, or no name at all. Each but the first is refused: stored, it
/// was a person no one is (钱八县长, 钱八汉, 周正何静, 王), whom no talk's cell would name.
enum PersonName: Equatable {
    case name
    /// A name with `remarks` beside it, in the order written; `shown` when each says what it is,
    /// not a remark that may be confidential (钱八（调研中）).
    case more(name: String, remarks: [String], shown: Bool)
    /// A surname and how its bearer is addressed (王书记, 吴 书记, 姜县长), the word of address.
    case address(String)
    /// A surname and a word that is no name (王退休, 县委王): the word.
    case surname(String)
    /// A name with its given name masked (王○○, 王**, 王某, 王XX), or a surname alone (王).
    case masked
    /// Two names or more (周正、何静, 周正和何静, 周正等), `shown` when each is a stored person's
    /// (a word that is no one's name may be a confidential one: 王伟、梅毒).
    case people([String], shown: Bool)
    /// A problem's or a sanction's words (收受礼金, 钱八 被留置): not quoted.
    case notAName

    /// What `text` holds, with `resolver` to know an organization's name or a stored person's.
    static func reading(_ text: String, _ resolver: NameResolver) -> PersonName {
        // A cell longer than any name is refused as such (`TextLimits.name`), not parted: its ways
        // to part grow with its length (10,000 characters took half a second: helper-262).
        // (Unless it is one once the marks a register drops are gone, as the name is stored: 5,000 ★
        // before 王伟伟 was stored 王伟伟, and told nothing.)
        if text.count > TextLimits.name { return OfficeText.tidyName(text).count > TextLimits.name ? .name : .notAName }
        if Sheet.holdsProblemWords(text) { return .notAName }
        // A secrecy mark, alone or set apart (绝密, （内部）, ——内部掌握), or a team's discord (班子不团结):
        // helper-268, stored as people.
        let compact = OfficeText.compact(text)
        // (Glued or set apart too: 王伟伟绝密, 孙丽——内部掌握, helper-270, stored with it; the name
        // beside it offered where what is left is a common one, as an organization's is.)
        if Self.secrecy.occur(in: compact) {
            let rest = String(Sheet.secrecyMarks.reduce(compact) { $0.replacing($1, with: "") }.filter(\.isLetter))
            return Sheet.isNameAlone(rest) ? .more(name: rest, remarks: [], shown: false) : .notAName
        }
        if Sheet.isSecrecyMark(String(compact.filter { $0.isLetter || $0.isNumber || $0 == "★" }))
            // (Or a remark on a person's conduct, health or family no name holds, joined by a dash as a
            // transliteration's parts are: 李四-作风问题, 陈五-身体不好, helper-271, stored 李四·作风问题.)
            || Sheet.remarksNoNameHolds.occur(in: compact)
        {
            return .notAName
        }
        if isMasked(text) { return .masked }
        let key = OfficeText.nameKey(text)
        // A stored person's name as written is a name, whatever it holds (a formula a hostile
        // dataset stored, exported and imported again).
        if resolver.isPersonsName(text) { return .name }
        // A link or an address (www.jz.gov.cn, x@y.cn: helper-268, stored or offered as xy.cn).
        if Sheet.isAddress(text) { return .notAName }
        if let joined = joined(key, resolver) { return joined }
        // Symbols alone (①②③, ┌┐): no name.
        if !key.contains(where: \.isLetter) { return .notAName }
        // Words apart: by white space of any kind (a line break of Alt+Enter, a tab, a no-break
        // space: helper-258, each joined to the name), a separator, a middle dot or a hyphen (钱八-男
        // was stored as 钱八·男), digits (钱八1970.03, 1.孙八).
        let tokens = tokens(of: text)
        let beside = tokens.indices.filter { i in
            isBeside(tokens[i].word, resolver)
                // A remark of one character (女, 汉) only beside a name of two: 钱 汉 is 钱汉 spaced.
                && (tokens[i].word.count > 1 || tokens.indices.contains { $0 != i && tokens[$0].word.count > 1 })
        }
        if !beside.isEmpty, beside.count < tokens.count {
            let kept = tokens.indices.filter { !beside.contains($0) }
            let written = kept.map { i in (i == kept.first ? "" : tokens[i].before) + tokens[i].word }.joined()
            let remarks = beside.map { tokens[$0].word }
            return more(written, remarks: remarks, shown: remarks.allSatisfy { isShown($0, resolver) }, resolver)
        }
        // Every word a remark, the name glued to the first (钱八县委副书记、县长).
        if tokens.count > 1, beside.count == tokens.count, let (name, remarks) = peeled(tokens[0].word, resolver) {
            let remarks = remarks + tokens.dropFirst().map(\.word)
            return more(name, remarks: remarks, shown: remarks.allSatisfy { isShown($0, resolver) }, resolver)
        }
        if let apart = apart(text, resolver) { return apart }
        // A name glued to what is beside it, at either end, one after another (钱八县长, 常委钱八,
        // 桐林县委孙丽书记).
        // (Three characters beginning with a surname are a name where a post of 长 before a surname
        // reads too, 师长江, 连长青: helper-268, refused as 师长 and a surname; 县长王 is a form of address.)
        if key.count == 3, isIdeographs(key), Sheet.surnames.contains(key.first!), Sheet.surnames.contains(key.last!),
            Array(key)[1] == "长"
        {
            return .name
        }
        if let (name, remarks) = peeled(key, resolver) {
            return more(name, remarks: remarks, shown: remarks.allSatisfy { isShown($0, resolver) }, resolver)
        }
        // A bracketed remark, 同志 or a secretary's title (王伟（女）, 王伟同志, 市委书记李华).
        let (name, remarks) = OfficeText.remarks(key)
        // 王书记, 李同志, 姜县长, 县长王, 王退休: a surname and how its bearer is addressed, or a
        // word that is no name; 王伟女士 neither.
        if remarks.isEmpty, let address = ["副书记", "书记", "同志", "女士", "先生"].first(where: name.hasSuffix),
            name.count <= 4 || ["女士", "先生"].contains(address)
        {
            return .address(address)
        }
        if remarks.isEmpty, let besideSurname = besideASurname(key, resolver) { return besideSurname }
        // (Brackets before the last, （县长）（男）, are read below, each pair.)
        if !remarks.isEmpty, !name.contains(where: brackets.contains) {
            let shown = remarks.allSatisfy { isShown($0, resolver) || $0 == "同志" }
            // (The name as written before its brackets: John Smith (Mayor), 阿卜杜拉·艾买提（男）.)
            let before = text.lastIndex { $0 == "(" || $0 == "（" }.map { String(text[..<$0]) }
            return more(before ?? name, remarks: remarks.reversed(), shown: shown, resolver)
        }
        // Brackets or quotes left anywhere (（县长）钱八, 钱八《县长》, 钱八“县长”).
        if let bracket = key.firstIndex(where: { brackets.contains($0) }) {
            let inside = key.split { brackets.contains($0) }.map(String.init)
            // (Marks around the name alone, “孙八”, 《李九》, are a register's: stored without them;
            // around a remark alone, 【县长】, no name.)
            let named = inside.filter { !isBeside($0, resolver) }
            if inside.count <= 1, named.count == inside.count { return .name }
            // (A surname alone in brackets' company, （男）王, is no name either.)
            guard named.count == 1, isIdeographs(named[0]), named[0].count > 1 else {
                return .more(name: named.count == 1 ? named[0] : String(key[..<bracket]), remarks: [], shown: false)
            }
            let remarks = inside.filter { $0 != named[0] }
            return more(named[0], remarks: remarks, shown: remarks.allSatisfy { isShown($0, resolver) }, resolver)
        }
        // A joiner at either end of a Chinese name joins nothing (-钱八, 钱八.: helper-263, stored
        // so): a mark, as 孙八# is.
        let joiner = { (character: Character) in "-.'’·—–－".contains(character) }
        var bare = Substring(text.trimmed)
        let ends = [bare.first, bare.last].compactMap { $0 }.filter(joiner)
        while let first = bare.first, joiner(first) { bare = bare.dropFirst() }
        while let last = bare.last, joiner(last) { bare = bare.dropLast() }
        if let end = ends.first, isIdeographs(String(bare)) || bare.contains("·") && isPlausible(String(bare)) {
            return more(String(bare), remarks: [String(end)], shown: true, resolver)
        }
        // A mark no name has beside it (孙八#); a Tibetan name's syllables end in its tsheg (ཚེ་རིང:
        // helper-263, refused).
        // (A character of the private use area is a rare one a font made, 造字, as in 王: no mark.)
        let marks = key.filter {
            !$0.isLetter && !$0.isWhitespace && !"·.-'’*＊\u{0F0B}\u{0F0C}".contains($0) && !Self.isPrivateUse($0)
        }
        if !marks.isEmpty, marks.count <= 2, key.contains(where: \.isLetter) {
            // (A Latin name keeps its spaces: Smith, John is Smith John, not SmithJohn: helper-266.)
            let name =
                key.contains(where: { isIdeographs(String($0)) })
                ? key.filter { !marks.contains($0) }
                : text.filter { !marks.contains($0) }.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return more(name, remarks: [marks], shown: true, resolver)
        }
        // More marks than that are no name's: a formula, an address, a link (@SUM(A1), http://x.cn/a:
        // helper-267, stored as names).
        if marks.count > 2 { return .notAName }
        return .name
    }

    /// What words apart say where none is a remark: two names (周正、何静; 周正 何静 where a stored
    /// person bears one or they are five characters, as 王伟 李华明), or a name and words that are no
    /// name (王伟 江苏南京, 王伟 吸毒, 王伟 corruption, 艾力 木拉: not quoted, a transliteration's
    /// parts going with its middle dot); nil for a name spaced to line up, of a compound surname, of
    /// two names' shapes (钱 八, 欧阳 娜娜, 古丽 米拉), or of Latin letters (John Smith).
    private static func apart(_ text: String, _ resolver: NameResolver) -> PersonName? {
        let words = text.split { $0.isWhitespace || listSeparators.contains($0) }.map(String.init)
        guard words.count > 1, isIdeographs(words[0]) else { return nil }
        // (A line break in the cell lists too: 钱七 and 孙八 on two lines, Alt+Enter: helper-263.)
        let listed = text.contains { "、，,;；/／\n\r".contains($0) }
        if words.allSatisfy({ isIdeographs($0) }), words.allSatisfy(Sheet.isNameAlone),
            listed || words.contains(where: resolver.isPersonsName) || words.joined().count >= 5
        {
            return .people(words, shown: words.allSatisfy(resolver.isPersonsName))
        }
        if Sheet.isNameAlone(words[0]),
            words.dropFirst().contains(where: { !isIdeographs($0) || $0.count >= 2 && !Sheet.isNameAlone($0) })
        {
            return .more(name: words[0], remarks: [], shown: false)
        }
        return nil
    }

    /// Two names joined by 和, 与 or 及 (周正和何静, 周正及何静), or one and 等 (周正等, 周正等2人); nil
    /// otherwise (王和平 is a name).
    private static func joined(_ key: String, _ resolver: NameResolver) -> PersonName? {
        // (王平等 may be a name: 等 ends it; after a stored person's name, or with more after it,
        // 周正等, 周正等2人, it is "and others": helper-265.)
        if let 等 = key.firstIndex(of: "等"), key.distance(from: key.startIndex, to: 等) >= 2,
            Sheet.isNameAlone(String(key[..<等])),
            key.index(after: 等) < key.endIndex || resolver.isPersonsName(String(key[..<等]))
        {
            return .people([String(key[..<等]), String(key[等...])], shown: resolver.isPersonsName(String(key[..<等])))
        }
        for word in ["和", "与", "及"] {
            let parts = key.split(separator: Character(word), maxSplits: 1).map(String.init)
            if parts.count == 2, parts.allSatisfy({ $0.count >= 2 && Sheet.isNameAlone($0) }) {
                return .people(parts, shown: parts.allSatisfy(resolver.isPersonsName))
            }
        }
        return nil
    }

    /// A surname and a post, a state or an organization, after or before it (姜县长, 王副县长,
    /// 县长王, 欧阳部长, 王退休, 县委王); nil otherwise (王正科 may be a name).
    private static func besideASurname(_ key: String, _ resolver: NameResolver) -> PersonName? {
        guard isIdeographs(key) else { return nil }
        let surname = Sheet.compoundSurnames.first(where: key.hasPrefix) ?? String(key.prefix(1))
        // 老王, 小王, 王总, 王老师, 王工: how a surname's bearer is called.
        if key.count == 2, "老小".contains(key.first!), Sheet.surnames.contains(key.last!) {
            return .address(String(key.first!))
        }
        if let word = addressWords.first(where: { key == surname + $0 }) { return .address(word) }
        guard key.count >= 3 else { return nil }
        let after = String(key.dropFirst(surname.count))
        if Sheet.surnames.contains(key.first!) || surname.count == 2, after.count >= 2 {
            if isTitle(after, resolver), after.count == 2 || after.hasPrefix("副") { return .address(after) }
            if isGlued(after, resolver, places: false), !isRank(after) { return .surname(after) }
        }
        let before = String(key.dropLast())
        if let last = key.last, Sheet.surnames.contains(last) {
            if isTitle(before, resolver) { return .address(before) }
            // (A place's name is no word before a surname: 司马省林 is a name.)
            if isGlued(before, resolver, places: false), !isRank(before) { return .surname(before) }
        }
        return nil
    }

    /// A name and its remarks, unless the name left is a surname alone: 吴 书记 is a form of
    /// address; 王 正科, 欧阳 汉, 欧阳正科 are names (helper-258: refused, 王 or 欧阳 given as the
    /// name); two names left are two people (王伟 县长 李华).
    private static func more(_ written: String, remarks: [String], shown: Bool, _ resolver: NameResolver) -> PersonName
    {
        let name = OfficeText.tidyName(written)
        // Only a name before them: a text of other marks is no name (@SUM(A1): helper-267, stored).
        guard
            name.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || $0 == " " || OfficeText.middleDots.contains($0) || $0 == "'" || $0 == "’"
            })
        else { return .notAName }
        if isIdeographs(name), name.count == 1 || Sheet.compoundSurnames.contains(name) {
            if let post = remarks.first(where: { isPostTitle($0) || $0 == "同志" }) { return .address(post) }
            // A surname and a state (欧阳病假) or marks alone (王☆☆, 王#, 王√: helper-265, stored as
            // 王) is no name.
            if let state = remarks.first(where: states.contains) { return .surname(state) }
            if remarks.allSatisfy({ !$0.contains(where: \.isLetter) && !$0.contains(where: isDigit) }) {
                return .masked
            }
            return .name
        }
        if isMasked(name) { return .masked }
        let words = name.split(separator: " ").map(String.init)
        if words.count > 1, words.allSatisfy(Sheet.isNameAlone) {
            return .people(words, shown: words.allSatisfy(resolver.isPersonsName))
        }
        // The place of a post with it (孙丽桐林县委书记: 孙丽, not 孙丽桐林).
        if isIdeographs(name), name.count > 3, let last = remarks.last {
            let characters = Array(name)
            for length in [2, 3] where resolver.beginsAnOrganizationsName(String(characters[length...])) {
                return .more(
                    name: String(characters[..<length]),
                    remarks: remarks.dropLast() + [String(characters[length...]) + last],
                    shown: shown)
            }
        }
        return .more(name: name, remarks: remarks, shown: shown)
    }

    /// A name of ideographs and what is glued to it at either end, one after another: the post, grade,
    /// state, nationality, party, date or organization (`isGlued`; 钱八县长, 钱八正处级, 钱八汉族,
    /// 常委钱八, 桐林县委孙丽书记: 孙丽, 桐林县委 and 书记), in the order written. Of the ways to
    /// part it, one leaving a common name (`Sheet.isNameAlone`) is taken, of fewest remarks, the
    /// longest first (王伟第一书记: 王伟, not 王伟第); nil for a name alone.
    private static func peeled(_ key: String, _ resolver: NameResolver, depth: Int = 0) -> (
        name: String, remarks: [String]
    )? {
        guard isIdeographs(key), key.count >= 4 else { return nil }
        let characters = Array(key)
        var found: [(name: String, remarks: [String])] = []
        for length in (2...min(8, characters.count - 2)).reversed() {
            let (head, tail) = (String(characters[..<(characters.count - length)]), String(characters.suffix(length)))
            let (lead, rest) = (String(characters.prefix(length)), String(characters[length...]))
            if isGlued(tail, resolver) {
                let deeper = depth < 2 && !Sheet.isNameAlone(head) ? peeled(head, resolver, depth: depth + 1) : nil
                found.append(deeper.map { ($0.name, $0.remarks + [tail]) } ?? (head, [tail]))
            }
            if isGlued(lead, resolver) {
                let deeper = depth < 2 && !Sheet.isNameAlone(rest) ? peeled(rest, resolver, depth: depth + 1) : nil
                found.append(deeper.map { ($0.name, [lead] + $0.remarks) } ?? (rest, [lead]))
            }
        }
        // (A name that is itself a remark is no name: 王伟党组成员 gave 成员.)
        let named = found.filter { !isGlued($0.name, resolver) }
        return named.filter { Sheet.isNameAlone($0.name) }.min { $0.remarks.count < $1.remarks.count }
            ?? named.min { $0.remarks.count < $1.remarks.count }
    }

    /// Whether a person's cell holds words beside a name that are not told (a state, a health's
    /// or a family's words, anything not a post, sex or the like: 孙丽 心脏病, 李华/丧偶), or names
    /// that are no stored person's: such a cell naming no one is described, not quoted
    /// (`Sheet.isDescribedWhereUnknown`; helper-263: quoted as an unknown person).
    static func holdsUntoldWords(_ text: String) -> Bool {
        switch reading(text, nobody) {
        // (Not a cell of no name's words: an id's digits, 7, are told as they are.)
        case .more(_, _, shown: false), .people(_, shown: false): true
        default: false
        }
    }

    /// A resolver of no record: what a cell says by its words alone.
    private static let nobody = NameResolver(Dataset())

    /// The words of a cell, each with what stood before it.
    private static func tokens(of text: String) -> [(before: String, word: String)] {
        var tokens: [(before: String, word: String)] = []
        var (before, word) = ("", "")
        func end() {
            if !word.isEmpty { tokens.append((before, word)) }
            (before, word) = ("", "")
        }
        for character in text {
            // (A date's dot, 1970.03, is none.)
            let isNumber = isDigit(character) || (".．".contains(character) && word.last.map(isDigit) == true)
            if character.isWhitespace || listSeparators.contains(character) || character == "-"
                || character.unicodeScalars.allSatisfy(OfficeText.middleDots.contains) && !isNumber
            {
                if !word.isEmpty { end() }
                before.append(character)
                continue
            }
            // Digits and ideographs side by side are two words (钱八1970.03, 1.孙八), a date's or
            // an age's own words with its digits (1970年生, 45岁).
            let numberOf = word.last.map { isDigit($0) || ".．".contains($0) } == true && "年月日岁生后号".contains(character)
            if let last = word.last, isNumber != (isDigit(last) || ".．".contains(last)), !numberOf,
                isIdeographs(String(character)) || isIdeographs(String(last))
            {
                end()
            }
            word.append(character)
        }
        end()
        return tokens
    }

    /// What separates the words of a list in a cell.
    private static let listSeparators: Set<Character> = [
        "/", "／", ",", "，", "、", ";", "；", "|", "｜", ":", "：", "~", "～", "\\", "+", "＋", "&", "＆", "→",
    ]

    /// The brackets and quotation marks a remark is written in (an apostrophe is a name's own: O'Brien).
    private static let brackets: Set<Character> = Set("()（）[]【】《》<>‹›{}「」『』〈〉﹙﹚〔〕“”\"‘")

    /// Whether a word written apart from a name says something else of the person: a post or a
    /// grade (县长, 一级巡视员, 正处级, 县处级), a state of the post (挂职, 退休, 已调离), the sex,
    /// the nationality (汉, 回族), the party (中共党员, 九三学社), a date or an age (1970.03,
    /// 一九七〇年三月, 53岁), an organization (江州市委, 县政府), or a title in English (Mayor, Mr).
    static func isBeside(_ word: String, _ resolver: NameResolver) -> Bool {
        isPostTitle(word) || isRank(word) || besideWords.contains(word) || Sheet.staffTitles.contains(word)
            || (word.hasPrefix("已") && (2...4).contains(word.count))
            || nationalities.contains(word)
            || word.contains(where: isDigit) || isChineseDate(word) || isOrganization(word, resolver)
            || englishWords.contains(word.lowercased().filter { $0 != "." })
    }

    /// Whether a remark beside a name is told in a refusal: a post, a grade, the sex, the
    /// nationality, the party, a date, an organization; not a state of the post (免职, 调离, 已免:
    /// they may tell of a sanction) nor anything else.
    private static func isShown(_ word: String, _ resolver: NameResolver) -> Bool {
        // (Nor a long number: an identity card's or a telephone's.)
        isBeside(word, resolver) && !states.contains(word) && !word.hasPrefix("已") && word.count(where: isDigit) < 7
            // (A date is told alone, not the words beside it: 2026年3月去世.)
            && (!word.contains(where: isDigit) || word.allSatisfy { isDigit($0) || ".．-/年月日岁生后号".contains($0) })
    }

    /// The states of a post a ledger writes beside a name, and of its holder: away, on leave, in
    /// training (王伟病假, 王伟借调, 王伟主持工作: helper-263's session, stored as names).
    fileprivate static let states: Set<String> = [
        "挂职", "退休", "离休", "拟任", "兼", "兼任", "代", "调离", "在职", "离职", "离任", "免职", "辞职", "病故", "去世", "内退",
        "病假", "事假", "产假", "婚假", "休假", "休产假", "出差", "出国", "借调", "援疆", "援藏", "援青", "培训", "党校学习", "待岗",
        "待分配", "主持工作", "转岗", "轮岗", "离岗", "脱产", "驻村", "试用期", "退二线", "改非",
        // (And helper-265's, each stored glued.)
        "停职", "去职", "请假", "回避", "新任", "原任", "卸任", "二线", "待退", "病退", "疗养", "康复中", "暂缺",
    ]

    /// `Sheet.secrecyMarks`, looked for at once.
    private static let secrecy = Words(Sheet.secrecyMarks)

    /// Words of a remark on a person no name holds (作风问题, 身体不好, 家庭困难, 能力不足, 群众反映差).
    static let remarkWords = [
        "问题", "不足", "困难", "不好", "欠佳", "反映", "较差", "作风", "身体", "家庭", "能力", "群众", "思想", "纪律", "表现",
    ]

    /// How a surname's bearer is called, after the surname (王总, 王老师, 王工).
    private static let addressWords = [
        "总", "老师", "师傅", "姐", "哥", "工", "董", "小姐", "老板", "阿姨", "大哥", "大姐", "叔", "医生", "教授", "博士", "律师", "秘书",
        "将军", "少校", "中校", "上校", "少将", "中将", "上将", "夫人", "警官", "大妈", "大爷", "大叔", "处", "局", "厅", "部", "秘",
        "老", "司令", "总理", "姨", "婶", "伯", "爷", "奶奶", "干事", "院士", "长官",
    ]

    /// The 56 nationalities of China (a name's 林族 is none).
    private static let nationalities: Set<String> = Set(
        ("汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 "
            + "达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 "
            + "珞巴 基诺").split(separator: " ").map { $0 + "族" })

    /// Whether a word glued to a name is one of those beside it that cannot end or begin a name:
    /// a post's title as one is written (`isTitle`: 县长, 第一书记, 桐林县委常委, not 伟县长), a rank,
    /// a state, the party, the nationality (汉族, 维吾尔族), an organization, a date; not the sex
    /// nor a one-character nationality (钱八男 may be a name); a place (江东省) only with `places`.
    private static func isGlued(_ word: String, _ resolver: NameResolver, places: Bool = true) -> Bool {
        word.count >= 2
            && (isTitle(word, resolver) || isRank(word) || besideWords.contains(word) && !givenNames.contains(word)
                || (word.hasPrefix("已") && word.count <= 4)
                || nationalities.contains(word)
                || isOrganization(word, resolver, places: places)
                || isChineseDate(word))
    }

    /// The sex, the party, the states (`states`), and committees by their level, as a ledger writes
    /// them beside a name.
    private static let besideWords: Set<String> = states.union([
        "男", "女", "男性", "女性", "汉", "中共党员", "党员", "预备党员", "共青团员", "团员", "群众", "中共", "民盟", "民革", "民建",
        "民进", "农工党", "致公党", "九三学社", "台盟", "无党派", "无党派人士", "民主党派", "后备干部", "省管干部", "市管干部", "县管干部",
        // Schooling, as a roster writes it (钱八 硕士, 钱八本科: helper-263, stored glued).
        "研究生", "硕士", "硕士研究生", "博士研究生", "博士后", "本科", "大学", "大专", "专科", "中专", "高中", "学士", "在职研究生",
        // A committee named by its level alone (钱八 县委 书记).
        "省委", "市委", "州委", "县委", "区委", "旗委", "党委", "党组", "党工委", "纪委", "政府",
    ])

    /// Words beside a name that are given names too (王民建, 李民进): never taken glued to one.
    private static let givenNames: Set<String> = [
        "民建", "民进", "民革", "民盟", "台盟", "团员", "大学", "高中", "学士", "援疆", "援藏", "援青", "本科", "新任",
    ]

    /// Titles and the sex in English a name may be written with (John Smith Mayor, Mr. Wang).
    private static let englishWords: Set<String> = englishPosts.union([
        "mr", "mrs", "ms", "miss", "dr", "male", "female", "sir", "madam", "prof", "professor",
    ])

    /// The posts among them.
    fileprivate static let englishPosts: Set<String> = ["mayor", "secretary", "director", "chairman", "governor"]

    /// Whether a word written apart is a post's title: one of a committee's team (书记, 常委, 委员,
    /// 一把手), of a government, department or unit (县长, 副市长, 组织部长, 主任, 秘书长, 村支书,
    /// 政委), a civil servant's rank (一级巡视员, 主任科员), in simplified or traditional characters
    /// (縣長, 副書記), whatever comes before it (县委书记).
    static func isPostTitle(_ word: String) -> Bool {
        word.count >= 2
            && (NameResolver.endsWithPost(word) || postTitles.contains(where: word.hasSuffix)
                || Sheet.staffWords.contains(where: word.hasSuffix))
    }

    /// Whether a word glued to a name is a post's title as one is written: a title (`postTitles`, a
    /// committee's posts) after nothing, a degree (副, 第一, 一级), a level (县, 市), or a body (县委,
    /// 组织部, 桐林县委, 江州: an organization's name or its beginning); 伟县长 and 一书记 are none.
    private static func isTitle(_ word: String, _ resolver: NameResolver) -> Bool {
        titles.contains { title in
            guard word.hasSuffix(title) else { return false }
            var before = word.dropLast(title.count)
            for degree in ["常务副", "第一副", "副", "第一", "代理", "代", "一级", "二级", "三级", "四级", "主任", "高级"]
            where before.hasSuffix(degree) {
                before = before.dropLast(degree.count)
                break
            }
            return before.isEmpty || ["省", "市", "县", "区", "乡", "镇", "州", "旗", "村", "街道"].contains(String(before))
                || ["委", "部", "局", "厅", "办", "府", "院", "组", "会", "支部", "党组"].contains(where: before.hasSuffix)
                || resolver.beginsAnOrganizationsName(String(before))
        }
    }

    /// Every title a post glued to a name ends with (made once: asked of each way to part a cell).
    private static let titles = postTitles + NameResolver.posts.map(\.0) + Sheet.staffWords

    /// The titles of posts outside a committee's team a name may be written with.
    private static let postTitles =
        [
            "主任", "主席", "秘书长", "委员长", "董事长", "老师", "教授", "工程师", "研究员", "医生", "律师", "博士", "夫人", "小姐", "总经理", "经理", "書記",
            "支书", "政委", "助理", "巡视员", "调研员", "科员", "干部", "专员", "成员",
            // (And those of courts, procuratorates, companies and the army: helper-263, each stored
            // glued to a name.)
            "检察长", "法官", "检察官", "审判员", "书记员", "秘书", "会计", "出纳", "董事", "监事", "总监", "理事", "参谋", "教导员", "指导员",
            "司令", "司令员", "总理", "主编", "记者", "警官",
        ]
        + "省市县区乡镇村州旗盟部局厅处科院校所社行站队组厂团庭馆台会军师旅营连排班园场矿".map { "\($0)长" }
        + Set("省市县縣区區乡鄉镇鎮州旗盟部局厅廳处處科院校所社行站队隊组組").map { "\($0)長" }

    /// Whether a word is a cadre's grade (正处级, 副厅, 县处级, 科级, 正处级干部) or a rank cut short (调研).
    static func isRank(_ word: String) -> Bool {
        let rank = word.hasSuffix("干部") ? String(word.dropLast(2)) : word
        if SheetColumns.isGrade(rank) || rank == "调研" { return true }
        guard rank.hasSuffix("级"), rank.count >= 2 else { return false }
        return ["部", "厅", "局", "处", "科", "县处", "乡科", "省部", "地厅", "县", "乡", "股"].contains(String(rank.dropLast()))
    }

    /// Whether a word is a date or an age in Chinese numerals (一九七〇年三月, 五十三岁).
    private static func isChineseDate(_ word: String) -> Bool {
        // (A month alone is a given name too: 王六月, 李腊月.)
        word.contains { "年岁".contains($0) } && word.allSatisfy { "〇零一二三四五六七八九十年月岁".contains($0) }
    }

    /// Whether a word names an organization (江州市委) or reads as one's (县政府, 桐林县委, 组织部,
    /// 办公室) or a place's (江东省, 城关镇: helper-263, stored glued to a name).
    private static func isOrganization(_ word: String, _ resolver: NameResolver, places: Bool = true) -> Bool {
        resolver.isOrganizationName(word)
            || word.count >= 3
                && ["县委", "市委", "省委", "区委", "州委", "党委", "党组", "政府", "纪委", "支部", "办公室", "组织部", "宣传部"]
                    .contains(where: word.hasSuffix)
            || places && word.count >= 3 && isIdeographs(word)
                && ["省", "市", "县", "区", "镇", "乡", "街道"].contains(where: word.hasSuffix)
    }

    /// Whether a name is masked: its given name written as circles, squares, stars, X or 某 (王○○,
    /// 王**, 王某, 王某甲, 王XX, 王…), or a surname alone (王). One star after a whole name (吴一*)
    /// or before it (*孙八) is a register's mark.
    private static func isMasked(_ text: String) -> Bool {
        // (A mark that is a middle dot typed otherwise, between two parts of a name, is none:
        // 买买提●艾力, helper-263.)
        let characters = Array(text)
        let masks = characters.indices.filter { characters[$0] == "○" || maskMarks.contains(characters[$0]) }
        if masks.contains(where: { i in
            !(characters[i].unicodeScalars.allSatisfy(OfficeText.middleDots.contains) && i > 0
                && i + 1 < characters.count && characters[i - 1].isLetter && characters[i + 1].isLetter)
        }) {
            return true
        }
        let trimmed = text.filter { !$0.isWhitespace }
        guard let first = trimmed.first, isIdeographs(String(first)) else { return false }
        let rest = trimmed.dropFirst()
        if !rest.isEmpty, rest.allSatisfy({ "*＊某〇.．".contains($0) }) { return true }
        // Letters of any script for the given name (王XX, 王A, 王ΧΧ with Greek Chi).
        if !rest.isEmpty, rest.count <= 3, rest.allSatisfy({ $0.isLetter && !isIdeographs(String($0)) }) { return true }
        let key = OfficeText.nameKey(text)
        return key.count == 1 || (2...3).contains(key.count) && key.dropFirst().first == "某"
    }

    /// The marks written for a name's characters, a person's or an organization's (王◯◯, □□县委); a
    /// circle ○ is one too, but among numerals it is 〇 typed otherwise (二○一厂).
    static let maskMarks: Set<Character> = Set("◯●□■△▲×✕…")

    /// Whether a character is of the private use areas, where a font's own characters (造字) for
    /// rare names' characters are.
    private static func isPrivateUse(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy {
            (0xE000...0xF8FF).contains($0.value) || (0xF0000...0x10FFFD).contains($0.value)
        }
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber }
    }

    /// Whether a name left after its remarks may be shown: a common one (`Sheet.isNameAlone`), a
    /// transliteration's parts with their dot, or Latin letters; what else is left may be a
    /// confidential word (王伟书记住院 left 住院, 王伟 女 怀孕 left 王伟 怀孕: helper-261, quoted).
    static func isPlausible(_ name: String) -> Bool {
        if Sheet.isNameAlone(name) || Sheet.compoundSurnames.contains(where: name.hasPrefix) && name.count <= 4 {
            return true
        }
        if name.contains("·") { return name.split(separator: "·").allSatisfy { isIdeographs(String($0)) } }
        return !name.isEmpty
            && name.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || " .'-".unicodeScalars.contains($0))
            }
    }

    /// Whether a text is Chinese characters alone: of any block (the rare ones of a name, 刘䶮, 王𬱖,
    /// in the extensions: helper-261, refused as masked), the compatibility ones, and 〇.
    static func isIdeographs(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy { scalar in
                scalar == "〇"
                    || [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF].contains {
                        $0.contains(scalar.value)
                    }
            }
    }
}

extension PersonName {
    /// The cell's value: `text` for a name, else the refusal saying what else it holds (a remark
    /// that may be confidential, or words of a problem, not quoted).
    func read(_ text: String) -> Sheet.CellValue {
        let refusal: Message
        switch self {
        case .name: return .success(.string(text))
        case .more(let name, let remarks, shown: true) where !remarks.isEmpty && PersonName.isPlausible(name):
            // (Where a post is among them, where it goes: not for 江东省钱八 or -钱八.)
            let post = remarks.contains {
                PersonName.isPostTitle($0) || PersonName.isRank($0) || PersonName.englishPosts.contains($0.lowercased())
            }
            refusal = Message(
                zh: "\(text.quoted) 除姓名外还有 \(remarks.joined(separator: "、"))：请只写姓名 \(name)\(post ? "（职务请填在任职表中）" : "")",
                en:
                    "\(text.quoted) holds more than a name (\(remarks.joined(separator: ", "))): give the name alone, \(name)\(post ? " (posts go in the appointments sheet)" : "")"
            )
        case .more(let name, _, _) where !PersonName.isPlausible(name):
            refusal = Message(
                zh: "单元格除姓名外还有别的文字（不显示，可能是保密内容）：请只写姓名；由几部分组成的姓名用间隔号连写（如 买买提·艾力）",
                en:
                    "the cell holds more than a name (not shown: it may be confidential): give the name alone; a name of several parts is written with its middle dot (买买提·艾力)"
            )
        case .more(let name, _, _):
            refusal = Message(
                zh: "姓名旁还有别的文字（不显示，可能是保密内容），不是职务、性别之类：请只写姓名 \(name.quotedInChinese)；由几部分组成的姓名用间隔号连写（如 买买提·艾力）",
                en:
                    "the name has words beside it (not shown: they may be confidential) that are no post, sex or the like: give the name alone, \(name.quoted); a name of several parts is written with its middle dot (买买提·艾力)"
            )
        case .address(let address):
            refusal = Message(
                zh: "\(text.quoted) 是称呼（姓加“\(address)”），不是姓名：请写全名",
                en: "\(text.quoted) is a form of address (a surname and \(address)), not a name: give the full name")
        // (A state is not quoted, as beside a whole name: 王病假 as 王伟病假.)
        case .surname(let word) where PersonName.states.contains(word):
            refusal = Message(
                zh: "单元格是姓加别的文字（不显示，可能是保密内容），不是姓名：请写全名",
                en:
                    "the cell is a surname and words that are no name (not shown: they may be confidential): give the full name"
            )
        case .surname(let word):
            refusal = Message(
                zh: "\(text.quoted) 是姓加“\(word)”，不是姓名：请写全名",
                en: "\(text.quoted) is a surname and \(word), not a name: give the full name")
        case .masked:
            refusal = Message(
                zh: "\(text.quoted) 的名字被隐去（写作 ○、*、X 或“某”，或只有姓）：请写全名",
                en:
                    "\(text.quoted) is a name masked (its given name written as ○, *, X or 某, or left out): give the full name"
            )
        case .people(_, shown: false):
            refusal = Message(
                zh: "单元格写了不止一人（不显示：可能是保密内容）：每行只写一人；由几部分组成的姓名请用间隔号连写（如 买买提·艾力）",
                en:
                    "the cell names more than one person (not shown: it may be confidential): give one person a row; a name of several parts is written with its middle dot (买买提·艾力)"
            )
        case .people(let names, shown: true):
            refusal = Message(
                zh: "\(text.quoted) 写了不止一人（\(names.joined(separator: "、"))）：每行只写一人；由几部分组成的姓名请用间隔号连写（如 买买提·艾力）",
                en:
                    "\(text.quoted) names more than one person (\(names.joined(separator: ", "))): give one person a row; a name of several parts is written with its middle dot (买买提·艾力)"
            )
        case .notAName: refusal = Sheet.notAName(text)
        }
        return .failure(refusal)
    }
}
