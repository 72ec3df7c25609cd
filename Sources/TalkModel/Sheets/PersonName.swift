/// What a people sheet's 姓名 cell holds: a name alone, or a name and what a ledger writes beside
/// it (a post, a grade, the sex, the nationality, the party, a date, an organization), two names,
/// a form of address, a name masked, or no name at all. Each but the first is refused: stored, it
/// was a person no one is (钱八县长, 钱八汉, 周正何静, 王), whom no talk's cell would name.
enum PersonName: Equatable {
    case name
    /// A name with `remarks` beside it, the last first (as `OfficeText.remarks` gives them);
    /// `shown` when each remark says what it is, not a remark that may be confidential (钱八（留党察看）).
    case more(name: String, remarks: [String], shown: Bool)
    /// A surname and how its bearer is addressed (王书记, 吴 书记), the word of address.
    case address(String)
    /// A name with its given name masked (王○○, 王**, 王某).
    case masked
    /// Two names or more (周正、何静, 周正 何静).
    case people([String])
    /// A problem's or a sanction's words (收受礼金, 钱八 被留置): not quoted.
    case notAName

    /// What `text` holds, with `resolver` to know an organization's name beside it.
    static func reading(_ text: String, _ resolver: NameResolver) -> PersonName {
        if Sheet.holdsProblemWords(text) { return .notAName }
        let key = OfficeText.nameKey(text)
        if isMasked(text) { return .masked }
        // Words apart: by white space of any kind (a line break of Alt+Enter, a tab, a no-break
        // space: helper-258, each joined to the name), a separator, a middle dot or a hyphen (钱八-男
        // was stored as 钱八·男).
        let tokens = tokens(of: text)
        let beside = tokens.indices.filter { i in
            isBeside(tokens[i].word, resolver)
                // A remark of one character (女, 汉) only beside a name of two: 钱 汉 is 钱汉 spaced.
                && (tokens[i].word.count > 1 || tokens.indices.contains { $0 != i && tokens[$0].word.count > 1 })
        }
        if !beside.isEmpty, beside.count < tokens.count {
            let kept = tokens.indices.filter { !beside.contains($0) }
            let written = kept.map { i in (i == kept.first ? "" : tokens[i].before) + tokens[i].word }.joined()
            return more(written, remarks: beside.reversed().map { tokens[$0].word }, shown: true)
        }
        // Every word a remark, the name glued to the first (钱八县委副书记、县长).
        if tokens.count > 1, beside.count == tokens.count, let (name, remark) = glued(tokens[0].word, resolver) {
            return more(name, remarks: tokens.dropFirst().reversed().map(\.word) + [remark], shown: true, resolver)
        }
        // Two names apart (周正、何静, 周正 何静): each of two or three ideographs, the first no
        // compound surname (欧阳 娜娜), not parts of a transliteration (买买提·艾力).
        let words = text.split { $0.isWhitespace || listSeparators.contains($0) }.map(String.init)
        if words.count > 1, words.allSatisfy({ isIdeographs($0) }),
            text.contains("、")
                || words.allSatisfy({ (2...3).contains($0.count) })
                    && !Sheet.compoundSurnames.contains(words[0])
        {
            return .people(words)
        }
        // A name and a bracketed remark, 同志 or a secretary's title (王伟（女）, 王伟同志, 市委书记李华).
        let (name, remarks) = OfficeText.remarks(key)
        // 王书记, 李同志: a surname and how one addresses its bearer, no name; 王伟女士 neither.
        if remarks.isEmpty, let address = ["副书记", "书记", "同志", "女士", "先生"].first(where: name.hasSuffix),
            name.count <= 4 || ["女士", "先生"].contains(address)
        {
            return .address(address)
        }
        // 姜县长, 欧阳部长: a surname and a post.
        let surname = Sheet.compoundSurnames.first(where: key.hasPrefix) ?? String(key.prefix(1))
        let title = String(key.dropFirst(surname.count))
        if remarks.isEmpty, isIdeographs(key), isPostTitle(title), title.count == 2 || title.hasPrefix("副") {
            return .address(title)
        }
        if !remarks.isEmpty {
            let shown = remarks.allSatisfy { isBeside($0, resolver) || $0 == "同志" }
            // (A name of Latin letters as written before its brackets: John Smith (Mayor).)
            let latin = text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
            let before = text.lastIndex { $0 == "(" || $0 == "（" }.map { String(text[..<$0]) }
            return more(latin ? before ?? name : name, remarks: remarks, shown: shown, resolver)
        }
        // Brackets or quotes left anywhere (（县长）钱八, 钱八《县长》, 钱八“县长”).
        if let bracket = key.firstIndex(where: { brackets.contains($0) }) {
            let inside = key.split { brackets.contains($0) }.map(String.init)
            // (Marks around the name alone, “孙八”, 《李九》, are a register's: stored without them.)
            if inside.count <= 1 { return .name }
            let named = inside.filter { !isBeside($0, resolver) }
            return named.count == 1 && isIdeographs(named[0]) && inside.count > 1
                ? .more(name: named[0], remarks: inside.filter { $0 != named[0] }.reversed(), shown: true)
                : .more(name: String(key[..<bracket]), remarks: [], shown: false)
        }
        guard let (name, remark) = glued(key, resolver) else { return .name }
        return more(name, remarks: [remark], shown: true, resolver)
    }

