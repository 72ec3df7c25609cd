import CZlib
import TalkModel

/// The ZIP container of Office Open XML files (ECMA-376 Part 2, Open Packaging Conventions, which
/// uses the ZIP of PKWARE's APPNOTE.TXT 6.3: local file headers §4.3.7, central directory §4.3.12,
/// end of central directory §4.3.16). Only what Office files need: stored and DEFLATE entries, no
/// ZIP64, no encryption, one disk. DEFLATE and CRC-32 come from the system's zlib.
public enum ZipArchive {
    /// One file inside the archive: its path (`xl/workbook.xml`) and its bytes, uncompressed.
    public struct Entry: Sendable {
        public let name: String
        public let bytes: [UInt8]

        public init(_ name: String, _ bytes: [UInt8]) {
            self.name = name
            self.bytes = bytes
        }
    }

    /// The most any entry may hold uncompressed when read, and the most entries an archive may
    /// list: an office's workbook is far below both, a ZIP bomb far above.
    public static let entrySizeLimit = 256 << 20
    public static let entryCountLimit = 10_000

    // Signatures (APPNOTE §4.3.7, §4.3.12, §4.3.16).
    static let localSignature: UInt32 = 0x0403_4B50
    static let centralSignature: UInt32 = 0x0201_4B50
    static let endSignature: UInt32 = 0x0605_4B50
    /// 1980-01-01 00:00 in MS-DOS date and time, the earliest a ZIP can say: every entry carries
    /// it, so the same document always gives the same bytes.
    static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    static let dosTime: UInt16 = 0

