/// How one cell of an office sheet, or one command-line flag, reads as a value of the dataset
/// format: the one reader of values as offices write them, so a flag is as forgiving as a cell.
extension Sheet {
    /// What a text reads as.
    public enum CellValue: Sendable {
        case success(JSONValue)
        case failure(Message)
        /// A name several records bear: settled by the row (`NameResolver.settle`) or refused.
        case ambiguous([String])
    }

    /// Yes and no as offices write them; 已… and 未… (已提交, 未形成) are read by their first word.
    /// A ballot box is ticked (☑) or left empty (☐) in forms made in Word or WPS; the one crossed
    /// (☒) is ticked in some offices and struck out in others, so it is refused.
    static let yes: Set<String> = ["是", "有", "已", "对", "√", "✓", "✔", "☑", "true", "yes", "y", "1"]
    static let no: Set<String> = ["否", "无", "未", "没有", "错", "×", "✗", "✘", "☐", "false", "no", "n", "0"]
    /// What 已 or 有 say was done, and 未, 无 or 没有 was not, in a yes-or-no cell (已提交, 有记录,
    /// 未提交, 无记录, 没有形成): any other word after them says something else (已如实报告 in the
    /// 未如实报告 column is no "yes, untruthful"; 无误, 未归档 are no "no"), and is refused.
    static let deeds: Set<String> = [
        "提交", "形成", "报送", "报告", "上报", "上交", "交", "报", "记录", "谈话记录", "书面记录", "自查报告", "作", "做", "写",
        "思想认识",
    ]
    /// 全部 in a list of steps: the five steps in their order.
    static let everything: Set<String> = ["全部", "全部环节", "全部步骤", "五个环节", "all"]

    /// Reads `text` as a value of `cell`: names through `resolver`, dates through `DateText`,
    /// enumerated values by identifier, label or everyday name, lists split at `,` `，` `、` `;`.
    /// The day a spreadsheet's day numbers count from: 1899-12-30 in the 1900 date system (which
    /// counts a 29 February 1900 that never was), 1904-01-01 in the 1904 system (ECMA-376 §18.17.4.1).
    public static let dayNumberOrigin = CivilDate(year: 1899, month: 12, day: 30)!
    public static let dayNumberOrigin1904 = CivilDate(year: 1904, month: 1, day: 1)!

    /// An end written as still running (任职截止 至今): no end date. Where one is required, it is
    /// missing, and told so.
    static let untilNow: Set<String> = ["至今", "今", "现在", "现任", "在任"]

    /// A date cell marked as having none yet (a slash or a dash where a ledger leaves a cell it
    /// does not fill, 无, 未报送, 待定): no date, as a blank cell. Where one is required, it is
    /// missing, and told so.
    static let noneYet: Set<String> = [
        "/", "//", "\\", "-", "--", "—", "——", "–", "―", "无", "暂无", "没有", "空", "未报", "未报送", "尚未报送", "待报送",
        "未报告", "未提交", "尚未提交", "待提交", "未归档", "尚未归档", "待归档", "待定", "未定", "n/a", "N/A", "na", "none",
        // (Nothing to give in a list's cell too, as a whole: 及 would part it, helper-209.)
        "不涉及",
        // What a formula shows in a date column for an empty cell it refers to, and what Excel
        // saves in a CSV for that 0 in a date's format.
        // (LibreOffice shows its day 0 as 1899/12/30.)
        "0", "1900/1/0", "1900-1-0", "1900/01/00", "1900-01-00", "1900年1月0日", "1899/12/30", "1899-12-30",
    ]

    /// Whether a compacted cell marks nothing to give yet (`noneYet`), also a day 0 in a
    /// date-time format, its time of midnight after it (1900/1/0 0:00, 1900-01-00 00:00:00).
    static func isNoneYet(_ compact: String) -> Bool {
        if noneYet.contains(compact) { return true }
        for midnight in ["00:00:00", "0:00:00", "00:00", "0:00"] where compact.hasSuffix(midnight) {
            let day = String(compact.dropLast(midnight.count))
            if day.contains(where: { "/-年".contains($0) }), noneYet.contains(day) { return true }
        }
        return false
    }

    /// The days a spreadsheet's day number in a date column is read as; outside them it is refused.
    /// A sheet's day after them is a year mistyped (3000, 9999), `--yes` or not.
    public static let plausibleDays =
        CivilDate(year: 1990, month: 1, day: 1)!...CivilDate(year: 2099, month: 12, day: 31)!

    /// An id as a cell holds it: letters and digits typed full-width with a Chinese input method
    /// (Ｔ２６－００１) are the id's own (T26-001), a dash a word processor put for its hyphen
    /// (T26–001, T26—001) is the hyphen, and Excel's way of keeping a number as text in a CSV
    /// (="001") or of marking one typed as text ('001) is the text it keeps. Each was stored as
    /// written: a second talk for a ledger typed once each way.
    public static func idText(_ text: String) -> String {
        // A sentence is kept as written, to be refused as one (`IDRules.newIDProblem`): its full stop
        // is no mark after an id (helper-143: 整改不到位。 was stored as the id 整改不到位).
        guard !readsAsSentence(text, .id) else { return text.trimmed }
        // (Marks around it as around a name, “T2”, T1*: helper-135, another talk was stored.)
        let text = OfficeText.registerName(shown(text))
        // Marks alone, typed full-width or as their look-alikes (＇, ＂＂, 〝〞, #), are no id, as “”
        // and ' are not (helper-141: stored as the id ＇).
        guard !isMarksAlone(text) else { return "" }
        // ASCII has nothing to fold; an id too long to be one is refused as it is.
        guard !text.utf8.allSatisfy({ $0 < 0x80 }), text.utf8.count <= IDRules.maximumLength * 4 else { return text }
        let folded = OfficeText.widthFolded(text).unicodeScalars.map { OfficeText.hyphens.contains($0) ? "-" : $0 }
        return String(String.UnicodeScalarView(folded)).trimmed
    }

    /// Whether a text says nothing: marks alone (`isMarksAlone`), a word of nothing to give (无,
    /// 暂无, N/A: `noneYet`; also in brackets or with a full stop, in any case, or saying there is
    /// nothing to point out, 无问题, 不适用: helper-145, each met Art. 8) or a ditto (同上, 〃:
    /// `sameAsAbove`).
    public static func saysNothing(_ text: String) -> Bool {
        let compact = OfficeText.compact(text)
        if isMarksAlone(text) || isNoneYet(compact) || sameAsAbove.contains(compact) { return true }
        guard compact.count <= 12 else { return false }
        var word = Substring(compact.lowercased())
        while let first = word.first, wrapping.contains(first) { word = word.dropFirst() }
        while let last = word.last, wrapping.contains(last) { word = word.dropLast() }
        return isNoneYet(String(word)) || nothingWords.contains(String(word))
    }

    /// Whether an item of a list says there is none (无, 没有, 不涉及, 不适用, N/A, in brackets or
    /// with a full stop too), which the list leaves out: 纪委、无 is 纪委. Not a word of something
    /// to come or given elsewhere (待定, 同上, 〃), nor marks (……, and more) or a formula's error
    /// value (#N/A): each is refused as an item (helper-210: 纪委、同上 lost the 组织部 of the row
    /// above, 纪委、待定 and 纪委、#N/A were stored as 纪委 alone).
    static func saysNone(_ item: String) -> Bool {
        var word = Substring(OfficeText.compact(item).lowercased())
        while let first = word.first, wrapping.contains(first) { word = word.dropFirst() }
        while let last = word.last, wrapping.contains(last) { word = word.dropLast() }
        return noneWords.contains(String(word))
    }

    /// The words saying there is none of a list's items, lower-cased.
    private static let noneWords: Set<String> = [
        "无", "暂无", "没有", "空", "不涉及", "不适用", "无此项", "n/a", "na", "n.a", "none", "null", "nil",
    ]

    /// A line of free text (a problem, a requirement, a note) as a sheet of `talks` writes it: one a
    /// sheet would read otherwise (`readsOtherwise`: as nothing, `-`, `无`, `null`; as the row
    /// above's, `同上`, `〃`; or refuse, `#N/A`) gets an apostrophe before it, as one a spreadsheet
    /// would run does (`CSV.inert`); `asWritten` reads it back. A store's text so written (a
    /// backup's, loaded) was erased or replaced by the row above's on import (helper-149).
    static func writtenAsIs(_ line: String) -> String {
        readsOtherwise(line) ? "'" + line : line
    }

    /// The text of a line of free text `writtenAsIs` marked, or nil for any other line.
    static func asWritten(_ line: String) -> String? {
        guard line.hasPrefix("'") else { return nil }
        let rest = String(line.dropFirst())
        return !rest.isEmpty && readsOtherwise(rest) ? rest : nil
    }

    /// A record's id as a sheet of `talks` writes it: one a sheet would read otherwise (as nothing,
    /// 无, N/A or ??, as a formula's error value, as a total's label, 合计 or checksum, or one
    /// beginning with an apostrophe) gets an apostrophe before it, as such a line of free text
    /// does (`writtenAsIs`); `idAsWritten` reads it back. A document may hold any id, and such a
    /// record's row of an export was skipped as a total or refused as without an id (helper-209).
    static func idWrittenAsIs(_ id: String) -> String {
        idReadsOtherwise(id) ? "'" + id : id
    }

    /// The id of a cell `idWrittenAsIs` marked, or nil for any other cell.
    public static func idAsWritten(_ cell: String) -> String? {
        guard cell.hasPrefix("'") else { return nil }
        let rest = String(cell.dropFirst())
        return !rest.isEmpty && idReadsOtherwise(rest) ? rest : nil
    }

