import CZlib
import TalkModel

/// Where an archive goes as it is written: bytes appended in order, and a local header written
/// again once its entry is complete, when its CRC-32 and sizes are known.
public protocol ZipOutput: AnyObject {
    /// Appends the bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws
    /// Writes `bytes` over those appended at `offset`.
    func rewrite(_ bytes: [UInt8], at offset: Int) throws
}

/// An archive held in memory: its bytes once `ZipArchive.Writer.finish` has run.
public final class ZipBytes: ZipOutput {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }

    public func rewrite(_ bytes: [UInt8], at offset: Int) {
        self.bytes.replaceSubrange(offset..<(offset + bytes.count), with: bytes)
    }
}

extension ZipArchive {
    /// The entries, in order, each deflated, written to `output`.
    public static func write(_ entries: [Entry], to output: any ZipOutput) throws {
        var writer = Writer(output)
        for entry in entries { try writer.add(entry.name, entry.bytes) }
        try writer.finish()
    }

    /// Writes an archive entry by entry, each deflated as its bytes come, so that no entry is ever
    /// held whole. A local header goes first with its CRC-32 and sizes zero and is rewritten when
    /// its entry ends: the bytes are those of the archive written whole, without the data
    /// descriptors (§4.3.9) that would otherwise say the sizes after the data.
    public struct Writer {
        private let output: any ZipOutput
        /// How many bytes are written.
        private var offset = 0
        private var central: [UInt8] = []
        private var count = 0

        public init(_ output: any ZipOutput) {
            self.output = output
        }

        /// An entry of the bytes given.
        public mutating func add(_ name: String, _ bytes: [UInt8]) throws {
            try add(name) { entry in try bytes.withUnsafeBytes(entry.write) }
        }

        /// An entry of what `write` gives its `EntryWriter`, piece by piece.
        public mutating func add(_ name: String, _ write: (EntryWriter) throws -> Void) throws {
            guard count < 0xFFFE else { throw ZipError(nil, tooLarge) }
            guard offset < 0xFFFF_FFFF else { throw ZipError(name, tooLarge) }
            let nameBytes = Array(name.utf8)
            let headerOffset = offset
            try put(Self.localHeader(crc: 0, compressed: 0, size: 0, name: nameBytes))
            let entry = EntryWriter(name, output)
            try write(entry)
            try entry.finish()
            offset += entry.compressed
            guard entry.size < 0xFFFF_FFFF, entry.compressed < 0xFFFF_FFFF else { throw ZipError(name, tooLarge) }
            let (crc, compressed, size) = (entry.crc, UInt32(entry.compressed), UInt32(entry.size))
            try output.rewrite(
                Self.localHeader(crc: crc, compressed: compressed, size: size, name: nameBytes), at: headerOffset)
            // Central directory header, §4.3.12: made by MS-DOS 2.0, no comment, no attributes.
            central.append(le: centralSignature)
            central.append(le: UInt16(20))
            central += Self.shared(crc: crc, compressed: compressed, size: size, nameLength: nameBytes.count)
            central.append(contentsOf: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])  // extra, comment, disk, attributes
            central.append(le: UInt32(headerOffset))
            central += nameBytes
            count += 1
        }

        /// The central directory and its end record, after the last entry.
        public mutating func finish() throws {
            guard offset + central.count < 0xFFFF_FFFF else { throw ZipError(nil, tooLarge) }
            let directoryOffset = UInt32(offset)
            try put(central)
            // End of central directory, §4.3.16: one disk, no comment.
            var end: [UInt8] = []
            end.append(le: endSignature)
            end.append(le: UInt32(0))
            end.append(le: UInt16(count))
            end.append(le: UInt16(count))
            end.append(le: UInt32(central.count))
            end.append(le: directoryOffset)
            end.append(le: UInt16(0))
            try put(end)
        }

        private mutating func put(_ bytes: [UInt8]) throws {
            try bytes.withUnsafeBytes(output.write)
            offset += bytes.count
        }

