/// Text as office clerks type it, folded so that what looks the same compares the same.
///
/// TalkModel has no Foundation, so width folding is done here for the ranges office text uses
/// (the full-width forms of ASCII and the ideographic space), which is what NFKC does to them.
public enum OfficeText {
    /// Full-width ASCII (`２０２６`, `（`, `Ｙ`) as ASCII, the ideographic space and other spaces as
    /// a plain space, the half-width katakana middle dot as the full-width one, a Kangxi radical as
    /// its ideograph (as NFKC does), and without the invisible format characters (Unicode's `Cf`:
    /// U+200B ZERO WIDTH SPACE, U+FEFF, U+2060, the soft hyphen, direction marks) that text copied
    /// from a web page or a chat brings along, nor the variation selectors that choose a glyph of
    /// the character before them (U+FE00…U+FE0F, the ideographic variation selectors U+E0100…
    /// U+E01EF, the Mongolian ones): a cell showing 王伟 names 王伟 whatever it hides. The
    /// embeddings, overrides and isolates of bidirectional text are kept (U+202A…U+202E,
    /// U+2066…U+2069): they reorder what is shown, and are refused where the text is checked.
    public static func widthFolded(_ text: String) -> String {
        // Printable ASCII, the common ideographs and CJK punctuation are most of an office's text
        // and fold to themselves: such a text is given back without Unicode's tables or a copy.
        if text.unicodeScalars.allSatisfy(isOwnFold) { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let ideograph = ideograph(ofRadical: scalar) {
                scalars.append(ideograph)
                continue
            }
            switch scalar.value {
            case _ where isOwnFold(scalar): scalars.append(scalar)
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0xFF65: scalars.append("\u{30FB}")
            case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x180B...0x180D, 0x180F: continue
            // An embedding, override or isolate reorders what follows as it is shown (P‮X shows
            // as PX): kept, so that where it is refused it is, not folded into another id or name.
            case 0x202A...0x202E, 0x2066...0x2069: scalars.append(scalar)
            case _ where scalar.properties.generalCategory == .spaceSeparator: scalars.append(" ")
            case _ where scalar.properties.generalCategory == .format: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// A name's cell as it shows: without the invisible format characters (Unicode's `Cf`: U+200B
    /// ZERO WIDTH SPACE, U+FEFF, U+2060, the soft hyphen, direction marks) that a name copied from a
    /// web page or a chat brings along, and with a Latin name's hyphen typed as another (U+2010
    /// HYPHEN, U+2011, a dash, U+2212, the full-width one: `Anne‐Marie`) as the hyphen-minus, an
    /// apostrophe typed as another (U+2018, U+02BC, a grave or an acute accent) as the apostrophe. The
    /// embeddings, overrides and isolates of bidirectional text are kept, to be refused, as
    /// `widthFolded` keeps them. (helper-267: `王​伟伟` was refused for a character the clerk could
    /// not see, where a talk's cell naming 王​伟 named 王伟; `Anne‐Marie` for its hyphen.)
    public static func visibleName(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { !$0.isASCII && !(0x4E00...0x9FFF).contains($0.value) }) else { return text }
        func isLatinLetter(_ i: Int) -> Bool {
            scalars.indices.contains(i) && scalars[i].properties.isAlphabetic && scalars[i].value < 0x2000
        }
        var visible = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x202A...0x202E, 0x2066...0x2069: visible.append(scalar)
            case _
            where [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2043, 0x2212, 0xFE63, 0xFF0D].contains(scalar.value)
                && isLatinLetter(i - 1) && isLatinLetter(i + 1):
                visible.append("-")
            // (An apostrophe typed as a left quote, a modifier letter or an accent: O‘Brien, helper-268.)
            case _
            where [0x2018, 0x02BC, 0xFF07, 0x60, 0xB4].contains(scalar.value) && isLatinLetter(i - 1)
                && isLatinLetter(i + 1):
                visible.append("'")
            case _ where scalar.properties.generalCategory == .format: continue
            default: visible.append(scalar)
            }
        }
        return String(visible)
    }

