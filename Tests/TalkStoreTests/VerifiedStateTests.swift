import Foundation
import TalkModel
import TestSupport
import Testing

@testable import TalkStore

/// The record of a store's files as talks last knew them whole (`VerifiedState`): a write leaves
/// one the next write can trust, and any change made outside SQLite, or a record that is not ours
/// alone or was taken within the same clock tick, is not trusted (the next write checks the file).
@Suite struct VerifiedStateTests {
    let folder = Fixture.temporaryFolder()
    var path: String { folder + "/talks.db" }
    var record: String { VerifiedState.recordPath(for: path) }

    /// A store made and filled, then written once more by another connection, now closed.
    private func storeWrittenTwice() throws {
        _ = try SQLiteStore.openOrCreate(at: path) { store in try store.save(try sampleDataset().dataset, source: nil) }
        #expect(!FileManager.default.fileExists(atPath: record), "a store made under a temporary name keeps no record")
        var sample = try sampleDataset().dataset
        sample.talks[0].record.toggle()
        _ = try SQLiteStore.open(at: path).save(sample, source: nil)
    }

    /// Writes 16 bytes of the store back over themselves, outside SQLite: the content stays.
    private func rewriteBytesInPlace() throws {
        let handle = try #require(FileHandle(forUpdatingAtPath: path))
        try handle.seek(toOffset: 4096)
        let same = try #require(try handle.read(upToCount: 16))
        try handle.seek(toOffset: 4096)
        try handle.write(contentsOf: same)
        try handle.close()
    }

    @Test func aWriteLeavesARecordTheNextWriteTrusts() throws {
        try storeWrittenTwice()
        let recorded = try #require(VerifiedState.recorded(for: path))
        #expect(recorded == VerifiedState(of: path))
        #expect(recorded.log == nil, "the close folded the log into the file")
        #expect(try permissions(record) == 0o600)
        #expect(try String(contentsOfFile: record, encoding: .utf8).hasPrefix("talks-verified 1\n"))
    }

    @Test func aReadLeavesNoRecord() throws {
        _ = try SQLiteStore.openOrCreate(at: path) { store in try store.save(try sampleDataset().dataset, source: nil) }
        _ = try SQLiteStore.open(at: path).dataset()
        #expect(!FileManager.default.fileExists(atPath: record))
    }

    /// The same bytes written back over themselves change nothing in the content, but the file's
    /// status-change time moves: the record no longer matches.
    @Test func bytesWrittenOutsideSQLiteAreNoticedEvenWhenTheyAreTheSame() throws {
        try storeWrittenTwice()
        try rewriteBytesInPlace()
        #expect(VerifiedState.recorded(for: path) != VerifiedState(of: path))
    }

    @Test func aCopyPutInTheStoresPlaceIsNoticed() throws {
        try storeWrittenTwice()
        try FileManager.default.copyItem(atPath: path, toPath: path + ".copy")
        #expect(rename(path + ".copy", path) == 0)
        #expect(VerifiedState.recorded(for: path) != VerifiedState(of: path))
    }

    @Test func aLogLeftBesideTheStoreIsNoticed() throws {
        try storeWrittenTwice()
        #expect(FileManager.default.createFile(atPath: path + "-wal", contents: Data([1, 2, 3])))
        chmod(path + "-wal", 0o600)
        #expect(VerifiedState.recorded(for: path) != VerifiedState(of: path))
    }

    @Test func aRecordOthersCouldWriteOrALinkIsNotTrusted() throws {
        try storeWrittenTwice()
        chmod(record, 0o644)
        #expect(VerifiedState.recorded(for: path) == nil)
        chmod(record, 0o600)
        #expect(VerifiedState.recorded(for: path) != nil)
        #expect(rename(record, record + ".elsewhere") == 0)
        #expect(symlink(record + ".elsewhere", record) == 0)
        #expect(VerifiedState.recorded(for: path) == nil)
    }

    /// A record whose own time is not past the times it holds could have missed a change made in
    /// the same clock tick.
    @Test func aRecordTakenWithinTheStoresTickIsNotTrusted() throws {
        try storeWrittenTwice()
        var info = stat()
        #expect(lstat(path, &info) == 0)
        let times = [info.st_ctim, info.st_ctim]
        #expect(utimensat(AT_FDCWD, record, times, 0) == 0)
        #expect(VerifiedState.recorded(for: path) == nil)
    }

