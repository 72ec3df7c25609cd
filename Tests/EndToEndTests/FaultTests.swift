import Foundation
import TestSupport
import Testing

/// A document of `count` new talks on top of the sample, all regular talks with 安平市委 (ap).
func bulkTalks(_ count: Int, prefix: String) -> Data {
    let talks = (1...count).map { n in
        let day = 1 + n % 28
        return """
            {"id": "\(prefix)-\(n)", "conductor": "jd", "kind": "regular", "organization": "ap", "talkee": "p-deng", \
            "talker": "p-zhou", "held": "2026-03-\(day < 10 ? "0" : "")\(day)", "problems": ["problem \(n)"]}
            """
    }
    return Data("{\"format\": \"supervision-talks/1\", \"talks\": [\n\(talks.joined(separator: ",\n"))\n]}\n".utf8)
}

/// What SIGKILL and several clerks at once do to a store: nothing but whole changes.
@Suite(.serialized) struct FaultTests {
    /// `talks load` killed at random moments: each time the store is as before or fully loaded,
    /// SQLite finds it sound, and the audit trail still verifies.
    @Test func aKilledLoadLeavesTheStoreAsItWasOrFullyLoaded() throws {
        let w = try Workspace()
        let big = w.folder + "/big.json"
        try bulkTalks(6_000, prefix: "BULK").write(to: URL(fileURLWithPath: big))
        let before = try w.export()
        let pristine = w.folder + "/pristine.db"
        try FileManager.default.copyItem(atPath: w.db, toPath: pristine)
        // One full load, timed, gives the other outcome and how long a load takes.
        let loaded = try Workspace()
        let start = Date()
        #expect(try loaded.run("load", big).status == 0)
        let duration = Date().timeIntervalSince(start)
        let after = try loaded.export()
        var generator = SystemRandomNumberGenerator()
        var outcomes: [String: Int] = [:]
        for _ in 0..<12 {
            let delay = Double.random(in: 0...(duration * 1.2), using: &generator)
            let load = try Running(["--db", w.db, "load", big])
            usleep(useconds_t(delay * 1_000_000))
            kill(load.process.processIdentifier, SIGKILL)
            _ = try load.finish()
            #expect(try sqlite3(w.db, "PRAGMA integrity_check") == "ok", "after a kill at \(delay) s")
            let now = try w.export()
            #expect(now == before || now == after, "a kill at \(delay) s left a partial store")
            outcomes[now == before ? "unchanged" : "loaded", default: 0] += 1
            #expect(try w.run("audit", "verify").status == 0, "after a kill at \(delay) s")
            if now == after {
                // Back to the start, so the next kill meets a load with work to do.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: w.db + suffix) }
                try FileManager.default.copyItem(atPath: pristine, toPath: w.db)
            }
        }
        // Kills spread over the whole load must have caught it in progress at least once.
        #expect(outcomes["unchanged", default: 0] > 0, "\(outcomes)")
    }

    /// Clerks recording, loading and updating at once while others read: every process
    /// succeeds, no "database is locked" reaches anyone, and every write is kept.
    @Test func parallelWritersAllSucceedAndEveryWriteIsKept() throws {
        let w = try Workspace()
        func numbered() throws -> Set<Substring> {
            let list = try w.run("list", "talks", "--format", "json").stdout
            return Set(list.split(separator: "\"").filter { $0.hasPrefix("T2026-") })
        }
        let before = try numbered()
        var processes: [(String, Running)] = []
        for n in 1...6 {
            processes.append(
                (
                    "record \(n)",
                    try Running([
                        "--db", w.db, "record", "--kind", "regular", "--organization", "ap", "--talker", "p-zhou",
                        "--held", "2026-11-0\(n)",
                    ])
                ))
        }
        for n in 1...3 {
            let file = w.file("batch-\(n).json", String(decoding: bulkTalks(300, prefix: "LOAD\(n)"), as: UTF8.self))
            processes.append(("load \(n)", try Running(["--db", w.db, "load", file])))
        }
        for talk in ["T2026-009", "T2026-010", "T2026-013"] {
            processes.append(
                ("measures \(talk)", try Running(["--db", w.db, "measures", talk, "--reported", "2026-11-20"])))
        }
        // Two clerks completing the same talk at once: both parts are kept.
        processes.append(
            (
                "rectification T2026-013",
                try Running(["--db", w.db, "rectification", "T2026-013", "--reported", "2026-11-21"])
            ))
        for n in 1...4 {
            processes.append(("check \(n)", try Running(["--db", w.db, "check", "--as-of", "2026-11-21"])))
        }
        for (name, process) in processes {
            let run = try process.finish()
            #expect(run.status == 0 || (name.hasPrefix("check") && run.status == 1), "\(name): \(run.stderr)")
            #expect(!run.stderr.contains("locked") && !run.stderr.contains("SQLite"), "\(name): \(run.stderr)")
        }
        // Six new numbers, whichever clerk took which.
        #expect(try numbered().subtracting(before).count == 6)
        let list = try w.run("list", "talks", "--format", "json").stdout
        for n in 1...3 { #expect(list.contains("\"LOAD\(n)-300\"")) }
        let stored = try w.export()
        for talk in ["T2026-009", "T2026-010", "T2026-013"] {
            #expect(stored.contains("\"id\": \"\(talk)\""))
        }
        let completed = try w.run("show", "T2026-013").stdout
        #expect(completed.contains("2026-11-20") && completed.contains("2026-11-21"), "\(completed)")
        // One entry for the sample, then one per write.
        #expect(try w.run("audit", "log", "--format", "json").stdout.split(separator: "\n").count == 1 + 6 + 3 + 4)
        #expect(try w.run("audit", "verify").status == 0)
    }
}
