import TalkModel
import Testing

/// UTF-8's byte-order mark.
private let utf8Mark: [UInt8] = [0xEF, 0xBB, 0xBF]

/// A sheet is never stored garbled: GBK bytes that happen to be valid UTF-8 are read as GBK (or
/// refused), and UTF-8 is always read as UTF-8.
@Suite struct EncodingDetectionTests {
    static let surnames = Array(
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
    static let givens = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文辉力鹏宇浩凯健俊帆帅旭宁春海波斌宏志林峰玲燕")
    static let places = [
        "江东省委", "江州市委", "桐林县委", "海西州委", "安平市委", "北岭市委", "临川市委", "清溪县委", "国资委党委", "省委组织部",
        "纪委监委", "办公厅", "审计厅党组", "教育厅党组", "东湖区委", "南山镇党委",
    ]

    /// Every two- and three-character name of common surnames and given-name characters, and
    /// every place, written as GBK: whenever the bytes are also valid UTF-8, the reading is GBK's
    /// or the file is refused as ambiguous.
    @Test func gbkThatIsValidUTF8IsNeverReadAsUTF8() throws {
        var validBothWays = 0
        var refused = 0
        var names = Self.places
        for surname in Self.surnames {
            for given in Self.givens {
                names.append(String([surname, given]))
                names.append(
                    String([surname, given, Self.givens[(Self.givens.firstIndex(of: given)! + 7) % Self.givens.count]]))
            }
        }
        for (i, name) in names.enumerated() {
            let sheet = "id,name\r\np-\(i),\(name)\r\n"
            let bytes = try TextEncoding.gb18030.encode(sheet)
            guard String(validating: bytes, as: UTF8.self) != nil else { continue }
            validBothWays += 1
            do {
                let (text, encoding) = try TextEncoding.decode(bytes)
                #expect(encoding == .gb18030 && text == sheet, "\(name) read as \(text)")
            } catch .ambiguous {
                refused += 1
            }
        }
        // The instances exist (谢强 and 叶平 among them), and nearly all are told apart.
        #expect(validBothWays > 20, "\(validBothWays)")
        #expect(refused * 10 <= validBothWays, "\(refused) of \(validBothWays) refused")
    }

    /// UTF-8 without a mark holding a single line of a name in another alphabet (a Kazakh name in
    /// Cyrillic, a Uyghur one in Arabic script): read as written, never as the Chinese characters
    /// its bytes make in GB18030 (Айгүл misread is 袗泄谐爷谢).
    @Test(arguments: ["Айгүл", "Иван", "ئابدۇللا ئەخمەت", "مۇھەممەت", "Қазақ комитеті", "Жалоба"])
    func aNameInAnotherAlphabetIsReadAsUTF8(_ name: String) throws {
        let sheet = "id,name\np-kk,\(name)\n"
        #expect(try TextEncoding.decode(Array(sheet.utf8)) == (sheet, .utf8))
    }

    /// What programs leave around a GBK sheet (helper-100): NULs padding it to a block were taken
    /// for UTF-16 without its mark, DOS's end of file (Ctrl-Z) read as a record, and a UTF-8 mark
    /// before GBK text refused even with `--encoding gb18030`. A UTF-8 file with one bad byte
    /// after its mark stays refused as bad UTF-8.
    @Test func whatProgramsLeaveAroundTheTextIsNotText() throws {
        let sheet = "编号,姓名\r\np-a,谢强\r\n"
        let gbk = try TextEncoding.gb18030.encode(sheet)
        #expect(try TextEncoding.decode(gbk + Array(repeating: 0, count: 40)) == (sheet, .gb18030))
        #expect(try TextEncoding.decode(gbk + [0x1A]) == (sheet, .gb18030))
        // Zeros from the middle of a line to the end are no padding: the file's end was written
        // over (helper-194: the row cut short was imported and those after it lost).
        let zeroed = Array(gbk.prefix(gbk.count - 5)) + Array(repeating: 0, count: 40)
        #expect(throws: TextEncoding.EncodingFailure.zeroedEnd(line: 2)) { try TextEncoding.decode(zeroed) }
        #expect(throws: TextEncoding.EncodingFailure.zeroedEnd(line: 2)) {
            try TextEncoding.decode(Array("编号,姓名\np-a,谢".utf8) + [0, 0, 0, 0], as: .utf8)
        }
        #expect(try TextEncoding.decode([0xEF, 0xBB, 0xBF] + gbk) == (sheet, .gb18030))
        #expect(try TextEncoding.decode([0xEF, 0xBB, 0xBF] + gbk, as: .gb18030) == (sheet, .gb18030))
        // Text that is not GB18030, read as GB18030 because asked: told at its line (helper-193: "line 0").
        #expect(throws: TextEncoding.EncodingFailure.invalid(encoding: .gb18030, offset: 13, line: 2)) {
            try TextEncoding.decode(Array("id,name\np-a,".utf8) + [0x80, 0x0A], as: .gb18030)
        }
        // Told as not GB18030, the encoding asked for (helper-193: "not valid UTF-8 or GB18030");
        // as neither when none was asked for.
        #expect(
            TextEncoding.EncodingFailure.invalid(encoding: .gb18030, offset: 13, line: 2).message.en
                == "not valid GB18030 text from byte 13 (line 2)")
        #expect(throws: TextEncoding.EncodingFailure.invalid(encoding: nil, offset: 13, line: 2)) {
            try TextEncoding.decode(Array("id,name\np-a,".utf8) + [0xFF, 0xFE, 0x0A])
        }
        #expect(
            TextEncoding.EncodingFailure.invalid(encoding: nil, offset: 13, line: 2).message.en
                == "not valid UTF-8 or GB18030 text from byte 13 (line 2)")
        // GBK that is also valid UTF-8, marked (helper-112: stored as лǿ, Ҷƽ); a marked UTF-8
        // sheet whose GB18030 reading is Chinese too (赵彧, Zoë) stays UTF-8.
        let names = "id,name\r\np-xieq,谢强\r\np-yep,叶平\r\n"
        #expect(try TextEncoding.decode([0xEF, 0xBB, 0xBF] + TextEncoding.gb18030.encode(names)) == (names, .gb18030))
        for utf8 in ["id,name\r\np-a,赵彧\r\n", "id,name\r\np-a,Zoë\r\n", "id,name\r\np-a,阿卜杜拉·艾买提\r\n"] {
            #expect(try TextEncoding.decode([0xEF, 0xBB, 0xBF] + Array(utf8.utf8)) == (utf8, .utf8))
        }
        // The same padding after UTF-16 ("Unicode text"): it was read as a row of NULs.
        let utf16 = "编号\t姓名\r\np-a\t谢强\r\n"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try TextEncoding.decode(littleEndian + Array(repeating: 0, count: 40)).0 == utf16)
        #expect(try TextEncoding.decode(littleEndian + [0x1A, 0x00]).0 == utf16)
        let damaged =
            [0xEF, 0xBB, 0xBF] + Array("编号,姓名\r\np-a,谢强\r\np-b,叶平\r\np-c,".utf8) + [0xC0] + Array("王伟\r\n".utf8)
        #expect(throws: TextEncoding.EncodingFailure.self) { try TextEncoding.decode(damaged) }
    }

    /// Lines of two encodings (two files joined with `copy /b`, rows pasted from another editor)
    /// are refused, naming a line of each (helper-100: the UTF-8 lines stored as 寮犱紵, 鏉庡).
    @Test func linesOfTwoEncodingsAreRefused() throws {
        let gbk = { (text: String) in try TextEncoding.gb18030.encode(text) }
        for (bytes, lines) in [
            (try Array("id,name\r\np-a1,张伟\r\np-a2,李娜\r\n".utf8) + gbk("p-a3,王芳\r\n"), (2, 4)),
            (try gbk("id,name\r\np-b1,张伟\r\np-b2,李娜\r\n") + Array("p-b3,王芳\r\n".utf8), (4, 2)),
            (try gbk("编号,姓名\r\np-c1,谢强\r\n") + Array("p-c2,叶平\r\np-c3,张伟\r\n".utf8), (4, 1)),
            // UTF-8 rows after GBK ones, each Chinese in GB18030 too but of far rarer characters (赵六
            // as 璧靛叚: helper-263, stored so), as a whole file is weighed.
            (try gbk("编号,姓名\r\np-a,钱七\r\n") + Array("p-x,赵六\r\np-y,顾鹏\r\n".utf8), (3, 1)),
            // UTF-8 rows of Latin words after GBK ones (helper-265: José García stored as Jos茅 Garc铆a).
            (try gbk("编号,姓名\r\np-a,张伟\r\n") + Array("p-x,José García\r\np-y,Conan O’Brien\r\n".utf8), (3, 1)),
            // GBK rows every byte of which is valid UTF-8 too, after UTF-8 ones (helper-125: 谢强 and
            // 叶平 stored as лǿ and Ҷƽ), with or without rare characters in the UTF-8 rows.
            (try Array("编号,姓名\np-m1,赵彧\np-m2,钱多多\n".utf8) + gbk("p-xieq,谢强\np-yep,叶平\n"), (1, 4)),
            (try Array("编号,姓名\np-m1,张伟\n".utf8) + gbk("p-xieq,谢强\n"), (1, 3)),
            // Read in UTF-8 as one alphabet, but letters no name of today has (helper-129: ҶС, κΰ).
            (try Array("编号,姓名\np-m1,张伟\n".utf8) + gbk("p-y,叶小\n"), (1, 3)),
            (try Array("编号,姓名\np-m1,张伟\n".utf8) + gbk("p-w,魏伟\n"), (1, 3)),
        ] {
            #expect(throws: TextEncoding.EncodingFailure.mixed(utf8Line: lines.0, gb18030Line: lines.1)) {
                try TextEncoding.decode(bytes)
            }
        }
        // Short names of one alphabet among Chinese ones are names, not GBK misread (helper-127: Ян,
        // Лев and Юй refused as a file of two encodings).
        for name in ["Ян", "Лев", "Юй", "Ия"] {
            #expect(try TextEncoding.decode(Array("编号,姓名\np-a,张伟\np-b,\(name)\n".utf8)).0.contains(name))
        }
        // A GBK file some of whose lines are valid UTF-8 too, reading as nothing (谢强 as лǿ), is one file.
        #expect(try TextEncoding.decode(gbk("编号,姓名\r\np-a,谢强\r\np-b,王芳\r\n")).1 == .gb18030)
    }

    /// A file refused as ambiguous names the first line read differently, with Windows' line breaks.
    @Test func anAmbiguousFileNamesItsFirstDifferingLine() {
        #expect(throws: TextEncoding.EncodingFailure.ambiguous(line: 2)) {
            _ = try TextEncoding.decode(Array("id,name\r\np-u0,喆䶮\r\n".utf8))
        }
    }

    /// GBK names that are valid UTF-8 as Hangul (臧红芳 reads as 갺췼, 於宏海 as 춺꺣): read as GBK.
    @Test(arguments: ["臧红芳", "於红芳", "於宏海", "臧红海", "於红静"])
    func gbkThatReadsAsHangulIsGBK(_ name: String) throws {
        let sheet = "id,name\r\np-a,\(name)\r\n"
        let bytes = try TextEncoding.gb18030.encode(sheet)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(try TextEncoding.decode(bytes) == (sheet, .gb18030))
        // Behind a UTF-8 mark too, a program's that did not convert it (helper-254: stored misread).
        #expect(try TextEncoding.decode(utf8Mark + bytes) == (sheet, .gb18030))
    }

    /// GBK names that are valid UTF-8 as characters of planes no character is in (窦海, F1 BC BA A3,
    /// as U+7CEA3: helper-150, stored so): read as GBK, in any column.
    @Test(arguments: [
        "id,name\np-dou,窦海\np-dou2,窦华\n", "id,name\np-a,窦静\n", "id,name,kind,level\no-a,窦超,other,other\n",
    ])
    func gbkThatReadsAsUnassignedPlanesIsGBK(_ sheet: String) throws {
        let bytes = try TextEncoding.gb18030.encode(sheet)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(try TextEncoding.decode(bytes) == (sheet, .gb18030))
        // Behind a UTF-8 mark too, a program's that did not convert it (helper-254: stored misread).
        #expect(try TextEncoding.decode(utf8Mark + bytes) == (sheet, .gb18030))
    }

    /// GBK names that are valid UTF-8 as Latin-1 signs alone (路梅 reads as `·÷`, 梅梅 as `÷÷`, 路掳 as
    /// `·°`): no cell an office writes; read as GBK (helper-224, stored so under an English header).
    @Test(arguments: [
        "id,name\r\np-lum,路梅\r\np-mm,梅梅\r\np-js,John Smith\r\n", "id,name\r\np-lum,路梅\r\n", "id,name\r\np-a,路掳\r\n",
        "id,name\r\np-b,卤路\r\n",
    ])
    func gbkThatReadsAsSignsAloneIsGBK(_ sheet: String) throws {
        let bytes = try TextEncoding.gb18030.encode(sheet)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(try TextEncoding.decode(bytes) == (sheet, .gb18030))
        // Behind a UTF-8 mark too, a program's that did not convert it (helper-254: stored misread).
        #expect(try TextEncoding.decode(utf8Mark + bytes) == (sheet, .gb18030))
    }

    /// One sign alone in a cell (`°`, `±`, `·`) of a UTF-8 file is its own (helper-225: the first form
    /// of the rule above read `°` as GBK's 掳, and refused a Chinese sheet as two encodings).
    @Test(arguments: ["id,name\nx1,°\n", "编号,姓名\nx1,孙丽丽\nx2,°\n", "编号,姓名\nx1,孙丽丽\nx2,±\n"])
    func aSignAloneInAUTF8FileIsUTF8(_ sheet: String) throws {
        #expect(try TextEncoding.decode(Array(sheet.utf8)) == (sheet, .utf8))
    }

    /// After a UTF-8 mark, a rare character (𪚥, 𰻞: a name's 生僻字) or a sign (¥, §) is the text's
    /// own, not GBK a program marked without converting (helper-151: talks' own export of people
    /// named 𪚥 and 𰻞 read back as 皙殽 and 鸢粸; a problem's line ¥100万元 told as another encoding).
    @Test(arguments: [
        "id,name\r\np-1,𪚥\r\np-2,𰻞\r\n", "id,name\r\np-1,𡈽\r\n", "编号,指出的问题\r\nT1,\"问题一\n¥100万元\n§3\"\r\n",
        "id,note\r\nTR1,é\r\n",
    ])
    func aMarkedFileOfRareCharactersOrSignsIsUTF8(_ sheet: String) throws {
        #expect(try TextEncoding.decode([0xEF, 0xBB, 0xBF] + Array(sheet.utf8)) == (sheet, .utf8))
    }

    /// GBK names whose UTF-8 reading is common Chinese too (甯风华 reads as 帷绪, and was stored
    /// so), and UTF-8 ones whose GB18030 reading is (叶平 reads as 鍙跺钩): refused, asking for
    /// `--encoding`, never read in the other encoding. (A header in Chinese settles it.)
    @Test(arguments: ["甯风华", "骞崇健", "琚锋江"]) func textPlausibleInBothEncodingsIsRefused(_ name: String) throws {
        let bytes = try TextEncoding.gb18030.encode("id,name\np-a,\(name)\n")
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect(throws: TextEncoding.EncodingFailure.ambiguous(line: 2)) { try TextEncoding.decode(bytes) }
        #expect(throws: TextEncoding.EncodingFailure.ambiguous(line: 2)) {
            try TextEncoding.decode(Array("id,name\np-a,叶平\n".utf8))
        }
        #expect(try TextEncoding.decode(Array("编号,姓名\np-a,叶平\n".utf8)).1 == .utf8)
        #expect(try TextEncoding.decode(TextEncoding.gb18030.encode("编号,姓名\np-a,\(name)\n")).1 == .gb18030)
    }

    /// UTF-8 common names whose GB18030 reading is Chinese too, but of far rarer characters (任刚
    /// reads as 浠诲垰, mostly of GB 2312's second level): UTF-8 (helper-216: 115 of 1,500 common
    /// names refused as ambiguous under an ASCII header).
    @Test(arguments: ["任刚", "廖波", "尹辉", "龚平", "黎亮", "付轩", "贾萍", "黄彬", "姜波"])
    func utf8CommonNamesMisreadAsRarerOnesAreUTF8(_ name: String) throws {
        let sheet = "id,name\r\np-a,\(name)\r\np-b,许强\r\n"
        #expect(try TextEncoding.decode(Array(sheet.utf8)) == (sheet, .utf8))
        // Their GBK stays GBK.
        #expect(try TextEncoding.decode(TextEncoding.gb18030.encode(sheet)) == (sheet, .gb18030))
    }

    /// Under a header of known columns in Chinese, whatever the names, each encoding is read as
    /// itself: a header reads as column names in one reading only (helper-108: UTF-8 编号,姓名 over
    /// 赵一 was refused as ambiguous, its GB18030 reading 缂栧彿,濮撳悕 over 璧典竴 Chinese too). Also
    /// below a title row.
    @Test func aChineseHeaderTellsTheEncoding() throws {
        var names = Self.places
        for surname in Self.surnames {
            for given in Self.givens + Array("一二三玥堃喆彧") { names.append(String([surname, given])) }
        }
        for (i, name) in names.enumerated() {
            for sheet in ["编号,姓名\r\np-\(i),\(name)\r\n", "人员名册\n编号,姓名\np-\(i),\(name)\np-x,\(name)\n"] {
                #expect(try TextEncoding.decode(Array(sheet.utf8)) == (sheet, .utf8), "\(name)")
                #expect(try TextEncoding.decode(TextEncoding.gb18030.encode(sheet)) == (sheet, .gb18030), "\(name)")
            }
        }
    }

    /// GBK rows under a UTF-8 header (two files joined), valid UTF-8 both, are not read as UTF-8 for
    /// the header's sake (helper-109: 谢强 stored as лǿ).
    @Test func aHeaderDoesNotSettleRowsOfTheOtherEncoding() throws {
        let bytes = Array("编号,姓名\r\n".utf8) + (try TextEncoding.gb18030.encode("p-a,谢强\r\np-b,叶平\r\n"))
        #expect((try? TextEncoding.decode(bytes))?.1 != .utf8)
    }

    /// UTF-8 names with a character outside GB 2312 (张玥, 王堃), under a header in ASCII, were
    /// refused as ambiguous: their GB18030 reading is rare characters only (鐜嬪爟). Some are
    /// common ones (赵彧 misread is 璧靛涧, which was stored): refused, never read as GB18030. (A
    /// header in Chinese tells the encoding whatever the names.)
    @Test func utf8NamesOfARareCharacterAreUTF8OrRefused() throws {
        var (read, refused) = (0, 0)
        for surname in Self.surnames {
            for given in "玥堃喆昇镕燊頔淏祎彧翀" {
                let sheet = "id,name\r\np-a,\(surname)\(given)\r\n"
                do {
                    let decoded = try TextEncoding.decode(Array(sheet.utf8))
                    #expect(decoded == (sheet, .utf8), "\(surname)\(given) read as \(decoded.0)")
                    read += 1
                } catch .ambiguous { refused += 1 }
            }
        }
        // Two characters of UTF-8 are three of GB18030 that may all be common: those are refused
        // (said, with --encoding to name it), the rest read.
        #expect(read * 5 >= read + refused, "\(refused) refused, \(read) read")
    }

    /// GBK names whose UTF-8 reading is a Chinese character beside a letter of a script no office
    /// writes (Batak, Tibetan), a sign (﷼), a half mark or a code point no character has
    /// (helper-197: 岑峰华 stored as U+1BF7 廪, 甯凤芳 as 帷﷼): read as GBK, never so.
    @Test(arguments: ["岑峰华", "岑翠华", "岑峰俊", "甯凤芳", "甯凤福", "甯丰长"])
    func gbkReadingAsAnOddScriptIsGBK(_ name: String) throws {
        let sheet = "id,name\r\np-a,\(name)\r\n"
        let bytes = try TextEncoding.gb18030.encode(sheet)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        #expect((try? TextEncoding.decode(bytes))?.1 != .utf8)
        #expect(try TextEncoding.decode(bytes) == (sheet, .gb18030))
        // Behind a UTF-8 mark too, a program's that did not convert it (helper-254: stored misread).
        #expect(try TextEncoding.decode(utf8Mark + bytes) == (sheet, .gb18030))
    }

    @Test func theHandedCaseReadsAsGBK() throws {
        let sheet = "id,name\r\np-xieq,谢强\r\np-yep,叶平\r\n"
        let bytes = try TextEncoding.gb18030.encode(sheet)
        #expect(String(validating: bytes, as: UTF8.self) == "id,name\r\np-xieq,лǿ\r\np-yep,Ҷƽ\r\n")
        #expect(try TextEncoding.decode(bytes) == (sheet, .gb18030))
    }

    /// Big5, the Traditional Chinese of an Excel in Taiwan or Hong Kong, is refused, not read as
    /// GB18030 (謝強 and 葉平 stored as 谅眏 and 腑キ, exit 0), behind a UTF-8 mark too; GBK of rare
    /// characters (张玥, 李玥) or of a name's pinyin, Cyrillic or kana among its own letters
    /// (helper-258: refused as Big5) stays GBK, and `--encoding gb18030` reads a file as that.
    @Test(
        arguments: [
            [0xC1, 0xC2, 0xB1, 0x6A, 0x0A, 0x70, 0x2D, 0x32, 0x2C, 0xB8, 0xAD, 0xA5, 0xAD],  // 謝強 葉平
            [0xA9, 0x50, 0xA5, 0xBF],  // 周正
            [0xB1, 0x69, 0xA4, 0x54],  // 張三
            [0xA4, 0xFD, 0xB0, 0xB6],  // 王偉
            [0xA6, 0xF3, 0xC0, 0x52],  // 何靜
            [0xBF, 0xE0, 0xAB, 0x61, 0xA6, 0x74],  // 賴冠宇, 宇 in GBK's user-defined area (helper-258)
            [0xA4, 0xFD, 0xA4, 0x4F, 0xA7, 0xBB],  // 王力宏, symbols beside a user-defined code (helper-260)
        ] as [[UInt8]])
    func big5IsRefused(_ names: [UInt8]) throws {
        let big5Header: [UInt8] = [0xBD, 0x73, 0xB8, 0xB9, 0x2C, 0xA9, 0x6D, 0xA6, 0x57, 0x0A]  // 編號,姓名
        for header in [Array("id,name\n".utf8), big5Header] {
            let bytes = header + Array("p-1,".utf8) + names + [0x0A]
            #expect(throws: TextEncoding.EncodingFailure.big5) { try TextEncoding.decode(bytes) }
            #expect(throws: TextEncoding.EncodingFailure.big5) { try TextEncoding.decode(utf8Mark + bytes) }
            #expect(try TextEncoding.decode(bytes, as: .gb18030).1 == .gb18030)
        }
        for sheet in [
            "id,name\np-1,张玥\n", "id,name\np-1,李玥\n", "编号,姓名\np-1,张玥\np-2,孙丽\n", "id,name\np-1,李娜\np-2,Wáng Wěi\n",
            "编号,姓名\np-1,李娜\np-2,Иван Петров\np-3,陈晨\n", "id,name\np-1,李娜\np-2,サトウ\n", "id,name\np-1,李珺玥\n",
        ] {
            #expect(try TextEncoding.decode(try TextEncoding.gb18030.encode(sheet)) == (sheet, .gb18030))
        }
    }

    /// UTF-8 without a byte-order mark is read as UTF-8, even when it is valid GB18030 too, with
    /// rare characters, foreign names in Latin letters and the middle dot of minority names.
    @Test(arguments: [
        "谢强", "阿卜杜拉·艾买提", "José Martín", "䶮", "王　伟", "江东省国资委党委（党组性质党委）", "Müller", "“一把手”",
        // Radicals a PDF's text holds for the characters they look like (helper-198: read as GBK).
        "许⾷", "任⽫", "尹⼰", "秦⾭", "赵⻧",
    ])
    func utf8IsReadAsUTF8(_ name: String) throws {
        let sheet = "id,name\r\np-1,\(name)\r\np-2,\(name)\(name)\r\n"
        #expect(try TextEncoding.decode(Array(sheet.utf8)) == (sheet, .utf8))
    }

    /// Behind a UTF-8 mark, the scripts China's offices may write are the text's own: Tibetan,
    /// Mongolian, Yi, Tai Le, Tai Tham, Lisu (helper-255: Tibetan ཚེ་རིང was read as GBK).
    @Test(arguments: ["ཚེ་རིང", "བསོད་ནམས", "ᠮᠣᠩᠭᠣᠯ", "ꆈꌠ", "ᥖᥭᥰ", "ᨠᩣ", "ꓡꓲ", "ꪼꪕ", "ᡝᡳ"])
    func aScriptWrittenInChinaBehindAMarkIsUTF8(_ name: String) throws {
        for sheet in ["id,name\r\np-1,\(name)\r\n", "编号,姓名\r\np-1,\(name)\r\n"] {
            #expect(try TextEncoding.decode(utf8Mark + Array(sheet.utf8)) == (sheet, .utf8))
        }
    }

    /// Excel's and WPS's "Unicode text": UTF-16 with its byte-order mark, little-endian (or big),
    /// read whatever `--encoding` says, characters beyond the BMP as their surrogate pairs.
    @Test(arguments: [TextEncoding.utf8, .gb18030, nil])
    func utf16WithItsMarkIsRead(expected: TextEncoding?) throws {
        let sheet = "编号\t姓名\r\np-1\t阿卜杜拉·艾买提\r\np-2\t𠀀王\r\n"
        let little: [UInt8] = [0xFF, 0xFE] + sheet.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + sheet.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextEncoding.decode(little, as: expected) == (sheet, nil))
        #expect(try TextEncoding.decode(big, as: expected) == (sheet, nil))
        // Without its mark: told as such, not as text that is neither UTF-8 nor GB18030.
        #expect(throws: TextEncoding.EncodingFailure.utf16WithoutMark) {
            try TextEncoding.decode(Array(little.dropFirst(2)), as: expected)
        }
        // A Chinese sheet's: NUL only beside its commas and digits, a fifth of its bytes.
        let chinese = "编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期\nT1,江州市委,定期谈话,桐林县委,孙丽,李华,2026-03-05\n"
        #expect(throws: TextEncoding.EncodingFailure.utf16WithoutMark) {
            try TextEncoding.decode(chinese.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, as: expected)
        }
        // A byte added or lost on the way leaves UTF-16's NULs each alone still (helper-193).
        let strayed = Array(little.dropFirst(2).prefix(21)) + [0x41] + Array(little.dropFirst(23))
        #expect(throws: TextEncoding.EncodingFailure.utf16WithoutMark) {
            try TextEncoding.decode(strayed, as: expected)
        }
        let dropped = Array(little.dropFirst(2).prefix(21)) + Array(little.dropFirst(24))
        #expect(throws: TextEncoding.EncodingFailure.utf16WithoutMark) {
            try TextEncoding.decode(dropped, as: expected)
        }
        // Without a line break at its end, its last character's NUL is no zeroed end (helper-205).
        #expect(throws: TextEncoding.EncodingFailure.utf16WithoutMark) {
            try TextEncoding.decode(
                "id,name\np-1,Wang Wei".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, as: expected)
        }
        // Characters whose low byte is NUL (一 U+4E00, 开 U+5F00) beside ASCII set two NULs side by
        // side: still UTF-16 (helper-201: told as a Western Excel's CSV).
        for text in ["id,name\np-a,一王\n", "编号,谈话对象单位\nT1,开发区党工委\nT2,一中党委\n"] {
            for little in [true, false] {
                let bytes = text.utf16.flatMap {
                    little ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)]
                }
                #expect(throws: TextEncoding.EncodingFailure.utf16WithoutMark) {
                    try TextEncoding.decode(bytes, as: expected)
                }
            }
        }
        // A run of NULs in a UTF-8 or GB18030 sheet (a damaged line) is NULs side by side, as
        // UTF-16's never are: read in its encoding, the NULs then told at their cell.
        let damaged = "编号,被谈话人\n" + String(repeating: "\0", count: 40) + "\nT1,孙丽\n"
        if expected != .gb18030 {
            #expect(try TextEncoding.decode(Array(damaged.utf8), as: expected) == (damaged, .utf8))
        }
        let gbk = try TextEncoding.gb18030.encode(damaged)
        #expect(try TextEncoding.decode(gbk, as: expected == .utf8 ? .gb18030 : expected) == (damaged, .gb18030))
        // UTF-32, marked or not, either way round, is told so (helper-200: "no header").
        let scalars = Array(chinese.unicodeScalars.map(\.value))
        for (mark, order) in [([UInt8]([0xFF, 0xFE, 0, 0]), 0), ([0, 0, 0xFE, 0xFF], 1), ([], 0), ([], 1)] {
            let bytes =
                mark
                + scalars.flatMap { v in
                    (0..<4).map { UInt8(truncatingIfNeeded: v >> (order == 0 ? 8 * $0 : 24 - 8 * $0)) }
                }
            #expect(throws: TextEncoding.EncodingFailure.utf32) { try TextEncoding.decode(bytes, as: expected) }
        }
        // A high surrogate with no low one after it, at byte 5; on line 2 after a line break, either
        // byte order (helper-254: the byte alone was said).
        #expect(throws: TextEncoding.EncodingFailure.invalidUTF16(offset: 5, line: 1)) {
            try TextEncoding.decode([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41, 0x00])
        }
        #expect(throws: TextEncoding.EncodingFailure.invalidUTF16(offset: 7, line: 2)) {
            try TextEncoding.decode([0xFF, 0xFE, 0x41, 0x00, 0x0A, 0x00, 0x00, 0xD8, 0x41, 0x00])
        }
        #expect(throws: TextEncoding.EncodingFailure.invalidUTF16(offset: 7, line: 2)) {
            try TextEncoding.decode([0xFE, 0xFF, 0x00, 0x41, 0x00, 0x0A, 0xD8, 0x00, 0x00, 0x41])
        }
    }
}

