/// How long a value may be, and which characters it may not hold: limits no office reaches,
/// which bound what a hostile or broken file can make the tool store and print (one 3 MB name
/// would otherwise fill every listing). Ids are bounded by `IDRules`. `Docs/data-model.md`
/// lists them.
public enum TextLimits {
    /// A name of a person or an organization, in characters (the longest official names of
    /// organizations are about 40).
    public static let name = 100
    /// One note, problem or requirement, in characters (a page of text is about 1,000).
    public static let text = 10_000
    /// The entries of one list (problems, requirements, steps, triggers, participants, bases).
    public static let entries = 200

    /// The problem with a value of `length` characters, or nil within `limit`.
    public static func problem(length: Int, limit: Int) -> Message? {
        guard length > limit else { return nil }
        return Message(
            zh: "不能超过 \(limit) 个字符（此处有 \(length) 个）",
            en: "must not be longer than \(limit) characters (this has \(length))")
    }

    /// The problem with white space at either end of a name or a text (a copy-paste slip, and a
    /// sheet cell is read trimmed: it would not come back the same), or nil. The message never
    /// quotes the text, which may be confidential.
    public static func surroundingSpace(_ text: String) -> Message? {
        guard let first = text.first, let last = text.last, first.isWhitespace || last.isWhitespace else {
            return nil
        }
        return Message(zh: "首尾不能有空白", en: "must not begin or end with white space")
    }

    /// The problem with U+0000 in a free text (a note, a problem, a requirement), or nil. A
    /// PostgreSQL store cannot hold it (libpq passes text as C strings, so it would cut the text
    /// there), and both stores must keep the same texts, so neither takes it. Ids and names refuse
    /// it with every other control character (`hiddenCharacter`); dates and vocabularies cannot
    /// hold it. The message never quotes the text, which may be confidential.
    public static func nulCharacter(in text: String) -> Message? {
        guard text.utf8.contains(0) else { return nil }
        return Message(
            zh: "不能含 U+0000（空字符）：PostgreSQL 存储无法保存它，两种存储须保存同样的文字",
            en: "must not contain U+0000 (NUL): a PostgreSQL store cannot keep it, and both stores keep the same texts")
    }

    /// The problem with a control character in a free text (a note, a problem, a requirement) but
    /// a tab and a line break, or with a character that reorders the text shown around it
    /// (U+202A–U+202E, U+2066–U+2069, the marks U+200E, U+200F, U+061C: Unicode's Bidi_Control),
    /// or nil: an escape sequence in a problem pointed out acts on the terminal of whoever shows
    /// it, an override makes a requirement read otherwise than it is written (helper-227: stored,
    /// shown escaped). U+0000 is `nulCharacter`'s. Read from the UTF-8 bytes, as a load reads
    /// hundreds of thousands of texts. The message names the character (its code point), never
    /// the text, which may be confidential.
    public static func controlCharacter(in text: String) -> Message? {
        var bytes = text.utf8.makeIterator()
        var found: Unicode.Scalar?
        var previous: (UInt8, UInt8) = (0, 0)
        while found == nil, let byte = bytes.next() {
            switch byte {
            case 0x01...0x08, 0x0B, 0x0C, 0x0E...0x1F, 0x7F: found = Unicode.Scalar(byte)
            // C1 controls (C2 80 … C2 9F); the directional controls (E2 80 AA … AE, E2 81 A6 … A9).
            case 0x80...0x9F where previous.1 == 0xC2: found = Unicode.Scalar(UInt32(byte))
            // (One pattern a case: a `where` binds the last pattern of a list alone.)
            case 0xAA...0xAE where previous == (0xE2, 0x80): found = Unicode.Scalar(0x2000 + UInt32(byte) - 0x80)
            case 0x8E...0x8F where previous == (0xE2, 0x80): found = Unicode.Scalar(0x2000 + UInt32(byte) - 0x80)
            case 0xA6...0xA9 where previous == (0xE2, 0x81): found = Unicode.Scalar(0x2040 + UInt32(byte) - 0x80)
            // U+061C ARABIC LETTER MARK (D8 9C), a directional mark as U+200E and U+200F are.
            case 0x9C where previous.1 == 0xD8: found = Unicode.Scalar(0x061C)
            default: break
            }
            previous = (previous.1, byte)
        }
        guard let found else { return nil }
        return Message(
            zh: "不能含控制字符或改变文字显示顺序的字符（此处有 \(name(of: found))）",
            en: "must not contain control characters or ones that reorder the text shown (it has \(name(of: found)))")
    }

    /// The problem with a hidden character (a control, a format character such as U+200B or
    /// U+202E, a line separator, a filler that shows nothing), or nil: in an id or a name such a
    /// character makes two values look the same or acts on the terminal that shows it. A name may
    /// keep a variation selector after the character whose glyph it chooses (an ideograph's, 生僻字;
    /// U+FE0E and U+FE0F an emoji's), which is default-ignorable too; one after anything else
    /// chooses nothing and only hides in the name (helper-243: 赵<U+FE0F>一 stored). An id, which is
    /// typed, may hold none.
    public static func hiddenCharacter(in text: String, what: Message, allowingVariationSelectors: Bool = false)
        -> Message?
    {
        var previous: Unicode.Scalar?
        func refused(_ scalar: Unicode.Scalar) -> Bool {
            defer { previous = scalar }
            // The CJK unified ideographs, most of a Chinese name, are neither hidden nor ignorable:
            // settled without the Unicode tables (a third of decoding a document's records).
            if (0x4E00...0x9FFF).contains(scalar.value) { return false }
            // Hidden: a control, a format character, a filler, U+2800 BRAILLE PATTERN BLANK.
            if VisibleText.isHidden(scalar) { return true }
            guard scalar.properties.isDefaultIgnorableCodePoint else { return false }
            guard allowingVariationSelectors, scalar.properties.isVariationSelector, let base = previous,
                !base.isASCII, !base.properties.isVariationSelector
            else { return true }
            // (U+FE0E, U+FE0F choose an emoji's or a text glyph; the others, an ideograph's or a script's.)
            return (0xFE0E...0xFE0F).contains(scalar.value) && !base.properties.isEmoji
        }
        guard text.unicodeScalars.contains(where: { !$0.isASCII || $0.value < 0x20 || $0.value == 0x7F }),
            let hidden = text.unicodeScalars.first(where: refused)
        else { return nil }
        return Message(
            zh: "\(what.zh)不能含控制字符或不可见字符（此处有 \(name(of: hidden))）",
            en: "\(what.en) must not contain control characters or invisible ones (it has \(name(of: hidden)))")
    }

    /// `U+200B`: how a character that cannot be seen is named in a message.
    public static func name(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