    /// A scalar `widthFolded` keeps as it is, told without Unicode's tables.
    private static func isOwnFold(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0x3001...0x3011, 0x4E00...0x9FFF: true
        default: false
        }
    }

    /// The ideograph a Kangxi radical (or one of two CJK radicals supplement forms) is (⾼⽂ is 高文):
    /// what text copied from a PDF holds, whose fonts draw the ideograph with the radical's glyph.
    static func ideograph(ofRadical scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2F00...0x2FD5: kangxiRadicals[Int(scalar.value - 0x2F00)]
        case 0x2E9F: "母"
        case 0x2EF3: "龟"
        default: nil
        }
    }

    /// The ideographs of the 214 Kangxi radicals U+2F00…U+2FD5, in order: their compatibility
    /// decomposition (Unicode's NFKC), which Unicode's stability policy keeps as it is.
    static let kangxiRadicals = Array(
        "一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠"
            .unicodeScalars)

    /// The dots that stand for the middle dot of a transliterated name (阿卜杜拉·艾买提) when typed
    /// on another keyboard or picked from a font's symbols: bullets (•, ●, ▪, ◦, ⦁), operators
    /// (∙, ⋅, ∘), other scripts' middle and raised dots (・, ‧, ㆍ, ˙, ⸳, ꞏ), full stops.
    static let middleDots: Set<Unicode.Scalar> = [
        "\u{00B7}", "\u{2022}", "\u{30FB}", "\u{2027}", "\u{2219}", "\u{22C5}", "\u{0387}", "\u{FF0E}", ".",
        "\u{FF65}", "\u{1427}", "\u{2E31}", "\u{FE52}", "\u{318D}", "\u{16EB}", "\u{2024}", "\u{25CF}", "\u{3002}", "_",
        "\u{25AA}", "\u{25E6}", "\u{2981}", "\u{2218}", "\u{02D9}", "\u{2E33}", "\u{FF61}",
        // The sinological dot (ꞏ), made for this very use (helper-254: not matched).
        "\u{A78F}",
    ]

    /// A hyphen as keyboards and word processors type it, dashes among them: in a transliterated
    /// name where its middle dot belongs (阿卜杜拉-艾买提, 阿卜杜拉—艾买提), in a date its separator
    /// (`2026–03–05`). The full-width one is folded to `-` first (`widthFolded`).
    static let hyphens: Set<Unicode.Scalar> = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2043}", "\u{2212}", "\u{FE63}",
    ]

    /// Unicode's white space, settled without its tables for ASCII and the common ideographs, most
    /// of a name's characters (a national store's names are keyed at every command naming one).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        if (0x4E00...0x9FFF).contains(scalar.value) { return false }
        return scalar.properties.isWhitespace
    }

    /// The form two names are compared in: width folded, without any white space (a two-character
    /// name padded to line up, `王　伟`) and without the marks between a transliterated name's parts
    /// (every dot variant, a hyphen or a space where the middle dot belongs, or none at all:
    /// 阿卜杜拉·艾买提, 阿卜杜拉•艾买提, 阿卜杜拉 艾买提, 阿卜杜拉-艾买提 and 阿卜杜拉艾买提 are one name). A dot
    /// or hyphen between two ASCII letters or digits is kept: it is an id's (`王伟（p-wangw2）`).
    /// Stored names are kept as given; both sides of a comparison go through this.
    public static func nameKey(_ text: String) -> String {
        var folded = Array(widthFolded(text).unicodeScalars.filter { !isWhitespace($0) })
        // A list's or a sentence's mark typed after the name (王伟、, 王伟。).
        while let last = folded.last, "、，,；;。".unicodeScalars.contains(last) { folded.removeLast() }
        var scalars = String.UnicodeScalarView()
        func inAnID(_ i: Int) -> Bool {
            folded.indices.contains(i) && folded[i].isASCII && folded[i].properties.isAlphabetic
                || folded.indices.contains(i) && ("0"..."9").contains(folded[i])
        }
        for (i, scalar) in folded.enumerated()
        where !(middleDots.contains(scalar) || hyphens.contains(scalar)) || inAnID(i - 1) && inAnID(i + 1) {
            scalars.append(brackets[scalar] ?? scalar)
        }
        // A circle typed for 〇 (二○一厂党委) is 〇; Latin letters compare in any case, a curly
        // apostrophe as a straight one (JOHN SMITH, Conan O’Brien: helper-266, not matched).
        return numeralZeros(String(scalars).replacing("○", with: "〇")).replacing("’", with: "'").lowercased()
    }

    /// A name with the letter O or the digit 0 typed for 〇 beside a Chinese numeral and no other
    /// letter or digit as 〇 (二O一厂党委 is 二〇一厂党委: helper-268, a second organization).
    private static func numeralZeros(_ text: String) -> String {
        guard text.contains(where: { "Oo0".contains($0) }) else { return text }
        let characters = Array(text)
        let numerals = Set("〇零一二三四五六七八九十百千")
        func at(_ i: Int, _ test: (Character) -> Bool) -> Bool { characters.indices.contains(i) && test(characters[i]) }
        return String(
            characters.indices.map { i in
                guard "Oo0".contains(characters[i]), at(i - 1, numerals.contains) || at(i + 1, numerals.contains),
                    !at(i - 1, { $0.isASCII && ($0.isLetter || $0.isNumber) }),
                    !at(i + 1, { $0.isASCII && ($0.isLetter || $0.isNumber) })
                else { return characters[i] }
                return "〇"
            })
    }

    /// A person's name as a register keeps it: without the spaces that pad a Chinese name of two
    /// or three characters to line up (王　伟, 张 小明: 王伟, 张小明), with the middle dot (U+00B7) for
    /// any other mark between the parts of a transliterated one (阿卜杜拉•艾买提, 阿卜杜拉－艾买提:
    /// 阿卜杜拉·艾买提), and elsewhere each run of white space one space (`John  Smith`, `J.  Smith`),
    /// none at either end; other marks as typed. A space inside a longer Chinese name (欧阳 娜娜,
    /// 艾力 木拉) may part a compound surname or a transliteration's parts: it is kept, one space.
    /// It compares as the name typed (`nameKey`).
    public static func tidyName(_ name: String) -> String {
        let scalars = Array(registerName(name).unicodeScalars)
        func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
        func isMark(_ s: Unicode.Scalar) -> Bool {
            let folded = (0xFF01...0xFF5E).contains(s.value) ? Unicode.Scalar(s.value - 0xFEE0)! : s
            return isSpace(s) || middleDots.contains(s) || hyphens.contains(folded)
        }
        var (start, end) = (0, scalars.count)
        while start < end, isSpace(scalars[start]) { start += 1 }
        while end > start, isSpace(scalars[end - 1]) { end -= 1 }
        let letters = scalars[start..<end].count { !isMark($0) }
        var tidy = String.UnicodeScalarView()
        var i = start
        while i < end {
            guard isMark(scalars[i]) else {
                tidy.append(scalars[i])
                i += 1
                continue
            }
            var next = i
            while next < end, isMark(scalars[next]) { next += 1 }
            let run = scalars[i..<next]
            let betweenIdeographs =
                i > start && next < end && scalars[i - 1].properties.isIdeographic
                && scalars[next].properties.isIdeographic
            if betweenIdeographs && !run.allSatisfy(isSpace) {
                tidy.append("\u{00B7}")
            } else if !(betweenIdeographs && letters <= 3) {
                // Marks as typed, each run of white space one space.
                for (k, s) in zip(run.indices, run) where !isSpace(s) || k == i || !isSpace(scalars[k - 1]) {
                    tidy.append(isSpace(s) ? " " : s)
                }
            }
            i = next
        }
        return String(tidy)
    }

    /// A name as a register keeps it, a person's or an organization's: Kangxi radicals as the
    /// ideographs they are (⾼⽂ is 高文: text copied from a PDF), full-width letters and digits as
    /// ASCII (Ｊｏｈｎ is John), without quotation, book-title or square brackets around the whole
    /// (“孙八”, 〝孙八〞, 《李九》, 【李九】), without a list's, a sentence's or a footnote's mark
    /// after it (赵六、, 钱七。, 吴一*, 郑二：) and a template's or a list's mark before or after it
    /// (★王伟, ▲王伟, 王伟※). (helper-132: each was stored as typed, and a talk naming it then refused.)
    public static func registerName(_ name: String) -> String {
        // Letters, digits, a hyphen or a dot between them and the common ideographs, nearly every
        // id and name, are already in that form: given back without a pass over their characters
        // (a ledger's import asked it of every id and name: a fifth of its time).
        if name.unicodeScalars.allSatisfy({ scalar in
            scalar.isASCII
                ? scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
                    || scalar == "."
                : (0x4E00...0x9FFF).contains(scalar.value)
        }) {
            return name
        }
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if let ideograph = ideograph(ofRadical: scalar) {
                scalars.append(ideograph)
                continue
            }
            switch scalar.value {
            case 0xFF10...0xFF19, 0xFF21...0xFF3A, 0xFF41...0xFF5A:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            default: scalars.append(scalar)
            }
        }
        var text = Substring(String(scalars).trimmed)
        let pairs: [(Character, Character)] = [
            ("“", "”"), ("\"", "\""), ("‘", "’"), ("「", "」"), ("『", "』"), ("《", "》"), ("＂", "＂"), ("〝", "〞"),
            ("〝", "〟"), ("【", "】"), ("[", "]"), ("［", "］"), ("〔", "〕"), ("〈", "〉"), ("<", ">"), ("«", "»"),
        ]
        // A template's or a list's mark before or after it (★王伟, ※B06, ▲B07, B07★: helper-142,
        // each stored as typed, a second record of one).
        let marks = "*＊★☆※▲△●○◆◇■□√✓✔"
        while true {
            if let last = text.last, "、，,；;。：:".contains(last) || marks.contains(last) {
                text = Substring(String(text.dropLast()).trimmed)
            } else if let first = text.first, marks.contains(first) {
                text = Substring(String(text.dropFirst()).trimmed)
            } else if let bare = withoutEmptyPair(text) {
                text = bare
            } else if text.count >= 2, let pair = pairs.first(where: { text.first == $0.0 && text.last == $0.1 }),
                !text.dropFirst().dropLast().contains(pair.1)
            {
                text = Substring(String(text.dropFirst().dropLast()).trimmed)
            } else {
                return String(text)
            }
        }
    }

    /// `text` without an empty pair of brackets or quotes at its start or its end (白河县委（）,
    /// （）王伟伟, 王伟伟“ ”): a template's blank left unfilled, which a register drops (helper-270:
    /// stored as written, a second record of one); nil where there is none, or nothing beside it.
    public static func withoutEmptyPair(_ text: Substring) -> Substring? {
        let pairs: Set<String> = ["（）", "()", "【】", "[]", "［］", "〔〕", "《》", "<>", "〈〉", "“”", "\"\"", "‘’", "「」", "『』"]
        let characters = Array(text)
        let n = characters.count
        guard n >= 3 else { return nil }
        // The pair's closing mark ends the text and its opening one is the mark before it (spaces
        // apart), or its opening mark begins it and the closing one comes next.
        if let open = characters[..<(n - 1)].lastIndex(where: { !$0.isWhitespace }), open > 0,
            pairs.contains(String([characters[open], characters[n - 1]]))
        {
            return Substring(String(characters[..<open]).trimmed)
        }
        if let close = characters[1...].firstIndex(where: { !$0.isWhitespace }), close < n - 1,
            pairs.contains(String([characters[0], characters[close]]))
        {
            return Substring(String(characters[(close + 1)...]).trimmed)
        }
        return nil
    }

    /// Whether a name is in the form a register keeps (`tidyName`).
    static func isTidy(_ name: String) -> Bool { tidyName(name) == name }

    /// The form of a name (a `nameKey`) that its official and everyday variants share. An
    /// organization's without 中共 or 中国共产党 before it and with 委 for a closing 委员会: a
    /// Party committee's full name and its short one (中国共产党江州市委员会, 中共江州市委, 江州市委;
    /// 中共城关镇委员会 and 城关镇党委; 中共江州高新区工作委员会, 江州高新区党工委 and 江州高新区工委;
    /// 中共江州市直机关工作委员会 and 江州市直机关工委). A person's without the remarks around it (`remarks`).
    public static func baseName(_ key: String, _ kind: RecordKind) -> String {
        if kind == .people { return remarks(key).name }
        var name = Substring(key)
        for prefix in ["中国共产党", "中共"] where name.hasPrefix(prefix) && name.count > prefix.count + 1 {
            name = name.dropFirst(prefix.count)
            break
        }
        // A working committee, 中共江州高新区工作委员会, is called 江州高新区党工委 or 江州高新区工委.
        if name.hasSuffix("工作委员会"), name.count > 6 { return name.dropLast(5) + "工委" }
        if name.hasSuffix("党工委"), name.count > 4 { return name.dropLast(3) + "工委" }
        if name.hasSuffix("委员会"), name.count > 4 { name = name.dropLast(2) }
        // A township's committee, 城关镇委 (of 中共城关镇委员会) and 城关镇党委 alike.
        if name.hasSuffix("镇委") || name.hasSuffix("乡委") { return name.dropLast() + "党委" }
        return String(name)
    }

    /// The brackets a remark is written in, each as the round one a `nameKey` has (（）, ［］, 【】, 〔〕).
    static let brackets: [Unicode.Scalar: Unicode.Scalar] = [
        "[": "(", "【": "(", "〔": "(", "]": ")", "】": ")", "〕": ")",
    ]

    /// A name (a `baseName`) without the remark in brackets that closes it (江东省国资委党委（党组性质
    /// 党委） is 江东省国资委党委), or nil when it has none.
    public static func withoutRemark(_ name: String) -> String? {
        guard name.last == ")", let start = name.lastIndex(of: "("),
            name.distance(from: name.startIndex, to: start) >= 2
        else { return nil }
        return String(name[..<start])
    }

    /// A person's name (a `nameKey`) and the remarks a ledger writes after it, last first: one in
    /// brackets, 同志 or 书记 (王伟同志（江州市委书记）: 王伟, and 江州市委书记 and 同志); a post
    /// written before it, last (省委书记周正: 周正, and 省委书记).
    public static func remarks(_ key: String) -> (name: String, remarks: [String]) {
        var name = Substring(key)
        var remarks: [String] = []
        if let (post, name) = secretarysPostThenName(name) { return (String(name), [String(post)]) }
        // Until nothing more comes off: 王伟同志（江州市委书记）, 王伟（江州市委书记）同志.
        while true {
            if let title = ["同志", "副书记", "书记"].first(where: { name.hasSuffix($0) && name.count > $0.count + 1 }) {
                name.removeLast(title.count)
                // The committee's level before a secretary's title is the post's (钱八县委书记: 钱八 and
                // 县委书记; helper-255, 钱八县委 was given as the name).
                let level = title == "同志" ? nil : committees.first { name.hasSuffix($0) && name.count >= $0.count + 2 }
                name.removeLast(level?.count ?? 0)
                remarks.append((level ?? "") + title)
                continue
            }
            guard name.last == ")", let start = name.lastIndex(of: "("), start > name.startIndex
            else {
                // 省委书记周正: a name after a secretary's post (a transliterated one is longer).
                if let post = name.ranges(of: "书记").last, case let rest = name[post.upperBound...],
                    (2...12).contains(rest.count)
                {
                    remarks.append(String(name[..<post.upperBound]))
                    name = rest
                }
                return (String(name), remarks)
            }
            remarks.append(String(name[name.index(after: start)..<name.index(before: name.endIndex)]))
            name = name[..<start]
        }
    }

    /// Whether a key (a `nameKey`) is a secretary's post with a name after it, 县委书记（陈东）: of
    /// ideographs, as long as a name (陈东病 too, to be told near 陈东, described).
    static func isPostThenName(_ key: String) -> Bool {
        secretarysPostThenName(Substring(key)).map { _, name in
            (2...4).contains(name.count) && name.unicodeScalars.allSatisfy(\.properties.isIdeographic)
        } ?? false
    }

    /// A secretary's post with the name after it, in brackets or after a colon (县委书记（陈东）,
    /// 县委副书记：陈东), as a ledger listing its talks by post writes it; nil for anything else.
    private static func secretarysPostThenName(_ key: Substring) -> (post: Substring, name: Substring)? {
        let post: Substring
        let name: Substring
        if key.last == ")", let start = key.lastIndex(of: "(") {
            (post, name) = (key[..<start], key[key.index(after: start)..<key.index(before: key.endIndex)])
        } else if let colon = key.firstIndex(of: ":") {
            (post, name) = (key[..<colon], key[key.index(after: colon)...])
        } else {
            return nil
        }
        // (An acting one's, 代理县委书记, 县委代书记, 县委书记（代理）; a title after the name, 孙丽同志.)
        let plain = ["(代理)", "(代)"].first(where: post.hasSuffix).map { post.dropLast($0.count) } ?? post
        let named = name.hasSuffix("同志") ? name.dropLast(2) : name
        guard plain.hasSuffix("书记"), (2...12).contains(named.count), !named.contains(where: { "():".contains($0) })
        else { return nil }
        var body = plain.dropLast(2)
        if body.hasPrefix("代理") { body = body.dropFirst(2) }
        if body.hasSuffix("代") { body = body.dropLast() }
        return body.isEmpty || body == "副"
            || committees.contains(where: { body.hasSuffix($0) || body.hasSuffix($0 + "副") })
            ? (plain == post ? post : "代理" + plain, named) : nil
    }

    /// The committees a secretary's post names by level (县委书记, 党委书记).
    private static let committees = ["党工委", "省委", "市委", "州委", "县委", "区委", "旗委", "盟委", "地委", "党委", "党组", "纪委"]

    /// Width folded and without white space: how a header or an enumerated value is compared.
    static func compact(_ text: String) -> String {
        let folded = widthFolded(text)
        // Printable ASCII and the common ideographs are never white space: a text of only those
        // is its own compact form, made without Unicode's tables (a load's problems).
        func plain(_ s: Unicode.Scalar) -> Bool {
            (0x21...0x7E).contains(s.value) || (0x4E00...0x9FFF).contains(s.value)
        }
        if folded.unicodeScalars.allSatisfy(plain) { return folded }
        return String(
            String.UnicodeScalarView(folded.unicodeScalars.filter { plain($0) || !$0.properties.isWhitespace }))
    }

    /// A number as Chinese ordinals write it (第十二届): 一 to 九十九 in characters, larger ones in
    /// digits, which official documents also accept.
    public static func numeral(_ number: Int) -> String {
        let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        switch number {
        case 0..<10: return digits[number]
        case 10..<20: return "十" + (number == 10 ? "" : digits[number - 10])
        case 20..<100: return digits[number / 10] + "十" + (number % 10 == 0 ? "" : digits[number % 10])
        default: return String(number)
        }
    }
}
