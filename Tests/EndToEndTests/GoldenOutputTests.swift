// Golden outputs of the bundled sample.
//
// The sample (Docs/examples/sample-province.json) is loaded into a fresh store, and every command that prints
// judged or listed records is run in every format it has, under --lang zh and --lang en, as of 2026-11-21 (the
// day `make demo` and `make bench` judge on). Each output is compared byte for byte with its file in
// Tests/Golden/, named COMMAND[-VARIANT].LANG.EXT; the same commands on a PostgreSQL store loaded with the
// sample must print the same files (when PostgreSQL is installed). The spec promises byte-identical output for
// the same store, rules and --as-of, so a change of any byte is a change of the product: when a change is meant
// (a new column, a reworded message), regenerate the files with
//
//     TALKS_UPDATE_GOLDEN=1 TALKS_BIN=$PWD/.build/debug/talks swift test --skip-build --filter GoldenOutputTests
//
// and review `git diff Tests/Golden` before committing; never regenerate to make a failure go away.
//
// What is normalized, and why (nothing else is):
// - every command runs in the package root with TALKS_RULES=Rules, so the national pack's path that
//   `rules list` prints (and the width of its column) does not depend on where the checkout lies;
// - `audit verify` prints the head of the audit trail's hash chain, which hashes the load's UTC time and the
//   operating-system user; the 64-hex-digit hash is replaced by `<head hash>`.
// The Word and Excel files are kept as they are: they are deterministic ZIP archives (fixed entry times).

import Foundation
import OfficeOpenXML
import TestSupport
import Testing

/// One command whose output is kept under Tests/Golden/.
struct Golden: Sendable, CustomTestStringConvertible {
    /// The file's name in Tests/Golden/.
    let file: String
    /// The arguments after `talks --db STORE`.
    let arguments: [String]
    var testDescription: String { "\(file) (\(arguments[1]))" }
    var command: String { "talks " + arguments.joined(separator: " ") }
    /// Asks for the confidential texts, which the output then holds and otherwise must not.
    var confidential: Bool { arguments.contains("--include-confidential") }
}

extension Golden {
    static let asOf = ["--as-of", "2026-11-21"]
    static let localPack = ["--rules", "Rules/examples/province-working-days.rules"]

    /// `arguments` in each of `formats` (nil: the command has no --format) under --lang zh and --lang en. The
    /// formats in `languageFree` (the JSON of records, which holds no message) must print the same bytes in both
    /// languages, so both runs are compared with one file, named without a language.
    static func cases(_ name: String, _ arguments: [String], _ formats: [String?], languageFree: [String] = [])
        -> [Golden]
    {
        let extensions = ["table": "txt", "markdown": "md"]
        return formats.flatMap { format in
            ["zh", "en"].map { language in
                let ext = format.map { extensions[$0] ?? $0 } ?? "txt"
                let shared = format.map(languageFree.contains) ?? false
                return Golden(
                    file: shared ? "\(name).\(ext)" : "\(name).\(language).\(ext)",
                    arguments: ["--lang", language] + arguments + (format.map { ["--format", $0] } ?? []))
            }
        }
    }

    static let sheets: [String?] = ["table", "json", "csv", "xlsx"]
    static let kinds = ["talks", "organizations", "people", "plans", "triggers", "appointments", "terms"]
    static let reports: [String?] = ["markdown", "html", "json", "docx"]

