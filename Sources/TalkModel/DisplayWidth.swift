/// How many terminal columns text takes: CJK ideographs, kana, Hangul and full-width forms take
/// two, combining marks and controls none, everything else one.
///
/// The wide ranges are every East Asian Wide (W) and Fullwidth (F) code point of Unicode's
/// EastAsianWidth.txt, generated into DisplayWidthTable.swift with the version pinned there.
/// Ambiguous characters (such as “ ”) count as one, as terminals do outside East Asian legacy
/// locales; `wcwidth` is not used because it depends on the locale.
public enum DisplayWidth {

    public static func of(_ scalar: Unicode.Scalar) -> Int {
        // The bulk of a Chinese report, settled without the tables: CJK ideographs (extension A and
        // the unified block), the CJK symbols before the combining tone marks (、。《》「」) and the
        // full-width forms (，：（）), all Wide or Fullwidth; the general punctuation before the
        // line separator (“”…—), one column. `DisplayWidthTests` checks every scalar against the
        // tables.
        switch scalar.value {
        case 0x20..<0x7F: return 1  // ASCII, the most common of all
        case 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60: return 2
        case 0x2010...0x2027: return 1
        default: return looked(scalar)
        }
    }

    /// Whether a scalar is in the blocks `of` settles without the tables. Each of them is a
    /// character of its own whatever stands beside it: none is a mark, joiner, selector, control,
    /// Hangul jamo or regional indicator (Unicode's grapheme cluster break property is Other for
    /// all), and none is extended by another of them. `DisplayWidthTests` checks both.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60, 0x2010...0x2027: true
        default: false
        }
    }

    /// The text's characters (what a terminal draws as one, Swift's `Character`s) as their
    /// columns and UTF-8 lengths, in order: what a line is cut by. A text of scalars that each
    /// stand alone (nearly every message and name: ASCII, Chinese and its punctuation) is read
    /// from its bytes, a scalar a character; any other by Swift's characters (finding their
    /// boundaries was most of laying out a national `check`'s table).
    public static func characters(_ text: String) -> [(columns: Int, length: Int)] {
        let quick = text.utf8.withContiguousStorageIfAvailable { bytes -> [(columns: Int, length: Int)]? in
            var characters: [(columns: Int, length: Int)] = []
            characters.reserveCapacity(bytes.count)
            var i = 0
            while i < bytes.count {
                let (scalar, length) = Unicode.Scalar.decoded(bytes, at: i)
                guard standsAlone(scalar) else { return nil }
                characters.append((of(scalar), length))
                i += length
            }
            return characters
        }
        return (quick ?? nil) ?? text.map { (of($0), $0.utf8.count) }
    }

    /// A scalar's columns by its general category and the wide ranges: `of`'s answer for every
    /// scalar its shortcuts do not settle.
    static func looked(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x300 { return 1 }  // Latin and the like: no lookup
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        var low = 0
        var high = wide.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < wide[middle].lowerBound {
                high = middle - 1
            } else if value > wide[middle].upperBound {
                low = middle + 1
            } else {
                return 2
            }
        }
        return 1
    }

    /// A string's columns, read from its UTF-8 bytes where they lie (a national `check` measures
    /// every cell of 370,000 lines; walking the `unicodeScalars` was the most of laying them out),
    /// eight at a time while they are printable ASCII, a column each (ids, dates, English).
    public static func of(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var (width, i) = (0, 0)
            var previous: Unicode.Scalar?
            while i < bytes.count {
                if i + 8 <= bytes.count,
                    VisibleText.isPrintableASCII(
                        UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                {
                    // The last of them is what a following U+FE0F may widen (a keycap's digit).
                    (width, previous, i) = (width + 8, Unicode.Scalar(bytes[i + 7]), i + 8)
                    continue
                }
                let (scalar, length) = Unicode.Scalar.decoded(bytes, at: i)
                width += of(scalar, after: previous)
                (previous, i) = (scalar, i + length)
            }
            return width
        } ?? of(scalars: text.unicodeScalars)
    }

    public static func of(_ character: Character) -> Int { of(scalars: character.unicodeScalars) }

    /// The columns `scalar` adds after `previous`: its own, except that an emoji presentation
    /// selector (U+FE0F) after an emoji that is one column as text (‼, ❤, a keycap's digit) makes
    /// it two, as terminals draw it (Unicode TR 51, "emoji presentation sequence"). For a caller
    /// that walks the scalars itself (a workbook's lines), so every width follows the one rule.
    public static func of(_ scalar: Unicode.Scalar, after previous: Unicode.Scalar?) -> Int {
        if scalar == "\u{FE0F}", let previous, previous.properties.isEmoji, of(previous) == 1 { return 1 }
        return of(scalar)
    }

    /// The scalars' columns, each as `of(_:after:)` counts it.
    private static func of(scalars: some Sequence<Unicode.Scalar>) -> Int {
        var width = 0
        var previous: Unicode.Scalar?
        for scalar in scalars {
            width += of(scalar, after: previous)
            previous = scalar
        }
        return width
    }

    /// The text as it is shown, hidden characters escaped (`VisibleText`), cut to at most
    /// `columns` terminal columns, ending in "…" when cut: a long name
    /// (江东省人民政府国有资产监督管理委员会党委) must not push a table past the terminal's width,
    /// nor its escapes, counted only once written (helper-159: a name with an escape sequence in
    /// it was cut to 32 columns, then shown 47 wide).
    public static func truncated(_ text: String, to columns: Int) -> String {
        guard VisibleText.containsHidden(text) else {
            guard of(text) > columns else { return text }
            var (width, length) = (0, 0)
            for character in characters(text) {
                if width + character.columns > columns - 1 { break }
                (width, length) = (width + character.columns, length + character.length)
            }
            return String(decoding: text.utf8.prefix(length), as: UTF8.self) + "…"
        }
        // Cut between the pieces as shown: a character with nothing hidden, else each of its
        // scalars, an escape for a hidden one. An escape is kept whole or left out (helper-160:
        // `\u{200B` without its brace named no character), and a character its escapes make
        // long is cut between them (helper-161: an emoji family joined by U+200D, shown 32
        // columns wide, was left out whole, the name shown as "…").
        let shown = VisibleText.escaped(text)
        guard of(shown) > columns else { return shown }
        let pieces = text.flatMap { character in
            VisibleText.containsHidden(String(character))
                ? character.unicodeScalars.map { VisibleText.escaped(String($0)) } : [String(character)]
        }
        var (out, width) = ("", 0)
        for piece in pieces {
            if width + of(piece) > columns - 1 { break }
            (out, width) = (out + piece, width + of(piece))
        }
        return out + "…"
    }
}