    /// (Also one a cell reads as another id, its marks or full-width letters taken off, T1* or
    /// Ｔ１, and one that alone in a row reads as a template's example or a foot, 示例, 填表人：:
    /// helper-212, renamed or skipped.)
    private static func idReadsOtherwise(_ id: String) -> Bool {
        // Most ids are plain (ASCII letters and digits, - _ . between them, a digit among them): a
        // sheet reads none otherwise but a total's label (SUM1), told at once. (Each cell of a
        // national list of talks asked the whole question: its workbook took three times as long.)
        let utf8 = id.utf8
        let plain = { (byte: UInt8) in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        if let first = utf8.first, plain(first), utf8.contains(where: { (0x30...0x39).contains($0) }),
            utf8.allSatisfy({ plain($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E })
        {
            // (Asked only of one holding the letters um, un or ta, in any case, as sum, count and
            // total do: most hold none, told without a copy.)
            var previous: UInt8 = 0
            for byte in utf8 {
                let lower = byte | 0x20
                if (previous == 0x75 && (lower == 0x6D || lower == 0x6E)) || (previous == 0x74 && lower == 0x61) {
                    return isTotalLabel(id)
                }
                previous = lower
            }
            return false
        }
        return readsOtherwise(id) || isTotalLabel(OfficeText.compact(id)) || idText(id) != id
            || !id.contains(where: \.isNumber) && SkippedRow([id], id: id, header: []) != nil
    }

    /// Whether a line of free text would not read back as itself: one beginning with an
    /// apostrophe, saying nothing or the row above's, a formula's error value (#N/A) or no letter
    /// or digit (??, which a sheet refuses as characters an encoding lost: helper-151).
    private static func readsOtherwise(_ line: String) -> Bool {
        // (Or one a cell of lines refuses, 2.同上, which a document may hold: refused on its way back.)
        line.hasPrefix("'") || saysNothingTyped(line) || lineRefusal(line, among: true) != nil
    }

    /// Whether a text typed (a flag's, a new id) says nothing a sheet could give back: it
    /// `saysNothing`, holds no letter or digit (??, which a sheet reads as characters an encoding
    /// lost), or is a formula's error value (#N/A, which a sheet refuses).
    public static func saysNothingTyped(_ text: String) -> Bool {
        saysNothing(text) || holdsNoWord(text) || isFormulaError(OfficeText.compact(text))
    }

    /// Whether a text holds no letter, digit or Chinese character: marks alone, question marks
    /// too (，, ？, ??).
    public static func holdsNoWord(_ text: String) -> Bool {
        !text.contains { $0.isLetter || $0.isNumber || $0.unicodeScalars.contains(where: isChinese) }
    }

    /// The marks around a word of nothing ([无], （空）, 无。), as compacted (width folded).
    private static let wrapping = Set("()[]【】〔〕<>「」『』《》\"'“”‘’。.,;:!")
    /// Words saying there is nothing to give, beside `noneYet`'s, lower-cased.
    private static let nothingWords: Set<String> = [
        "none", "null", "nil", "na", "n.a", "n/a", "不适用", "无问题", "没有问题", "未发现问题", "无此项", "暂无问题",
    ]

    /// Whether a cell says nothing in words: marks alone, without a letter, a digit or an
    /// ideograph (＂＂, 〝〞, ', …, #, ★), which a clerk puts where there is nothing to write; as an
    /// id it is none, as a problem or a note nothing (helper-142: 〝〞 under 指出的问题 was stored as
    /// the talk's problem, and Art. 8 met). A question mark is not among them: it may stand for a
    /// character an encoding lost (`readValue`), nor a NUL byte, a damaged file's zero (helper-194:
    /// a problem of NULs alone was taken for nothing written, and the talk stored without it).
    public static func isMarksAlone(_ text: String) -> Bool {
        !text.unicodeScalars.contains {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || isChinese($0)
                || "?？\u{FFFD}\u{0}".unicodeScalars.contains($0)
        }
    }

    /// Whether `scalar` is a Chinese character: of the unified ideographs and their extensions
    /// and compatibility forms, or a radical, which text copied out of a PDF holds for the
    /// character it looks like (⼯作⽅⾯ for 工作方面: helper-199, quoted as no Chinese, and a
    /// problem of them dropped as marks alone).
    static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }

    /// A cell's text as a spreadsheet shows it, for a cell of a value (a name, an id, a date, a
    /// word), not of free text: Excel's way of keeping a value as text in a CSV (="001",
    /// ="江州市委") is the text it keeps, and so is the apostrophe marking one typed as text ('001,
    /// '赵七). (helper-132: unwrapped in ids and dates only, a name was stored as ="赵六".)
    static func shown(_ text: String) -> String {
        let text = text.trimmed
        if let kept = textFormula(text) { return kept.trimmed }
        // An apostrophe alone is an empty cell typed as text; one at either end quotes the value
        // ('T2': helper-147, stored as T2').
        if text.hasPrefix("'") {
            let quoted = text.count >= 3 && text.hasSuffix("'")
            return String(text.dropFirst().dropLast(quoted ? 1 : 0)).trimmed
        }
        return text
    }

    /// The text of Excel's text formula (="001", with "" for a quote inside), nil for any other
    /// cell: ="T26-"&"001" joins texts, and is a formula like another.
    static func textFormula(_ text: String) -> String? {
        guard text.utf8.count >= 3, text.hasPrefix("=\""), text.hasSuffix("\"") else { return nil }
        let inner = text.dropFirst(2).dropLast()
        guard !inner.replacing("\"\"", with: "").contains("\"") else { return nil }
        return String(inner.replacing("\"\"", with: "\""))
    }

    /// Whether a CSV's cell, as written (not made inert by an apostrophe), is a formula a
    /// spreadsheet would compute instead of its value: a CSV saved with its formulas
    /// (=B2, =VLOOKUP(A4;人员!A:B;2;0), =CONCATENATE(…)), whose text is no value a clerk wrote
    /// (helper-132: stored as a person's name).
    static func isFormula(_ text: String) -> Bool {
        guard text.hasPrefix("="), text.count > 1 else { return false }
        let body = text.dropFirst().drop { $0 == " " }
        // Texts joined (="T26-"&"001", ="孙丽"&"…": helper-135), not one text kept as text.
        if body.first == "\"" { return textFormula(text.trimmed) == nil }
        // A function's name and its bracket, or a reference to a cell, a range or another sheet's.
        let name = body.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_") }
        if body.dropFirst(name.count).first == "(", name.first?.isLetter == true { return true }
        let letters = name.prefix { $0.isLetter }
        let digits = name.dropFirst(letters.count)
        let reference = (1...3).contains(letters.count) && !digits.isEmpty && digits.allSatisfy(\.isNumber)
        // Arithmetic (=1+1, =2*3, =1: helper-142, stored as an id).
        let arithmetic =
            body.first.map { $0.isASCII && ($0.isNumber || "(-+".contains($0)) } == true
            && body.allSatisfy { $0.isASCII && ($0.isNumber || " .+-*/^%()".contains($0)) }
        return reference || arithmetic || body.contains("!") || body.contains("$")
    }

    /// The posts a 职务 cell lists (县委副书记、县长; 市委常委兼政法委书记), and apart from them the
    /// remarks in brackets after them (（正县级）, （挂职）, （兼）, （2021.6—）).
    /// The brackets a remark after a post is written in: round, square, lenticular, tortoise-shell.
    static let openingBrackets: Set<Character> = ["(", "（", "[", "【", "［", "〔"]
    static let closingBrackets: Set<Character> = [")", "）", "]", "】", "］", "〕"]

    /// With `keepingActing`, an acting secretary's post as written (`withoutActing` not applied).
    static func posts(_ text: String, keepingActing: Bool = false) -> (posts: [String], remarks: [String]) {
        var (plain, remark, remarks) = ("", "", [String]())
        var depth = 0
        for character in text {
            // A bracket inside a remark is the remark's (联络员（兼）), read as a cell of its own.
            if openingBrackets.contains(character) {
                if depth > 0 { remark.append(character) }
                depth += 1
            } else if closingBrackets.contains(character) {
                depth = max(0, depth - 1)
                if depth == 0 {
                    remarks.append(remark)
                    remark = ""
                } else {
                    remark.append(character)
                }
            } else if depth == 0 {
                plain.append(character)
            } else {
                remark.append(character)
            }
        }
        // (A line break, Alt+Enter in a cell, is white space as a space is: helper-235, 县委副⏎书记 was
        // two posts, the second the secretary.)
        var (posts, begun) = ([String](), "")
        for piece in plain.split(whereSeparator: { "、，,;；/兼".contains($0) }) {
            var words = wordsOfPosts(piece)
            if !begun.isEmpty, !words.isEmpty { (words[0], begun) = (begun + words[0], "") }
            // A piece ending in 副 begins the next (县委副、书记: helper-236, the next was the secretary).
            if let last = words.last, OfficeText.compact(last).hasSuffix("副") { begun = words.removeLast() }
            for word in words {
                // A remark listed as a post (县委书记、已免, 县委书记，病故) is a remark, as in brackets
                // (helper-236: the secretary stored with no end).
                let compact = OfficeText.compact(word)
                let saysNotHeld =
                    !endsAsPost(compact) && !["书记", "常委", "委员", "成员"].contains(where: compact.contains)
                    && remarkSaysNotHeld(word)
                // (A post taken up since listed after this one, 县委副书记，现任县委书记: helper-249, stored
                // as the deputy.)
                let takenSince = !posts.isEmpty && namesAPostTakenSince(compact, besides: posts)
                if saysNotHeld || takenSince {
                    remarks.append(word)
                } else {
                    posts.append(keepingActing ? word : withoutActing(word))
                }
            }
        }
        if !begun.isEmpty { posts.append(keepingActing ? begun : withoutActing(begun)) }
        return (posts, remarks)
    }

    /// Whether a piece of a 职务 cell, a post or a remark, says it acts as a secretary (代理书记,
    /// 代理县委书记职务, 代书记, 代县委书记), which `withoutActing` reads as the post.
    static func actsAsSecretary(_ piece: String) -> Bool {
        let post = OfficeText.compact(piece)
        // (One held before is none: 县委副书记（原代理县委书记）, helper-245, asked.)
        if namesAnEarlierPost(Substring(post)) { return false }
        return post.contains("书记") && (post.contains("代理") || post.contains("代书记") || post.hasPrefix("代"))
    }

    /// A secretary's post without the word saying it is held acting (代理县委书记, 县委代理书记,
    /// 代县委书记, 县委代书记 are 县委书记), as 县委书记（代理） is read: the acting secretary is
    /// the one the post's duties fall to (代理县委书记 was refused as a post of a committee named
    /// 代理县委). Other posts as written (代县长 is a government's).
    static func withoutActing(_ post: String) -> String {
        let compact = OfficeText.compact(post)
        guard compact.hasSuffix("书记") else { return post }
        if compact.contains("代理") { return compact.replacingOccurrences(of: "代理", with: "") }
        if compact.contains("代书记") { return compact.replacingOccurrences(of: "代书记", with: "书记") }
        return compact.hasPrefix("代") ? String(compact.dropFirst()) : post
    }

    /// The posts of a piece of a 职务 cell between its separators, split at white space where a post
    /// ends (县委书记 县长), so that it reads as written without the spaces. Characters padded apart
    /// for alignment are one word (委　员, 县　长; two such, 县　长 书　记, are parted where each ends
    /// as a post); a word that ends as no post is the beginning of the one after it (副 书记, 原县委
    /// 书记, 县纪委 书记, 候任 县委书记), or the end of the one before it when none follows (县委书记
    /// 已免, 县委书记 秘书): "副 书记" was read as 书记, "原县委 书记" and "县纪委 书记" as the
    /// committee's secretary (helper-233), and "县委书记 秘书", the secretary's secretary, too
    /// (helper-234).
    private static func wordsOfPosts(_ piece: Substring) -> [String] {
        var words: [String] = []
        var run = ""
        for word in piece.split(whereSeparator: \.isWhitespace) {
            if word.count == 1 {
                run += word
                continue
            }
            if !run.isEmpty { words += postsOfARun(run) }
            run = ""
            words.append(String(word))
        }
        if !run.isEmpty { words += postsOfARun(run) }
        var posts: [String] = []
        var begun = ""
        for word in words {
            begun += word
            if endsAsPost(begun) {
                posts.append(begun)
                begun = ""
            }
        }
        if !begun.isEmpty {
            if posts.isEmpty { posts.append(begun) } else { posts[posts.count - 1] += begun }
        }
        return posts
    }

    /// A run of characters padded apart, parted after each post it holds when every part is a post
    /// of two characters or more (县长书记: 县长, 书记); else one word (副书记, 书记员).
    private static func postsOfARun(_ run: String) -> [String] {
        var parts: [String] = []
        var part = ""
        for character in run {
            part.append(character)
            if part.count >= 2, endsAsPost(part) {
                parts.append(part)
                part = ""
            }
        }
        return part.isEmpty ? parts : [run]
    }

    /// Whether a word ends as a post's title does: 书记, 常委, 委员, 成员, or a post outside the team
    /// (县长, 部长, 主任, 主席, 调研员); a character alone is no post (书记 员 is 书记员).
    private static func endsAsPost(_ word: String) -> Bool {
        word.count >= 2 && ["书记", "常委", "委员", "成员", "长", "主任", "主席", "员"].contains(where: word.hasSuffix)
            && !staffWords.contains(where: word.hasSuffix)
    }

    /// Who works for a post holder, no post of a team though they end in 员 (县委书记 联络员 is the
    /// secretary's liaison: it was stored as the secretary).
    static let staffWords = [
        "联络员", "联系员", "办事员", "通讯员", "工作人员", "科员", "勤务员", "驾驶员", "打字员", "文印员", "统计员", "管理员", "信息员",
        "服务员", "保密员", "记录员", "机要员",
    ]

    /// Who works for a post holder, written as a word of its own (县委书记（司机）, 县委书记、文秘):
    /// compared whole, as 县长助理 and 秘书长 are posts (helper-241: each stored as the secretary).
    static let staffTitles: Set<String> = ["秘书", "文秘", "司机", "助理", "随从", "联络人", "联系人", "对接人", "经办人"]

    /// Whether a remark after a post says it is no longer held, or not yet: 已免, 已调任, 候任,
    /// 拟任, a range of days with its end (2021.6—2024.3). A rank (正县级), a way of holding it
    /// (兼, 挂职, 代理) or the day it began (2021.6—, 2021年6月起) says nothing of which post it is.
    /// A remark's words saying a post is not yet held: 候任, 拟任, 待批, and a candidate's (公示中,
    /// 提名人选, 考察对象, 推荐人选, 候选人, 将任, 预任: helper-235, helper-236, each stored as the
    /// secretary; 待遇 and 省委提名 say nothing of it).
    static let notYetWords = [
        "候任", "拟", "待任", "待批", "待定", "公示", "提名人选", "考察", "推荐", "人选", "候选", "将任", "预任",
    ]

    /// Whether a piece of a remark (compacted) names a post held before, or the one before in it:
    /// 原县委副书记, 曾任县长, 曾代理县委书记, 原任县长(代), 曾任副书记主持工作, 前任:孙丽, 接替孙丽.
    static func namesAnEarlierPost(_ piece: Substring) -> Bool {
        // (接任县委书记 takes a post up: 接任孙丽, the one who held it before.)
        if let mark = ["前任:", "接替", "接任"].first(where: piece.hasPrefix) {
            return !endsAsPost(String(piece.dropFirst(mark.count)))
        }
        guard let mark = earlierPostMarks.first(where: piece.hasPrefix) else { return false }
        // (A remark's own brackets, 原任县长(代), are its words.)
        let post = piece.dropFirst(mark.count).split(whereSeparator: { "()（）".contains($0) }).first ?? ""
        return post.count >= 2 && ["书记", "常委", "委员", "成员", "长", "主任", "主席", "员"].contains(where: post.contains)
    }

    /// Whether a piece of a remark (compacted) names a post held now or taken up since, another than
    /// `posts` (县委副书记's 现任县委书记, 后任县委书记, 改任县长, 2025年升任县委书记, 现县委书记, 现职:
    /// 县委书记): the post before it was left for it. A seat on the standing committee (现任县委常委)
    /// is a secretary's too.
    static func namesAPostTakenSince(_ piece: some StringProtocol, besides posts: [String]) -> Bool {
        // (Its day first, 2025年升任县委书记: helper-250, listed after the post, stored as held.)
        let word = OfficeText.compact(String(piece)).drop { $0.isNumber || "年月日.-/".contains($0) }
        // (Words saying so before it: one held beside it, 兼任县人武部党委第一书记, is none, helper-250,
        // refused as taken since.)
        // (Nor one held beside it now, 现兼统战部长: helper-251, refused as taken since.)
        guard let mark = takenSinceMarks.first(where: word.hasPrefix), !word.dropFirst(mark.count).hasPrefix("兼") else {
            return false
        }
        let post = withoutActing(String(word.dropFirst(mark.count)))
        guard endsAsPost(post), !["常委", "委员", "成员"].contains(where: post.hasSuffix) else { return false }
        /// A post's title: 副书记 is no 书记.
        func title(_ post: String) -> String { ["副书记", "书记"].first(where: post.hasSuffix) ?? post }
        return !posts.contains { written in
            let written = withoutActing(OfficeText.compact(written))
            return title(written) == title(post) && (written.hasSuffix(post) || post.hasSuffix(written))
        }
    }

    /// The words before a post held now or taken up since, longest first (现任 before 现).
    private static let takenSinceMarks = [
        "现任", "现为", "现担任", "现职:", "今任", "后任", "改任", "转任", "继任", "升任", "调任", "提任", "接任", "起任", "现",
    ]

    /// Whether a piece of a remark (compacted) says its holder works elsewhere now (现在市委工作, 目前在
    /// 市委, 今在市委, 现江州市委, 赴江州市委任职, 调往江州市委): the post before it was left.
    static func worksElsewhereNow(_ piece: some StringProtocol) -> Bool {
        let word = OfficeText.compact(String(piece))
        if ["现在", "目前在", "今在", "现于", "现就职于", "赴", "去", "调往", "调入", "调至"].contains(where: word.hasPrefix) {
            return true
        }
        // 现 before a body's name, not a rank (现为正县级) nor the post itself (现任).
        return word.hasPrefix("现") && !word.hasPrefix("现任") && !word.hasPrefix("现为")
            && ["委", "党组", "政府", "单位", "部门"].contains(where: word.hasSuffix)
    }

    /// The words before a post held before in a remark, longest first (原任 before 原).
    private static let earlierPostMarks = (formerMarks + ["原任", "曾"]).sorted { $0.count > $1.count }

    /// `posts`: those the remark is written after, whose holder may be said to hold another now
    /// (`namesAPostTakenSince`).
    static func remarkSaysNotHeld(_ remark: String, of posts: [String] = []) -> Bool {
        // (试用期满 ends a probation, not the post.)
        // (A post held before, named with it, tells where the holder came from, not that this post
        // was left: 代理县委书记（原县委副书记）, 县委书记（曾任县长）, helper-241: refused as held before.)
        // What follows it is still read as of this post: which post a 已免 or a range of years after
        // it ends, the remark does not say (helper-246: 县委书记（原县长，病故）, taken as the earlier
        // post's, stored a dead man as the secretary).
        // (Words parted by white space are pieces of their own: 原县长 已免, helper-245, was read as one
        // earlier post, and 已免 with it.)
        let parts = OfficeText.widthFolded(remark).split(whereSeparator: { "，,、；;".contains($0) }).map { part in
            part.split(whereSeparator: \.isWhitespace).map { OfficeText.compact(String($0)) }.filter {
                !namesAnEarlierPost(Substring($0))
            }.joined()
        }
        // (Another post held now, or taken up since: 现任县委书记, 后任县委书记, 2025年升任县委书记,
        // 现职：县委书记, helper-246, helper-249, each stored as this post held; or working elsewhere
        // now: 现在市委工作, 现江州市委, 赴江州市委任职, helper-250.)
        if parts.contains(where: { namesAPostTakenSince($0, besides: posts) || worksElsewhereNow($0) }) { return true }
        // (Sent here, 由江州市委交流至此, is no word of leaving: helper-250, refused.)
        let text = parts.joined(separator: "，").replacing("至今", with: "").replacing("试用期满", with: "")
            .replacing("交流至此", with: "")
        // (Made permanent, 转正, 已转正, 代理期满转正: the post is held, helper-240, helper-241.)
        if text.contains("转正") { return false }
        // (No longer: 病故, 逝世, 撤职, 辞职, 停职, 任期届满: helper-235, helper-236, each stored as the
        // secretary; 试用期满 is no end.)
        if ([
            "免", "离", "调", "退", "卸", "原", "前任", "已", "曾", "到", "故", "逝", "撤", "辞", "停职", "期满", "届满", "去世", "牺牲",
            "落马", "留置", "接受审查", "开除", "不再",
            "交流至",
        ] + notYetWords).contains(where: text.contains) {
            return true
        }
        // An end alone (至2025.3, 2025.3止, ～2025.3, 任至2025年3月: helper-247, stored as held).
        let ends = text.indices.contains { i in
            let next = text.index(after: i)
            return "至止～~—–".contains(text[i]) && next < text.endIndex && text[next].isASCII && text[next].isNumber
        }
        let stops = text.indices.contains { i in
            text[i] == "止" && i > text.startIndex && text[text.index(before: i)].isNumber
                || text[i] == "止" && i > text.startIndex && "月日".contains(text[text.index(before: i)])
        }
        if ends || stops { return true }
        // Two years: a range with its end (2021.6—2024.3; 2021-06 is the first day alone).
        let years = text.split { !($0.isASCII && $0.isNumber) }.filter {
            $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20"))
        }
        return years.count >= 2
    }

    /// The remark of a 职务 cell whose two years (2021.6—2024.3, 2021年6月至2024年3月) disagree with
    /// the row's 任职起始 or 任职截止: the year, and the month where the remark gives one; nil when
    /// none does. (Read by the columns, the remark's post was stored for other years: helper-109.)
    static func remarkAtOdds(_ text: String, from: CivilDate?, to: CivilDate?) -> String? {
        posts(text).remarks.first { remark in
            // Still held (2021.6—至今, 现任), yet the row ends it.
            // (Another post held now, 现任县委书记, says this one ended: helper-249, refused beside its end.)
            if to != nil, ["至今", "现任", "在任"].contains(where: remark.contains),
                !namesAPostTakenSince(remark, besides: posts(text).posts)
            {
                return true
            }
            let numbers = remark.split { !($0.isASCII && $0.isNumber) }.map { $0.count <= 4 ? Int($0) ?? -1 : -1 }
            let years = numbers.indices.filter { (1900...2099).contains(numbers[$0]) }
            guard years.count == 2 else { return false }
            func disagrees(_ i: Int, _ day: CivilDate?) -> Bool {
                guard let day else { return false }
                let month = i + 1 < numbers.count && !years.contains(i + 1) ? numbers[i + 1] : nil
                return numbers[i] != day.year || month.map { (1...12).contains($0) && $0 != day.month } ?? false
            }
            return disagrees(years[0], from) || disagrees(years[1], to)
        }
    }

    /// The words before a post held before (原县委书记, 前任书记, 曾任县委书记, 前县委书记), and one
    /// not yet taken up (候任县委书记, 拟任县委书记).
    static let formerMarks = ["前任", "曾任", "原", "前"]
    static let notYetMarks = ["候任", "拟任", "拟提名"]

    /// The mark (`formerMarks`, `notYetMarks`) a compacted post begins with, where it is no part of
    /// a stored committee's name (原阳县委书记, 前郭县委书记: the post of 原阳县委, 前郭县委: helper-108,
    /// each was refused as held before).
    static func mark(_ post: String, among marks: [String], _ resolver: NameResolver) -> String? {
        guard let mark = marks.first(where: post.hasPrefix) else { return nil }
        // (原阳县委原书记: the 原 before the title says it.)
        if let body = Role.body(of: post).map({ $0.hasSuffix("原") ? $0.dropLast() : $0 }),
            resolver.organization(named: String(body)) != nil
        {
            return nil
        }
        return mark
    }

    /// Whether a compacted post is one held before: 原县委书记, 前任书记, 县委原常委 (`mark`).
    static func isFormer(_ post: String, _ resolver: NameResolver) -> Bool {
        // (县委前书记 and 县委前任书记 as 县委原书记: helper-234, stored as the secretary.)
        mark(post, among: formerMarks, resolver) != nil
            || ["原", "前", "前任"].contains { mark in
                ["书记", "副书记", "常委", "委员"].contains { post.hasSuffix(mark + $0) }
            }
    }

    /// The words ending a committee's name, each with the key of the committees it names alike
    /// (镇委 and 镇党委 are one).
    static let committeeWords: [(suffix: String, key: String)] = [
        ("自治区党委", "自治区"), ("省委", "省"), ("市委", "市"), ("州委", "州"), ("盟委", "盟"), ("地委", "地"), ("县委", "县"),
        ("旗委", "旗"), ("区委", "区"), ("乡党委", "乡"), ("镇党委", "镇"), ("乡委", "乡"), ("镇委", "镇"), ("街道党工委", "街道"),
        ("街道党委", "街道"),
    ]

    /// Whether an organizations sheet's 类别 says 党委 alone (or 委员会, 党的委员会), which a local
    /// committee, a party group (党组性质党委) and a grassroots body (机关党委) each are.
    static func saysCommittee(_ written: String) -> Bool {
        ["党委", "委员会", "党的委员会", "中共党委"].contains(OfficeText.compact(written))
    }

    /// The kind of 党委 (`saysCommittee`) the body a row names is: a party group for a name holding
    /// 党组 (江东省国资委党委（党组性质党委）), a local committee for one ending in a committee's word
    /// (`committeeWords`: 白河县委, 城关镇党委, 中共江州市委员会), a grassroots body for 机关党委 or a
    /// branch; nil for any other name (江州大学党委, which may be either of the last two).
    static func organizationKind(named name: String) -> OrganizationKind? {
        let name = OfficeText.compact(name)
        // (By its last word: a 机关党委 of a party group's body is grassroots, and 党组织 in a name is no
        // party group's, 江州市两新党组织服务中心党委: helper-268, read as party groups.)
        if ["机关党委", "联合党委", "村党委", "社区党委", "党支部", "党总支", "支部委员会", "总支部委员会"].contains(where: name.hasSuffix) {
            return .grassroots
        }
        if name.hasSuffix("党组") || name.contains("党组性质") { return .partyGroup }
        // (A working committee, 江州高新区党工委, is a local one: the spec's 地方党委（含党工委）.)
        if committee(name) != nil || name.hasSuffix("党工委") { return .localCommittee }
        return nil
    }

    /// The committee a name or a post's body names: its place (江州 of 中共江州市委员会, empty for
    /// 市委) and its word's key; nil when it ends in no committee word (书记, 党委, 高新区党工委).
    static func committee(_ name: some StringProtocol) -> (place: String, key: String)? {
        var text = OfficeText.compact(String(name))
        if text.hasSuffix("委员会") { text = String(text.dropLast(2)) }
        for prefix in ["中国共产党", "中共"] where text.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        guard let word = committeeWords.first(where: { text.hasSuffix($0.suffix) }) else { return nil }
        return (String(text.dropLast(word.suffix.count)), word.key)
    }

    /// The posts of a 职务 cell that name another committee or party group than `organization`,
    /// and the others: a committee's by the word its name ends in and the place before it
    /// (市委常委, 桐林县委常委, 城关镇党委书记 for 清溪县委; any committee's for an organization
    /// whose name ends in no such word, 高新区党工委, or a party group), a party group's or a
    /// government's for a committee (区政府党组书记 for 东湖区委). A post naming no body (书记,
    /// 常委, 党委书记, 县长) is among the others.
    static func postsElsewhere(_ text: String, organization: Organization, _ resolver: NameResolver) -> (
        elsewhere: [String], others: [String]
    ) {
        let own = committee(organization.name)
        func elsewhere(_ item: String) -> Bool {
            let post = OfficeText.compact(item)
            guard !isFormer(post, resolver), mark(post, among: notYetMarks, resolver) == nil,
                !Role.ofAnotherBody(post), let body = Role.body(of: post)
            else {
                return false
            }
            if Role.isOfAPartyGroup(body) { return organization.kind != .partyGroup }
            // A working committee's named post (江州高新区党工委书记) is another's: the row's own were
            // written as its titles (`rowsPosts`; helper-110: it was 海西高新区党工委's secretary).
            guard let named = committee(body) else { return body.hasSuffix("工委") }
            guard organization.kind != .partyGroup, let own else { return true }
            return named.key != own.key || !named.place.isEmpty && named.place != own.place
        }
        let listed = posts(text).posts
        return (listed.filter(elsewhere), listed.filter { !elsewhere($0) })
    }

    /// A 职务 cell as the rest of its row reads it. A row giving the post's end (任职截止) records
    /// a post held before: a remark saying so (（已免）, （2021.6—2024.3）) is dropped, and so is
    /// the 原 of a former post (原县委书记, 县委原常委); alone, each is refused, asking for that end.
    /// In a working committee's row (`organization`), its own posts (工委书记, 市直机关工委副书记 of
    /// 江州市直机关工委) are its committee's (书记, 副书记): alone, a 工委's post is another body's
    /// (`Role.ofAnotherBody`: 教育工委书记 in a county committee's row).
    static func rowsPosts(_ text: String, organization: Organization?, ended: Bool, _ resolver: NameResolver) -> String
    {
        var written = text
        // (Of several posts of a leadership team, which the row's end is of the remark does not say:
        // 县委副书记（已免）、县委书记; beside 县长, it does.)
        if ended, posts(text).posts.count(where: { Role.body(of: OfficeText.compact($0)) != nil }) == 1 {
            var (kept, remark, depth) = ("", "", 0)
            for character in text {
                if openingBrackets.contains(character) { depth += 1 }
                if depth > 0 { remark.append(character) } else { kept.append(character) }
                if closingBrackets.contains(character), depth > 0 {
                    depth -= 1
                    let inner = String(remark.dropFirst().dropLast())
                    if depth == 0 {
                        if !remarkSaysNotHeld(inner, of: posts(text).posts)
                            || notYetWords.contains(where: inner.contains)
                        {
                            kept += remark
                        }
                        remark = ""
                    }
                }
            }
            written = kept + remark
            // So is one listed as a post is (县委副书记，现任县委书记; 县委书记、已免).
            let listed = posts(written)
            for remark in listed.remarks
            where remarkSaysNotHeld(remark, of: listed.posts) && !notYetWords.contains(where: remark.contains) {
                if let found = written.range(of: remark) { written.removeSubrange(found) }
            }
        }
        let name = organization.map { OfficeText.compact($0.name) } ?? ""
        let workingCommittee = name.hasSuffix("工委") && !name.hasSuffix("纪工委")
        guard ended || workingCommittee else { return written }
        var (out, rest) = ("", written[...])
        for item in posts(written).posts {
            guard let found = spacedRange(of: item, in: rest) else { continue }
            var post = OfficeText.compact(item)
            out += rest[..<found.lowerBound]
            rest = rest[found.upperBound...]
            if ended, let former = mark(post, among: formerMarks, resolver) {
                post = String(post.dropFirst(former.count))
            } else if ended, let title = ["原书记", "原副书记", "原常委", "原委员"].first(where: post.hasSuffix) {
                post = String(post.dropLast(title.count) + title.dropFirst())
            }
            // (高新区工委书记 for 江州高新区党工委: the 党 left out.)
            if workingCommittee, let body = Role.body(of: post), body.hasSuffix("工委"),
                name.hasSuffix(body) || name.replacing("党工委", with: "工委").hasSuffix(body)
            {
                post = String(post.dropFirst(body.count))
            }
            out += post == OfficeText.compact(item) ? item : post
        }
        return out + rest
    }

    /// Where `post` is written in `text`, white space inside it allowed: `posts` joins 党工委 书记 into
    /// 党工委书记 (helper-234: a working committee's spaced post was not found, and refused).
    private static func spacedRange(of post: String, in text: Substring) -> Range<Substring.Index>? {
        if let plain = text.range(of: post) { return plain }
        guard let first = post.first else { return nil }
        for start in text.indices where text[start] == first {
            var (at, matched) = (start, post.startIndex)
            while matched < post.endIndex, at < text.endIndex {
                if text[at] == post[matched] {
                    matched = post.index(after: matched)
                } else if !text[at].isWhitespace {
                    break
                }
                at = text.index(after: at)
            }
            if matched == post.endIndex { return start..<at }
        }
        return nil
    }

    /// Whether a question mark in `text` stands beside a Chinese character, as one GBK could not
    /// write stands for it (刘? for 刘䶮, ?山县委); a link's (`example.org/?id=`) is none.
    static func questionMarkForAnIdeograph(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let ideograph = { (i: Int) in
            scalars.indices.contains(i) && scalars[i].properties.isIdeographic
        }
        return scalars.indices.contains { i in scalars[i] == "?" && (ideograph(i - 1) || ideograph(i + 1)) }
    }

    /// The most characters (UTF-16 code units) a cell of Excel, WPS or LibreOffice holds.
    public static let maximumCellLength = 32_767

    /// Whether `text` is a formula's error value: Excel's and WPS's (ECMA-376 §18.17.5.1,
    /// #DIV/0! … #N/A, and the newer #SPILL!, #CALC!, #GETTING_DATA …), Google Sheets' #ERROR!,
    /// LibreOffice's `Err:502` (a three-digit code).
    static func isFormulaError(_ text: String) -> Bool {
        if text.hasPrefix("Err:") {
            return text.count == 7 && text.dropFirst(4).allSatisfy { $0.isASCII && $0.isNumber }
        }
        return formulaErrors.contains(text.uppercased())
    }
    static let formulaErrors: Set<String> = [
        "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
        "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!", "#ERROR!",
    ]

    /// Whether `text` is a number in scientific notation (`1.23457E+11`, `4.6E+04`).
    /// Whether a new record's id is one a sheet of it would lose: a date, a month, scientific
    /// notation as a spreadsheet shows them, or what it turns into one as it is typed or opened
    /// (9-20, 2026-1, twelve digits or more) (helper-123: talks record took 2026-09-20, and its own
    /// export was refused in another store; helper-124: 9-20 and 1-26 became dates).
    public static func isLostInASheet(_ id: String) -> Bool {
        let numbers = id.split { $0 == "-" || $0 == "/" }
        let becomesADate =
            numbers.count == 2 && id.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "/") }
            && [1, 2, 4].contains(numbers[0].count) && (1...2).contains(numbers[1].count)
        let becomesANumber = id.count >= 12 && id.allSatisfy { $0.isASCII && $0.isNumber }
        return becomesADate || becomesANumber || !id.allSatisfy(\.isNumber) && (DateText.isDay(id) || isMonth(id))
            || isScientific(id)
    }

    /// The refusal of such an id, `example` one of the record's kind as talks numbers it.
    public static func lostInASheet(_ id: String, example: String) -> Message {
        Message(
            zh: "编号 \(id.quoted) 在表格软件中会被当作日期或科学记数法，导出的表格不能再导入：请换一个编号（如 \(example)）",
            en:
                "the id \(id.quoted) reads in a spreadsheet as a date or in scientific notation, so a sheet of it would "
                + "not import: choose another (such as \(example))")
    }

    static func isScientific(_ text: String) -> Bool {
        let digits = { (part: Substring) in !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber } }
        let parts = text.uppercased().split(separator: "E", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let exponent = parts[1].first.map { "+-".contains($0) } == true ? parts[1].dropFirst() : parts[1]
        return (1...2).contains(mantissa.count) && mantissa.allSatisfy(digits) && digits(exponent)
    }

    /// Whether `text` is a month or a day as a date cell shows it without its year or day: a
    /// workbook's month cell as read (`2026年1月`), and what Excel writes into a CSV for an id it
    /// turned into a date (`1月26日`, `26-Jan`, `Jan-26`, `1/26`, `2026/1`).
    static func isMonth(_ text: String) -> Bool {
        func number(_ part: Substring, _ digits: ClosedRange<Int>) -> Bool {
            digits.contains(part.count) && part.allSatisfy { $0.isASCII && $0.isNumber }
        }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        let parts = text.lowercased().split(omittingEmptySubsequences: false) { "年月日/-".contains($0) }
        switch parts.count {
        case 3 where text.hasSuffix("月") && !text.contains("日"):
            return number(parts[0], 4...4) && number(parts[1], 1...2)
        case 3 where text.hasSuffix("日") && text.contains("月") && !text.contains("年"):
            return number(parts[0], 1...2) && number(parts[1], 1...2)
        case 2 where text.contains("/"): return number(parts[0], 1...4) && number(parts[1], 1...2)
        case 2 where text.contains("-"):
            return months.contains(String(parts[0])) && number(parts[1], 1...2)
                || number(parts[0], 1...2) && months.contains(String(parts[1]))
        default: return false
        }
    }

    /// A name several records bear, in a place that takes one.
    static func notUnique(_ name: String) -> Message {
        Message(zh: "\(name.quoted) 不唯一，请填写编号", en: "\(name.quoted) is not unique; give the id")
    }

    /// What a cell's text reads as; a day number in a date column counts from `origin`, a deadline
    /// without its year is of `year` (the row's 年度), a last former parent's bare day is read
    /// beside `transferDay` (the row's 上级组织起始日期), and an id a stored record bears (`stored`)
    /// is that record's whatever a spreadsheet would make of it (2026-09-20, 1.5E+3: talks record
    /// took them, and its own export was refused: helper-121, helper-122).
    public static func value(
        _ text: String, _ cell: CellKind, _ resolver: NameResolver, origin: CivilDate = dayNumberOrigin,
        year: Int? = nil, transferDay: CivilDate? = nil, stored: (String) -> Bool = { _ in false }
    ) -> CellValue {
        // An id `talks` wrote as it is ('合计, '#N/A: `idAsWritten`) is that id, a stored record's,
        // whatever a sheet would read it as.
        if cell.isOneID, let id = idAsWritten(text.trimmed) {
            // (A reference so written names a stored record, which the validator looks up: helper-212,
            // a talkee #N/A refused as a formula's error value.)
            if case .id = cell, !stored(id), let problem = IDRules.newIDProblem(id) { return .failure(problem) }
            return .success(.string(id))
        }
        // Free text is kept as the cell holds it; a value as a spreadsheet shows it; a list of ids
        // item by item, each perhaps written as it is ('x; 合计: helper-211, "x").
        let listsIDs = if case .list(let element, _) = cell { element.isOneID } else { false }
        let text = cell.isFreeText || listsIDs ? text : shown(text)
        let read = readValue(
            text, cell, resolver, origin: origin, year: year, transferDay: transferDay, stored: stored)
        guard case .failure(let message) = read else { return read }
        // (Free text's refusals quote only the line refused, #REF! or 同上, never the text.)
        if cell.isFreeText { return read }
        guard cell.namesRecords else { return .failure(withholding(text, in: message, cell)) }
        // A sentence's refusal may quote a part of it (the remark 违规收受礼金 of 陈东（违规收受礼金，
        // 整改不到位）: helper-145): it is told as no name, and nothing of it is quoted.
        // (Nor is a name in a problem's words quoted: 王伟收受礼金, 收礼县委: helper-211.)
        guard readsAsSentence(text, cell) || holdsProblemWords(text) else { return read }
        // (A list of ids too: a trigger's situation written under 及时谈话情形 was told "not a name",
        // helper-269.)
        if case .id = cell { return .failure(IDRules.sentence(text)) }
        if case .list(.id, _) = cell { return .failure(IDRules.sentence(text)) }
        return .failure(notAName(text))
    }

    /// The refusal of a sentence where a name belongs, not quoting it.
    public static func notAName(_ text: String) -> Message {
        let described = described(text)
        return Message(zh: "是\(described.zh)，不是姓名或名称", en: "holds \(described.en), not a name")
    }

    /// Whether a text that names something (a sheet's tab, a header) may be a confidential one: it
    /// reads as a sentence where an id would, or holds a problem's words (王伟收受礼金).
    public static func mayBeConfidential(_ text: String) -> Bool {
        readsAsSentence(text, .id) || holdsProblemWords(text)
    }

    /// Whether a text holds a problem's words (`EverydayName.problemWords`: 收受, 受贿, 问题线索):
    /// where a value belongs, one not read is described, not quoted (helper-211: unknown person
    /// "王伟收受礼金", "受贿" is not one of …).
    public static func holdsProblemWords(_ text: String) -> Bool {
        // A problem's words are Chinese but KTV: a text of ASCII alone is asked that alone (a row of
        // a million cells `x` beyond its header's spent 80 s of a debug build here).
        guard text.utf8.contains(where: { $0 >= 0x80 }) else { return text.lowercased().contains("ktv") }
        // (A unit's own words are none: 信访举报室, 审查调查室; helper-212, a tab so named was #2.
        // Taken out only of a text holding a problem's word.)
        let compact = OfficeText.compact(text)
        guard EverydayName.problems.occur(in: compact) else { return false }
        return EverydayName.problems.occur(
            in: EverydayName.unproblematic.reduce(compact) { $0.replacing($1, with: "") })
    }

    /// Whether a text where a name or an id belongs reads as a sentence, not as one: a sentence's
    /// marks in it (，。；！？), or for a name more ideographs than one is written with (a person's
    /// 12 without a transliteration's dot, an organization's 30): most likely a problem or a note
    /// slid over from the column beside, which may be confidential (helper-142: quoted whole in
    /// "unknown person", or stored as an id shown in every list and calendar).
    public static func readsAsSentence(_ text: String, _ cell: CellKind) -> Bool {
        let ideographs = text.unicodeScalars.count(where: isChinese)
        let longer: Bool
        switch cell {
        // (A transliterated name may be longer: 阿卜杜热合曼·买买提明·阿卜杜拉, its parts apart.)
        case .person, .personName:
            longer = ideographs > 12 && !text.unicodeScalars.contains(where: OfficeText.middleDots.contains)
        case .organization, .organizationName: longer = ideographs > 30
        // (An id may be long: a committee's full name, 江州市委二〇二六年第一次定期监督谈话.)
        case .id: longer = false
        default: return false
        }
        // (Not a question mark: it may stand for a character an encoding lost, 刘?.)
        return ideographs > 0 && (longer || text.contains { "，。；！？".contains($0) })
    }

    /// Whether a text where a name or an id belongs, naming no record, is described rather than
    /// quoted: a sentence (`readsAsSentence`), or where an id belongs more than two Chinese
    /// characters, as where a word belongs (`withholding`). A new record's id may be long
    /// (江州市委二〇二六年第一次定期监督谈话) and is taken, but a reference no record has may be a
    /// trigger's note or a matter of concern slid over from the column beside (举报孙丽收受礼金50万元,
    /// 信访问题多; helper-200: quoted as an unknown trigger); its row and column, or the flag, say
    /// where it is, and the ids closest to it are suggested.
    public static func isDescribedWhereUnknown(_ text: String, _ cell: CellKind) -> Bool {
        // (Quotation or title marks around the name aside, and empty brackets: “桐林县委”班子不团结,
        // 《孙丽》作风问题, 江东省国资委党委（）作风差, helper-274, quoted.)
        let bare = String(
            text.replacing("（）", with: "").replacing("()", with: "").filter { !"“”\"《》「」『』‘’".contains($0) })
        if bare != text, !bare.isEmpty, isDescribedWhereUnknown(bare, cell) { return true }
        // (Or a team's discord, a secrecy mark or a remark on conduct glued to it: 白河县委班子不团结.)
        switch cell {
        case .person, .organization:
            if remarksNoNameHolds.occur(in: text) { return true }
        default: break
        }
        if case .id = cell, text.unicodeScalars.count(where: isChinese) > 2 { return true }
        // A name with a long number beside it: an identity card's or a telephone's (helper-261).
        // (A person's: an organization's name may hold its number, 第12380号.)
        if case .person = cell, text.count(where: \.isWholeNumber) >= 7,
            text.unicodeScalars.contains(where: isChinese)
        {
            return true
        }
        // A name and words beside it not told (孙丽 心脏病, 李华/丧偶, 桐林县委 班子不团结): they may
        // be private or a problem's (helper-263: quoted as unknown in a talk's or a post's row).
        switch cell {
        case .person where PersonName.holdsUntoldWords(text): return true
        case .organization where holdsWordsBesideAnOrganization(text): return true
        // (Or a fault's words longer than most names: 落实整改责任不力, 履职不力, helper-280, quoted as an
        // unknown person to add; where an organization belongs, words that end as no body or place
        // does, 好人主义, 心脏病, helper-281.)
        // (Or a private matter, 心脏病: helper-282, quoted.)
        case .person where text.count >= 4 && holdsFaultWords(text) || speaksOfAMatter(text): return true
        // (Or a post or a body with words beside it that no post or name is: 好人主义县长,
        // 县纪委书记（好人主义）, 县长/好人主义, helper-284; 好人主义县委, 桐林县委病, helper-285, quoted.)
        case .person where holdsAPostAndMore(text): return true
        // (Or a body of a place whose place is words, 好人主义县委: helper-285, quoted.)
        case .organization where isBodyOfWords(text): return true
        case .organization
        where text.unicodeScalars.count(where: isChinese) >= 3 && !text.contains(where: { "()（）".contains($0) })
            && !bodyOrPlaceEndings.contains(where: text.hasSuffix):
            return true
        default: break
        }
        // (Or in a problem's words: unknown person "王伟收受礼金": helper-211.)
        return readsAsSentence(text, cell) || holdsProblemWords(text)
    }

    /// Whether a cell where a person belongs, naming no one, holds a post's word (书记, 县长, 主任) or
    /// a body's (县委, 政府) and is no post alone (`NameResolver.isPlainPost`, `isCommitteesPost`: 县长,
    /// 县纪委书记, 县委副书记): the words beside them may be a problem's or private, and a name beside
    /// them, 陈东病, may say so (好人主义县长, 好人主义县委, 桐林县委病).
    static func holdsAPostAndMore(_ text: String) -> Bool {
        let key = NameResolver.postKey(text)
        let named =
            NameResolver.postWords.contains(where: key.contains)
            || key.count >= 4 && placeBodies.contains { $0.count >= 2 && key.contains($0) }
        return named && !NameResolver.isPlainPost(key) && !NameResolver.isCommitteesPost(key)
    }

    /// Whether a text where an organization belongs ends as a place's body does (县委, 党委, 人民政府)
    /// after words no place's name is shaped as (`isPlaceShaped`: 好人主义县委, 脱离群众市委).
    static func isBodyOfWords(_ text: String) -> Bool {
        let name = text.hasPrefix("中共") ? text.dropFirst(2) : Substring(text)
        guard let body = placeBodies.first(where: name.hasSuffix), name.count > body.count else { return false }
        return !isPlaceShaped(name.dropLast(body.count))
    }

    /// How the name of a body (a committee, an office, a unit, a company) or a place ends.
    private static let bodyOrPlaceEndings = [
        "委", "组", "部", "局", "办", "室", "厅", "会", "院", "所", "校", "站", "队", "社", "司", "行", "中心", "省", "市", "县", "区",
        "镇", "乡", "村", "州", "旗", "盟", "街道", "支部", "总支", "机关", "系统", "集团", "公司", "学", "园", "馆", "场", "厂", "矿", "台",
        "报", "团", "营", "军", "区",
    ]

    /// Whether a question mark stands for a letter inside or at the end of a word (M?ller, Zo?),
    /// not as a link's (/?id=1).
    private static func questionMarkInAWord(_ text: String) -> Bool {
        let characters = Array(text)
        return characters.indices.contains { i in
            characters[i] == "?" && i > 0 && characters[i - 1].isLetter
                && (i + 1 == characters.count || characters[i + 1].isLetter)
        }
    }

    /// Whether a cell is a new record's name (a people sheet's 姓名, an organizations sheet's 名称).
    private static func isNameCell(_ cell: CellKind) -> Bool {
        switch cell {
        case .personName, .organizationName: true
        default: false
        }
    }

    /// The Chinese numerals a name may hold (二〇一厂), ○ typed for 〇 among them.
    private static let chineseNumerals: Set<Character> = Set("〇○零一二三四五六七八九十百千")

    /// Whether circles (○, 〇) stand for a name's characters (○○县委, 江州市○○县委), not for a
    /// zero among numerals, as an input method types 〇 (二○一厂, 九○七医院: helper-266, refused).
    static func masksByCircles(_ compact: String) -> Bool {
        // Each run of circles is a zero's where another numeral stands next to it (二○一, 第○○一,
        // ○一厂), else a mask's (江州市○县委: helper-267, stored). A capital or small O typed for a
        // circle is one, but in a Latin word (江州市ＯＯ县委, not Google党支部: helper-267, stored).
        let characters = Array(compact)
        // (And Greek or Cyrillic O, or zeros: 江州市ΟΟ县委, 江州市00县委, helper-268.)
        let circle = { (c: Character) in "○〇OoΟοОо0".contains(c) }
        var i = 0
        while i < characters.count {
            guard circle(characters[i]) else {
                i += 1
                continue
            }
            var end = i
            while end < characters.count, circle(characters[end]) { end += 1 }
            let numeral = { (j: Int) in characters.indices.contains(j) && chineseNumerals.contains(characters[j]) }
            let latin = { (j: Int) in
                characters.indices.contains(j) && characters[j].isASCII
                    && (characters[j].isLetter || characters[j].isNumber)
            }
            // (In a word of letters or digits, O2O, B2O, 第001支部, none; one letter alone only before a
            // place's or a body's word, 江州市O县委, not 江州市O型血研究会.)
            let letters = characters[i..<end].contains { !"○〇".contains($0) }
            // (Zeros too only before one: 00后青年突击队, helper-270, refused as masked.)
            let inAWord =
                letters
                && (latin(i - 1) || latin(end)
                    || (end - i == 1 || characters[i] == "0")
                        && !(characters.indices.contains(end) && "县市区镇乡州省村旗盟委局".contains(characters[end])))
            if !inAWord && !numeral(i - 1) && !numeral(end) { return true }
            i = end
        }
        return false
    }

    /// What a ledger writes after an organization's name of its state: no part of the name.
    private static let organizationStates = [
        "已撤销", "撤销", "已合并", "合并", "已撤并", "撤并", "已划转", "划转", "已更名", "更名", "停用", "作废", "已删除",
    ]

    /// A body's kind without its place (县委, 党委), a form's word for the unit (本单位, 单位名称), or
    /// a reference elsewhere (见附件): no organization's name.
    private static let bodiesUnnamed: Set<String> = [
        "县委", "市委", "省委", "区委", "州委", "党委", "党组", "党工委", "党支部", "支部", "总支", "中共", "工委", "纪委", "单位名称", "组织名称",
        "本单位", "该单位", "我委", "我单位", "见附件", "详见附件",
    ]

    /// The name beside words set apart from it (白河县委 班子不团结, 白河县委/班子不团结, 绝密 白河县委)
    /// that neither name a body or a place nor are a post (`holdsWordsBesideAnOrganization`): the
    /// first part that is no remark, without a state or a secrecy mark glued to it (白河县委已撤销
    /// 班子不团结: 白河县委), empty where every part is one.
    static func wordsBeside(_ text: String) -> (name: String, remark: String)? {
        guard holdsWordsBesideAnOrganization(text) else { return nil }
        let parts = organizationNameParts(text)
        // (Each without a state or a secrecy mark glued to it.)
        let names = parts.map { part in
            var name = part
            if let state = organizationStates.first(where: name.hasSuffix) { name.removeLast(state.count) }
            if let mark = secrecyMarks.first(where: { name.hasPrefix($0) && name.count > $0.count + 1 }) {
                name.removeFirst(mark.count)
            }
            name = secrecyMarkAfter(name)?.name ?? name
            // (Nor a mark left at either end: 白河县委·内部, 绝密——白河县委 offered 白河县委.)
            let mark = { (c: Character) in !c.isLetter && !c.isNumber && !closingBrackets.contains(c) }
            while let last = name.last, mark(last) { name.removeLast() }
            while let first = name.first, mark(first), !openingBrackets.contains(first) { name.removeFirst() }
            return name
        }
        let name = names.first { !$0.isEmpty && !isRemarkBesideAnOrganization($0) } ?? ""
        return (name, parts.filter { !$0.hasPrefix(name) && !$0.hasSuffix(name) }.joined(separator: " "))
    }

    /// The dashes and tildes a ledger sets a remark apart with (——, ――, ━━, ~, ～).
    private static let dashes: Set<Character> = ["—", "―", "─", "━", "–", "－", "~", "～", "〜", "-"]

    /// An organization's cell parted where words are set apart from the name: by white space and by
    /// any mark no name holds (a sentence's or a list's, a colon, a bar, #, _, a box's line, a star:
    /// 白河县委。班子不团结, 白河县委━━班子不团结: helper-268, stored as the name). A dash or a tilde parts
    /// only after a body's name (白河县委――班子不团结, 江州市委统战部——内部掌握), not between places
    /// (江州—海西合作区党工委, 中国-东盟博览会秘书处党委); a full stop only beside an ideograph
    /// (O2O-Tech党支部 is one word), an underscore only between two (北岭_x000D_市委 is one name).
    /// Quotation marks are a name's (江州市“两新”组织党委: helper-270, refused). A name's own marks (the middle dot, 、 of a joint body's, &, an apostrophe, brackets) part nothing.
    static func organizationNameParts(_ text: String) -> [String] {
        let characters = Array(text)
        var parts: [String] = []
        var part = ""
        func latin(_ i: Int) -> Bool {
            characters.indices.contains(i) && characters[i].isASCII
                && (characters[i].isLetter || characters[i].isNumber)
        }
        for (i, character) in characters.enumerated() {
            let dash = dashes.contains(character)
            let apart =
                character.isWhitespace || "、/／，,;；|｜:：".contains(character)
                || dash && !(character == "-" && latin(i - 1) && latin(i + 1))
                    && (bodyOrPlaceEndings.contains(where: part.hasSuffix) || part.isEmpty)
                || !dash && !character.isLetter && !character.isNumber && !"·・•'’&＆._“”\"＂".contains(character)
                    && !openingBrackets.contains(character) && !closingBrackets.contains(character)
                    && !"《》「」『』〈〉<>‹›".contains(character)
                || character == "." && !(latin(i - 1) && latin(i + 1))
                || character == "_" && !latin(i - 1) && !latin(i + 1)
            if apart {
                if !part.isEmpty { parts.append(part) }
                part = ""
            } else if !(dash && part.isEmpty) {
                part.append(character)
            }
        }
        if !part.isEmpty { parts.append(part) }
        return parts
    }

    /// The name before a remark in brackets ending an organization's name, when the remark is not
    /// the name's own: one ending as a body's or a place's name does (（党组性质党委）, （江州市）),
    /// a word of a body's standing (（筹）, （本级）, （临时）), or Latin letters (an abbreviation).
    static func bracketedRemark(_ compact: String) -> (name: String, remark: String)? {
        // In any brackets (白河县委【已撤销】, 〔已撤销〕, [已撤销]), or after one left open (白河县委（已撤销).
        let pairs: [Character: Character] = [
            "）": "（", ")": "(", "】": "【", "]": "[", "〕": "〔", "］": "［", "》": "《", "」": "「", "』": "『", "〉": "〈",
            ">": "<", "›": "‹",
        ]
        let remark: String
        let start: String.Index
        if let close = compact.last, let open = pairs[close], let opened = compact.lastIndex(of: open) {
            (start, remark) = (
                opened, String(compact[compact.index(after: opened)..<compact.index(before: compact.endIndex)])
            )
        } else if let opened = compact.lastIndex(where: { pairs.values.contains($0) }),
            !compact[opened...].contains(where: { pairs.keys.contains($0) })
        {
            (start, remark) = (opened, String(compact[compact.index(after: opened)...]))
        } else {
            return nil
        }
        // (A remark alone, （筹）, is before a name of nothing.)
        guard start > compact.startIndex else { return ("", remark) }
        let standing = ["筹", "筹备", "筹建", "本级", "临时", "联合", "代管", "托管", "直属", "派出", "合署", "合署办公"]
        // (A secrecy mark is no body's, though 内部 ends as 统战部 does: helper-268, stored.)
        if remark.isEmpty || standing.contains(remark)
            || bodyOrPlaceEndings.contains(where: remark.hasSuffix) && !isSecrecyMark(remark)
            || remark.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "." || $0 == " ") })
        {
            return nil
        }
        return (String(compact[..<start]), remark)
    }

    /// The refusal of an organization's name masked (**县委, 江州市○○县委, XX县委, 某县委).
    private static func masked(_ text: String) -> Message {
        Message(
            zh: "\(text.quoted) 的名称被隐去（写作 ○、*、X 或“某”）：请写全称",
            en: "\(text.quoted) is a name masked (written as ○, *, X or 某): give the full name")
    }

    /// The refusal of a day after `plausibleDays`: a year mistyped (3000-04-10), in a sheet or a flag.
    public static func yearMistyped(_ day: CivilDate) -> Message {
        Message(
            zh: "\(day) 的年份不可能是记录的年份（多半输错了）：请核对日期",
            en: "\(day) is in no year a record can be (most likely mistyped): check the date")
    }

    /// Whether a cell is a link, an e-mail address, a web or a network address (http://x.cn/a,
    /// www.jz.gov.cn, x@y.cn, a share's \\server\a): no person's or organization's name.
    static func isAddress(_ text: String) -> Bool {
        let text = text.trimmed.lowercased()
        if text.contains("://") || text.hasPrefix("www.") || text.hasPrefix("\\\\") { return true }
        if let at = text.firstIndex(of: "@"), at > text.startIndex, text[at...].contains(".") { return true }
        return text.allSatisfy { $0.isASCII && !$0.isWhitespace } && text.contains(where: \.isLetter)
            && [".cn", ".com", ".net", ".org", ".gov", ".edu"].contains(where: text.hasSuffix)
    }

    /// Whether a name's cell holds a word that stands where no name is known, in brackets or not
    /// (不详, （空白）, 空缺, 未知, 匿名, NULL, undefined), a header's word (姓名, 名称), a test's, or
    /// a workbook's truth value (TRUE, FALSE: a name typed where the cell was a checkbox's).
    static func isPlaceholder(_ text: String) -> Bool {
        var word = Substring(OfficeText.compact(text).lowercased())
        while let first = word.first, wrapping.contains(first) { word = word.dropFirst() }
        while let last = word.last, wrapping.contains(last) { word = word.dropLast() }
        return placeholders.contains(String(word))
    }

    /// The refusal of a placeholder where a name (`what`: 姓名 or 名称) belongs.
    private static func placeholder(_ text: String, _ what: String) -> Message {
        Message(
            zh: "\(text.quoted) 不是\(what)，而是占位的字样（如 不详、空缺、NULL）：请填写\(what)，或删去这一行",
            en:
                "\(text.quoted) is no name but a placeholder (such as 不详, 空缺, NULL): give the name, or leave the row out"
        )
    }

    /// What `isPlaceholder` takes, lower-cased.
    private static let placeholders: Set<String> = [
        "null", "none", "nil", "undefined", "nan", "inf", "infinity", "true", "false", "x", "xx", "xxx", "test", "空缺",
        "缺", "空白",
        "空格",
        "不详", "未知", "匿名", "本人", "见上", "见下", "其他", "其它", "领导", "姓名", "名字", "名称", "单位", "组织", "测试", "待补", "待补充",
        "待填", "待填写", "未填", "未填写", "暂缺", "待明确", "待确定",
    ]

    /// Whether an organization's cell holds, apart from its name (by a space or a separator,
    /// `organizationNameParts`), a word that neither names a body or a place nor is a post
    /// (桐林县委 班子不团结), or a secrecy mark glued before or after it (绝密白河县委, 白河县委内部掌握), or
    /// a remark in brackets before it (【内部】白河县委): a remark, perhaps a problem's.
    static func holdsWordsBesideAnOrganization(_ text: String) -> Bool {
        // (In brackets after it too: 桐林县委（班子不团结）, 桐林县委【已撤销】.)
        let compact = OfficeText.compact(text)
        if bracketedRemark(compact) != nil || secrecyMarkAfter(compact) != nil || bracketedRemarkBefore(compact) != nil
        {
            return true
        }
        let parts = organizationNameParts(text)
        // (A dash or a tilde at either end joins nothing: 白河县委——, —白河县委.)
        return parts.count > 1 && parts.contains(where: isRemarkBesideAnOrganization)
            || [compact.first, compact.last].contains { $0.map(dashes.contains) == true } && parts.count == 1
            || parts.contains { part in secrecyMarks.contains { part.hasPrefix($0) && part.count > $0.count + 1 } }
    }

    /// Whether a word set apart from an organization's name is a remark: a secrecy mark, or two
    /// ideographs or more that neither name a body or a place nor are a post.
    private static func isRemarkBesideAnOrganization(_ part: String) -> Bool {
        isSecrecyMark(part)
            || part.count >= 2 && PersonName.isIdeographs(part) && !bodyOrPlaceEndings.contains(where: part.hasSuffix)
                && !PersonName.isPostTitle(part)
    }

    /// How a ledger marks a line's secrecy (绝密, 内部掌握, 工作秘密, with a term after a star, 机密★1年):
    /// beside an organization's name, glued, set apart or in brackets, a remark (白河县委绝密, 白河县委～内部,
    /// 白河县委（内部）, 【内部】白河县委: helpers 267, 268, stored as the name).
    static let secrecyMarks = [
        "工作秘密", "内部掌握", "内部资料", "内部使用", "内部参考", "内部传阅", "内部限阅", "仅限内部", "注意保密", "不宜公开", "不得外传", "限内部",
        "不公开", "绝密", "机密", "秘密", "内部", "保密", "敏感", "涉密",
    ]

    /// A leadership team's discord, a remark no name holds (班子不团结).
    static let teamDiscord = ["不团结", "拉帮结派", "闹矛盾"]

    /// What no name holds: a team's discord, a secrecy mark, a remark on a person.
    static let remarksNoNameHolds = Words(teamDiscord + secrecyMarks + PersonName.remarkWords)

    /// Whether a word is a secrecy mark, alone or with its term (机密★1年).
    static func isSecrecyMark(_ word: String) -> Bool {
        secrecyMarks.contains { word == $0 || word.hasPrefix($0 + "★") || word.hasPrefix($0 + "*") }
    }

    /// The name before a secrecy mark glued after it (`secrecyMarks`), nil where none is.
    static func secrecyMarkAfter(_ compact: String) -> (name: String, remark: String)? {
        guard let mark = secrecyMarks.first(where: compact.hasSuffix), compact.count > mark.count + 1 else {
            return nil
        }
        return (String(compact.dropLast(mark.count)), mark)
    }

    /// The name after a remark in brackets before it that is no body's or place's (【内部】白河县委,
    /// （机密）白河县委), nil where none is.
    static func bracketedRemarkBefore(_ compact: String) -> (name: String, remark: String)? {
        // (A book's or a paper's title begins a name: 《求是》杂志社党委, helper-270.)
        guard let open = compact.first, openingBrackets.contains(open) || "「『〈<‹".contains(open),
            let close = compact.dropFirst().firstIndex(where: { closingBrackets.contains($0) || "》」』〉>›".contains($0) }
            ),
            close < compact.index(before: compact.endIndex)
        else { return nil }
        let remark = String(compact[compact.index(after: compact.startIndex)..<close])
        guard isSecrecyMark(remark) || !bodyOrPlaceEndings.contains(where: remark.hasSuffix) else { return nil }
        return (String(compact[compact.index(after: close)...]), remark)
    }

    /// `text` described, not quoted: how long it is, and that it may be confidential.
    public static func described(_ text: String) -> Message {
        Message(
            zh: "一段 \(text.count) 个字的文字（不显示，可能是保密内容）",
            en: "a text of \(text.count) characters (not shown: it may be confidential)")
    }

    /// `message` with `text` `described`, not quoted.
    public static func withheld(_ text: String, in message: Message) -> Message {
        let (zh, en) = (described(text).zh, described(text).en)
        return Message(
            zh: message.zh.replacing(text.quoted, with: zh).replacing(text.quotedInChinese, with: zh)
                .replacing(text, with: zh),
            en: message.en.replacing(text.quoted, with: en).replacing(text, with: en))
    }

    /// A refusal of `text` where a date, a yes or no, a number or a kind belongs, the text
    /// described rather than quoted when it is a sentence (`isQuoted`): most likely one slid over
    /// from the column beside, or a flag's value swapped with the next, which may be confidential
    /// (a problem pointed out, a trigger's note: helper-125, helper-131, quoted whole). Where a
    /// day or a word belongs (`cell`), a short text is quoted only when its Chinese is what the
    /// cell's values are written with (`CellKind.writtenWith`: 三月五日, 6月底前 for a day, none
    /// for a word) or two characters at most (待定): a few words of another kind (主体责任未压实,
    /// 整改不力, a short problem or requirement slid over from the column beside: helpers 196–198)
    /// are described.
    public static func withholding(_ text: String, in message: Message, _ cell: CellKind) -> Message {
        // (Nor one in a problem's words: 受贿 under 整改评定, 收礼2026-07-10 under a date: helper-211.)
        isQuoted(text) && isWritten(text, with: cell.writtenWith) && !holdsProblemWords(text)
            ? message : withheld(text, in: message)
    }

    /// Whether the Chinese of `text` is at most two characters, or only `characters` (any, for nil).
    private static func isWritten(_ text: String, with characters: Set<Unicode.Scalar>?) -> Bool {
        guard let characters else { return true }
        let ideographs = text.unicodeScalars.filter(isChinese)
        return ideographs.count <= 2 || ideographs.allSatisfy(characters.contains)
    }

    /// What a day, a deadline or a time is written with in Chinese (`chineseDay`, and 前, 底, 上旬, 左右…).
    static let dayWords = chineseDay + "前后底初中旬末季度内约左右"

    /// Four digits alone: a year where a day belongs.
    private static func isYear(_ compact: String) -> Bool {
        compact.utf8.count == 4 && compact.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether a refusal quotes a cell where a date, a yes or no, a number or a kind belongs: a
    /// value as offices write one (2026年11月30日星期一, 定期谈话（书面）, 已报告), at most 24
    /// characters of which at most 8 Chinese; a sentence (举报孙丽收受礼金50万元) is described.
    static func isQuoted(_ text: String) -> Bool {
        text.count <= 24 && text.unicodeScalars.count(where: isChinese) <= 8
            // A date and time with its zone (2026-09-16 14:30:00 +0800) is no sentence (helper-132).
            || text.count <= 40
                && text.unicodeScalars.allSatisfy {
                    ($0.isASCII && !$0.properties.isAlphabetic) || "TZ年月日时分秒".unicodeScalars.contains($0)
                }
            // A day in Chinese numerals (二〇二六年二月二十九日星期日: helper-150, described) is none either.
            || text.count <= 40
                && text.unicodeScalars.allSatisfy { $0 == " " || chineseDay.unicodeScalars.contains($0) }
    }

    /// What a day and its time are written with in Chinese numerals.
    private static let chineseDay = "〇零一二两三四五六七八九十廿卅年月日号號星期周天时分秒点上下午"

    private static func readValue(
        _ text: String, _ cell: CellKind, _ resolver: NameResolver, origin: CivilDate,
        year: Int?, transferDay: CivilDate?, stored: (String) -> Bool
    ) -> CellValue {
        // (A name is read as it shows: `OfficeText.visibleName`.)
        let text = cell.isNameOfItsRecord ? OfficeText.visibleName(text) : text
        // (Of characters that show nothing alone, it is blank, as any other cell so: helper-268, "a
        // text of 0 characters".)
        if cell.isNameOfItsRecord, text.trimmed.isEmpty { return .success(.null) }
        // NUL bytes, which no text typed into a sheet holds, told before anything the cell is read
        // as: a run of them in a damaged file had been read as a date "not a date" or an id "longer
        // than 200 characters" (helper-193). (The text is not quoted: it may be a confidential one.)
        if text.unicodeScalars.contains("\u{0}") {
            return .failure(
                Message(
                    zh: "单元格含有空字节（U+0000），表格里输入的文字不会有：文件在此处已损坏（被写入了 0）；请重新导出或另存该表格后导入",
                    en: "the cell holds NUL bytes (U+0000), which no text typed into a sheet has: the file is damaged "
                        + "here (zeros written over it); export or save the sheet again and import that"))
        }
        let compact = OfficeText.compact(text)
        // What a program lost of the text saving it in another encoding: the replacement mark
        // U+FFFD, or 锟斤拷 (two of them read back as GBK), or a question mark for each character
        // (a program without Chinese), in a name for each it could not write (刘䶮 saved in GBK as
        // 刘?). Stored, it was a record of no one.
        // (A reference naming a stored record as it is stored names it, question mark and all, as
        // does a row of the record's own, `Sheet.read`; asked only of a text with a question mark,
        // which few cells hold.)
        func aNameNoneBears() -> Bool {
            switch cell {
            case .personName, .organizationName: true
            case .person: resolver.namesakes(text).isEmpty
            case .organization: resolver.organization(named: text) == nil
            default: false
            }
        }
        // (Asked of its scalars first: a text searched for a text goes through Foundation's
        // `range(of:)`, a tenth of a ledger's import when every cell was.)
        let misread =
            text.unicodeScalars.contains { $0 == "\u{FFFD}" || $0 == "锟" }
            && (text.contains("\u{FFFD}") || text.contains("锟斤拷"))
        if misread || !compact.isEmpty && compact.allSatisfy({ $0 == "?" })
            || compact.contains("?") && questionMarkForAnIdeograph(compact) && aNameNoneBears()
            // (In a Latin name too, for a letter it lacked: M?ller, Nguy?n: helper-266, offered as Mller.)
            || isNameCell(cell) && compact.contains("?") && questionMarkInAWord(compact)
        {
            // (The text is not quoted: it may be a confidential one, a problem or a trigger's note.)
            return .failure(
                Message(
                    zh: "单元格中的字符在以别的编码保存时已丢失（显示为 �、锟斤拷 或 ?）；"
                        + "请打开原文件，另存为“CSV UTF-8”或 .xlsx 后重新导入",
                    en: "the cell lost its characters when saved in another encoding (shown as �, 锟斤拷 or ?); "
                        + "open the original file, save it as CSV UTF-8 or .xlsx, and import that"))
        }
        // A cell as long as a spreadsheet's cell can be (32,767 characters in Excel, WPS and
        // LibreOffice): a longer text, written by talks or pasted, was cut there when saved.
        if text.utf16.count == maximumCellLength {
            return .failure(
                Message(
                    zh: "单元格有 32767 个字符，正是表格软件单元格的上限：保存时很可能截去了后面的文字；"
                        + "请改用 talks load 导入完整内容",
                    en:
                        "the cell holds 32,767 characters, a spreadsheet cell's most: its text was likely cut when saved; "
                        + "load the whole text with talks load"))
        }
        // A formula's error value, as Excel, WPS and LibreOffice show it and save it in a CSV
        // (#N/A of a VLOOKUP that found nothing, #REF! of a deleted column): the formula gave no
        // value, and its error text stored was a name, an id or a problem no one wrote.
        if isFormulaError(compact) { return .failure(formulaError(text)) }
        switch cell {
        case .text:
            // (A note's lines as a problem's: helper-212, #REF! and 同上 lines stored.)
            if let refusal = refusedLine(in: lines(of: text)) { return .failure(refusal) }
            return .success(.string(asWritten(text) ?? text))
        // A word standing where no name is known (不详, 空缺, NULL, 姓名) or a workbook's TRUE: stored,
        // it was a person or an organization no one is (helper-263).
        // A number in a spreadsheet's scientific notation (1.10101E+17, an identity card's shown so,
        // or a workbook's number cell): no name, described (helper-265, stored as one).
        case .personName where isScientific(compact), .organizationName where isScientific(compact):
            return .failure(notAName(text))
        case .personName where isPlaceholder(text): return .failure(placeholder(text, "姓名"))
        case .organizationName where isPlaceholder(text): return .failure(placeholder(text, "名称"))
        // (A name longer than any is refused as such, `TextLimits.name`, not searched: helper-262;
        // no name where the marks a register drops made it so, as a person's, `PersonName.reading`.)
        case .organizationName where text.count > TextLimits.name:
            return OfficeText.registerName(text).count > TextLimits.name
                ? .success(.string(text)) : .failure(notAName(text))
        case .organizationName:
            // Read as a register keeps it: without marks around it or a template's beside it (《白河县委》,
            // 白河县委*, ※白河县委: helper-270, refused as no name or masked).
            let written = OfficeText.compact(text)
            let text = OfficeText.registerName(text)
            // A link, an address or a formula's text (http://x.cn/a, x@y.cn, @SUM(A1): helper-268,
            // stored as organizations).
            if isAddress(text) || text.hasPrefix("@") || text.hasPrefix("=") { return .failure(notAName(text)) }
            // A problem's words where no organization's name ends (收受礼金: helper-258, stored as
            // an organization, and shown in every list).
            let compact = OfficeText.compact(text)
            if holdsProblemWords(text),
                !["委", "组", "支部", "总支", "委员会", "局", "办", "室", "厅", "部"].contains(where: compact.hasSuffix)
            {
                return .failure(notAName(text))
            }
            // Digits or marks alone (12345, a workbook's number cell), numerals (二〇二六), or a body's
            // kind alone (县委, 党委, 中共, 本单位): no organization's (helper-263, helper-265).
            // (A remark in brackets alone, （筹）, （班子不团结）, is described: it may be confidential.)
            if !compact.contains(where: \.isLetter) || bracketedRemark(compact)?.name.isEmpty == true {
                return .failure(notAName(text))
            }
            // A secrecy mark alone is a remark (绝密: helper-268, stored as an organization).
            if isSecrecyMark(compact) { return .failure(notAName(text)) }
            // (Marks a register drops around a body's kind alone mask its name: **县委.)
            if Self.bodiesUnnamed.contains(compact), written != compact { return .failure(masked(written)) }
            if compact.allSatisfy(Self.chineseNumerals.contains) || Self.bodiesUnnamed.contains(compact) {
                return .failure(
                    Message(
                        zh: "\(text.quoted) 没有说明是哪个组织（只有机构的类别、表格用语或数字）：请写全称，如 桐林县委",
                        en:
                            "\(text.quoted) names no organization (a kind of body, a form's word or numerals alone): give its full name, such as 桐林县委"
                    ))
            }
            // A state after the name, glued or apart (白河县委已撤销, 白河县委 已撤销, 白河县委-已撤销:
            // helper-265, stored): the day goes in its column.
            if let state = Self.organizationStates.first(where: { compact.hasSuffix($0) }),
                compact.count > state.count + 1
            {
                // (Quoted only after a name alone: a remark before the state may be confidential,
                // 白河县委（班子不团结）已撤销: helper-267.)
                var name = compact.dropLast(state.count)
                while let last = name.last, "·-—－/、 ".contains(last) { name = name.dropLast() }
                if name.contains(where: { !$0.isLetter && !"·-—－/、".contains($0) })
                    || holdsWordsBesideAnOrganization(String(name))
                {
                    return .failure(notAName(text))
                }
                return .failure(
                    Message(
                        zh: "\(text.quoted) 在名称后写了“\(state)”：请只写名称，撤销、合并的日期请填在撤销日期等列中",
                        en:
                            "\(text.quoted) has \(state) after the name: give the name alone; the day it was dissolved or merged goes in its own column"
                    ))
            }
            // A remark in brackets after the name (白河县委（已撤销）, （正处级）, （书记：孙丽）): no part
            // of it, and perhaps confidential (（班子不团结）: helper-263, stored); a body's own
            // brackets (（党组性质党委）, （筹）) are its name's.
            // (Before a mask's marks: 机密★1年 is a secrecy mark, and is not quoted: helper-268.)
            if let remark = bracketedRemark(compact) ?? bracketedRemarkBefore(compact) ?? wordsBeside(text)
                ?? secrecyMarkAfter(compact)
            {
                guard !remark.name.isEmpty else { return .failure(notAName(text)) }
                return .failure(
                    Message(
                        zh:
                            "名称后的括注或另写的文字是说明，不是名称的一部分（不显示，可能是保密内容）：请只写名称 \(remark.name.quotedInChinese)；撤销、成立的日期等请填在各自的列中",
                        en:
                            "the name has a remark after it, in brackets or set apart (not shown: it may be confidential), no part of it: give the name alone, \(remark.name.quoted); a dissolution's or an establishment's day goes in its own column"
                    ))
            }
            // A template's name masked (**县委, ○○县委, XX县委, 某县委): no organization's (helper-263:
            // stored as 县委, its marks dropped).
            if compact.contains(where: { PersonName.maskMarks.contains($0) || "*＊☆★※".contains($0) })
                || compact.lowercased().contains("xx")
                || compact.hasPrefix("某") || compact.contains("某某") || masksByCircles(compact)
            {
                return .failure(masked(text))
            }
            // Two names (城关镇党委、新城镇党委, 城关镇党委和新城镇党委, …及…, …与…, …以及…, …｜…): one
            // organization a row; each ending as the other or named in the store (市纪委、监委机关党委
            // and 组织部、编办联合党支部 are one organization's names: helper-260).
            let names = text.replacing("以及", with: "、").split {
                "、/，,;；和及与|｜&＆".contains($0) || $0.isWhitespace
            }.map { OfficeText.compact(String($0)) }
            let endings = ["党工委", "党委", "党组", "党支部", "总支", "支部", "工委", "县委", "市委", "区委", "省委", "纪委"]
            let ending = { (name: String) in endings.first(where: name.hasSuffix) }
            // (And several by 等: 城关镇党委等3个.)
            let several = compact.firstRange(of: "等").map { 等 in
                ending(String(compact[..<等.lowerBound])) != nil
                    && compact[等.upperBound...].allSatisfy { $0.isNumber || "个家单位".contains($0) }
            }
            // (Joined by a word or a bar, each a committee's or a branch's, whatever they end in:
            // 白河县委及城关镇党委; by 、, a joint branch's name may list its offices.)
            let joined = text.contains { "和及与|｜&＆".contains($0) }
            // (Each a committee itself, not an office's or a joint body's: 江州市委、市政府信访局党组 and
            // 城关镇党委、新城镇党委联合党委 are one body's names, helper-266.)
            let offices = ["局", "办", "室", "厅", "部", "院", "所", "校", "站", "中心", "联合", "机关", "政府", "公司"]
            let committee = { (name: String) in
                name.count >= 3 && ending(name) != nil && !offices.contains(where: name.contains)
            }
            if several == true
                || names.count > 1 && names.allSatisfy(committee)
                    && (joined || Set(names.map(ending)).count == 1
                        || names.contains(where: resolver.isOrganizationName))
            {
                return .failure(
                    Message(
                        zh: "\(text.quoted) 写了不止一个组织（\(names.joined(separator: "、"))）：每行只写一个",
                        en:
                            "\(text.quoted) names more than one organization (\(names.joined(separator: ", "))): give one a row"
                    ))
            }
            // A team's discord alone is a remark (班子不团结: helper-268, stored as an organization).
            if teamDiscord.contains(where: compact.contains) { return .failure(notAName(text)) }
            return .success(.string(text))
        case .personName:
            // (Without a template's blank left unfilled, as a register keeps it: 王伟伟（）, helper-270.)
            var text = text
            while let bare = OfficeText.withoutEmptyPair(Substring(text)) { text = String(bare) }
            return PersonName.reading(text, resolver).read(text)
        case .id:
            let id = idText(text)
            if !stored(id), let problem = IDRules.newIDProblem(id) { return .failure(problem) }
            // A date is no id: a spreadsheet turns an id typed as 1-26 or 2026-1 into a day or a
            // month, which a workbook's cell then shows (2026-01-26, 2026年1月); stored, it was an
            // id no clerk wrote.
            // (A year's serial, 20260101, is no date Excel makes: digits alone stay an id.) One a
            // stored record bears is that record's (asked only here: a look-up in the store).
            if !id.allSatisfy(\.isNumber), DateText.isDay(id) || isMonth(id), !stored(id) {
                return .failure(
                    Message(
                        zh: "\(id.quoted) 是日期，不是编号：表格软件会把 1-26、2026-1 这样的编号自动改成日期；"
                            + "请将编号列设为文本格式，重新输入编号",
                        en: "\(id.quoted) is a date, not an id: a spreadsheet turns ids such as 1-26 or 2026-1 "
                            + "into dates; format the id column as text and type the ids again"))
            }
            // Excel shows a number too long for its column, or of more than 15 digits, in
            // scientific notation (1.23457E+11), and saves it so: the id's digits are lost.
            if isScientific(id), !stored(id) {
                return .failure(
                    Message(
                        zh: "\(id.quoted) 是表格软件显示长数字的科学记数法，编号的数字已丢失；请将编号列设为文本格式，重新输入编号",
                        en: "\(id.quoted) is a spreadsheet's scientific notation of a long number, the id's digits "
                            + "lost; format the id column as text and type the ids again"))
            }
            return .success(.string(id))
        case .organization, .person:
            let found = cell.isPerson ? resolver.person(text) : resolver.organization(text)
            // A sentence naming no record is none, and may be confidential: refused, not quoted
            // (helper-143: told unknown, then quoted by the overlap of the posts of its row). A
            // stored record's name is its own, whatever it holds.
            if case .success(.string(let id)) = found, id == text, readsAsSentence(text, cell) {
                return .failure(notAName(text))
            }
            return found
        case .date where untilNow.contains(compact) || isNoneYet(compact), .deadline where isNoneYet(compact):
            return .success(.null)
        case .date where isYear(compact), .deadline where isYear(compact):
            // A year alone (2026, also typed into a cell formatted as a date, which shows 1905-07-18).
            return .failure(
                Message(
                    zh: "\(text.quoted) 是年份，不是日期：请填写完整日期（如 \(compact)-03-05）",
                    en: "\(text.quoted) is a year, not a day: give the whole date (\(compact)-03-05, say)"))
        case .date, .deadline:
            // A day number only where it is a day of a ledger (1990 to 2099): 20260, a mistyped
            // year, was read as 1955-06-20.
            // A date-time cell saved as a number (46086.6041666667) is its day's number and a
            // fraction of the day.
            if let number = Double(compact), number.isFinite, number >= 0, number < 100_000,
                compact.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == UInt8(ascii: ".") }),
                let day = origin.adding(days: Int(number.rounded(.down))), plausibleDays.contains(day)
            {
                return .success(.string(day.description))
            }
            do {
                return .success(.string(try DateText.parse(text, deadline: cell.isDeadline, year: year).description))
            } catch {
                // A time cell of a workbook, or a time typed, where the day goes.
                if DateText.isTimeOfDay(text) {
                    return .failure(
                        Message(
                            zh: "\(text.quoted) 只有时刻，没有日期", en: "\(text.quoted) is a time of day, without its day"))
                }
                let forms = cell.isDeadline ? DateText.deadlineForms : nil
                return .failure(
                    Message(
                        zh: error.message.zh + (forms.map { "；\($0.zh)" } ?? ""),
                        en: error.message.en + (forms.map { "; \($0.en)" } ?? "")))
            }
        case .integer:
            // Digits however many are a number, so the decoder can say it is out of range; a term's
            // number as a document writes it, 第16届, 十六, 第十六届, is its number.
            var number = Substring(compact)
            if number.hasPrefix("第") { number = number.dropFirst() }
            if number.hasSuffix("届") || number.hasSuffix("次") { number = number.dropLast() }
            if isDigits(String(number)) { return .success(.number(String(number))) }
            guard let (value, _) = DateText.number(String(number)) else {
                return .failure(Message(zh: "\(text.quoted) 应为整数", en: "\(text.quoted) should be a whole number"))
            }
            return .success(.number(String(value)))
        case .year:
            let digits =
                compact.hasSuffix("年度")
                ? String(compact.dropLast(2)) : compact.hasSuffix("年") ? String(compact.dropLast()) : compact
            // 二〇二六年度, as a plan's year is written in a document's heading.
            if let year = DateText.chineseYear(digits) { return .success(.number(String(year))) }
            guard isDigits(digits) else {
                // A year typed into a cell formatted as a date and saved as a CSV shows its day of
                // 1905 (2026 as 1905/7/18): the year is that day's number (helper-135).
                if let day = try? DateText.parse(text), day.year == 1905, case let typed = origin.days(to: day),
                    (1900...2100).contains(typed)
                {
                    return .failure(
                        Message(
                            zh: "\(text.quoted) 是 Excel 把年份 \(typed) 填进日期格式单元格后显示的日期：请把该列设为常规或文本格式，重新填写年份",
                            en:
                                "\(text.quoted) is how Excel shows the year \(typed) typed into a cell formatted as a date: "
                                + "format the column as General or text and type the year again"))
                }
                return .failure(
                    Message(
                        zh: "\(text.quoted) 应为年份，如 2026 或 2026年", en: "\(text.quoted) should be a year, such as 2026"))
            }
            // A year of two digits (26, 26年, 0026) is refused, as in a date (26.3.5): 2026 or 1926
            // is the clerk's to say. It was stored as the year 26.
            guard digits.count >= 4, digits.first != "0" else {
                return .failure(
                    Message(
                        zh: "\(text.quoted) 没有完整的四位年份，请写作如 2026 或 2026年",
                        en: "\(text.quoted) has no full four-digit year: write it as 2026 or 2026年"))
            }
            return .success(.number(digits))
        case .yesNo(let deeds):
            let key = compact.lowercased()
            let deed = { (prefix: Int) in deeds && Self.deeds.contains(String(key.dropFirst(prefix))) }
            // 已提交, 有记录: the thing done. (已 and 未 alone are a deed's too: in a column asking
            // whether something was not so, 已 may be 已如实报告.)
            if (yes.contains(key) && (deeds || key != "已")) || (["已", "有"].contains(key.first) && deed(1)) {
                return .success(.bool(true))
            }
            // 未提交, 无记录, 没有形成: the thing not done.
            if (no.contains(key) && (deeds || key != "未")) || (["未", "无"].contains(key.first) && deed(1))
                || (key.hasPrefix("没有") && deed(2))
            {
                return .success(.bool(false))
            }
            return .failure(
                Message(
                    zh: "\(text.quoted) 应为 是 或 否（也可写 有/无、已/未、已提交/未提交、√/×、☑/☐、Y/N）",
                    en: "\(text.quoted) should be yes or no (是/否, 有/无, 已/未, 已提交/未提交, √/×, ☑/☐, Y/N)"))
        case .vocabulary(let raws, let labels, let everyday):
            let key = compact.lowercased()
            if raws.contains(compact) { return .success(.string(compact)) }
            if let i = labels.firstIndex(where: { $0.contains { OfficeText.compact($0).lowercased() == key } }) {
                return .success(.string(raws[i]))
            }
            // The value's number, then the start of its words or its everyday name (（二）被通报批评): it;
            // another's words after it are told.
            // (In any of its number's forms, （1）信访举报, 情形一：信访举报: helper-273, refused.)
            if let (numbered, number) = labels.indices.lazy.compactMap({ i in
                labels[i].dropFirst(3).map { OfficeText.compact($0).lowercased() }.filter(key.hasPrefix)
                    .max { $0.count < $1.count }.map { (i, $0) }
            }).first {
                let words = String(compact.dropFirst(number.count).drop { "：:、.，,".contains($0) })
                if words.count >= 2 && labels[numbered][1].hasPrefix(words)
                    || everyday.values(namedIn: words) == [raws[numbered]]
                {
                    return .success(.string(raws[numbered]))
                }
                return .failure(
                    Message(
                        zh: "\(text.quoted) 的序号是 \(labels[numbered][3])（\(labels[numbered][1])），其后的文字却不是它的；请只写一种",
                        en:
                            "\(text.quoted) is numbered \(labels[numbered][3]) (\(raws[numbered])), but the words after the "
                            + "number are not its; give one"))
            }
            // A prefix of two characters or more that names one value: 定期 → 定期谈话 (定 alone is no word).
            let matches = compact.count < 2 ? [] : labels.indices.filter { labels[$0][1].hasPrefix(compact) }
            if matches.count == 1 { return .success(.string(raws[matches[0]])) }
            let named = everyday.values(namedIn: compact)
            if named.count == 1 { return .success(.string(named[0])) }
            let allowed = labels.map { $0[1] }.joined(separator: "、")
            if named.count > 1 {
                let zh = named.compactMap { raw in raws.firstIndex(of: raw).map { labels[$0][1] } }
                return .failure(
                    Message(
                        zh: "\(text.quoted) 写了不止一种：\(zh.joined(separator: "、"))；请只写一种（可用的值：\(allowed)）",
                        en: "\(text.quoted) names more than one: \(named.joined(separator: ", ")); give one"))
            }
            // A value's name written with words saying it is not so, not wholly or not surely
            // (诫勉谈话（未如实报告）, 基本到位) is told as such, not as no value at all (helper-153).
            if let seen = everyday.first(where: { $0.match != .exact && compact.contains($0.text) }),
                let i = raws.firstIndex(of: seen.raw)
            {
                // Within a text that is no name of a body or judges another thing (巡察问题,
                // 党风廉政建设责任不到位): most likely a problem slid over from the column beside.
                guard seen.isQualified(in: compact) || seen.isSet(in: compact) else {
                    return .failure(
                        Message(
                            zh: "\(text.quoted) 中有“\(seen.text)”（\(labels[i][1])），但整段文字不是这一栏的写法（可能是问题或说明写到了这一栏），"
                                + "不能按其读取；请只写一种（可用的值：\(allowed)），说明写在备注中",
                            en:
                                "\(text.quoted) holds \(seen.text) (\(seen.raw)) within other words (perhaps a problem or a "
                                + "remark written in this column), so it is not read as it; give one of "
                                + "\(raws.joined(separator: ", ")) alone, and a remark in 备注"))
                }
                return .failure(
                    Message(
                        zh: "\(text.quoted) 写了“\(seen.text)”（\(labels[i][1])），但其余文字表示并非如此、并不完全或并不确定，不能按其读取；"
                            + "请只写一种（可用的值：\(allowed)），说明写在备注中",
                        en:
                            "\(text.quoted) writes \(seen.text) (\(seen.raw)) with words saying it is not so, not wholly or not "
                            + "surely, so it is not read as it; give one of \(raws.joined(separator: ", ")) alone, and a remark in 备注"
                    ))
            }
            return .failure(
                Message(
                    zh: "\(text.quoted) 不是可用的值（\(allowed)）",
                    en: "\(text.quoted) is not one of \(raws.joined(separator: ", "))"
                ).with(Suggestions.hint(for: text, among: raws)))
        case .posts(let element):
            var (named, others): ([(role: String, ofGroup: Bool)], [String]) = ([], [])
            // A control or invisible character hides a remark's words (委员（候\u{200B}补）: helper-227,
            // stored as a member), as it would a name's; a line break parts posts (Alt+Enter).
            let shown = String(
                String.UnicodeScalarView(text.unicodeScalars.map { "\r\n\t".unicodeScalars.contains($0) ? " " : $0 }))
            if let hidden = TextLimits.hiddenCharacter(in: shown, what: Message(zh: "职务", en: "a post")) {
                return .failure(hidden)
            }
            // A post is a few words: a cell of thousands is none, and is not read word by word
            // (helper-242: minutes for a cell of megabytes).
            guard text.count <= 200 else {
                return .failure(
                    Message(
                        zh: "长 \(text.count) 个字符，不是职务", en: "is \(text.count) characters long, not a post"))
            }
            // As written, an acting secretary's post read as the post (`withoutActing`) once asked of.
            let written = posts(text, keepingActing: true)
            // A remark's own brackets are its words too (县委书记（联络员（兼））, 书记（代理（副））:
            // helper-242, each stored as the secretary).
            let remarks = written.remarks.flatMap { remark in [remark] + posts(remark).posts + posts(remark).remarks }
            let listed = written.posts.map(withoutActing)
            // (Told first: a remark saying the post was left may name it, 县委副书记（原县长，副书记已免）,
            // helper-246, asked whether 副 was 付.)
            if let remark = remarks.first(where: { remarkSaysNotHeld($0, of: listed) }) {
                return .failure(
                    Message(
                        zh: "\(text.quotedInChinese) 括号中的“\(remark)”说明此职务已不担任或尚未到任：已卸任的请在任职截止中填写日期，尚未到任的请到任后登记",
                        en: "\(text.quoted): the remark \(remark.quoted) says the post is no longer, or not yet, held: "
                            + "give its end in 任职截止, or record a post not yet taken up once it is"))
            }
            // 付书记, 副 mistyped by an input method, and a remark saying deputy (书记（副）): a deputy read
            // as the secretary otherwise (helper-236).
            if listed.contains(where: { OfficeText.compact($0).hasSuffix("付书记") })
                || remarks.contains(where: { OfficeText.compact($0).hasPrefix("副") })
            {
                return .failure(
                    Message(
                        zh: "\(text.quotedInChinese) 写的是书记还是副书记不清楚（“付书记”是“副书记”的误输入？）：请写“书记”或“副书记”",
                        en: "\(text.quoted) does not say plainly whether secretary or deputy secretary (付书记 for 副书记?): "
                            + "write 书记 or 副书记"))
            }
            // Who works for the post holder, as a remark or a post listed (县委书记（联络员）, 县委书记、
            // 通讯员: helper-240, stored as the secretary).
            if let staff = (remarks + listed).first(where: { item in
                let word = OfficeText.compact(item)
                return staffWords.contains(where: word.hasSuffix) || staffTitles.contains(word)
            }) {
                return .failure(
                    Message(
                        zh: "\(text.quotedInChinese) 中的“\(staff)”是为领导服务的工作人员，不是领导班子的职务：只登记书记、副书记和班子成员本人",
                        en:
                            "\(text.quoted): \(staff.quoted) works for a post holder and is no post of the leadership team: "
                            + "record the secretaries, deputies and members themselves"))
            }
            // A deputy or a member acting as the secretary (县委副书记（代理书记）, 县委副书记、代理书记):
            // whether to record them as the top leader is the office's to say, as for one presiding
            // over the work (helper-240: stored as the deputy, or as the secretary).
            if (written.posts + written.remarks).contains(where: actsAsSecretary),
                written.posts.contains(where: { post in
                    !actsAsSecretary(post)
                        && ["副书记", "常委", "委员", "成员"].contains(where: OfficeText.compact(post).hasSuffix)
                })
            {
                return .failure(
                    Message(
                        zh: "\(text.quotedInChinese) 写的是代理书记：是否按一把手登记，请写明“书记”或“副书记”",
                        en:
                            "\(text.quoted) acts as the secretary: write 书记 or 副书记 to say whether they are recorded as the "
                            + "top leader"))
            }
            // An alternate member of a committee (候补委员) is not on its leadership team (Art. 7:
            // helper-224, stored as a member, and a talk by one judged as by a team member).
            // (候补中央委员, 后补委员 mistyped, 委员（候补）: helper-225, stored as members.)
            // (A remark saying so in any words, 委员（候补，正县级）, 副书记（ 候补 ）: helper-227; in
            // traditional characters, 候補, 後補: helper-229.)
            func marksAnAlternate(_ text: String) -> Bool {
                ["候补", "后补", "候補", "後補"].contains(where: OfficeText.compact(text).contains)
            }
            let alternate = remarks.contains(where: marksAnAlternate)
            if let found = listed.first(where: { alternate || marksAnAlternate($0) }) {
                // Quoted with its remark, as written (helper-226: 委员（候补） was quoted as 委员).
                let item = marksAnAlternate(found) ? found : text.trimmed
                return .failure(
                    Message(
                        zh: "\(item.quotedInChinese) 是候补委员，不是领导班子成员：只登记书记、副书记和班子成员",
                        en:
                            "\(item.quoted) is an alternate member, not on the leadership team: record secretaries, deputy "
                            + "secretaries and the team's members only"))
            }
            for item in listed {
                let post = OfficeText.compact(item)
                // 原县委书记: a post held before, which the appointment's end tells.
                if isFormer(post, resolver) || mark(post, among: notYetMarks, resolver) != nil
                    || Role.ofAnotherBody(post)
                {
                    others.append(item)
                } else if case .success(.string(let raw)) = value(item, element, resolver, origin: origin) {
                    named.append((raw, Role.body(of: post).map(Role.isOfAPartyGroup) ?? false))
                }
            }
            // A party group's post beside a committee's (县委副书记、县政府党组书记、县长: the county
            // head) is that group's: the committee's is the one recorded (市委常委、县委书记 is the
            // secretary).
            if named.contains(where: { !$0.ofGroup }) { named.removeAll(where: \.ofGroup) }
            if case .vocabulary(let raws, _, _) = element,
                let first = raws.first(where: { raw in named.contains { $0.role == raw } })
            {
                // A deputy presiding over the committee's work (副书记（主持工作）) stands in for its
                // top leader: whether to record them as the secretary is the office's to say.
                if first != raws.first, compact.contains("主持"),
                    !["政府", "人大", "政协", "日常"].contains(where: compact.contains)
                {
                    return .failure(
                        Message(
                            zh: "\(text.quotedInChinese) 写的是主持工作：是否按一把手登记，请写明“书记”或“副书记”",
                            en: "\(text.quoted) presides over the work: write 书记 or 副书记 to say whether they are "
                                + "recorded as the top leader"))
                }
                return .success(.string(first))
            }
            guard let other = others.first else { return value(text, element, resolver, origin: origin) }
            if mark(OfficeText.compact(other), among: notYetMarks, resolver) != nil {
                return .failure(
                    Message(
                        zh: "\(other.quotedInChinese) 是尚未到任的职务：请到任后登记",
                        en: "\(other.quoted) is a post not yet taken up: record it once it is"))
            }
            if isFormer(OfficeText.compact(other), resolver) {
                return .failure(
                    Message(
                        zh: "\(other.quotedInChinese) 是以前的职务：请在任职截止中填写卸任日期",
                        en: "\(other.quoted) is a post held before: give the day it ended in 任职截止"))
            }
            return .failure(
                Message(
                    zh: "\(other.quotedInChinese) 是纪委、政法委等其他机构的职务，不是本党委领导班子的职务；同时任本党委常委的请写“常委”",
                    en:
                        "\(other.quoted) is a post of another body (a discipline commission, a political-legal commission…), "
                        + "not of the committee's leadership team; write 常委 if they also sit on its standing committee")
            )
        case .list(let element, let all):
            // (A tab too, between the cells of a range pasted into one: helper-210.)
            let listed: Set<Character> = ["\n", "\r\n", ";", "；", ",", "，", "、", "\t"]
            // Words of a vocabulary may also be joined as prose does (纪委监委和组织部, 纪委 组织部),
            // or with a sign (纪委&组织部, 纪委+组织部, 纪委|组织部: helper-210, "names more than one").
            var separators = listed
            // (Not a space in English: discipline inspection is one label.)
            if case .vocabulary = element {
                separators.formUnion(["和", "及", "与", "/", "／", "　", "&", "＆", "+", "＋", "|", "｜"])
                if !text.allSatisfy(\.isASCII) { separators.insert(" ") }
            }
            // An item of a list saying there is none is left out (纪委、无), told before the words of
            // prose part it (纪委；不涉及 read 不涉: helper-209); one of something else (待定, 同上,
            // ……, #N/A) is refused where it stands (`saysNone`).
            // (N/A among the words prose parts is one, not N and A: helper-207, 纪委/N/A told "N" is
            // not a department.)
            // (An id `talks` wrote as it is, '无, is that id: helper-212, dropped.)
            let isItem = { (item: String) in !item.isEmpty && (idAsWritten(item) != nil || !saysNone(item)) }
            let listItems = text.split { listed.contains($0) }.map { String($0).trimmed }.filter(isItem)
            // Each item with the words prose parts it into.
            let items = listItems.map { item -> (item: String, words: [String]) in
                // (A formula's error value, #N/A, is one item, refused as such: helper-210, "#" was quoted.)
                guard !isFormulaError(OfficeText.compact(item)) else { return (item, [item]) }
                return (
                    item,
                    item.replacing(notApplicable) { String($0.output.1) + "、" }
                        .split { separators.contains($0) }
                        .map { String($0).trimmed }.filter(isItem)
                )
            }
            let words = items.flatMap(\.words)
            // (Alone, with a separator or a full stop after it too: all, 全部、 and 全部。 were
            // refused, helper-199, helper-201.)
            if all, words.count == 1, case let word = OfficeText.compact(words[0]).lowercased(),
                everything.contains(String(word.reversed().drop { !$0.isLetter }.reversed())),
                case .vocabulary(let raws, _, _) = element
            {
                return .success(.array(raws.map { .string($0) }))
            }
            // Each value with the word that gave it.
            var values: [(value: JSONValue, word: String)] = []
            for (item, parts) in items {
                var read: [(value: JSONValue, word: String)] = []
                words: for word in parts {
                    switch value(word, element, resolver, origin: origin, stored: stored) {
                    case .success(let value): read.append((value, word))
                    case .ambiguous: return .failure(notUnique(word))
                    case .failure(let message):
                        // Parted inside a remark's brackets (纪委（N/A）), the item is read whole, and
                        // refused whole (helper-210: "纪委（N" quoted).
                        guard parts != [item], item.contains(where: { "(（".contains($0) }) else {
                            return .failure(message)
                        }
                        switch value(item, element, resolver, origin: origin, stored: stored) {
                        case .success(let value): read = [(value, item)]
                        case .failure(let whole): return .failure(whole)
                        case .ambiguous: return .failure(notUnique(item))
                        }
                        break words
                    }
                }
                values += read
            }
            // Other words naming one value of a vocabulary are it once (纪委/监委, the one body:
            // helper-210; 纪委、无锡市纪委, two levels of it: helper-211; each refused as given twice,
            // exit 2 for a flag); one word written twice is still told, and so is any step given
            // twice, in whatever words (the steps, whose `all` is the five in order, are an order:
            // helper-212, 表态…表态发言 was merged).
            var kept: [(value: JSONValue, word: String)] = []
            for read in values {
                let other = { (earlier: (value: JSONValue, word: String)) in
                    earlier.value == read.value && OfficeText.compact(earlier.word) != OfficeText.compact(read.word)
                }
                if case .vocabulary = element, !all, kept.contains(where: other) { continue }
                kept.append(read)
            }
            return .success(.array(kept.map(\.value)))
        case .lines:
            // (A line saying nothing, 无 or —, is none: helper-143, stored as a problem. A number
            // alone is kept: it may be an entry, 3 or 2023, as record --problem gives one: helper-146,
            // dropped, a ledger exported lost it on import.)
            let written = lines(of: text)
            if let refusal = refusedLine(in: written) { return .failure(refusal) }
            let lines = written.compactMap { line in asWritten(line) ?? (saysNothing(line) ? nil : line) }
            return .success(.array(lines.map { .string($0) }))
        case .formerParents:
            return formerParents(text, resolver, transferDay: transferDay)
        }
    }

    /// Why a free text given in a flag (`--problem`, `--note`) is refused as its cell would be
    /// (`refusedLine`), nil when it is not: what a flag stores, a sheet of the store gives back
    /// (helper-213: a note with a 同上 line was taken, and its store's own export refused).
    public static func refusedFreeText(_ text: String) -> Message? { refusedLine(in: lines(of: text)) }

    /// The lines of a free text's cell, trimmed, the empty ones left out.
    private static func lines(of text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    /// Why a free text's lines are refused: one a formula's error value, refused as in a cell of its
    /// own; among other lines, a ditto, which says which of the row above's of nothing (helper-211:
    /// #N/A stored as a problem, 同上 dropped without a word), or one saying there is more not
    /// written (待定, ……, 等等: helper-215, dropped as saying nothing, or stored as a problem). A
    /// line `talks` wrote as it is is none.
    private static func refusedLine(in written: [String]) -> Message? {
        for line in written where asWritten(line) == nil {
            if let refusal = lineRefusal(line, among: written.count > 1) { return refusal }
        }
        return nil
    }

    /// Why one line of a free text is refused, `among` other lines of its cell or alone
    /// (`refusedLine`); a line's items (`clauses(of:)`) are its list's as its lines are (1.作风不实；2.同上:
    /// helper-270, stored).
    private static func lineRefusal(_ line: String, among: Bool) -> Message? {
        let whole = OfficeText.compact(line)
        if isFormulaError(whole) { return formulaError(line) }
        for clause in clauses(of: line) {
            // (Numbered as a list's line is, 2.同上, 二、同上, 其二：同上: helpers 269, 270, stored as a
            // problem; numbered, alone too.)
            // (In brackets or quotes too, （同上）, “同上”, 【待定】: helper-274, stored.)
            let compact = withoutWrapping(withoutListNumber(clause))
            let among = among || clause != whole
            guard among || compact != clause else { continue }
            // (The clause quoted, not its line: the others are a problem's or a note's, confidential:
            // helper-273.)
            if sameAsAbove.contains(compact) {
                return Message(
                    zh: "\(clause.quotedInChinese) \(among ? "与其他各行（各项）写在同一单元格中" : "带有序号或括号")，不知指的是上一行的哪一条：请写出内容",
                    en:
                        "\(clause.quoted) \(among ? "among other lines" : "numbered or in brackets") does not say which of the row above's it repeats: write it out"
                )
            }
            if saysMoreToCome(compact) {
                return Message(
                    zh: "\(clause.quotedInChinese) 与其他各行（各项）写在同一单元格中，表示还有内容未写出：请写出内容，或删去这一行",
                    en:
                        "\(clause.quoted) among other lines says there is more not written here: write it out, or leave the line out"
                )
            }
        }
        return nil
    }

    /// A line's items, compacted: apart by a sentence's marks, 、, / or a space, or each begun by a
    /// number (1.作风不实；2.同上, 1.作风不实。2.同上, 1.作风不实 2.同上, ①作风不实②同上, 1.作风不实2.同上,
    /// （1）作风不实（2）同上, 作风不实、同上: helpers 273 and 274, stored as one).
    private static func clauses(of line: String) -> [String] {
        let characters = Array(line)
        var parts: [String] = [""]
        for (i, character) in characters.enumerated() {
            if "；;。，,、/".contains(character) || character.isWhitespace {
                parts.append("")
                continue
            }
            if !parts[parts.count - 1].isEmpty, beginsANumber(characters, at: i) { parts.append("") }
            parts[parts.count - 1].append(character)
        }
        return parts.map(OfficeText.compact).filter { !$0.isEmpty }
    }

    /// Whether a list's number begins at `i` of a line, after other words: a circled or
    /// parenthesized numeral (①, ⑴, ㈠), digits then a dot or 、 after no digit (2.), or a number in
    /// brackets ((2), （二）).
    private static func beginsANumber(_ characters: [Character], at i: Int) -> Bool {
        let scalar = characters[i].unicodeScalars.first!.value
        if (0x2460...0x2487).contains(scalar) || (0x3220...0x3229).contains(scalar) { return true }
        let isNumeral = { (c: Character) in c.isASCII && c.isNumber || chineseNumerals.contains(c) }
        if characters[i].isASCII, characters[i].isNumber, i > 0, !characters[i - 1].isNumber, characters[i - 1] != "." {
            var end = i
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            return end < characters.count && ".．、".contains(characters[end])
        }
        if "（(".contains(characters[i]) {
            var end = i + 1
            while end < characters.count, isNumeral(characters[end]) { end += 1 }
            return end > i + 1 && end < characters.count && "）)".contains(characters[end])
        }
        return false
    }

    /// A word without the brackets or quotation marks around it (（同上）, “同上”, 【待定】).
    private static func withoutWrapping(_ word: String) -> String {
        let pairs: [Character: Character] = [
            "(": ")", "（": "）", "【": "】", "[": "]", "“": "”", "\"": "\"", "「": "」", "《": "》",
        ]
        guard word.count > 2, let first = word.first, let close = pairs[first], word.last == close else { return word }
        return String(word.dropFirst().dropLast())
    }

    /// A list's line without its number (2., (2), ②, 二、, （二）, 二是, 第二，, 其二：, 2 同上 as 2同上).
    private static func withoutListNumber(_ compact: String) -> String {
        if let rest = numberedNote(compact) { return String(rest) }
        var rest = Substring(compact)
        if rest.first == "(" { rest = rest.dropFirst() }
        if let first = rest.first, "第其".contains(first) { rest = rest.dropFirst() }
        let number = rest.prefix { $0.isASCII && $0.isNumber || chineseNumerals.contains($0) }
        guard !number.isEmpty, number.count <= 3 else { return compact }
        rest = rest.dropFirst(number.count)
        if let mark = rest.first, ")、.．是，,：:".contains(mark) { rest = rest.dropFirst() }
        return rest.isEmpty ? compact : String(rest)
    }

    /// Whether a compacted line says there is more, to come or left unwritten: a word of it (待定,
    /// 待补充, 等等) or an ellipsis alone (……, ..., 。。。).
    private static func saysMoreToCome(_ compact: String) -> Bool {
        if moreToCome.contains(compact) { return true }
        let dots = compact.filter { ".。…⋯·".contains($0) }
        return !compact.isEmpty && dots.count == compact.count && (dots.count >= 2 || "…⋯".contains(compact))
    }

    /// The words of a line saying there is more to come or left unwritten.
    private static let moreToCome: Set<String> = [
        "待定", "未定", "待补", "待补充", "待完善", "待核实", "待确定", "待确认", "等", "等等", "省略",
    ]

    /// The refusal of a formula's error value where a value or a line belongs.
    private static func formulaError(_ text: String) -> Message {
        Message(
            zh: "\(text.quoted) 是公式的错误值，公式没有算出结果（如 VLOOKUP 未找到、引用的列已删除）；"
                + "请修正公式，或直接填写其值后重新导入",
            en: "\(text.quoted) is a formula's error value: the formula gave no result (a VLOOKUP that found "
                + "nothing, a column it refers to deleted); mend the formula or type the value, and import again")
    }

    /// N/A written inside a list's item between the words prose parts (纪委/N/A, 纪委 n/a), in any
    /// case, half or full width; the mark before it kept (a look-behind Swift's regexes lack).
    nonisolated(unsafe) private static let notApplicable =
        /(?i)(^|[\/／和及与&＆+＋|｜\s])\s*[NＮ]\s*[\/／]\s*[AＡ]\s*(?=$|[\/／和及与&＆+＋|｜\s])/

    /// `jz（至 2026-08-31）；无（至 2020-12-31）` or `jz (until 2026-08-31); none (until …)`: each
    /// earlier parent (an id or a name; 无/none for no parent) with its last day. The day as offices
    /// write it too: `江州市委（截至2026年8月31日）`, `（～2026-08-31）`, `（2026-08-31止）`, the years
    /// under it (`（2021.6—2026.8.31）`, `（2021.6-2026.8.31）`, its last day the end), or without
    /// brackets (`江州市委 至 2026-08-31`).
    private static func formerParents(_ text: String, _ resolver: NameResolver, transferDay: CivilDate?) -> CellValue {
        // (、 and commas too: 清溪县委（至 2023-12-31）、江州市委（至 2026-08-31）, as a sentence lists
        // them; outside the brackets only, where a day is written.)
        let separators: Set<Character> = ["\n", "\r\n", ";", "；", "、", ",", "，"]
        var depth = 0
        let parts = text.split { character in
            if "(（".contains(character) { depth += 1 } else if ")）".contains(character) { depth = max(0, depth - 1) }
            return depth == 0 && separators.contains(character)
        }
        var items: [JSONValue] = []
        var previous: CivilDate?
        let written = parts.map { String($0).trimmed }.filter { !$0.isEmpty }
        for (position, item) in written.enumerated() {
            var flat = item.replacing("（", with: "(").replacing("）", with: ")")
            // Whether the day is said to be the last (至, 截至, 止, a range's end).
            var saidLast = false
            if !flat.hasSuffix(")"), let word = flat.ranges(of: "至").last ?? flat.firstRange(of: " until ") {
                flat = flat[..<word.lowerBound] + "(" + flat[word.upperBound...] + ")"
                saidLast = true
            }
            guard flat.hasSuffix(")"), let open = flat.lastIndex(of: "(") else {
                return .failure(
                    Message(
                        zh: "\(item.quoted) 应写作 上级组织（至 日期），如 江州市委（至 2026-08-31）",
                        en: "\(item.quoted) should read PARENT (until DATE), as in jz (until 2026-08-31)"))
            }
            var who = String(flat[..<open]).trimmed
            var day = String(flat[flat.index(after: open)..<flat.index(before: flat.endIndex)]).trimmed
            // The organization's own remark and the day in one bracket (江东省国资委党委（党组性质党委，至
            // 2026年8月31日）): the remark is its name's; words after the day (（2021.6—2026.3.31，区划调整）)
            // are kept nowhere, and said so (helper-120: each told "is not a date"). The Chinese comma
            // only: an English date has its own (until Aug 31, 2026).
            if let comma = day.lastIndex(of: "，") {
                let (before, after) = (String(day[..<comma]).trimmed, String(day[day.index(after: comma)...]).trimmed)
                if ["截至", "截止", "止于", "至", "到", "until"].contains(where: after.hasPrefix), !before.isEmpty {
                    (who, day) = ("\(who)(\(before))", after)
                } else if !before.isEmpty, !after.isEmpty {
                    return .failure(
                        Message(
                            zh:
                                "\(item.quoted) 在日期之外还写了 \(after.quotedInChinese)，原上级组织不记载说明：括号内只写日期，如 \(who)（\(before)）",
                            en:
                                "\(item.quoted) says \(after.quoted) beside the days, which a former parent has no place for: "
                                + "give the days alone in the brackets, as in \(who)（\(before)）"))
                }
            }
            for word in ["截至", "截止到", "截止", "止于", "至", "到", "until", "～", "~", "—", "–"] where day.hasPrefix(word) {
                day = String(day.dropFirst(word.count)).trimmed
                saidLast = true
                break
            }
            for word in ["为止", "止"] where day.hasSuffix(word) {
                day = String(day.dropLast(word.count)).trimmed
                saidLast = true
                break
            }
            // A range without its end (2026.9.1—) or a first day (2026年9月1日起) gives no last
            // day: the first was stored as the last (helper-114).
            if let last = day.last, "—–～~-－至到".contains(last) || day.hasSuffix("起") || day.hasSuffix("开始") {
                return .failure(
                    Message(
                        zh: "\(item.quoted) 只写了起始日，没有最后一天：原上级组织写其最后一天，如 某市委（至 2026-08-31）",
                        en:
                            "\(item.quoted) gives a first day but no last one: a former parent is written with its last day, such as 某市委 (until 2026-08-31)"
                    ))
            }
            // The years under the parent: the last day of the range is its end, its first (as
            // written) the day after the end of the parent before.
            var start: String?
            if let range = DateText.days(day) {
                (start, day) = (range.first.description, range.last.description)
            } else if (try? DateText.parse(day)) == nil,
                case let parts = day.split(whereSeparator: { "—–～~-－至到".contains($0) }).map({ String($0).trimmed }),
                let last = parts.last, last != day,
                // A range's last day that is none is told as itself (helper-120: 2021.6—2026.8 was told
                // to give the day of 2021.6, its first, which needs none).
                (try? DateText.parse(last)) != nil || day.contains(where: { "—–～~至到".contains($0) })
            {
                (start, day) = (parts.first, last)
            }
            // (A day without the parent before it named nothing: "an id must not be empty".)
            guard !who.isEmpty else {
                return .failure(
                    Message(
                        zh: "\(item.quoted) 没有写原上级组织的名称：请写作 上级组织（至 日期），如 江州市委（至 2026-08-31）；当时没有上级的写 无（至 日期）",
                        en:
                            "\(item.quoted) names no parent before the day: write PARENT (until DATE), as in 江州市委 (until 2026-08-31), "
                            + "or 无 (until DATE) for none"))
            }
            var until: CivilDate
            do { until = try DateText.parse(day) } catch { return .failure(error.message) }
            // A day alone (江州市委（2026.8.31）) may as well be the day of the transfer, the first
            // under the next parent: a day off either way (helper-116: taken for the last). Beside
            // the transfer's day, the last former parent's is the one that agrees with it: its eve
            // is the last day, the day itself the transfer's.
            if !saidLast, start == nil, position == written.count - 1, let transferDay,
                let eve = transferDay.adding(days: -1), [eve, transferDay].contains(until)
            {
                (until, saidLast) = (eve, true)
            }
            guard saidLast || start != nil else {
                return .failure(
                    Message(
                        zh: "\(item.quoted) 只写了一天，看不出是在该上级下的最后一天还是划转之日：请写最后一天，"
                            + "是最后一天的写 \(who)（至 \(until)），是划转之日的写 \(who)（至 \(until.adding(days: -1) ?? until)）",
                        en: "\(item.quoted) gives a day without saying which: the last under that parent, or the day "
                            + "of the transfer; give the last day: \(who) (until \(until)) if it was the last, "
                            + "\(who) (until \(until.adding(days: -1) ?? until)) if it was the transfer's"))
            }
            if let start {
                // A first day as a day, a month or a year (2021.6.1, 2021.6, 2021): abc or 2026.2.30
                // was passed over (helper-114).
                guard let given = Self.firstDay(start) else { return .failure(DateText.notADate(start)) }
                /// A day's year, month and day, as far as the first day gives them.
                func same(_ day: CivilDate) -> [Int] { Array([day.year, day.month, day.day].prefix(given.count)) }
                if same(until).lexicographicallyPrecedes(given) {
                    return .failure(
                        Message(
                            zh: "\(item.quoted) 起于 \(start)，晚于其截止日 \(until)",
                            en: "\(item.quoted) begins \(start), after its last day \(until)"))
                }
                if let previous, let next = previous.adding(days: 1), same(next) != given {
                    return .failure(
                        Message(
                            zh: "\(item.quoted) 起于 \(start)，而前一个上级至 \(previous) 止：历次上级前后相接，此项应起于 \(next)",
                            en:
                                "\(item.quoted) begins \(start), but the parent before it ends \(previous): the parents follow each other, so this one begins \(next)"
                        ))
                }
            }
            previous = until
            var entry: [(key: String, value: JSONValue)] = []
            if !["无", "none", "—", "-"].contains(who) {
                switch resolver.organization(who) {
                case .success(let id): entry.append(("parent", id))
                case .failure(let message): return .failure(message)
                case .ambiguous(let ids): return .failure(resolver.ambiguity(who, ids, kind: .organizations))
                }
            }
            entry.append(("until", .string(until.description)))
            // The first day written for the first, to keep the stored history before it
            // (`Sheet.earlierHistory`).
            if position == 0, let start, let given = Self.firstDay(start) {
                let written = [String(format: "%04d", given[0])] + given.dropFirst().map { String(format: "%02d", $0) }
                entry.append((Sheet.formerFromKey, .string(written.joined(separator: "-"))))
            }
            items.append(.object(entry))
        }
        return .success(.array(items))
    }

    /// The first day of a range as written: its year, then its month and day where it gives them
    /// (`2021`, `2021.6`, `2021-06-01`, `二〇二一年六月一日`); nil where it is none (no year of four
    /// digits, a month past 12, a day the month lacks).
    private static func firstDay(_ written: String) -> [Int]? {
        if let day = try? DateText.parse(written) { return [day.year, day.month, day.day] }
        let numbers = written.split { !($0.isASCII && $0.isNumber) }.map { $0.count <= 4 ? Int($0) ?? -1 : -1 }
        guard (1...2).contains(numbers.count), (1000...9999).contains(numbers[0]),
            numbers.dropFirst().allSatisfy({ (1...12).contains($0) })
        else { return nil }
        return numbers
    }

    static func isDigits(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Whether a cell (compacted) is a row's number as a 序号 column writes it: `3`, `三`, `(3)`,
    /// `(三)` (helper-254: a row numbered in advance in numerals was read as a record).
    static func isRowNumber(_ text: String) -> Bool {
        // (Circled, ①, or with a full stop, 2.: helper-255, read as records.)
        if text.unicodeScalars.count == 1, let circled = text.unicodeScalars.first,
            (0x2460...0x2473).contains(circled.value)
        {
            return true
        }
        var number = text.hasPrefix("(") && text.hasSuffix(")") ? String(text.dropFirst().dropLast()) : text
        if number.count > 1, number.last == "." { number.removeLast() }
        return isDigits(number)
            || !number.isEmpty && number.allSatisfy("〇零一二三四五六七八九十百".contains) && DateText.number(number) != nil
    }
}