    /// A name of ideographs and a post, grade, nationality, party or organization glued after it
    /// (钱八县长, 钱八正处级, 钱八汉族, 钱八桐林县委), else before it (常委钱八, 桐林县委钱八); nil
    /// for a name alone.
    private static func glued(_ key: String, _ resolver: NameResolver) -> (name: String, remark: String)? {
        guard isIdeographs(key), key.count >= 4 else { return nil }
        let characters = Array(key)
        for length in (2...min(8, characters.count - 2)).reversed() {
            let after = String(characters[(characters.count - length)...])
            if isGlued(after, resolver) { return (String(characters[..<(characters.count - length)]), after) }
        }
        for length in (2...min(8, characters.count - 2)).reversed() {
            let before = String(characters[..<length])
            if isGlued(before, resolver) { return (String(characters[length...]), before) }
        }
        return nil
    }

    /// A name and its remarks, unless the name left is a surname alone: 吴 书记 is a form of address;
    /// 王 正科, 欧阳 汉, 欧阳正科 are names (helper-258: refused, 王 or 欧阳 given as the name). The
    /// place of a post with it too (孙丽桐林县委书记: 孙丽, not 孙丽桐林).
    private static func more(
        _ written: String, remarks: [String], shown: Bool, _ resolver: NameResolver? = nil
    ) -> PersonName {
        var (name, remarks) = (OfficeText.tidyName(written), remarks)
        // Only a name before them: a text of other marks (a formula a hostile dataset stored) is as written.
        guard
            name.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || $0 == " " || OfficeText.middleDots.contains($0)
            })
        else { return .name }
        if isIdeographs(name), name.count == 1 || Sheet.compoundSurnames.contains(name) {
            if let post = remarks.first(where: { isPostTitle($0) || $0 == "同志" }) { return .address(post) }
            return .name
        }
        if let resolver, isIdeographs(name), name.count > 3, let last = remarks.last {
            let characters = Array(name)
            for length in [2, 3] where resolver.beginsAnOrganizationsName(String(characters[length...])) {
                remarks[remarks.count - 1] = String(characters[length...]) + last
                name = String(characters[..<length])
                break
            }
        }
        return .more(name: name, remarks: remarks, shown: shown)
    }

    /// The words of a cell, each with what stood before it.
    private static func tokens(of text: String) -> [(before: String, word: String)] {
        var tokens: [(before: String, word: String)] = []
        var (before, word) = ("", "")
        for character in text {
            // (A date's dot, 1970.03, is none.)
            if character.isWhitespace || listSeparators.contains(character) || character == "-"
                || character.unicodeScalars.allSatisfy(OfficeText.middleDots.contains)
                    && !(word.last.map(isDigit) ?? false)
            {
                if !word.isEmpty {
                    tokens.append((before, word))
                    (before, word) = ("", "")
                }
                before.append(character)
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { tokens.append((before, word)) }
        // Digits glued to a name (钱八1970.03) are a word of their own.
        return tokens.flatMap { token -> [(before: String, word: String)] in
            guard let digit = token.word.firstIndex(where: isDigit), digit != token.word.startIndex,
                isIdeographs(String(token.word[..<digit]))
            else { return [token] }
            return [(token.before, String(token.word[..<digit])), ("", String(token.word[digit...]))]
        }
    }

    /// What separates the words of a list in a cell.
    private static let listSeparators: Set<Character> = [
        "/", "／", ",", "，", "、", ";", "；", "|", "｜", ":", "：", "~", "～",
    ]

    /// The brackets and quotation marks a remark is written in.
    private static let brackets: Set<Character> = Set("()（）[]【】《》<>‹›{}「」『』〈〉﹙﹚〔〕“”\"'‘’")

    /// Whether a word written apart from a name says something else of the person: a post or a
    /// grade (县长, 一级巡视员, 正处级, 县处级), a state of the post (挂职, 退休), the sex, the
    /// nationality (汉, 回族), the party (中共党员, 九三学社), a date or an age (1970.03,
    /// 一九七〇年三月, 53岁), or an organization (江州市委, 县政府).
    static func isBeside(_ word: String, _ resolver: NameResolver) -> Bool {
        isPostTitle(word) || isRank(word) || besideWords.contains(word) || Sheet.staffTitles.contains(word)
            || (word.hasPrefix("已") && (2...4).contains(word.count))
            || (word.hasSuffix("族") && (2...5).contains(word.count))
            || word.contains(where: isDigit) || isChineseDate(word) || isOrganization(word, resolver)
    }

    /// Whether a word glued to a name is one of the words beside it that cannot end or begin a
    /// name: two characters and more, no sex or one-character nationality (钱八男 may be a name).
    private static func isGlued(_ word: String, _ resolver: NameResolver) -> Bool {
        isPostTitle(word) || isRank(word) || (besideWords.contains(word) && word.count >= 3)
            || (word.hasSuffix("族") && (2...3).contains(word.count) && word != "家族") || isOrganization(word, resolver)
    }

    /// The sex, the party, and the states of a post a ledger writes beside a name.
    private static let besideWords: Set<String> = [
        "男", "女", "男性", "女性", "汉", "中共党员", "党员", "预备党员", "共青团员", "团员", "群众", "中共", "民盟", "民革", "民建",
        "民进", "农工党", "致公党", "九三学社", "台盟", "无党派", "无党派人士", "民主党派", "挂职", "退休", "离休", "拟任", "兼", "兼任",
        "代", "调离", "在职", "离职", "免职", "后备干部", "省管干部", "市管干部", "县管干部",
        // A committee named by its level alone (钱八 县委 书记).
        "省委", "市委", "州委", "县委", "区委", "旗委", "党委", "党组", "党工委", "纪委", "政府",
    ]

    /// Whether a word is a post's title: one of a committee's team (书记, 常委, 委员, 一把手), of a
    /// government, department or unit (县长, 副市长, 组织部长, 主任, 秘书长, 村支书, 政委), a
    /// civil servant's rank (一级巡视员, 二级调研员, 主任科员), in simplified or traditional
    /// characters (縣長, 副書記), the place's or body's name before it as it comes (县委书记).
    static func isPostTitle(_ word: String) -> Bool {
        word.count >= 2
            && (NameResolver.endsWithPost(word) || postTitles.contains(where: word.hasSuffix)
                || Sheet.staffWords.contains(where: word.hasSuffix))
    }

    /// The titles of posts outside a committee's team a name may be written with.
    private static let postTitles =
        ["主任", "主席", "秘书长", "董事长", "总经理", "经理", "書記", "支书", "政委", "助理", "巡视员", "调研员", "科员", "干部", "专员"]
        + "省市县区乡镇州旗盟部局厅处科院校所社行站队组".map { "\($0)长" }
        + Set("省市县縣区區乡鄉镇鎮州旗盟部局厅廳处處科院校所社行站队隊组組").map { "\($0)長" }

    /// Whether a word is a cadre's grade (正处级, 副厅, 县处级, 科级, 正处级干部).
    private static func isRank(_ word: String) -> Bool {
        let rank = word.hasSuffix("干部") ? String(word.dropLast(2)) : word
        if SheetColumns.isGrade(rank) { return true }
        guard rank.hasSuffix("级"), rank.count >= 2 else { return false }
        return ["部", "厅", "局", "处", "科", "县处", "乡科", "省部", "地厅", "县", "乡", "股"].contains(String(rank.dropLast()))
    }

    /// Whether a word is a date or an age in Chinese numerals (一九七〇年三月, 五十三岁).
    private static func isChineseDate(_ word: String) -> Bool {
        word.contains { "年月岁".contains($0) } && word.allSatisfy { "〇零一二三四五六七八九十年月岁".contains($0) }
    }

    /// Whether a word names an organization (江州市委) or reads as one's (县政府, 桐林县委).
    private static func isOrganization(_ word: String, _ resolver: NameResolver) -> Bool {
        resolver.isOrganizationName(word)
            || word.count >= 3
                && ["县委", "市委", "省委", "区委", "州委", "党委", "党组", "政府", "纪委", "支部"].contains(where: word.hasSuffix)
    }

    /// Whether a name is masked: its given name written as circles, squares, stars or 某.
    private static func isMasked(_ text: String) -> Bool {
        let key = OfficeText.nameKey(text)
        let marks = text.count { "○◯●□■△▲*＊×✕".contains($0) }
        // (One mark after a whole name, 吴一*, is a register's: stored without it.)
        if marks > 0, marks >= 2 || key.count <= 1 || text.last.map({ !"*＊".contains($0) }) == true { return true }
        return (2...3).contains(key.count) && key.dropFirst().allSatisfy { $0 == "某" || $0 == "〇" }
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber }
    }

    /// Whether a text is Chinese characters alone (of the common blocks).
    static func isIdeographs(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
    }
}

