/// Text made harmless for the program that shows it: control and format characters that a
/// terminal would obey (ESC clearing the screen, OSC setting the title or hiding a link, `\r`
/// overwriting a line, U+202E reversing the text, U+200B hiding inside an id) are written as
/// visible escapes instead.
///
/// "Hidden" means Unicode's general categories Cc (C0 and C1 controls), Cf (format, the bidi
/// controls and zero-width characters among them), Zl and Zp (line and paragraph separators), and
/// the other characters that show nothing: the default-ignorable code points (the Hangul fillers
/// U+115F, U+3164, U+FFA0, the combining grapheme joiner U+034F) but the variation selectors, which
/// choose a rare character's glyph (生僻字) or an emoji's and are shown as they are, and U+2800
/// BRAILLE PATTERN BLANK. Those are
/// what the loader refuses in a name (`TextLimits.hiddenCharacter`), so what a store holds against
/// it (put in with the sqlite3 shell) is shown escaped too (helper-156: a name of fillers showed
/// as blanks).
public enum VisibleText {
    /// Whether a terminal or a word processor would act on the scalar, or show nothing, rather
    /// than show it.
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII, the CJK blocks (U+3000–U+9FFF) and the full-width forms hold no hidden
        // scalar but two fillers: settled without the Unicode tables, which cost most of writing a
        // long report. So are the general punctuation's dashes, quotes and ellipsis (U+2010–2027,
        // U+202F–205F), between the zero-width spaces, the separators and the bidi controls.
        switch scalar.value {
        case 0x20...0x7E, 0x2010...0x2027, 0x202F...0x205F, 0x3000...0x3163, 0x3165...0x9FFF, 0xFF00...0xFF9F,
            0xFFA1...0xFFEF:
            return false
        case 0x2800: return true
        default: break
        }
        let properties = scalar.properties
        return switch properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: properties.isDefaultIgnorableCodePoint && !properties.isVariationSelector
        }
    }

    /// Whether all eight bytes of `word` are printable ASCII (0x20–0x7E), none of which begins a
    /// hidden scalar: no byte below 0x20 and none above 0x7E, each tested for all eight bytes at
    /// once (the "has less" and "has more" tests of Sean Anderson's *Bit Twiddling Hacks*).
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        let (ones, highs) = (UInt64(0x0101_0101_0101_0101), UInt64(0x8080_8080_8080_8080))
        let below = (word &- ones &* 0x20) & ~word & highs
        let above = ((word &+ ones &* (0x7F - 0x7E)) | word) & highs
        return below | above == 0
    }

    /// Whether a UTF-8 byte may begin a hidden scalar: a quick look at the bytes, so the common
    /// case (ASCII and Chinese) is settled without reading Unicode properties. The lead bytes
    /// listed are those of every hidden scalar outside ASCII (`isHidden`).
    static func mayBeginHidden(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00..<0x20, 0x7F, 0xC2, 0xCD, 0xD8, 0xDB, 0xDC, 0xE0, 0xE1, 0xE2, 0xE3, 0xEF, 0xF0, 0xF3: true
        default: false
        }
    }

    /// Whether any scalar of the text is hidden; with `exceptLineBreaks`, other than `\n`.
    /// Read in one pass over the UTF-8 bytes: eight at a time while they are printable ASCII
    /// (most of a table: its spaces, English, digits and dates), then one by one, where only a
    /// scalar whose lead byte may begin a hidden one is decoded and looked up (Chinese text's
    /// full-width punctuation and quotes have such bytes). A national `check` writes 150 MB,
    /// each byte looked at here twice (its cell, then the page).
    public static func containsHidden(_ text: String, exceptLineBreaks: Bool = false) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes in
            var i = 0
            while i < bytes.count {
                if i + 8 <= bytes.count,
                    isPrintableASCII(UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self))
                {
                    i += 8
                    continue
                }
                if mayBeginHidden(bytes[i]), !(bytes[i] == 0x0A && exceptLineBreaks),
                    isHidden(Unicode.Scalar.decoded(bytes, at: i).scalar)
                {
                    return true
                }
                i += 1
            }
            return false
        }
        return found ?? text.unicodeScalars.contains { !(exceptLineBreaks && $0 == "\n") && isHidden($0) }
    }

    /// The text on one line, each line break a space (CR LF, LF, CR, and the vertical tab, form
    /// feed, NEL and Unicode's line and paragraph separators, which end a line too: helper-208):
    /// a text placed within a document's line (a report's paragraph, cell or heading in Markdown,
    /// HTML or Word), where a break the text holds (a rule's message written on two lines) is a
    /// space between words, as a browser and Word show it (helper-206: `\n` written in the HTML
    /// and Word reports, a space in Markdown).
    public static func onOneLine(_ text: String) -> String {
        // The bytes that begin one looked for first: most texts hold none (NEL's C2, the
        // separators' E2 begin other characters too, which the scalars then tell apart).
        guard text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }),
            text.unicodeScalars.contains(where: isLineBreak)
        else { return text }
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            if scalar == "\n" && afterCR { continue }
            out.append(isLineBreak(scalar) ? " " : scalar)
        }
        return String(out)
    }

    /// Whether a scalar ends a line: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        (0x0A...0x0D).contains(scalar.value) || [0x85, 0x2028, 0x2029].contains(scalar.value)
    }

    /// The text with every hidden scalar written visibly: `\t`, `\r`, `\n` for the usual three and
    /// `\u{202E}` for the rest. `keepingLineBreaks` keeps `\n` as it is, for text whose lines are
    /// its own (an error message), never for a value placed inside a line (a table cell).
    /// `keepingColour` keeps the SGR colour sequences the tool itself writes (`ESC[31m`, `ESC[0m`…);
    /// no other escape sequence survives.
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false, keepingColour: Bool = false) -> String {
        guard containsHidden(text, exceptLineBreaks: keepingLineBreaks) else { return text }
        // The runs between hidden scalars are copied whole: a long report (37 MB for `check` on a
        // national store) has a line break every line, and copying it scalar by scalar cost more
        // than laying it out.
        let scalars = text.unicodeScalars
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var run = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let scalar = scalars[i]
            let next = scalars.index(after: i)
            if keepingColour, scalar == "\u{1B}", let end = colourSequenceEnd(scalars, from: i) {
                i = scalars.index(after: end)
                continue
            }
            let written: String? =
                switch scalar {
                case "\n" where keepingLineBreaks: nil
                case "\n": "\\n"
                case "\r": "\\r"
                case "\t": "\\t"
                case _ where isHidden(scalar): "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
                default: nil
                }
            if let written {
                out.append(contentsOf: Substring(scalars[run..<i]))
                out += written
                run = next
            }
            i = next
        }
        out.append(contentsOf: Substring(scalars[run...]))
        return out
    }

    /// The index of the `m` ending `ESC [ n(;n)* m` at `start`, when every `n` sets a colour,
    /// boldness or the default (0, 1, 22, 30–39, 90–97); nil for any other sequence.
    private static func colourSequenceEnd(_ scalars: String.UnicodeScalarView, from start: String.Index)
        -> String.Index?
    {
        var i = scalars.index(after: start)
        guard i < scalars.endIndex, scalars[i] == "[" else { return nil }
        i = scalars.index(after: i)
        var number = ""
        while i < scalars.endIndex {
            let scalar = scalars[i]
            if ("0"..."9").contains(scalar), number.count < 3 {
                number.unicodeScalars.append(scalar)
            } else if scalar == ";" || scalar == "m" {
                guard let code = Int(number),
                    [0, 1, 22].contains(code) || (30...39).contains(code)
                        || (90...97).contains(code)
                else { return nil }
                if scalar == "m" { return i }
                number = ""
            } else {
                return nil
            }
            i = scalars.index(after: i)
        }
        return nil
    }
}

extension String {
    /// The text as a value placed inside a line the tool composes: a table's cell, a heading
    /// (`江东省委（jd）`), a `label  value` line of `show`, a line of `explain`, a name in a message.
    /// Every hidden scalar is written visibly (`VisibleText.escaped`), a line break as `\n` too: a
    /// value from the store (a name or an id put there with the sqlite3 shell, which the tool's
    /// own checks never saw) stays on its line, so it can neither act on the terminal nor begin a
    /// line that passes for one of ours. The one way data is put into a line; `quoted` puts it in
    /// quotation marks as well, for a message that must show where the value ends.
    public var inline: String { VisibleText.escaped(self) }
}

extension Unicode.Scalar {
    /// The scalar whose UTF-8 sequence begins at `bytes[i]`, and the sequence's length. The bytes
    /// must be valid UTF-8, as a `String`'s are.
    static func decoded(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        var value = UInt32(lead & (0x7F >> length))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
