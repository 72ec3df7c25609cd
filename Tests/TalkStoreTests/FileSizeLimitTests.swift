import CSQLite
import Foundation
import Testing

@testable import TalkStore

/// EFBIG is a file size limit: the shell's when one is set, else the file system's own largest
/// file (a FAT32 stick), told apart so the advice fits (`StoreError.fileSizeLimit`).
@Suite struct FileSizeLimitTests {
    @Test func aFileTooLargeIsTheLimitItMeets() {
        let failed = StoreError.from(
            code: SQLITE_IOERR | (3 << 8), message: "disk I/O error", systemErrno: EFBIG, path: "s.db")
        #expect(failed == .fileSizeLimit(path: "s.db", bytes: StoreError.fileSizeLimit()))
        let unkept = StoreError.from(
            code: SQLITE_IOERR | (3 << 8), message: "disk I/O error", systemErrno: 0, path: "s.db")
        #expect(
            unkept
                == (StoreError.fileSizeLimit().map { .fileSizeLimit(path: "s.db", bytes: $0) }
                    ?? .ioFailure(path: "s.db", detail: "disk I/O error")))
        let other = StoreError.from(
            code: SQLITE_IOERR | (3 << 8), message: "disk I/O error", systemErrno: EIO, path: "s.db")
        #expect(other == .ioFailure(path: "s.db", detail: "disk I/O error: " + String(cString: strerror(EIO))))
    }
}