    /// The CRC-32 of ISO 3309 that ZIP records for each entry (§4.4.7).
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(CZlib.crc32(0, buffer.baseAddress, uInt(buffer.count)))
        }
    }

    // MARK: Reading

    /// An archive read from bytes: the central directory is checked against the file as a whole
    /// (every entry inside the file, before the directory, none overlapping another, names safe and
    /// unique, local headers agreeing), and an entry is inflated only when asked for, never beyond
    /// the size the directory states or `entrySizeLimit`.
    public struct Reader: Sendable {
        struct Record: Sendable {
            let name: String
            let method: UInt16
            let crc: UInt32
            let compressedSize: Int
            let size: Int
            let dataStart: Int
        }

        private let bytes: [UInt8]
        private let records: [String: Record]
        /// The entries' names, in the directory's order.
        public let names: [String]

        public init(_ bytes: [UInt8]) throws(ZipError) {
            self.bytes = bytes
            let end = try Self.endRecord(bytes)
            let count = Int(bytes.le16(end + 10))
            let directorySize = Int(bytes.le32(end + 12))
            let directoryOffset = Int(bytes.le32(end + 16))
            guard bytes.le16(end + 4) == 0, bytes.le16(end + 6) == 0, Int(bytes.le16(end + 8)) == count else {
                throw ZipError(nil, Message(zh: "是分卷 ZIP，无法读取", en: "is a multi-volume ZIP, which cannot be read"))
            }
            guard count != 0xFFFF, directoryOffset != 0xFFFF_FFFF else {
                throw ZipError(nil, Message(zh: "是 ZIP64 格式，无法读取", en: "is a ZIP64 archive, which cannot be read"))
            }
            guard count <= ZipArchive.entryCountLimit else {
                throw ZipError(
                    nil,
                    Message(
                        zh: "列出 \(count) 个文件，超过上限 \(ZipArchive.entryCountLimit)",
                        en: "lists \(count) files, more than the limit of \(ZipArchive.entryCountLimit)"))
            }
            guard directoryOffset + directorySize <= end else {
                throw ZipError(nil, Self.lying("中央目录超出文件范围", "the central directory lies outside the file"))
            }
            var records: [String: Record] = [:]
            var names: [String] = []
            var spans: [(start: Int, end: Int, name: String)] = []
            var position = directoryOffset
            for _ in 0..<count {
                guard position + 46 <= directoryOffset + directorySize, bytes.le32(position) == centralSignature else {
                    throw ZipError(
                        nil, Self.lying("中央目录的条目数与实际不符", "the central directory holds fewer entries than it says"))
                }
                let flags = bytes.le16(position + 8)
                let method = bytes.le16(position + 10)
                let nameLength = Int(bytes.le16(position + 28))
                let extraLength = Int(bytes.le16(position + 30))
                let commentLength = Int(bytes.le16(position + 32))
                let headerOffset = Int(bytes.le32(position + 42))
                let next = position + 46 + nameLength + extraLength + commentLength
                guard next <= directoryOffset + directorySize else {
                    throw ZipError(
                        nil, Self.lying("中央目录的条目超出目录范围", "a central directory entry runs past the directory"))
                }
                let name = String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self)
                try Self.checkName(name)
                guard records[name] == nil else {
                    throw ZipError(name, Message(zh: "在中央目录中出现两次", en: "appears twice in the central directory"))
                }
                guard flags & 0x0001 == 0 else {
                    throw ZipError(name, Message(zh: "已加密，无法读取", en: "is encrypted and cannot be read"))
                }
                guard method == 0 || method == 8 else {
                    throw ZipError(
                        name,
                        Message(
                            zh: "使用不支持的压缩方法 \(method)", en: "uses compression method \(method), which is not supported")
                    )
                }
                let compressedSize = Int(bytes.le32(position + 20))
                let size = Int(bytes.le32(position + 24))
                // The local header (§4.3.7) must be where the directory says, name the same file,
                // and its data must end before the directory starts.
                guard headerOffset + 30 <= directoryOffset, bytes.le32(headerOffset) == localSignature else {
                    throw ZipError(name, Self.lying("本地文件头不在中央目录所指位置", "has no local header where the directory says"))
                }
                let localName = Int(bytes.le16(headerOffset + 26))
                let localExtra = Int(bytes.le16(headerOffset + 28))
                let dataStart = headerOffset + 30 + localName + localExtra
                guard localName == nameLength, dataStart <= directoryOffset,
                    bytes[(headerOffset + 30)..<(headerOffset + 30 + localName)].elementsEqual(name.utf8)
                else {
                    throw ZipError(
                        name, Self.lying("本地文件头与中央目录不一致", "has a local header that disagrees with the directory"))
                }
                guard dataStart + compressedSize <= directoryOffset else {
                    throw ZipError(name, Self.lying("压缩数据超出文件范围", "has compressed data running past the file"))
                }
                records[name] = Record(
                    name: name, method: method, crc: bytes.le32(position + 16), compressedSize: compressedSize,
                    size: size, dataStart: dataStart)
                names.append(name)
                spans.append((headerOffset, dataStart + compressedSize, name))
                position = next
            }
            // Entries sharing bytes are how a small file inflates to terabytes (overlapping ZIP bombs).
            spans.sort { $0.start < $1.start }
            for (a, b) in zip(spans, spans.dropFirst()) where b.start < a.end {
                throw ZipError(b.name, Self.lying("与 \(a.name) 的数据重叠", "overlaps the data of \(a.name)"))
            }
            self.records = records
            self.names = names
        }

        /// The bytes of the entry named, or nil when the archive has none by that name.
        public func contents(of name: String) throws(ZipError) -> [UInt8]? {
            guard let record = records[name] else { return nil }
            guard record.size <= ZipArchive.entrySizeLimit else {
                throw ZipError(
                    name,
                    Message(
                        zh: "解压后为 \(record.size) 字节，超过上限 \(ZipArchive.entrySizeLimit >> 20) MB",
                        en:
                            "inflates to \(record.size) bytes, more than the limit of \(ZipArchive.entrySizeLimit >> 20) MB"
                    ))
            }
            let data = bytes[record.dataStart..<(record.dataStart + record.compressedSize)]
            let out: [UInt8]
            if record.method == 0 {
                guard record.compressedSize == record.size else {
                    throw ZipError(name, Self.lying("未压缩却大小不一", "is stored but its two sizes differ"))
                }
                out = Array(data)
            } else {
                out = try ZipArchive.inflate(data, size: record.size, name: name)
            }
            guard ZipArchive.crc32(out) == record.crc else {
                throw ZipError(
                    name, Message(zh: "校验和（CRC-32）不符，文件已损坏", en: "fails its CRC-32 check: the file is damaged"))
            }
            return out
        }

        /// The end of central directory record: the last signature within the 64 KB a comment may take.
        private static func endRecord(_ bytes: [UInt8]) throws(ZipError) -> Int {
            guard bytes.count >= 22 else { throw ZipError(nil, notAZip) }
            var position = bytes.count - 22
            let lowest = max(0, bytes.count - 22 - 0xFFFF)
            while position >= lowest {
                if bytes.le32(position) == endSignature { return position }
                position -= 1
            }
            throw ZipError(nil, notAZip)
        }

        private static let notAZip = Message(
            zh: "不是完整的 ZIP 文件（.xlsx/.docx），可能已截断", en: "is not a whole ZIP file (.xlsx/.docx); it may be truncated")

        /// Refuses names that could leave a folder or mean something else on another system.
        private static func checkName(_ name: String) throws(ZipError) {
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains("\0"),
                !parts.contains(".."), !(parts.first?.contains(":") ?? false)
            else {
                throw ZipError(
                    name.inline,
                    Message(
                        zh: "是不安全的文件名（含 ../、绝对路径或反斜杠）", en: "is an unsafe name (../, an absolute path or a backslash)"))
            }
        }

        private static func lying(_ zh: String, _ en: String) -> Message {
            Message(zh: "ZIP 结构有误：\(zh)", en: "broken ZIP structure: \(en)")
        }
    }

    /// Inflates raw DEFLATE into exactly `size` bytes; more or fewer is refused.
    static func inflate(_ data: ArraySlice<UInt8>, size: Int, name: String) throws(ZipError) -> [UInt8] {
        var stream = z_stream()
        guard talks_inflate_init(&stream) == Z_OK else { fatalError("zlib: inflateInit2 failed") }
        defer { inflateEnd(&stream) }
        // One byte of room beyond the stated size shows a stream that would go on.
        var out = [UInt8](repeating: 0, count: size + 1)
        var input = Array(data)
        let (status, produced) = input.withUnsafeMutableBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                let status = CZlib.inflate(&stream, Z_FINISH)
                return (status, target.count - Int(stream.avail_out))
            }
        }
        switch status {
        case Z_STREAM_END where produced == size:
            out.removeLast()
            return out
        case Z_STREAM_END:
            throw ZipError(
                name,
                Message(
                    zh: "ZIP 结构有误：解压后为 \(produced) 字节，与中央目录所写 \(size) 字节不符",
                    en: "broken ZIP structure: inflates to \(produced) bytes, not the \(size) the directory states"))
        case Z_BUF_ERROR where produced == size + 1, Z_OK where produced == size + 1:
            throw ZipError(
                name,
                Message(
                    zh: "ZIP 结构有误：解压后超过中央目录所写的 \(size) 字节（疑似 ZIP 炸弹）",
                    en:
                        "broken ZIP structure: inflates to more than the \(size) bytes the directory states (a ZIP bomb?)"
                ))
        default:
            throw ZipError(name, Message(zh: "压缩数据已损坏", en: "holds damaged compressed data"))
        }
    }
}

/// What is wrong with an archive, and in which entry.
public struct ZipError: Error, Sendable {
    /// The entry's name, or nil for the archive as a whole.
    public let entry: String?
    public let message: Message

    init(_ entry: String?, _ message: Message) {
        self.entry = entry
        self.message = message
    }

    /// The problem as the rest of the tool reports it: at the entry, or at the file itself.
    public var problem: Problem { Problem(entry ?? "", message) }
}

extension [UInt8] {
    /// Little-endian integers at `offset`; zero past the end, so a short file reads as a wrong signature.
    fileprivate func le16(_ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= count else { return 0 }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    fileprivate func le32(_ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= count else { return 0 }
        return UInt32(le16(offset)) | UInt32(le16(offset + 2)) << 16
    }
}