        /// Local file header, §4.3.7, with no extra field.
        private static func localHeader(crc: UInt32, compressed: UInt32, size: UInt32, name: [UInt8]) -> [UInt8] {
            var header: [UInt8] = []
            header.append(le: localSignature)
            header += shared(crc: crc, compressed: compressed, size: size, nameLength: name.count)
            header.append(le: UInt16(0))
            return header + name
        }

        /// The fields both headers share, from "version needed to extract" to the name's length:
        /// version 2.0, bit 11 (names in UTF-8), method 8 (DEFLATE), the fixed time, the sizes.
        private static func shared(crc: UInt32, compressed: UInt32, size: UInt32, nameLength: Int) -> [UInt8] {
            var fields: [UInt8] = []
            fields.append(le: UInt16(20))
            fields.append(le: UInt16(0x0800))
            fields.append(le: UInt16(8))
            fields.append(le: dosTime)
            fields.append(le: dosDate)
            fields.append(le: crc)
            fields.append(le: compressed)
            fields.append(le: size)
            fields.append(le: UInt16(nameLength))
            return fields
        }
    }

    static let tooLarge = Message(
        zh: "文件超过 4 GB，无法写成不带 ZIP64 的 ZIP", en: "over 4 GB, too large for a ZIP without ZIP64")

    /// One entry's bytes as they come: raw DEFLATE (RFC 1951, ZIP's method 8) at zlib's default
    /// level, with no flush until the end, so the compressed bytes do not depend on the pieces the
    /// entry comes in; the CRC-32 (§4.4.7) counted along.
    public final class EntryWriter {
        private let name: String
        private let output: any ZipOutput
        /// zlib keeps a pointer back to its stream, so the stream must never move.
        private let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        private var buffer = [UInt8](repeating: 0, count: 1 << 16)
        private(set) var crc: UInt32 = 0
        private(set) var size = 0
        private(set) var compressed = 0

        init(_ name: String, _ output: any ZipOutput) {
            (self.name, self.output) = (name, output)
            stream.initialize(to: z_stream())
            guard talks_deflate_init(stream) == Z_OK else { fatalError("zlib: deflateInit2 failed") }
        }

        deinit {
            deflateEnd(stream)
            stream.deallocate()
        }

        /// The next bytes of the entry.
        public func write(_ bytes: UnsafeRawBufferPointer) throws {
            guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
            size += bytes.count
            guard size < 0xFFFF_FFFF else { throw ZipError(name, tooLarge) }
            let start = base.assumingMemoryBound(to: Bytef.self)
            crc = UInt32(CZlib.crc32(uLong(crc), start, uInt(bytes.count)))
            stream.pointee.next_in = UnsafeMutablePointer(mutating: start)
            stream.pointee.avail_in = uInt(bytes.count)
            try deflate(Z_NO_FLUSH)
        }

        /// The end of the entry: what zlib still holds.
        func finish() throws {
            try deflate(Z_FINISH)
        }

        /// Runs zlib until it has taken all of the input (with `Z_FINISH`, until the stream
        /// ends), writing what it gives out as it comes.
        private func deflate(_ flush: Int32) throws {
            while true {
                let (status, produced) = buffer.withUnsafeMutableBufferPointer { target in
                    stream.pointee.next_out = target.baseAddress
                    stream.pointee.avail_out = uInt(target.count)
                    let status = CZlib.deflate(stream, flush)
                    return (status, target.count - Int(stream.pointee.avail_out))
                }
                precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "zlib: deflate failed")
                try buffer.withUnsafeBytes { try output.write(UnsafeRawBufferPointer(rebasing: $0[..<produced])) }
                compressed += produced
                let done =
                    flush == Z_FINISH ? status == Z_STREAM_END : stream.pointee.avail_in == 0 && produced < buffer.count
                if done { return }
            }
        }
    }
}

extension [UInt8] {
    fileprivate mutating func append(le value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(le value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