    /// Bytes written into the file while a write runs (here between its check and its commit)
    /// leave no record of the state after it: the next write checks the whole file.
    @Test func aChangeMadeDuringAWriteIsNotRecordedAsChecked() throws {
        try storeWrittenTwice()
        #expect(VerifiedState.recorded(for: path) == VerifiedState(of: path))
        do {
            let connection = try Connection(path: path)
            try connection.writeTransaction {
                try rewriteBytesInPlace()
                try connection.execute("PRAGMA user_version = 7")
            }
        }
        #expect(VerifiedState.recorded(for: path) != VerifiedState(of: path))
    }

    /// While another program keeps the store open, its log outlives each writer and anyone holding
    /// the store can write into it: no state with a log is recorded, so the next write checks.
    @Test func aLogKeptOpenByAnotherConnectionIsNotRecorded() throws {
        try storeWrittenTwice()
        let reader = try Connection(path: path)
        _ = try reader.query("SELECT count(*) FROM talk")
        var sample = try sampleDataset().dataset
        sample.talks[2].record.toggle()
        _ = try SQLiteStore.open(at: path).save(sample, source: nil)
        #expect(VerifiedState(of: path)?.log != nil)
        #expect(VerifiedState.recorded(for: path) != VerifiedState(of: path))
        withExtendedLifetime(reader) {}
    }

    /// With SQLite's own checkpoint off, a writer folds a log past 64 MB into the file after its
    /// commit, even while another connection keeps the log from being folded at the close.
    @Test func aLargeLogIsFoldedIntoTheFileAfterTheCommit() throws {
        try storeWrittenTwice()
        let reader = try Connection(path: path)
        _ = try reader.query("SELECT count(*) FROM talk")
        do {
            let writer = try Connection(path: path)
            try writer.writeTransaction {
                try writer.execute("CREATE TABLE filler (bytes BLOB)")
                try writer.execute("INSERT INTO filler VALUES (zeroblob(70000000))")
            }
        }
        var info = stat()
        #expect(lstat(path, &info) == 0)
        #expect(info.st_size > 70_000_000, "the log was not folded: the file has \(info.st_size) bytes")
        withExtendedLifetime(reader) {}
    }

    /// A FIFO at the record's name (another user can make one in a shared folder) is not waited
    /// on: a writer would hold the write lock forever. (The limit catches a wait for ever; a test
    /// run on a busy machine, its tasks queued behind the others', took more than a minute.)
    @Test(.timeLimit(.minutes(10))) func aFIFOAtTheRecordsNameIsPassedOver() throws {
        try storeWrittenTwice()
        #expect(unlink(record) == 0)
        #expect(mkfifo(record, 0o600) == 0)
        #expect(VerifiedState.recorded(for: path) == nil)
        var sample = try sampleDataset().dataset
        sample.talks[1].record.toggle()
        _ = try SQLiteStore.open(at: path).save(sample, source: nil)
        var info = stat()
        #expect(lstat(record, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO was replaced")
    }

    /// Whatever else is at the record's name (here a store someone named so) is never replaced.
    @Test func aFileThatIsNotARecordIsNeverReplaced() throws {
        _ = try SQLiteStore.openOrCreate(at: path) { store in try store.save(try sampleDataset().dataset, source: nil) }
        let other = Data("SQLite format 3\u{0}".utf8) + Data(repeating: 7, count: 100)
        #expect(FileManager.default.createFile(atPath: record, contents: other))
        chmod(record, 0o600)
        var sample = try sampleDataset().dataset
        sample.talks[0].record.toggle()
        _ = try SQLiteStore.open(at: path).save(sample, source: nil)
        #expect(FileManager.default.contents(atPath: record) == other)
    }

    /// A record whose time is ahead of the clock (a clock set back, a hand-made record) is not
    /// trusted: a record is trusted from its writing for `trustedFor` seconds only.
    @Test func aRecordFromTheFutureIsNotTrusted() throws {
        try storeWrittenTwice()
        #expect(VerifiedState.recorded(for: path) != nil)
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let later = timespec(tv_sec: now.tv_sec + 3_600, tv_nsec: 0)
        #expect(utimensat(AT_FDCWD, record, [later, later], 0) == 0)
        #expect(VerifiedState.recorded(for: path) == nil)
    }

    @Test func aRecordThatIsNotOneIsNotTrusted() throws {
        try storeWrittenTwice()
        for text in [
            "", "talks-verified 1\n", "talks-verified 1\n1 2 3\n",
            "talks-verified 2\n" + String(repeating: "1 ", count: 7),
        ] {
            try text.write(toFile: record, atomically: false, encoding: .utf8)
            #expect(VerifiedState.recorded(for: path) == nil, "\(text)")
        }
    }
}
