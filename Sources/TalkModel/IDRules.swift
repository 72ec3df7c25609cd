import Foundation

/// What makes a string acceptable as an id, for documents and flags alike.
public enum IDRules {
    /// Longer than any id an office would type; bounds what a hostile file can make us store.
    public static let maximumLength = 200

    /// An id as a person typed it (a flag, an operand), in the one form the store keeps ids in:
    /// composed (Unicode NFC), which `problem(with:)` asks of every id written. "café" typed with
    /// e and a combining accent, Hangul typed as jamo, a CJK compatibility ideograph (U+F900…)
    /// look the same as the stored id and Swift compares them equal, while the store compares
    /// bytes: turned into this form, they name the stored record whichever way it was typed.
    public static func composed(_ typed: String) -> String {
        // ASCII is its own composed form: settled without the Unicode tables.
        typed.utf8.allSatisfy { $0 < 0x80 } ? typed : typed.precomposedStringWithCanonicalMapping
    }

    /// A new id as a person typed it in a flag: `composed`, then read as a sheet's cell reads it
    /// (`Sheet.idText`: Ｔ２０２６－００１ typed with a Chinese input method is T2026-001), so a flag
    /// stores what a cell stores.
    public static func typed(_ text: String) -> String { Sheet.idText(composed(text)) }

    /// Whether `a` and `b` are the same bytes: `==` on strings is canonical equivalence, which
    /// cannot tell a typed id from its composed form.
    public static func sameBytes(_ a: String, _ b: String) -> Bool { a.utf8.elementsEqual(b.utf8) }

    /// Why a new record given in a sheet or a flag may not take `id` as typed, nil when it may: a
    /// sentence (`Sheet.readsAsSentence`: a problem slid over from the column beside, refused
    /// without quoting it; helper-143, stored by record --id and shown in every list), a template's
    /// word for a column to fill (必填: helper-142, stored as an id), or a text that says nothing a
    /// sheet could give back (`Sheet.saysNothingTyped`: 无, N/A, 同上, ??, #N/A; a ledger exported
    /// was read back without the record, or as another). A document may hold any id
    /// (`spec/dataset-format.md`), so a store's export loads back; a stored record keeps its id.
    public static func newIDProblem(_ id: String) -> Message? {
        // (Nor one a sheet reads as a total's label, 合计, SUM1, Total2026: the row it heads is
        // skipped as a total, and an export of it read back without the record: helper-209.)
        if !id.isEmpty, Sheet.isTotalLabel(OfficeText.compact(id)) {
            // (A label before what may be confidential, or reordered to show otherwise, not quoted:
            // 合计：U+202E金礼受收丽孙, helper-279.)
            if Sheet.mayBeConfidential(id) || TextLimits.controlCharacter(in: id) != nil {
                return Message(
                    zh: "\(Sheet.described(id).zh)在表格中读作合计行的标签，不能作编号",
                    en: "\(Sheet.described(id).en) reads in a sheet as a total row's label, and is no id")
            }
            return Message(
                zh: "\(id.quotedInChinese) 在表格中读作合计行的标签，不能作编号",
                en: "\(id.quoted) reads in a sheet as a total row's label, and is no id")
        }
        // ASCII, as nearly every id is, is no sentence, and none of the words longer than four
        // letters (none, N/A), but a formula's error value (#REF!, #VALUE!: helper-211, taken).
        if id.utf8.allSatisfy({ $0 < 0x80 }), id.utf8.count > 4, !Sheet.isFormulaError(id) { return nil }
        // (So is one holding a problem's words, 举报孙丽收受礼金50万元: an id is shown in every list,
        // calendar and department copy; helper-202, stored.)
        // (Or a fault's or a private matter's words, 履职不力, 心脏病: helper-281, stored and shown.)
        if Sheet.mayBeConfidential(id)
            || id.unicodeScalars.count(where: { (0x4E00...0x9FFF).contains($0.value) }) >= 3
                && (Sheet.holdsFaultWords(id) || Sheet.speaksOfAMatter(id))
        {
            return sentence(id)
        }
        if SkippedRow.requirementWords.contains(OfficeText.compact(id).lowercased()) {
            return Message(
                zh: "\(id.quotedInChinese) 是模板中说明该列必填或选填的字样，不是编号：请填写编号",
                en: "\(id.quoted) is a template's word saying whether the column must be filled, not an id: give the id"
            )
        }
        // (Marks alone, ?? typed, 0, a formula's error value, #N/A: helper-145, helper-146, an
        // export of them did not import back.) The empty id is `problem(with:)`'s.
        guard !id.isEmpty, Sheet.saysNothingTyped(id) else { return nil }
        return Message(
            zh: "\(id.quotedInChinese) 在表格中读作空白、“同上”或公式错误值，不能作编号",
            en: "\(id.quoted) reads in a sheet as an empty cell, as 同上 or as a formula's error value, and is no id")
    }

