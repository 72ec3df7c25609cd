import TalkModel

/// The Compound File Binary format ([MS-CFB]) of the Office files before 2007: an Excel 97-2003
/// workbook (.xls), a WPS .et, a Word 97-2003 document (.doc), and also an Office 2007 workbook
/// saved with a password to open, whose package is encrypted inside one ([MS-OFFCRYPTO]). None of
/// them is read; this only tells which one a file is, so that its reader is told what to do with it
/// rather than that it is a CSV in a strange encoding or a ZIP that is cut short.
public enum CompoundFile {
    /// What a compound file holds, as the names of its streams tell it.
    public enum Content: Sendable, Equatable {
        /// A workbook of Excel 97-2003 (a `Workbook` stream, `Book` for Excel 5), or of anything
        /// else not told apart: a clerk hands `import` a sheet.
        case workbook
        /// An Office 2007 file with a password to open (`EncryptedPackage`, [MS-OFFCRYPTO] §2.3.4.4).
        case encrypted
        /// A Word 97-2003 document (`WordDocument`).
        case wordDocument
    }

    /// The signature every compound file begins with ([MS-CFB] §2.2).
    public static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// What the compound file in `bytes` holds; nil when `bytes` are no compound file.
    ///
    /// The directory's entries are 128 bytes, in sectors of 512 or 4,096 bytes after a header of
    /// 512: each lies at a multiple of 128, its name in UTF-16 with its length (terminator counted)
    /// at byte 64 and its type (1 storage, 2 stream) at byte 66. Looking at those places alone
    /// needs no walk of the allocation table, which a file cut short may have lost.
    public static func content(of bytes: [UInt8]) -> Content? {
        guard bytes.starts(with: signature) else { return nil }
        var names: Set<String> = []
        var offset = 512
        while offset + 128 <= bytes.count {
            let length = Int(bytes[offset + 64]) | Int(bytes[offset + 65]) << 8
            if (2...64).contains(length), length % 2 == 0, [1, 2].contains(bytes[offset + 66]) {
                let units = stride(from: offset, to: offset + length - 2, by: 2).map {
                    UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8
                }
                if let name = String(validating: units, as: UTF16.self) { names.insert(name) }
            }
            offset += 128
        }
        if names.contains("EncryptedPackage") { return .encrypted }
        if names.contains("WordDocument"), !names.contains("Workbook"), !names.contains("Book") {
            return .wordDocument
        }
        return .workbook
    }

    /// Why `import` does not read a compound file, and what its reader can do, in both languages.
    public static func refusal(_ content: Content) -> Message {
        switch content {
        case .workbook:
            Message(
                zh: "是 Excel 97-2003 工作簿（.xls，或旧版 WPS 的 .et），talks 不读取这种格式：请用 Excel 或 WPS 打开，"
                    + "另存为“Excel 工作簿（*.xlsx）”或“CSV UTF-8（逗号分隔）”，再导入另存的文件",
                en: "is an Excel 97-2003 workbook (.xls, or an old WPS .et), which talks does not read: open it in "
                    + "Excel or WPS and save it as an Excel workbook (.xlsx) or as CSV UTF-8, then import that file")
        case .encrypted:
            Message(
                zh: "是设有打开密码（已加密）的 Excel 工作簿，talks 无法读取：请用 Excel 或 WPS 输入密码打开，"
                    + "另存一份不设打开密码的副本（.xlsx 或 CSV UTF-8）再导入，导入后删除该副本",
                en: "is an Excel workbook protected by a password to open (encrypted), which talks cannot read: open "
                    + "it in Excel or WPS with its password, save a copy without one (.xlsx or CSV UTF-8) and import "
                    + "that, then delete the copy")
        case .wordDocument:
            Message(
                zh: "是 Word 97-2003 文档（.doc），不是表格：导入读取 Excel 工作簿（.xlsx）和 CSV 文件",
                en: "is a Word 97-2003 document (.doc), not a sheet: import reads Excel workbooks (.xlsx) and CSV files"
            )
        }
    }
}
