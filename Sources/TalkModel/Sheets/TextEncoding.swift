#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The encodings office sheets come in: UTF-8 (what we write by default, with a byte-order mark
/// so Excel and WPS recognise it) and GB18030 (what Chinese Excel and WPS save by default).
/// GB18030 goes through the C library's iconv, so no table of our own has to be kept.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case gb18030

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The encoding's name as messages write it: UTF-8, GB18030.
    var name: String { self == .utf8 ? "UTF-8" : "GB18030" }

    /// The encoding a user names: its own name, or a name offices use for it (`utf8`; `gbk`,
    /// `gb2312`, `cp936`, which GB18030 extends: every text of theirs is the same bytes in it).
    public init?(named name: String) {
        switch name.lowercased().filter({ $0 != "-" && $0 != "_" }) {
        case "utf8": self = .utf8
        case "gb18030", "gbk", "gb2312", "cp936", "936": self = .gb18030
        default: return nil
        }
    }

    /// Text as bytes in this encoding. `start` is where the text begins in the whole, in UTF-8
    /// bytes, and `line` the line it begins on, for a text encoded in pieces (`TextStream`):
    /// UTF-8 starts with a byte-order mark only at 0, and a character without a form is placed in
    /// the whole, by line and byte, and named by its code point.
    public func encode(_ text: String, at start: Int = 0, line: Int = 1) throws(EncodingFailure) -> [UInt8] {
        switch self {
        case .utf8:
            return (start == 0 ? Self.byteOrderMark : []) + Array(text.utf8)
        case .gb18030:
            do {
                return try Self.convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
            } catch .unrepresentable(let offset, _, _) {
                let bytes = text.utf8
                let before = bytes.prefix(offset - 1).count { $0 == UInt8(ascii: "\n") }
                let character =
                    String(decoding: bytes.dropFirst(offset - 1).prefix(4), as: UTF8.self).unicodeScalars.first
                throw .unrepresentable(offset: start + offset, line: line + before, character: character ?? "\u{FFFD}")
            }
        }
    }

    /// Whether some characters have no form in this encoding: GB18030 as the C library has it
    /// lacks a few of the private use area (U+E78D…), so a text in it is written only once all
    /// of it is encoded, and a refusal leaves nothing half written.
    public var lacksSomeCharacters: Bool { self == .gb18030 }

    /// Reads bytes as text. A UTF-8 byte-order mark means UTF-8, unless that reading is unlike any
    /// sheet's and GB18030's is Chinese (GBK a program marked without converting it); otherwise
    /// both readings are tried. Bytes that are valid in only one encoding are read in it. Bytes
    /// valid in both (a GBK sheet of names such as 谢强 is also valid UTF-8, and reads as `лǿ`) are
    /// read in the encoding whose text is the more plausible for an office sheet (`oddities`); when
    /// neither is clearly more plausible the file is refused with `.ambiguous`, so nothing is ever
    /// stored garbled.
    /// The encoding found is returned with the text; nil for UTF-16, which is read (never
    /// written) when its byte-order mark begins the file, whatever `expected` says: Excel and WPS
    /// save a sheet as "Unicode text" so, little-endian, tab-separated.
    public static func decode(_ bytes: [UInt8], as expected: TextEncoding? = nil) throws(EncodingFailure) -> (
        String, TextEncoding?
    ) {
        // Padding and nothing else, after a byte-order mark or none: a file never written, or
        // zeroed (a crash, a full disk), not a sheet with no rows (a gigabyte of NULs was said to
        // be "the sheet is empty"; helper-188, the same behind a mark).
        // UTF-32, marked or not (its little-endian mark begins as UTF-16's: helper-200, "no header").
        if isUTF32(bytes.prefix(4096)) { throw .utf32 }
        let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
        let unmarked = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(3) : utf16 ? bytes.dropFirst(2) : bytes[...]
        let padding = { (byte: UInt8) in byte == 0 || byte == 0x1A }
        if unmarked.first.map(padding) == true, unmarked.contains(0), unmarked.allSatisfy(padding) { throw .onlyNUL }
        if utf16 {
            // iconv's UTF-16 reads the byte order from the mark and leaves the mark out.
            do {
                var text = String(decoding: try convert(bytes, from: "UTF-16", to: "UTF-8"), as: UTF8.self)
                // Padding and an end of file after the text, as in the other encodings (below).
                while let last = text.unicodeScalars.last, last.value == 0 || last.value == 0x1A {
                    text.unicodeScalars.removeLast()
                }
                return (text, nil)
            } catch .invalid(_, let offset, _) {
                // The line it is on, by the line breaks before it, each a unit of two bytes in the
                // mark's order (helper-254: the byte alone was said).
                let little = bytes.starts(with: [0xFF, 0xFE])
                let units = stride(from: 2, to: min(offset, bytes.count) - 1, by: 2)
                let line =
                    1 + units.count { (little ? (bytes[$0], bytes[$0 + 1]) : (bytes[$0 + 1], bytes[$0])) == (0x0A, 0) }
                throw .invalidUTF16(offset: offset, line: line)
            }
        }
        // What some programs leave after the text: NULs padding the file to a block, DOS's end of
        // file (Ctrl-Z).
        var body = bytes[...]
        while let last = body.last, last == 0 || last == 0x1A { body = body.dropLast() }
        // No text of a sheet holds NUL; UTF-16 without its mark has one beside each of its commas,
        // digits and Latin letters, each NUL between two other bytes (a Chinese sheet's characters
        // seldom have one, so a twentieth of the first bytes is enough to tell; a stray NUL in a
        // UTF-8 file is not, nor a run of them, NULs side by side: a line of NULs had been taken
        // for UTF-16). A byte lost or added on the way leaves each NUL alone still.
        let head = Array(body.prefix(4096))
        let nuls = head.count { $0 == 0 }
        let alone = head.indices.count { i in
            head[i] == 0 && (i == 0 || head[i - 1] != 0) && (i == head.count - 1 || head[i + 1] != 0)
        }
        // Or three in four on one side of their pairs, the high bytes of ASCII characters: a
        // character whose low byte is NUL (一 U+4E00, 开 U+5F00) beside one sets two side by side
        // (helper-201: `p-a,一王` was told as a Western Excel's CSV); a run's fall on both sides.
        let even = stride(from: 0, to: head.count, by: 2).count { head[$0] == 0 }
        let onOneSide = max(even, nuls - even)
        if nuls >= 4, nuls * 20 >= head.count, alone * 10 >= nuls * 9 || onOneSide * 4 >= nuls * 3 {
            throw .utf16WithoutMark
        }
        // (After UTF-16's NULs are looked for: its last character's own NUL, with no line break
        // after it, is no zeroed end, helper-205.) Padding follows a whole last line; NULs from the middle of one are zeros written over the
        // file's end (helper-194: the row cut short was imported, those after it lost, exit 0).
        if let last = body.last, last != 0x0A, last != 0x0D, bytes[body.endIndex...].contains(0) {
            throw .zeroedEnd(line: 1 + body.count { $0 == 0x0A })
        }
        let marked = body.starts(with: byteOrderMark)
        if marked { body = body.dropFirst(3) }
        let utf8 = expected == .gb18030 ? nil : String(validating: body, as: UTF8.self)
        if let utf8, expected == .utf8 || !utf8.utf8.contains(where: { $0 >= 0x80 }) {
            return (utf8, .utf8)
        }
        let badUTF8 = EncodingFailure.invalid(
            encoding: .utf8, offset: firstInvalidUTF8(body), line: line(of: firstInvalidUTF8(body), in: body))
        if expected == .utf8 { throw badUTF8 }
        let gb18030: String
        do {
            gb18030 = String(decoding: try convert(Array(body), from: "GB18030", to: "UTF-8"), as: UTF8.self)
        } catch .invalid(_, let offset, _) where expected == nil {
            if let utf8 {
                // Not GB18030 as a whole, but its rows may be, each (helper-125: GBK rows valid as
                // UTF-8 after UTF-8 ones, 谢强 stored as лǿ).
                if oddities(utf8) > 0, let (utf8Line, gb18030Line) = mixedLines(body, marked: marked) {
                    throw .mixed(utf8Line: utf8Line, gb18030Line: gb18030Line)
                }
                return (utf8, .utf8)
            }
            // Read further as UTF-8 than as GB18030: a UTF-8 file with a bad byte, told as such.
            if marked || firstInvalidUTF8(body) > offset { throw badUTF8 }
            // Neither, where a Latin letter of Windows-1252 stands in a Latin word (José, Müller):
            // a Western Excel's CSV (helper-135: told only as no UTF-8 or GB18030).
            let bad = body.startIndex + firstInvalidUTF8(body) - 1
            if bad < body.endIndex, isWesternLetter(body[bad]),
                (bad > body.startIndex && isASCIILetter(body[bad - 1]))
                    || (bad + 1 < body.endIndex && isASCIILetter(body[bad + 1]))
            {
                throw .westernLetters(line: line(of: bad - body.startIndex + 1, in: body))
            }
            throw .invalid(encoding: nil, offset: offset, line: line(of: offset, in: body))
        } catch .invalid(_, let offset, _) where expected == .gb18030 {
            // Asked for (`--encoding gb18030`), told at its line too (helper-193: "(line 0)").
            throw .invalid(encoding: .gb18030, offset: offset, line: line(of: offset, in: body))
        }
        guard let utf8 else {
            if expected == .gb18030 { return (gb18030, .gb18030) }
            // A UTF-8 mark before GBK (a program marked what it did not convert): GB18030 where
            // that reads as Chinese; a UTF-8 file with a bad byte after its mark is told so.
            if marked && isBig5(body, gb18030) { throw .big5 }
            if marked && !plausible(gb18030, oddities(gb18030), chineseCharacters(gb18030)) { throw badUTF8 }
            if let (utf8Line, gb18030Line) = mixedLines(body) {
                throw .mixed(utf8Line: utf8Line, gb18030Line: gb18030Line)
            }
            if isBig5(body, gb18030) { throw .big5 }
            if let line = latinAroundChinese(gb18030) { throw .western(line: line) }
            return (gb18030, .gb18030)
        }
        // Valid both ways: a header of known columns in one reading alone settles it (编号,姓名 in
        // UTF-8 reads in GB18030 as 缂栧彿,濮撳悕, Chinese too), unless the rest holds in it anything
        // odd but rare characters (GBK rows under a UTF-8 header, 谢强 as лǿ: helper-109); else
        // weigh what each reading yields.
        let asUTF8 = oddities(utf8)
        let asGB18030 = oddities(gb18030)
        let (inUTF8, inGB18030) = (chineseCharacters(utf8), chineseCharacters(gb18030))
        // Rows of both, each valid UTF-8 (two files joined, the GBK one's 谢强 reading as лǿ:
        // helper-125, stored so): told as a mixed file, as when the GBK rows are not valid UTF-8.
        // Looked for only where the UTF-8 reading has something odd, as a mixed file's has.
        if asUTF8 > 0, let (utf8Line, gb18030Line) = mixedLines(body, marked: marked) {
            throw .mixed(utf8Line: utf8Line, gb18030Line: gb18030Line)
        }
        // A mark says UTF-8, unless that reading is what GBK misread makes (`misreadGBK`) and
        // GB18030's reads as Chinese: GBK a program marked without converting it, also valid
        // UTF-8 (谢强 read as лǿ, stored so: helper-112). A rare character (𪚥, 𰻞: a name's
        // 生僻字) or a sign (¥100, §3) is a marked text's own (helper-151: talks' own export of a
        // person named 𪚥 was read back as 皙殽).
        if marked {
            let misread =
                (misreadGBK(utf8, signs: false) || oddBehindAMark(utf8) > 0) && plausible(gb18030, asGB18030, inGB18030)
            return misread ? (gb18030, .gb18030) : (utf8, .utf8)
        }
        let (headedUTF8, headedGB18030) = (headed(utf8), headed(gb18030))
        // (Short names of one alphabet are odd but no misreading: Лев under 编号,姓名; helper-127.)
        if headedUTF8 && !headedGB18030 && (asUTF8 <= inUTF8.rare || !misreadGBK(utf8)) { return (utf8, .utf8) }
        if headedGB18030 && !headedUTF8 && asGB18030 <= inGB18030.rare { return (gb18030, .gb18030) }
        // Both readings plausible: the one of the commonest characters by far is the text (UTF-8
        // 任刚 reads in GB18030 as 浠诲垰, mostly of GB 2312's second level: helper-216, 115 of 1,500
        // common names refused); else neither is taken (GBK 甯风华 reads in UTF-8 as 帷绪, UTF-8 赵彧
        // in GB18030 as 璧靛涧).
        let plausibleUTF8 = plausible(utf8, asUTF8, inUTF8)
        if plausibleUTF8 && plausible(gb18030, asGB18030, inGB18030) {
            let lead = inUTF8.firstLevelShare - inGB18030.firstLevelShare
            if lead >= 0.5 { return (utf8, .utf8) }
            if lead <= -0.5 { return (gb18030, .gb18030) }
            throw .ambiguous(line: firstDifferingLine(utf8, gb18030))
        }
        if asUTF8 == 0 || asGB18030 >= 2 * asUTF8 + 2 { return (utf8, .utf8) }
        // UTF-8 misread as GB18030 is mostly Chinese characters none of which is common (张玥
        // misread is 鐜嬪爟).
        if plausibleUTF8 && inGB18030.common == 0 { return (utf8, .utf8) }
        if !plausibleUTF8 && (asGB18030 == 0 || asUTF8 >= 2 * asGB18030 + 2) { return (gb18030, .gb18030) }
        throw .ambiguous(line: firstDifferingLine(utf8, gb18030))
    }

    /// Whether the first lines of `text` hold a sheet's header: a row naming two known columns
    /// (`Sheet.hasHeader`), after a title or a 填报单位 line if any.
    static func headed(_ text: String) -> Bool {
        let head = text.split(separator: "\n", maxSplits: 20, omittingEmptySubsequences: false).prefix(20)
        guard let rows = try? Sheet.rows(of: head.joined(separator: "\n")) else { return false }
        return Sheet.hasHeader(rows)
    }

    /// Whether `text` (with its `oddities` and `chineseCharacters`) reads as offices write: names
    /// of rare characters (玥, 堃, 喆, 彧) are still mostly common ones, so Chinese mostly common
    /// and nothing odd besides.
    static func plausible(_ text: String, _ odd: Int, _ chinese: ChineseCount) -> Bool {
        chinese.common > 0 && chinese.common >= chinese.rare && odd == chinese.rare
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII || Script(scalar) == .han || chinesePunctuation.contains { $0.contains(scalar.value) }
            }
    }

    /// In a file of two encodings, its first line that is UTF-8 (valid UTF-8 beyond ASCII, reading
    /// as Chinese where its GB18030 reading does not) and its first line that is GB18030 (not
    /// valid UTF-8, or valid but reading as Chinese only in GB18030): rows of two files joined
    /// (`copy /b`) or pasted from another editor, one of whose lines would be stored garbled.
    /// Lines count from 1.
    static func mixedLines(_ body: ArraySlice<UInt8>, marked: Bool = false) -> (utf8: Int, gb18030: Int)? {
        var (utf8Line, gb18030Line): (Int?, Int?) = (nil, nil)
        let lines = body.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() where line.contains(where: { $0 >= 0x80 }) {
            if let text = String(validating: line, as: UTF8.self) {
                let readsAsUTF8 = plausible(text, oddities(text), chineseCharacters(text))
                let latin = isLatinWords(text)
                guard (utf8Line == nil && (readsAsUTF8 || latin)) || (gb18030Line == nil && oddities(text) > 0) else {
                    continue
                }
                let other = (try? convert(Array(line), from: "GB18030", to: "UTF-8")).map {
                    String(decoding: $0, as: UTF8.self)
                }
                let readsAsGB18030 = other.map { plausible($0, oddities($0), chineseCharacters($0)) } ?? false
                // A line that is Chinese one way only is of that encoding: GBK valid as UTF-8 too
                // reads there as letters of some alphabet (лǿ). Chinese both ways, it is of the
                // reading of the commonest characters by far, as a whole file is (`decode`): UTF-8
                // 赵六 reads in GB18030 as 璧靛叚 (helper-263: UTF-8 rows after GBK ones stored so).
                let commoner =
                    readsAsUTF8 && readsAsGB18030
                    && chineseCharacters(text).firstLevelShare - chineseCharacters(other!).firstLevelShare >= 0.5
                if readsAsUTF8, !readsAsGB18030 || commoner, utf8Line == nil { utf8Line = n + 1 }
                // Latin words, accented or with their marks (José García, Conan O’Brien, Zoë), whose
                // GB18030 reading sets Chinese characters inside them (Jos茅, O鈥橞rien): UTF-8, as
                // a GBK line's Chinese stands apart from Latin letters (helper-265: stored so).
                if latin, other.map(hasChineseInsideLatin) == true, utf8Line == nil { utf8Line = n + 1 }
                // (A word of one alphabet is a name in it, however short: Ян, Лев; helper-127.)
                // (After a UTF-8 mark, a sign is the line's own: ¥100万元 read as 楼100万元.)
                if !readsAsUTF8, readsAsGB18030, misreadGBK(text, signs: !marked), gb18030Line == nil {
                    gb18030Line = n + 1
                }
            } else if gb18030Line == nil {
                gb18030Line = n + 1
            }
            if let utf8Line, let gb18030Line { return (utf8Line, gb18030Line) }
        }
        return nil
    }

    /// Whether a line is Latin words and their marks beyond ASCII (accented letters, curly quotes,
    /// a middle dot, a no-break space), with a Latin letter among them and no other script.
    static func isLatinWords(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.isASCII && $0.properties.isAlphabetic }
            && text.unicodeScalars.contains { !$0.isASCII }
            && text.unicodeScalars.allSatisfy { scalar in
                scalar.isASCII || (0xA0...0x24F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value)
                    || (0x2010...0x2027).contains(scalar.value) || (0x300...0x36F).contains(scalar.value)
            }
    }

    /// Whether a Chinese character stands next to a Latin letter, inside a word (Jos茅, O鈥橞rien).
    static func hasChineseInsideLatin(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let letter = { (i: Int) in
            scalars.indices.contains(i) && scalars[i].isASCII && scalars[i].properties.isAlphabetic
        }
        return scalars.indices.contains { Script(scalars[$0]) == .han && (letter($0 - 1) || letter($0 + 1)) }
    }

    /// Whether a UTF-8 reading has what GBK misread makes and names do not: a word mixing two
    /// alphabets (`лǿ`, `Ҷƽ`), Hangul (`갺췼`), the Latin-1 controls and, with `signs`, its
    /// symbols U+00A0–U+00BF, letters no name of today writes (helper-129: `ҶС`, `κΰ`): Latin
    /// Extended-B but Vietnamese ơ and ư, historic and extended Cyrillic U+0460–U+052F in a word
    /// of fewer than four letters (one of four or more is a Kazakh or Uyghur name, Әлия, Нұрсұлтан:
    /// helper-235, talks' own export of one was read back as GBK), Greek ΐ and ΰ, or a character of
    /// the planes none is in (窦海 as U+7CEA3: helper-150).
    static func misreadGBK(_ text: String, signs: Bool = true) -> Bool {
        var scripts: Set<Script> = []
        // The letters of the word so far, and whether one is of extended Cyrillic.
        var (letters, extended) = (0, false)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x80...(signs ? 0xBF : 0x9F)).contains(value) || (0x40000...0xEFFFF).contains(value)
                || (0xAC00...0xD7AF).contains(value) || (0x1100...0x11FF).contains(value)
                || (0x3130...0x318F).contains(value) || [0x390, 0x3B0].contains(value)
                || ((0x180...0x24F).contains(value) && ![0x1A0, 0x1A1, 0x1AF, 0x1B0].contains(value))
            {
                return true
            }
            if (0x460...0x52F).contains(value) { extended = true }
            let script = Script(scalar)
            guard script != .none else {
                if extended && letters < 4 { return true }
                (scripts, letters, extended) = ([], 0, false)
                continue
            }
            letters += 1
            if script != .han { scripts.insert(script) }
            if scripts.count > 1 { return true }
        }
        return extended && letters < 4
    }

    /// Whether the first bytes of a file are UTF-32: in groups of four, each character's two high
    /// bytes zero (every character a sheet holds is below U+10000), little-endian or big-endian,
    /// in nine groups of ten at least. UTF-16's pairs have no such groups (`a␀b␀`), nor has text.
    private static func isUTF32(_ head: ArraySlice<UInt8>) -> Bool {
        let groups = head.count / 4
        guard groups >= 2 else { return false }
        let start = head.startIndex
        let zero = { (a: Int, b: Int) in
            (0..<groups).count { head[start + 4 * $0 + a] == 0 && head[start + 4 * $0 + b] == 0 }
        }
        let nonzero = (0..<groups).count { group in (0..<4).contains { head[start + 4 * group + $0] != 0 } }
        return nonzero * 10 >= groups * 9 && max(zero(2, 3), zero(0, 1)) * 10 >= groups * 9
    }

    /// The line (from 1) of the byte at `offset` (from 1) of `body`.
    private static func line(of offset: Int, in body: ArraySlice<UInt8>) -> Int {
        1 + body.prefix(max(0, offset - 1)).count { $0 == 0x0A }
    }

    /// How many characters of `text` an office sheet would hardly hold. A GBK text misread as
    /// UTF-8 turns each pair of bytes into a letter of some alphabet of U+0080–U+07FF, so its
    /// words mix scripts (`лǿ`: Cyrillic, then Latin) or are accented Latin with no plain letter
    /// (`ôõ`); a UTF-8 text misread as GB18030 turns into rare Chinese characters (`谢强` misread is
    /// `璋㈠己`) or Chinese characters inside Latin words (`José` misread is `Jos脡`). Counted:
    /// characters a Chinese office's sheet hardly holds (private use, planes 4 to 16; Latin-1 symbols but `·`, `°`,
    /// `±` and the no-break space; IPA, combining marks, Greek, Cyrillic, Armenian, Hebrew, Arabic:
    /// U+0250–U+07FF), Chinese characters outside GB 2312's common set, each change of
    /// script inside a word (but from a capital ASCII letter to Chinese, as in `A市委`), and each
    /// word of accented Latin letters only. A word of four letters or more of one of those
    /// alphabets is a name written in it (Айгүл, ئابدۇللا: Kazakh and Uyghur names), which a GBK
    /// text misread, a letter of some alphabet for each of its characters, hardly ever makes.
    static func oddities(_ text: String) -> Int {
        var odd = unwritten(text)
        var previous: (script: Script, scalar: Unicode.Scalar)?
        var wordHasPlainLetter = false
        var wordAccented = 0
        // The word's letters of U+0250–U+07FF, and whether all are of one script.
        var wordForeign = 0
        var wordScripts: Set<Script> = []
        var wordLetters = 0
        func endWord() {
            if !wordHasPlainLetter { odd += wordAccented }
            let written =
                wordForeign == wordLetters && wordLetters >= 4 && wordScripts.count == 1
                && [.greek, .cyrillic, .armenian, .hebrew, .arabic].contains(wordScripts.first)
            if !written { odd += wordForeign }
            wordHasPlainLetter = false
            wordAccented = 0
            (wordForeign, wordLetters, wordScripts) = (0, 0, [])
            previous = nil
        }
        for scalar in text.unicodeScalars {
            let script = Script(scalar)
            switch scalar.value {
            case 0xA0, 0xB0, 0xB1, 0xB7: break
            case 0x250...0x7FF where script != .none:
                wordForeign += 1
                wordScripts.insert(script)
            // Hangul too: a Chinese office writes even its Korean members' names in Chinese
            // characters, and GBK misread as UTF-8 is often Hangul (臧红芳 misread is 갺췼; its
            // Jamo are `isSeldomWritten`'s).
            case 0x80...0xBF, 0x250...0x7FF, 0xE000...0xF8FF, 0x3130...0x318F, 0xAC00...0xD7AF:
                odd += 1
            // Vietnamese and polytonic Greek letters, which a Chinese office's sheet hardly holds.
            case 0x1E00...0x1FFF: odd += 1
            default: if isSeldomWritten(scalar) { odd += 1 }
            }
            guard script != .none else {
                endWord()
                continue
            }
            wordLetters += 1
            if scalar.isASCII { wordHasPlainLetter = true } else if script == .latin { wordAccented += 1 }
            if let previous, previous.script != script {
                let capitalBeforeChinese =
                    previous.scalar.properties.isUppercase && previous.scalar.isASCII && script == .han
                if !capitalBeforeChinese { odd += 1 }
            }
            previous = (script, scalar)
        }
        endWord()
        return odd + chineseCharacters(text).rare
    }

    /// How many characters of `text` no text holds, in any encoding: code points no character has
    /// (GBK's 岑峰华, valid UTF-8 too, reads as U+1BF7 廪; helper-197: 29 of 1,500 GBK names stored
    /// so), planes 4 to 16 (unassigned, tags and selectors, private use: GBK's 窦海, F1 BC BA A3, as
    /// U+7CEA3: helper-150), Arabic's presentation forms (甯凤芳 reads as 帷﷼), half marks and
    /// vertical forms (甯凤福 as 帷︣), the specials, and the cells of two Latin-1 signs or more alone
    /// (`·÷`, `±±`: GBK's 路梅 and 梅梅, valid UTF-8 too, read so; helper-224, stored as `·÷` under an
    /// English header). A file marked UTF-8 holding any is GBK marked without converting it, where
    /// that reads as Chinese (helper-254: 岑峰华 behind a mark was stored as `᯷廪`); a script a text
    /// may be written in is a marked file's own (`oddBehindAMark`).
    static func unwritten(_ text: String) -> Int {
        var odd = 0
        // (By scalars: a line's \r\n is one Character.)
        var (cell, signsAlone) = (0, true)
        for scalar in text.unicodeScalars {
            if [",", "\t", ";", "\n", "\r"].contains(scalar) {
                // (One sign alone, `°`, may be a UTF-8 sheet's own: helper-225, read as GBK's 掳.)
                if signsAlone && cell > 1 { odd += cell }
                (cell, signsAlone) = (0, true)
                continue
            }
            cell += 1
            signsAlone = signsAlone && ((0xA0...0xBF).contains(scalar.value) || [0xD7, 0xF7].contains(scalar.value))
            switch scalar.value {
            case 0..<0x800: break
            case 0xFB50...0xFDFF, 0xFE10...0xFE2F, 0xFE70...0xFEFF, 0xFFF0...0xFFFF, 0x40000...: odd += 1
            default: if scalar.properties.generalCategory == .unassigned { odd += 1 }
            }
        }
        if signsAlone && cell > 1 { odd += cell }
        return odd
    }

    /// How many characters of a UTF-8 reading behind a UTF-8 mark no such text would hold: those
    /// no text holds (`unwritten`), and those of the scripts a Chinese office's sheet seldom holds
    /// (`isSeldomWritten`: Batak, Vedic signs; GBK's 甯丰长, valid UTF-8 too, reads as 帷 and U+1CE4)
    /// but the scripts China's offices write: Tibetan, Myanmar's, Mongolian and Manchu, the Tai
    /// scripts, Yi, Lisu, Hangul's Jamo, bopomofo (helper-255: Tibetan ཚེ་རིང was read as GBK).
    static func oddBehindAMark(_ text: String) -> Int {
        let writtenInChina: [ClosedRange<UInt32>] = [
            0x0F00...0x109F, 0x1100...0x11FF, 0x1800...0x18AF, 0x1950...0x19DF, 0x1A20...0x1AAF, 0x3100...0x312F,
            0x31A0...0x31BF, 0xA000...0xA4FF, 0xAA80...0xAADF,
        ]
        return unwritten(text)
            + text.unicodeScalars.count { scalar in
                isSeldomWritten(scalar) && !writtenInChina.contains { $0.contains(scalar.value) }
            }
    }

    /// Whether a character is of a script or a block a Chinese office's sheet seldom holds, though
    /// a text may: the alphabets and signs of U+0800–U+1DFF (Batak, Balinese, Vedic, Tibetan;
    /// Hangul's Jamo), Braille, bopomofo, Yi and the scripts after it. Odd in a reading of bytes
    /// whose encoding is weighed, not behind a UTF-8 mark.
    static func isSeldomWritten(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x800...0x1DFF, 0x2800...0x28FF, 0x3100...0x312F, 0x3190...0x31FF, 0xA000...0xABFF, 0xD7B0...0xD7FF: true
        default: false
        }
    }

    /// The Chinese characters of a text: how many are in GB 2312's common set (its two levels) and how
    /// many not, and how many in its first level, the 3,755 commonest (codes whose first byte is B0 to
    /// D7): names and a ledger's words are mostly of them, a text misread in another encoding mostly not.
    struct ChineseCount {
        var common = 0, rare = 0, firstLevel = 0
        /// The share of the characters in the first level, 0 to 1 (0 for none).
        var firstLevelShare: Double { common + rare == 0 ? 0 : Double(firstLevel) / Double(common + rare) }
    }

    /// How many of the Chinese characters of `text` are in GB 2312's common set, how many not, and
    /// how many in its first level.
    static func chineseCharacters(_ text: String) -> ChineseCount {
        var scalars = String.UnicodeScalarView()
        let ranges: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0x20000...0x3FFFF]
        scalars.append(
            contentsOf: text.unicodeScalars.filter { scalar in ranges.contains { $0.contains(scalar.value) } })
        guard !scalars.isEmpty else { return ChineseCount() }
        // GB 2312's Chinese characters are GB18030's two-byte codes with both bytes from A1 up and
        // the first from B0 to F7: the encoding itself tells which characters are common.
        guard let encoded = try? convert(Array(String(scalars).utf8), from: "UTF-8", to: "GB18030") else {
            return ChineseCount(rare: scalars.count)
        }
        var count = ChineseCount()
        var i = 0
        while i < encoded.count {
            if i + 1 < encoded.count, (0x30...0x39).contains(encoded[i + 1]) {
                count.rare += 1  // a four-byte code: far outside the common set
                i += 4
            } else {
                if (0xB0...0xF7).contains(encoded[i]) && i + 1 < encoded.count && encoded[i + 1] >= 0xA1 {
                    count.common += 1
                    if encoded[i] <= 0xD7 { count.firstLevel += 1 }
                } else {
                    count.rare += 1
                }
                i += 2
            }
        }
        return count
    }

    /// The marks a Chinese text holds besides its characters: CJK punctuation (、。《》), the
    /// full-width forms (，：（）), quotes, dashes, the ellipsis, the middle dot.
    private static let chinesePunctuation: [ClosedRange<UInt32>] = [
        0x3000...0x303F, 0xFF00...0xFFEF, 0x2010...0x2027, 0xB7...0xB7, 0x3000...0x3000,
    ]

    /// The script of a letter, coarsely: enough to see a word change alphabet.
    private enum Script {
        case none, latin, greek, cyrillic, armenian, hebrew, arabic, han, other

        init(_ scalar: Unicode.Scalar) {
            guard scalar.properties.isAlphabetic else {
                self = .none
                return
            }
            self =
                switch scalar.value {
                case 0...0x24F, 0x1E00...0x1EFF: .latin
                case 0x370...0x3FF: .greek
                case 0x400...0x52F: .cyrillic
                case 0x530...0x58F: .armenian
                case 0x590...0x5FF: .hebrew
                case 0x600...0x7FF: .arabic
                // (The radicals `Sheet.isChinese` counts are no letters: never here.)
                default: Sheet.isChinese(scalar) ? .han : .other
                }
        }
    }

    /// The first line (from 1) on which two readings of the same bytes differ.
    private static func firstDifferingLine(_ a: String, _ b: String) -> Int {
        // A CRLF is one Character: lines are split at any line break.
        for (number, (lineA, lineB)) in zip(
            a.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline),
            b.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        ).enumerated() where lineA != lineB {
            return number + 1
        }
        return 1
    }

    /// Why bytes could not be read or written.
    public enum EncodingFailure: Error, Equatable {
        /// Not valid text in the encoding (nil: in neither UTF-8 nor GB18030, the encoding not
        /// given) from a byte (from 1) on its line.
        case invalid(encoding: TextEncoding?, offset: Int, line: Int)
        /// Lines of two encodings: the first of UTF-8 and the first of GB18030.
        case mixed(utf8Line: Int, gb18030Line: Int)
        /// Valid UTF-8 and valid GB18030, and neither reading clearly the one meant; the first line
        /// that reads differently (its text is not quoted: it may be confidential).
        case ambiguous(line: Int)
        /// A character the encoding lacks, at a byte (from 1) and on a line of the whole text.
        case unrepresentable(offset: Int, line: Int, character: Unicode.Scalar)
        /// A file beginning with UTF-16's byte-order mark that is not UTF-16 from a byte (from 1) on.
        case invalidUTF16(offset: Int, line: Int)
        /// A file a twentieth or more of whose first bytes are NUL: UTF-16 without its byte-order mark.
        case utf16WithoutMark
        /// A file in UTF-32, with its byte-order mark or without.
        case utf32
        /// A file of NUL bytes (and Ctrl-Z) only: never written, or zeroed.
        case onlyNUL
        /// A file whose end is NUL bytes from the middle of `line`: zeros written over its end.
        case zeroedEnd(line: Int)
        /// GB18030 as a whole, but each Chinese character of it inside a Latin word (Müller as
        /// M黮ler): a Western Excel's CSV (Windows-1252), on its first such line.
        case western(line: Int)
        /// Neither UTF-8 nor GB18030, from a letter of Windows-1252 inside a Latin word (José):
        /// a Western Excel's CSV, on its first such line.
        case westernLetters(line: Int)
        /// Big5, the Traditional Chinese of an Excel in Taiwan or Hong Kong, misread as GB18030.
        case big5
        case unavailable

        public var message: Message {
            switch self {
            case .invalid(let encoding, let offset, let line):
                // (The encoding given with --encoding, or neither of the two the file may be in.)
                Message(
                    zh: "第 \(offset) 字节（第 \(line) 行）起不是有效的 \(encoding?.name ?? "UTF-8 或 GB18030") 文本",
                    en: "not valid \(encoding?.name ?? "UTF-8 or GB18030") text from byte \(offset) (line \(line))"
                )
            case .mixed(let utf8Line, let gb18030Line):
                Message(
                    zh: "文件混用了两种编码：第 \(utf8Line) 行是 UTF-8，第 \(gb18030Line) 行是 GB18030（两个文件接在一起，或从别的编辑器粘贴的行）；"
                        + "请把整个文件另存为同一种编码（如“CSV UTF-8”）后重新导入",
                    en:
                        "the file mixes two encodings: line \(utf8Line) is UTF-8, line \(gb18030Line) GB18030 (two files "
                        + "joined, or rows pasted from another editor); save the whole file in one (CSV UTF-8) and import that"
                )
            case .ambiguous(let line):
                Message(
                    zh:
                        "无法判断文件的编码：按 UTF-8 和按 GB18030 都能读出文字，但内容不同（第 \(line) 行起）。请用 --encoding 指明：Excel、WPS 另存为“CSV（逗号分隔）”的文件用 --encoding gb18030，另存为“CSV UTF-8”的用 --encoding utf-8",
                    en:
                        "cannot tell the file's encoding: it reads as UTF-8 and as GB18030, with different text (from line \(line)). Name it with --encoding: gb18030 for a file saved from Excel or WPS as \"CSV (comma delimited)\", utf-8 for \"CSV UTF-8\""
                )
            case .unrepresentable(let offset, let line, let character):
                Message(
                    zh:
                        "第 \(line) 行的字符 \(TextLimits.name(of: character))（第 \(offset) 字节）无法用 GB18030 表示；请改用 UTF-8（不加 --encoding gb18030）",
                    en:
                        "the character \(TextLimits.name(of: character)) on line \(line) (byte \(offset)) has no GB18030 form; write UTF-8 instead (leave out --encoding gb18030)"
                )
            case .invalidUTF16(let offset, let line):
                Message(
                    zh: "文件以 UTF-16 的字节顺序标记开头，但第 \(line) 行（第 \(offset) 字节）起不是有效的 UTF-16 文本",
                    en:
                        "the file begins with UTF-16's byte-order mark but is not valid UTF-16 text from line \(line) (byte \(offset))"
                )
            case .utf16WithoutMark:
                Message(
                    zh: "文件像是没有字节顺序标记的 UTF-16（每隔一个字节为 0）；请在 Excel/WPS 中另存为“CSV UTF-8”或“Unicode 文本”",
                    en:
                        "the file looks like UTF-16 without its byte-order mark (every other byte 0); save it from Excel or WPS as \"CSV UTF-8\" or \"Unicode text\""
                )
            case .utf32:
                Message(
                    zh: "文件是 UTF-32 编码；请另存为“CSV UTF-8”或 .xlsx 后再导入",
                    en: "the file is UTF-32; save it as \"CSV UTF-8\" or .xlsx and import that")
            case .onlyNUL:
                Message(
                    zh: "文件中没有文字：除开头可能有的字节顺序标记外，只有 NUL 字节（值为 0 的字节）；不是表格，像是没有写完或已被清零的文件；请重新导出或另存表格后再导入",
                    en:
                        "the file holds no text: past any byte-order mark, only NUL bytes (bytes of value 0); it is not a sheet, but a file never finished or zeroed; export or save the sheet again and import that"
                )
            case .zeroedEnd(let line):
                Message(
                    zh: "文件从第 \(line) 行中间起到结尾都是 NUL 字节（值为 0 的字节）：文件结尾被 0 覆盖（复制中断、磁盘损坏），该行之后的内容已丢失；请重新导出或另存表格后再导入",
                    en:
                        "the file is NUL bytes (bytes of value 0) from the middle of line \(line) to its end: zeros written "
                        + "over its end (a copy cut short, a damaged disk), and what followed is lost; export or save the "
                        + "sheet again and import that")
            case .western(let line):
                Message(
                    zh: "文件不是 UTF-8，按 GB18030 读，汉字却都夹在拉丁字母中（第 \(line) 行起，如 Müller 读成 M黮ler），"
                        + "像是西文 Excel 保存的 CSV（Windows-1252）；请另存为“CSV UTF-8”后重新导入",
                    en:
                        "the file is not UTF-8, and read as GB18030 its Chinese characters all stand inside Latin words "
                        + "(from line \(line): Müller read as M黮ler), as a CSV saved by a Western Excel (Windows-1252) "
                        + "reads; save it as CSV UTF-8 and import that")
            case .westernLetters(let line):
                Message(
                    zh: "文件既不是 UTF-8 也不是 GB18030：第 \(line) 行起有夹在拉丁字母中的西文字母（如 José、Müller），"
                        + "像是西文 Excel 保存的 CSV（Windows-1252）；请另存为“CSV UTF-8”后重新导入",
                    en:
                        "the file is neither UTF-8 nor GB18030: from line \(line) a letter outside ASCII stands inside a "
                        + "Latin word (José, Müller), as a CSV saved by a Western Excel (Windows-1252) writes it; save it "
                        + "as CSV UTF-8 and import that")
            case .big5:
                Message(
                    zh: "文件像是繁体中文的 Big5 编码（台湾、香港版 Excel 保存的 CSV）：按 GB18030 读出的是日文假名、希腊字母或生僻字；"
                        + "请另存为“CSV UTF-8”或 .xlsx 后重新导入（确是 GB18030 的，请加 --encoding gb18030）",
                    en:
                        "the file looks like Big5, Traditional Chinese as an Excel in Taiwan or Hong Kong saves a CSV: read as "
                        + "GB18030 its characters are kana, Greek letters or rare ones; save it as CSV UTF-8 or .xlsx and import "
                        + "that (if it is GB18030, give --encoding gb18030)")
            case .unavailable:
                Message(zh: "本机的 iconv 不支持 GB18030", en: "this system's iconv has no GB18030")
            }
        }
    }

    /// Whether bytes that read as GB18030 are Big5, the Traditional Chinese of an Excel in Taiwan
    /// or Hong Kong (謝強 read as 谅眏, 葉平 as 腑キ: stored so, exit 0). Big5 puts its 5,401
    /// commonest characters at A440–C67E, half of them with a second byte GBK gives its rare
    /// characters (below A1), a third on rows GB 2312 keeps for kana, Greek, Cyrillic, pinyin and
    /// box drawing (A4–AF); a Simplified text holds hardly any of either. So Big5 where its reading
    /// is valid, four in five of the characters are its commonest, and read as GBK a symbol of those
    /// rows stands beside a Chinese character (a name's kana or pinyin, `サトウ`, `Wáng`, are among
    /// their own), or a code of GBK's user-defined area (Big5's ，and 。 among them), or three in ten of the Chinese characters (all of two) are outside GB 2312's
    /// (B0A1–F7FE); and a header in Chinese that GBK reads and Big5 does not settles it as GBK.
    /// Punctuation (rows A1–A3 of both) is left out. A short Big5 file of characters GB 2312 has
    /// too (陳偉華 as 朝岸地), or of one name of three (劉德華 as 糂紈地: GBK's 李珺玥 reads as
    /// alike, helper-261), cannot be told from GBK. `--encoding gb18030` reads a file as that.
    static func isBig5(_ body: ArraySlice<UInt8>, _ gb18030: String) -> Bool {
        enum Unit {
            case other, symbol, unused(character: Bool), chinese(common: Bool, inGB2312: Bool)
            /// A character of Chinese or of GBK's user-defined area (王力宏's 力 A44F).
            var isChinese: Bool {
                switch self {
                case .chinese, .unused(character: true): true
                default: false
                }
            }
        }
        var units: [Unit] = []
        var i = body.startIndex
        while i < body.endIndex {
            let lead = body[i]
            guard lead >= 0x81 else {
                units.append(.other)
                i += 1
                continue
            }
            // A last byte alone, or GB18030's four-byte form: no Big5.
            guard i + 1 < body.endIndex, !(0x30...0x39).contains(body[i + 1]) else { return false }
            let trail = body[i + 1]
            i += 2
            let common = (0xA4...0xC5).contains(lead) || lead == 0xC6 && trail <= 0x7E
            switch lead {
            // GBK's user-defined area, no text's: Big5's punctuation (，。 A141, A143) and characters.
            case 0xA1...0xA7 where trail < 0xA1: units.append(.unused(character: lead >= 0xA4))
            case 0xA1...0xA3: units.append(.other)
            case 0xA4...0xAF where trail >= 0xA1: units.append(.symbol)
            default: units.append(.chinese(common: common, inGB2312: (0xB0...0xF7).contains(lead) && trail >= 0xA1))
            }
        }
        var (characters, common, outsideGB2312, symbolsInWords, unused) = (0, 0, 0, 0, 0)
        for (index, unit) in units.enumerated() {
            switch unit {
            case .other: continue
            case .unused(let character):
                (unused, characters, common) = (
                    unused + 1, characters + (character ? 1 : 0), common + (character ? 1 : 0)
                )
            case .symbol:
                let besideChinese = [index - 1, index + 1].contains {
                    units.indices.contains($0) && units[$0].isChinese
                }
                guard besideChinese else { continue }
                (characters, common, symbolsInWords) = (characters + 1, common + 1, symbolsInWords + 1)
            case .chinese(let isCommon, let inGB2312):
                characters += 1
                if isCommon { common += 1 }
                if !inGB2312 { outsideGB2312 += 1 }
            }
        }
        let chinese = characters - symbolsInWords
        guard characters >= 2, common * 10 >= characters * 8,
            symbolsInWords + unused > 0
                || outsideGB2312 * 10 >= chinese * 3 && (chinese >= 4 || outsideGB2312 == chinese),
            let big5 = try? convert(Array(body), from: "BIG5", to: "UTF-8")
        else { return false }
        return !headed(gb18030) || headed(String(decoding: big5, as: UTF8.self))
    }

    /// The first line (from 1) of a text every Chinese character of which touches a lower-case
    /// Latin letter (M黮ler, 蒻ile, Ib狁ez), nil when one does not: a Western single-byte file (Windows-1252)
    /// read as GB18030, whose accented letters and the byte after each read as Chinese characters
    /// inside Latin words. Such a file holds no Chinese of its own to read otherwise, while a
    /// Chinese ledger's characters stand beside each other (编号, 孙丽), whatever Latin it holds
    /// (A区, ATM機, 5G基站: helper-134, helper-135).
    static func latinAroundChinese(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        // A lower-case letter: a Chinese text writes its Latin beside its characters in capitals
        // (ATM机, U盘, A区B组: helper-136) or as a word of its own (iPad版本), a misread word in
        // the middle of its lower-case letters (M黮ler, 蒻ile).
        func isLatin(_ i: Int) -> Bool {
            scalars.indices.contains(i) && ("a"..."z").contains(scalars[i])
        }
        var (line, first): (Int, Int?) = (1, nil)
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" { line += 1 }
            guard Script(scalar) == .han else { continue }
            // (Or whose second byte was a lower-case letter: Léa as L閍, the é and the a one character.)
            guard isLatin(i - 1) || isLatin(i + 1) || secondByteIsLowerCase(scalar) else { return nil }
            first = first ?? line
        }
        return first
    }

    /// Whether a character's GB18030 code is two bytes, the second an ASCII lower-case letter: what
    /// an accented letter and the letter after it make (é and a: 閍).
    private static func secondByteIsLowerCase(_ scalar: Unicode.Scalar) -> Bool {
        guard let bytes = try? convert(Array(String(scalar).utf8), from: "UTF-8", to: "GB18030") else { return false }
        return bytes.count == 2 && (0x61...0x7A).contains(bytes[1])
    }

    /// A letter of Windows-1252's upper half (À…ÿ, but × and ÷): é, ü, ñ as a Western Excel saves them.
    private static func isWesternLetter(_ byte: UInt8) -> Bool { byte >= 0xC0 && byte != 0xD7 && byte != 0xF7 }

    private static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Where UTF-8 decoding first fails, counted in bytes from 1.
    private static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar)
            case .emptyInput, .error: return consumed + 1
            }
        }
    }

    private static func convert(_ input: [UInt8], from: String, to: String) throws(EncodingFailure) -> [UInt8] {
        let converter = iconv_open(to, from)
        guard let converter, converter != iconv_t(bitPattern: -1) else { throw .unavailable }
        defer { iconv_close(converter) }
        if input.isEmpty { return [] }
        var source = input.map { CChar(bitPattern: $0) }
        // GB18030 takes at most 4 bytes a character, UTF-8 at most 4 for every 2 of GB18030.
        var output = [CChar](repeating: 0, count: input.count * 2 + 16)
        let result: (status: Int, left: Int, written: Int) = source.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                var inPointer: UnsafeMutablePointer<CChar>? = source.baseAddress
                var inLeft = source.count
                var outPointer: UnsafeMutablePointer<CChar>? = target.baseAddress
                var outLeft = target.count
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return (status, inLeft, target.count - outLeft)
            }
        }
        guard result.status != -1 else {
            let offset = input.count - result.left + 1
            // `encode` names the line and the character.
            throw from == "UTF-8"
                ? .unrepresentable(offset: offset, line: 0, character: "\u{FFFD}")
                : .invalid(encoding: .gb18030, offset: offset, line: 0)
        }
        return output[..<result.written].map { UInt8(bitPattern: $0) }
    }
}