    /// A new id typed in a flag (`--id`), as `typed` reads it: refused as `newIDProblem` says, a
    /// malformed flag value (`InputError.isUsage`: helper-202, it exited 2).
    public static func typedNew(_ text: String, flag: String) throws(InputError) -> String {
        // (As typed and as stored: '#REF! is stored as #REF!, helper-212.)
        if let problem = newIDProblem(composed(text)) ?? newIDProblem(typed(text)) {
            var error = InputError(problem, at: flag)
            error.isUsage = true
            throw error
        }
        return typed(text)
    }

    /// The refusal of a sentence where an id belongs (`Sheet.readsAsSentence`), not quoting it.
    public static func sentence(_ text: String) -> Message {
        let described = Sheet.described(text)
        return Message(
            zh: "是\(described.zh)，不是编号：编号是 T2026-001 这样的简短代码",
            en: "holds \(described.en), not an id: an id is a short code such as T2026-001")
    }

    /// Why `id` cannot be stored as an id, nil when it can: empty, too long, hidden or other white
    /// space, decomposed, spaces at its ends. (What a new record's id may not say, a stored one
    /// may have: `newIDProblem`.)
    public static func problem(with id: String) -> Message? {
        if id.isEmpty { return Message(zh: "编号不能为空", en: "an id must not be empty") }
        // Printable ASCII not beginning or ending with a space, as nearly every id is, has none of
        // the problems below: settled without the Unicode tables.
        let utf8 = id.utf8
        if utf8.count <= maximumLength, utf8.first != 0x20, utf8.last != 0x20, utf8.allSatisfy({ 0x20...0x7E ~= $0 }) {
            return nil
        }
        let length = id.unicodeScalars.count
        if length > maximumLength {
            return Message(
                zh: "编号不能超过 \(maximumLength) 个字符（此编号有 \(length) 个）",
                en: "an id must not be longer than \(maximumLength) characters (this one has \(length))")
        }
        if let problem = TextLimits.hiddenCharacter(in: id, what: Message(zh: "编号", en: "an id")) { return problem }
        // A Latin letter beside a Cyrillic or Greek one: `tоl` with a Cyrillic о looks as `tl`'s
        // neighbour `tol` does, and names no record anyone can type (helper-237: loaded, then every
        // sheet row naming its organization was refused as ambiguous between two that look alike).
        if id.unicodeScalars.contains(where: { $0.isASCII && $0.properties.isAlphabetic }),
            let foreign = id.unicodeScalars.first(where: { (0x370...0x52F).contains($0.value) })
        {
            return Message(
                zh: "编号不能混用拉丁字母和西里尔、希腊字母（此处有 \(TextLimits.name(of: foreign))），它们看起来一样",
                en:
                    "an id must not mix Latin letters with Cyrillic or Greek ones (it has \(TextLimits.name(of: foreign))), "
                    + "which look the same")
        }
        // ASCII's white space is TAB…CR and the space: settled without the Unicode tables.
        let otherSpace = { (s: Unicode.Scalar) in
            s.isASCII ? (0x09...0x0D).contains(s.value) : s.properties.isWhitespace
        }
        if let other = id.unicodeScalars.first(where: otherSpace) {
            return Message(
                zh: "编号不能含空格以外的空白字符（此处有 \(TextLimits.name(of: other))），它们与空格看起来一样",
                en:
                    "an id must not contain white space other than a space (it has \(TextLimits.name(of: other))), which looks the same"
            )
        }
        // "café" typed with é and typed with e and a combining accent look the same, and Swift
        // compares them equal while the store compares bytes: a reference Swift found would name
        // nothing in the store, and a second "café" would be a second record. Only the composed
        // form (NFC, as keyboards type) is an id.
        if !id.utf8.allSatisfy({ $0 < 0x80 }),
            !id.unicodeScalars.elementsEqual(id.precomposedStringWithCanonicalMapping.unicodeScalars)
        {
            return Message(
                zh: "编号 \(id.quoted) 含有分解形式的字符（如字母加组合附加符号），与合成形式看起来一样：请改用合成字符（Unicode NFC）",
                en:
                    "the id \(id.quoted) has characters in decomposed form (such as a letter and a combining accent), which look the same as the composed ones: write it with composed characters (Unicode NFC)"
            )
        }
        if id.first!.isWhitespace || id.last!.isWhitespace {
            return Message(
                zh: "编号首尾不能有空白 \(id.quoted)", en: "an id must not begin or end with white space: \(id.quoted)")
        }
        return nil
    }
}
