/// Text as SpreadsheetML stores it (ST_Xstring, ECMA-376 Part 1 §22.9.2.19): a character written
/// `_xHHHH_` (four hex digits, the UTF-16 code unit), as Excel writes the characters XML cannot
/// hold (`_x000D_` for a carriage return), and a literal `_x` that begins such a form written with
/// its underscore as `_x005F_`.
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
    /// written `_x005F_`.
    static func escaped(_ text: String) -> String {
        guard mayHoldEscape(text) else { return text }
        let units = Array(text.utf16)
        var out: [UInt16] = []
        for i in units.indices {
            if escape(units, at: i) != nil { out.append(contentsOf: "_x005F".utf16) }
            out.append(units[i])
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// Whether the text holds `_x`, looked for in its UTF-8: most texts do not.
    private static func mayHoldEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.indices.dropLast().contains { utf8[$0] == UInt8(ascii: "_") && utf8[$0 + 1] == UInt8(ascii: "x") }
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
