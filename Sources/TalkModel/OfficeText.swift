/// Text as office clerks type it, folded so that what looks the same compares the same.
///
/// TalkModel has no Foundation, so width folding is done here for the ranges office text uses
/// (the full-width forms of ASCII and the ideographic space), which is what NFKC does to them.
public enum OfficeText {
    /// Full-width ASCII (`２０２６`, `（`, `Ｙ`) as ASCII, the ideographic space and other spaces as
    /// a plain space, the half-width katakana middle dot as the full-width one, and without the
    /// invisible format characters (Unicode's `Cf`: U+200B ZERO WIDTH SPACE, U+FEFF, U+2060, the
    /// soft hyphen, direction marks) that text copied from a web page or a chat brings along: a
    /// cell showing 王伟 names 王伟 whatever it hides.
    public static func widthFolded(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0xFF65: scalars.append("\u{30FB}")
            case _ where scalar.properties.generalCategory == .spaceSeparator: scalars.append(" ")
            case _ where scalar.properties.generalCategory == .format: continue
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The dots that stand for the middle dot of a transliterated name (阿卜杜拉·艾买提) when typed
    /// on another keyboard or in another font.
    static let middleDots: Set<Unicode.Scalar> = [
        "\u{00B7}", "\u{2022}", "\u{30FB}", "\u{2027}", "\u{2219}", "\u{22C5}", "\u{0387}", "\u{FF0E}", ".",
        "\u{FF65}", "\u{1427}", "\u{2E31}", "\u{FE52}",
    ]

    /// The form two names are compared in: width folded, without any white space (a two-character
    /// name padded to line up, `王　伟`), every dot variant as U+00B7. Stored names are kept as
    /// given; both sides of a comparison go through this.
    public static func nameKey(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in widthFolded(text).unicodeScalars where !scalar.properties.isWhitespace {
            scalars.append(middleDots.contains(scalar) ? "\u{00B7}" : scalar)
        }
        return String(scalars)
    }

    /// The form of a name (a `nameKey`) that its official and everyday variants share. An
    /// organization's without 中共 or 中国共产党 before it and with 委 for a closing 委员会: a
    /// Party committee's full name and its short one (中国共产党江州市委员会, 中共江州市委, 江州市委).
    /// A person's without the remarks after it (`remarks`).
    public static func baseName(_ key: String, _ kind: RecordKind) -> String {
        if kind == .people { return remarks(key).name }
        var name = Substring(key)
        for prefix in ["中国共产党", "中共"] where name.hasPrefix(prefix) && name.count > prefix.count + 1 {
            name = name.dropFirst(prefix.count)
            break
        }
        if name.hasSuffix("委员会"), name.count > 4 { name = name.dropLast(2) }
        return String(name)
    }

    /// A person's name (a `nameKey`) and the remarks a ledger writes after it, last first: one in
    /// brackets, 同志 or 书记 (王伟同志（江州市委书记）: 王伟, and 江州市委书记 and 同志).
    public static func remarks(_ key: String) -> (name: String, remarks: [String]) {
        var name = Substring(key)
        var remarks: [String] = []
        // Until nothing more comes off: 王伟同志（江州市委书记）, 王伟（江州市委书记）同志.
        while true {
            if let title = ["同志", "副书记", "书记"].first(where: { name.hasSuffix($0) && name.count > $0.count + 1 }) {
                name.removeLast(title.count)
                remarks.append(title)
                continue
            }
            let brackets = [("(", ")"), ("[", "]"), ("【", "】"), ("〔", "〕")]
            guard let (open, _) = brackets.first(where: { name.hasSuffix($0.1) }),
                let start = name.lastIndex(of: Character(open)), start > name.startIndex
            else { return (String(name), remarks) }
            remarks.append(String(name[name.index(after: start)..<name.index(before: name.endIndex)]))
            name = name[..<start]
        }
    }

    /// Width folded and without white space: how a header or an enumerated value is compared.
    static func compact(_ text: String) -> String {
        String(String.UnicodeScalarView(widthFolded(text).unicodeScalars.filter { !$0.properties.isWhitespace }))
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