extension PersonName {
    /// The cell's value: `text` for a name, else the refusal saying what else it holds (a remark
    /// that may be confidential, or words of a problem, not quoted).
    func read(_ text: String) -> Sheet.CellValue {
        let refusal: Message
        switch self {
        case .name: return .success(.string(text))
        case .more(let name, let remarks, shown: true) where !remarks.isEmpty:
            refusal = Message(
                zh: "\(text.quoted) 除姓名外还有 \(remarks.reversed().joined(separator: "、"))：请只写姓名 \(name)（职务请填在任职表中）",
                en:
                    "\(text.quoted) holds more than a name (\(remarks.reversed().joined(separator: ", "))): give the name alone, \(name) (posts go in the appointments sheet)"
            )
        case .more(let name, _, _):
            refusal = Message(
                zh: "姓名旁还有别的文字（不显示，可能是保密内容），不是职务、性别之类：请只写姓名 \(name.quotedInChinese)",
                en:
                    "the name has words beside it (not shown: they may be confidential) that are no post, sex or the like: give the name alone, \(name.quoted)"
            )
        case .address(let address):
            refusal = Message(
                zh: "\(text.quoted) 是称呼（姓加“\(address)”），不是姓名：请写全名",
                en: "\(text.quoted) is a form of address (a surname and \(address)), not a name: give the full name")
        case .masked:
            refusal = Message(
                zh: "\(text.quoted) 的名字被隐去（写作 ○、* 或“某”）：请写全名",
                en: "\(text.quoted) is a name masked (its given name written as ○, * or 某): give the full name")
        case .people(let names):
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
