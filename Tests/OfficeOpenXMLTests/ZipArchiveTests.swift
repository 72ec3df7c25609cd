import Foundation
import TalkModel
import TestSupport
import Testing

@testable import OfficeOpenXML

/// Runs Debian's python3 (which has python3-openpyxl and python3-docx) on a script; its output.
func python(_ script: String, _ arguments: [String] = []) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script] + arguments
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let problem = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(String(decoding: problem, as: UTF8.self))")
    return String(decoding: data, as: UTF8.self)
}

@Suite struct ZipArchiveTests {
    let entries = [
        ZipArchive.Entry("a.txt", Array("谈话 talks\n".utf8)),
        ZipArchive.Entry("folder/b.xml", Array(String(repeating: "<x/>", count: 5000).utf8)),
        ZipArchive.Entry("empty", []),
    ]

    @Test func theLayoutIsAPPNOTEs() throws {
        let zip = try ZipArchive.write(entries)
        // Local file header: signature, version 2.0, UTF-8 names, DEFLATE, 1980-01-01 00:00.
        #expect(Array(zip[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
        #expect(Array(zip[4..<12]) == [20, 0, 0x00, 0x08, 8, 0, 0, 0])
        #expect(Array(zip[12..<14]) == [0x21, 0x00])
        let crc = ZipArchive.crc32(entries[0].bytes)
        #expect(
            Array(zip[14..<18]) == [
                UInt8(crc & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 24),
            ])
        #expect(ZipArchive.crc32(Array("123456789".utf8)) == 0xCBF4_3926)  // the check value of CRC-32
        // End of central directory: three entries, no comment, at the very end.
        let end = zip.count - 22
        #expect(Array(zip[end..<(end + 4)]) == [0x50, 0x4B, 0x05, 0x06])
        #expect(zip[end + 10] == 3 && zip[end + 8] == 3)
    }

    @Test func whatWeWriteWeAndPythonReadBack() throws {
        let zip = try ZipArchive.write(entries)
        let reader = try ZipArchive.Reader(zip)
        #expect(reader.names == entries.map(\.name))
        for entry in entries { #expect(try reader.contents(of: entry.name) == entry.bytes) }
        #expect(try reader.contents(of: "missing") == nil)
        let path = Fixture.temporaryFolder() + "/ours.zip"
        try Data(zip).write(to: URL(fileURLWithPath: path))
        let listed = try python(
            "import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\n"
                + "print(','.join(i.filename + ':' + str(i.file_size) for i in z.infolist()))", [path])
        #expect(listed == "a.txt:13,folder/b.xml:20000,empty:0\n")
    }

    @Test func whatPythonWritesWeRead() throws {
        let path = Fixture.temporaryFolder() + "/python.zip"
        _ = try python(
            "import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                + "  z.writestr('stored.txt', '原样', compress_type=zipfile.ZIP_STORED)\n"
                + "  z.writestr('deflated.txt', 'x' * 100000, compress_type=zipfile.ZIP_DEFLATED)\n"
                + "  z.comment = b'a comment at the end'", [path])
        let reader = try ZipArchive.Reader(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(try reader.contents(of: "stored.txt") == Array("原样".utf8))
        #expect(try reader.contents(of: "deflated.txt") == Array(repeating: UInt8(ascii: "x"), count: 100000))
    }

    @Test func theSameEntriesGiveTheSameBytes() throws {
        #expect(try ZipArchive.write(entries) == (try ZipArchive.write(entries)))
    }

    /// An entry deflated piece by piece, in pieces of any size, is the same bytes as the entry
    /// given whole, and its data is what Python's zlib makes of the whole in one call: with no
    /// flush before the end, DEFLATE does not depend on how its input was cut.
    @Test func anEntryWrittenInPiecesIsTheEntryWrittenWhole() throws {
        var text: [UInt8] = []
        for i in 0..<200_000 { text += Array("<c r=\"A\(i)\"><v>\(i * 7919 % 100_003)</v></c>谈话".utf8) }
        let whole = try ZipArchive.write([ZipArchive.Entry("sheet.xml", text)])
        for pieces in [[1, 7, 4096], [65_536], [65_537, 3], [1 << 20]] {
            let archive = ZipBytes()
            var writer = ZipArchive.Writer(archive)
            try writer.add("sheet.xml") { entry in
                var start = 0
                var next = 0
                while start < text.count {
                    let end = min(text.count, start + pieces[next % pieces.count])
                    try text[start..<end].withUnsafeBytes(entry.write)
                    (start, next) = (end, next + 1)
                }
            }
            try writer.finish()
            #expect(archive.bytes == whole, "\(pieces)")
        }
        let folder = Fixture.temporaryFolder()
        try Data(text).write(to: URL(fileURLWithPath: folder + "/sheet.xml"))
        try Data(whole).write(to: URL(fileURLWithPath: folder + "/sheet.zip"))
        let same = try python(
            """
            import sys, zlib
            text = open(sys.argv[1] + '/sheet.xml', 'rb').read()
            zip = open(sys.argv[1] + '/sheet.zip', 'rb').read()
            z = zlib.compressobj(6, zlib.DEFLATED, -15, 8)
            data = z.compress(text) + z.flush()
            print(len(text) > 6_000_000, zip[30 + 9:30 + 9 + len(data)] == data, zlib.crc32(text) == int.from_bytes(zip[14:18], 'little'))
            """, [folder])
        #expect(same == "True True True\n")
    }

    /// Every way the directory can lie is refused with the entry it concerns.
    @Test func aLyingDirectoryIsRefused() throws {
        let zip = try ZipArchive.write([ZipArchive.Entry("a.txt", Array(repeating: 65, count: 1000))])
        let central = zip.count - 22 - 46 - 5
        func refused(_ change: (inout [UInt8]) -> Void) -> String {
            var bytes = zip
            change(&bytes)
            do {
                let reader = try ZipArchive.Reader(bytes)
                _ = try reader.contents(of: "a.txt")
                return "accepted"
            } catch { return error.message.en }
        }
        // The stated size far smaller than what the data inflates to.
        #expect(
            refused {
                $0[central + 24] = 10; $0[central + 25] = 0
            }.contains("more than the 10 bytes"))
        // The local header somewhere else.
        #expect(refused { $0[central + 42] = 7 }.contains("no local header"))
        // More entries than there are.
        #expect(
            refused {
                $0[$0.count - 12] = 2; $0[$0.count - 14] = 2
            }.contains("fewer entries"))
        // A wrong checksum.
        #expect(refused { $0[central + 16] ^= 0xFF }.contains("CRC-32"))
        // Truncated.
        #expect(refused { $0.removeLast(30) }.contains("not a whole ZIP"))
        // An honest directory that states four gigabytes.
        #expect(refused { $0[central + 27] = 0xF0 }.contains("more than the limit of 256 MB"))
    }

    @Test(arguments: ["../evil.xml", "/etc/passwd", "a/../../b", "C:/x", "a\\b"])
    func unsafeNamesAreRefused(name: String) throws {
        let zip = try ZipArchive.write([ZipArchive.Entry(name, [1, 2, 3])])
        #expect(throws: ZipError.self) { try ZipArchive.Reader(zip) }
    }
}

extension Error {
    fileprivate var message: Message { (self as? ZipError)?.message ?? Message(zh: "\(self)", en: "\(self)") }
}