    static let all: [Golden] =
        cases("check", ["check"] + asOf, sheets)
        + cases("check-gb18030", ["check", "--encoding", "gb18030"] + asOf, ["csv"])
        + cases("check-local-pack", ["check"] + asOf + localPack, ["table", "json"])
        + cases("overdue", ["overdue"] + asOf, sheets + ["ics"])
        + cases("overdue-jz-below", ["overdue", "--conductor", "jz", "--below"] + asOf, ["table"])
        + cases("coverage", ["coverage"] + asOf, sheets, languageFree: ["json"])
        + cases("coverage-jz", ["coverage", "--conductor", "jz"] + asOf, ["table"])
        + cases("explain-T2026-003", ["explain", "T2026-003"] + asOf, ["table", "json"])
        + cases("explain-T2026-018", ["explain", "T2026-018"] + asOf, ["table"])
        + ["T2026-003", "jz", "p-zhou", "P2026-12", "TR2026-02"].flatMap {
            cases("show-\($0)", ["show", $0] + asOf, ["table", "json"], languageFree: ["json"])
        }
        + cases("show-T2026-003-confidential", ["show", "T2026-003", "--include-confidential"] + asOf, ["table"])
        + kinds.flatMap { cases("list-\($0)", ["list", $0], sheets, languageFree: ["json"]) }
        + cases(
            "list-talks-confidential", ["list", "talks", "--include-confidential"], ["json"], languageFree: ["json"])
        + cases("export", ["export"], ["json"], languageFree: ["json"])
        + cases("export-confidential", ["export", "--include-confidential"], ["json"], languageFree: ["json"])
        + kinds.flatMap { cases("export-\($0)", ["export", "--kind", $0], ["csv", "xlsx"]) }
        + cases("export-talks-gb18030", ["export", "--encoding", "gb18030"], ["csv"])
        + ["discipline-inspection", "organization"].flatMap {
            cases("export-for-\($0)", ["export", "--for", $0] + asOf, ["json", "csv", "xlsx"], languageFree: ["json"])
        }
        + cases(
            "export-for-discipline-inspection-below", ["export", "--for", "discipline-inspection", "--below"] + asOf,
            ["csv"])
        + cases("report-annual-jd-2026", ["report", "annual", "--conductor", "jd", "--year", "2026"] + asOf, reports)
        + cases(
            "report-annual-jd-2026-confidential",
            ["report", "annual", "--conductor", "jd", "--year", "2026", "--include-confidential"] + asOf, ["markdown"])
        + cases("report-rollup-jd-2026", ["report", "rollup", "--under", "jd", "--year", "2026"] + asOf, reports)
        + cases("rules-list", ["rules", "list"], ["table", "json"], languageFree: ["json"])
        + cases("rules-list-local-pack", ["rules", "list"] + localPack, ["table"])
        + cases("rules-calendar-2026", ["rules", "calendar", "2026"], ["table", "json"])
        + cases("rules-calendar-2027", ["rules", "calendar", "2027"], ["table"])
        + cases("audit-verify", ["audit", "verify"], [nil])
}

@Suite struct GoldenOutputTests {
    static let folder = Fixture.root + "/Tests/Golden"
    static let updating = ProcessInfo.processInfo.environment["TALKS_UPDATE_GOLDEN"] == "1"
    /// One store for all cases: every command here only reads.
    static let store = try! Workspace()

