/// Text as SpreadsheetML stores it (ST_Xstring, ECMA-376 Part 1 §22.9.2.19): a character written
/// `_xHHHH_` (four hex digits, the UTF-16 code unit), as Excel writes the characters XML cannot
/// hold (`_x000D_` for a carriage return), and a literal `_x` that begins such a form written with
/// its underscore as `_x005F_`. Sheet names (§18.2.19), shared strings (§18.4.8) and a cell's text
/// are all read and written through it.
enum XString {
    /// The text a stored string stands for: each valid `_xHHHH_` (a surrogate pair as two) becomes
    /// its character; anything else, a lone surrogate included, stays as it is.
    static func decoded(_ stored: String) -> String {
        guard stored.contains("_x") else { return stored }
        let units = Array(stored.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            if let unit = escape(units, at: i), !UTF16.isSurrogate(unit) {
                out.append(unit)
                i += 7
            } else if let high = escape(units, at: i), UTF16.isLeadSurrogate(high),
                let low = escape(units, at: i + 7), UTF16.isTrailSurrogate(low)
            {
                out += [high, low]
                i += 14
            } else {
                out.append(units[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// Text as stored so that `decoded` gives it back: the underscore of each `_xHHHH_` in it
    /// written `_x005F_`, and each character XML 1.0 cannot carry (a C0 control other than tab and
    /// line breaks, U+FFFE, U+FFFF) as its `_xHHHH_`, as Excel writes them; so too DEL and the C1
    /// controls (U+007F–U+009F, U+0085 NEL among them), which XML 1.0 discourages and XML 1.1
    /// reads as line ends or takes only as references.
    static func escaped(_ text: String) -> String {
        guard mayNeedEscape(text) else { return text }
        let units = Array(text.utf16)
        var out: [UInt16] = []
        for i in units.indices {
            let unit = units[i]
            if isCarried(unit) {
                if escape(units, at: i) != nil { out.append(contentsOf: "_x005F".utf16) }
                out.append(unit)
            } else {
                let hex = String(unit, radix: 16, uppercase: true)
                out.append(contentsOf: ("_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_").utf16)
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// Whether the code unit is written as a character: XML 1.0 carries it (W3C XML 1.0 §2.2,
    /// `Char`) and does not discourage it as a control.
    private static func isCarried(_ unit: UInt16) -> Bool {
        unit >= 0x20 ? unit < 0xFFFE && !(0x7F...0x9F).contains(unit) : unit == 0x09 || unit == 0x0A || unit == 0x0D
    }

    /// Whether the text holds `_x` or a character not carried, looked for in its UTF-8 (U+FFFE and
    /// U+FFFF are EF BF BE and EF BF BF, the C1 controls C2 80 to C2 9F): most texts do not.
    private static func mayNeedEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.indices.contains { i in
                switch utf8[i] {
                case 0x09, 0x0A, 0x0D: false
                case ..<0x20, 0x7F: true
                case 0xC2: i + 1 < utf8.count && utf8[i + 1] <= 0x9F
                case UInt8(ascii: "_"): i + 1 < utf8.count && utf8[i + 1] == UInt8(ascii: "x")
                case 0xEF: i + 2 < utf8.count && utf8[i + 1] == 0xBF && utf8[i + 2] >= 0xBE
                default: false
                }
            }
        }
    }

    /// The code unit of the `_xHHHH_` starting at `i`, if one does.
    private static func escape(_ units: [UInt16], at i: Int) -> UInt16? {
        guard i + 6 < units.count, units[i] == 0x5F, units[i + 1] == 0x78, units[i + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for unit in units[(i + 2)...(i + 5)] {
            guard unit < 0x80, let digit = Character(Unicode.Scalar(UInt8(unit))).hexDigitValue else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