/// The CSV reader splits on the separator's scalar.
@Suite struct CSVScalarTests {
    @Test func aCombiningMarkAfterACommaDoesNotMergeTwoCells() throws {
        let rows = try CSV.rows("a,\u{301}b,c\r\n\"x,\r\ny\",\u{20DD}z\n")
        #expect(rows.map(\.cells) == [["a", "\u{301}b", "c"], ["x,\r\ny", "\u{20DD}z"]])
        #expect(rows.map(\.number) == [1, 2])
    }

    @Test func anUnclosedQuoteIsLocatedAcrossLineEnds() {
        #expect(throws: CSV.SyntaxError.self) { try CSV.rows("a,b\r\n\"x\r\ny\r\n") }
        do { _ = try CSV.rows("a,b\r\nc,\"x\r\ny\r\n") } catch { #expect(error.line == 2 && error.column == 3) }
    }

    /// A file of NUL bytes only (with Ctrl-Z, after a byte-order mark or none) is not a sheet with
    /// no rows: told as such, in any encoding asked for; an empty file, and one of Ctrl-Z alone,
    /// are still empty sheets.
    @Test(arguments: [TextEncoding.utf8, .gb18030, nil])
    func aFileOfNULsIsNotAnEmptySheet(expected: TextEncoding?) throws {
        let nuls = [UInt8](repeating: 0, count: 4096)
        for bytes in [nuls, [0, 0x1A, 0], [0xEF, 0xBB, 0xBF] + nuls, [0xFF, 0xFE] + nuls, [0xFE, 0xFF, 0, 0]] {
            #expect(throws: TextEncoding.EncodingFailure.onlyNUL) { try TextEncoding.decode(bytes, as: expected) }
        }
        #expect(try TextEncoding.decode([], as: expected).0 == "")
        #expect(try TextEncoding.decode([0x1A], as: expected).0 == "")
    }
}