    /// The confidential texts of the sample (the talks' problems and requirements, the triggers' notes), in
    /// UTF-8 and in GB18030.
    static let confidentialTexts: [Data] = {
        let sample = try! JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Fixture.sample)))
        let records = sample as! [String: Any]
        let talks = (records["talks"] as! [[String: Any]]).flatMap {
            ($0["problems"] as? [String] ?? []) + ($0["requirements"] as? [String] ?? [])
        }
        let texts = talks + (records["triggers"] as! [[String: Any]]).compactMap { $0["note"] as? String }
        return try! texts.flatMap { [Data($0.utf8), try SheetTests.gb18030($0)] }
    }()

    /// What `golden` prints now from `db` (by default the SQLite store), normalized as the header says.
    static func output(_ golden: Golden, db: String = store.db) throws -> Data {
        // sh -c 'cd ROOT && exec TALKS ARGUMENTS…': the package root as the working directory.
        let run = try Running(
            [#"cd "$0" && exec "$@""#, Fixture.root, Fixture.binary, "--db", db] + golden.arguments,
            environment: ["TALKS_RULES": "Rules"], shell: true
        ).finish()
        #expect(run.status == 0 || run.status == 1, "\(golden.command): \(run.stderr)")
        guard golden.arguments.contains("audit") else {
            return run.output
        }
        let head = try Regex("[0-9a-f]{64}")
        return Data(run.stdout.replacing(head, with: "<head hash>").utf8)
    }

    /// The output is the kept file's bytes, and holds confidential text only when the command asked for it
    /// (--include-confidential), as the product promises.
    @Test(arguments: Golden.all) func outputIsAsKept(_ golden: Golden) throws {
        let now = try Self.output(golden)
        let text = try readable(now).map(\.bytes).reduce(Data(), +)
        let confidential = Self.confidentialTexts.contains { text.range(of: $0) != nil }
        #expect(confidential == golden.confidential, "\(golden.command): confidential text \(confidential)")
        let path = Self.folder + "/" + golden.file
        if Self.updating {
            try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
            try now.write(to: URL(fileURLWithPath: path), options: .atomic)
            return
        }
        guard let kept = FileManager.default.contents(atPath: path) else {
            Issue.record("\(golden.command): no Tests/Golden/\(golden.file) (TALKS_UPDATE_GOLDEN=1 writes it)")
            return
        }
        if kept != now {
            Issue.record(
                "\(golden.command) differs from Tests/Golden/\(golden.file): \(try firstDifference(kept, now))")
        }
    }

    /// A PostgreSQL store loaded with the sample prints the same bytes, in every case (spec/cli.md, Determinism).
    @Test(
        .enabled(
            if: PostgreSQLServer.installed && !updating, "PostgreSQL is not installed, or the files are being written"))
    func postgreSQLPrintsTheSameBytes() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        let db = try server.database("golden")
        let loaded = try talks(["--db", db, "load", Fixture.sample])
        try #require(loaded.status == 0, "\(loaded.stderr)")
        for golden in Golden.all {
            let kept = FileManager.default.contents(atPath: Self.folder + "/" + golden.file)
            let now = try Self.output(golden, db: db)
            if let kept, kept != now {
                Issue.record("\(golden.command) on PostgreSQL: \(try firstDifference(kept, now))")
            }
        }
    }

    /// Every kept file belongs to a case, so a renamed or removed command leaves no stale file behind.
    @Test func everyGoldenFileHasItsCommand() throws {
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder))
        #expect(files.subtracting(Golden.all.map(\.file)).sorted() == [])
        #expect(Set(Golden.all.map(\.arguments)).count == Golden.all.count)
    }
}

/// The parts of an output to compare line by line: the entries of a ZIP archive (xlsx, docx), else the whole.
private func readable(_ data: Data) throws -> [(name: String, bytes: Data)] {
    guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return [("", data)] }
    let zip = try ZipArchive.Reader(Array(data))
    return try zip.names.map { ($0, Data(try zip.contents(of: $0) ?? [])) }
}

/// Where `now` first departs from `kept`: the archive entry, the line and column, and both lines around it.
private func firstDifference(_ kept: Data, _ now: Data) throws -> String {
    let keptParts = try readable(kept)
    let nowParts = try readable(now)
    guard keptParts.map(\.name) == nowParts.map(\.name) else {
        return "the archive's entries differ: \(keptParts.map(\.name)) kept, \(nowParts.map(\.name)) now"
    }
    for (k, n) in zip(keptParts, nowParts) where k.bytes != n.bytes {
        let keptLines = k.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        let nowLines = n.bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Array($0) }
        let line =
            zip(keptLines, nowLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(keptLines.count, nowLines.count)
        let a = line < keptLines.count ? keptLines[line] : []
        let b = line < nowLines.count ? nowLines[line] : []
        let column = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        // 60 bytes before the first difference and 100 after (an XML part is one long line).
        func shown(_ lines: [[UInt8]], _ bytes: [UInt8]) -> String {
            guard line < lines.count else { return "(no such line)" }
            let window = bytes[max(0, column - 60)..<min(bytes.count, column + 100)]
            return String(decoding: window, as: UTF8.self).debugDescription
        }
        let entry = k.name.isEmpty ? "" : "entry \(k.name), "
        return
            "\(entry)line \(line + 1), byte \(column + 1):\n  kept: \(shown(keptLines, a))\n  now:  \(shown(nowLines, b))"
    }
    return "the same entries with other archive bytes"
}
