// `make bench`: generates synthetic national stores and times whole `talks` processes on them.
// Every figure is a whole process (start, open, work, exit), run several times: median and
// min–max, plus ratios against baselines measured in the same run, as the machine is shared.
import Foundation
import TalkModel
import TestSupport

struct Options {
    var scales = [1, 4]
    var runs = 3
    var talks = ".build/release/talks"
    var folder = NSTemporaryDirectory() + "talks-bench"
    var sql = "Sources/Bench/overdue.sql"
    /// Only the first N provinces of each scale: a quick trial of the bench itself.
    var provinces: Int?
    /// Another build of talks (an earlier commit, say) to time beside this one, in the same run.
    var compare: String?
    /// Also time the same store in PostgreSQL, on a throwaway server the bench starts.
    var postgresql = false

    init(_ words: [String]) {
        var i = 0
        while i < words.count {
            if words[i] == "--postgresql" {
                postgresql = true
                i += 1
                continue
            }
            guard i + 1 < words.count else { Self.usage() }
            switch words[i] {
            case "--scales": scales = words[i + 1].split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = Int(words[i + 1]) ?? runs
            case "--talks": talks = words[i + 1]
            case "--folder": folder = words[i + 1]
            case "--compare": compare = words[i + 1]
            case "--provinces": provinces = Int(words[i + 1])
            default: Self.usage()
            }
            i += 2
        }
    }

    static func usage() -> Never {
        fatalError(
            "usage: Bench [--scales 1,4] [--runs 3] [--talks PATH] [--folder DIR] [--compare PATH] [--provinces N] [--postgresql]"
        )
    }
}

/// One finished process: wall time, peak resident memory, exit status.
struct Measured {
    let seconds: Double
    let peakMB: Double
    let status: Int32
}

/// Runs a program with its standard input and output on files, timing it and reading its peak
/// memory from the kernel (wait4), which Foundation's Process does not give.
func measure(_ arguments: [String], environment: [String: String], input: String? = nil, output: String = "/dev/null")
    -> Measured
{
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp) == 0 else {
        fatalError("cannot run \(arguments[0])")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    var end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &end)
    let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    return Measured(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
}

/// Several runs of one measurement: median and range.
struct Series {
    var values: [Double] = []
    var median: Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
    func text(_ unit: String, digits: Int = 2) -> String {
        func f(_ x: Double) -> String { String(format: "%.\(digits)f", x) }
        return "\(f(median)) \(unit) (\(f(values.min() ?? 0))–\(f(values.max() ?? 0)))"
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let asOf = "2026-11-21"
var environment = ProcessInfo.processInfo.environment
environment["LANG"] = "C"
var report: [String] = []
@MainActor func say(_ line: String) {
    print(line)
    fflush(nil)  // each figure shows as soon as it is measured
    report.append(line)
}
/// Each figure's median time (seconds) and peak memory (MB) by scale, and the talks of each scale, for the
/// scaling and the targets at the end.
var medians: [Int: [String: Double]] = [:]
var peaks: [Int: [String: Double]] = [:]
var talkCounts: [Int: Int] = [:]
/// The figures timed at every scale, whose growth from scale to scale is shown.
let timed = ["load", "check", "overdue", "coverage", "rollup", "list talks as xlsx"]
/// The median seconds of each import of an office's ledger, by its rows.
var ledgerMedians: [Int: [String: Double]] = [:]

/// The throwaway server of `--postgresql`, stopped at the end (a failed bench leaves it to `pg_ctl stop`).
let server = options.postgresql ? try PostgreSQLServer() : nil
try? FileManager.default.removeItem(atPath: options.folder)
try FileManager.default.createDirectory(atPath: options.folder, withIntermediateDirectories: true)
let cores = ProcessInfo.processInfo.activeProcessorCount
let memory = ProcessInfo.processInfo.physicalMemory / 1_048_576
say("machine: \(cores) cores, \(memory) MB; runs per figure: \(options.runs); as of \(asOf)")

// A small store: `check` on the bundled sample, eleven runs whatever --runs says (each takes milliseconds).
let sampleStore = options.folder + "/sample.db"
guard measure([options.talks, "--db", sampleStore, "load", Fixture.sample], environment: environment).status == 0 else {
    fatalError("\(options.talks) load \(Fixture.sample) failed")
}
var sampleCheck = Series()
for _ in 0..<11 {
    let run = measure([options.talks, "--db", sampleStore, "check", "--as-of", asOf], environment: environment)
    guard run.status <= 1 else { fatalError("\(options.talks) check on the sample failed: \(run.status)") }
    sampleCheck.values.append(run.seconds * 1000)
}
say("")
say("check of the bundled sample (\(Fixture.sample.split(separator: "/").last!)): \(sampleCheck.text("ms", digits: 1))")

// An office's ledger (`talks import`): a CSV of talks of one county, imported into the sample's
// store, imported again unchanged, and refused for a talkee no store knows, at two sizes four
// times apart. Each must grow with the rows, not with their square (a re-import compared every
// row with every stored talk of its organization; a refused sheet, every problem with every cell
// already told).
let ledgerRows = [6_250, 25_000]
for rows in ledgerRows {
    let ledger = options.folder + "/ledger-\(rows).csv"
    let refused = options.folder + "/ledger-\(rows)-unknown.csv"
    func lines(talkee: String) -> String {
        (["编号,开展谈话的党委,谈话类型,谈话对象单位,被谈话人,谈话人,谈话日期,指出的问题"]
            + (0..<rows).map { i in
                "L\(i),江州市委,定期谈话,长宁区委,\(talkee),何建军,2026-03-\(String(format: "%02d", 1 + i % 28)),问题\(i)"
            }).joined(separator: "\n") + "\n"
    }
    try lines(talkee: "戴文斌").write(toFile: ledger, atomically: false, encoding: .utf8)
    try lines(talkee: "无此人").write(toFile: refused, atomically: false, encoding: .utf8)
    var first = Series()
    var again = Series()
    var refusal = Series()
    var document = Series()
    let store = options.folder + "/ledger.db"
    let loaded = options.folder + "/ledger-\(rows).json"
    /// A fresh store holding the sample.
    func sampleStore() {
        for suffix in ["", "-wal", "-shm", "-verified"] { try? FileManager.default.removeItem(atPath: store + suffix) }
        guard measure([options.talks, "--db", store, "load", Fixture.sample], environment: environment).status == 0
        else { fatalError("\(options.talks) load \(Fixture.sample) failed") }
    }
    for _ in 0..<options.runs {
        sampleStore()
        let runs = [(ledger, Int32(0)), (ledger, 0), (refused, 2)].map { file, expected in
            let run = measure([options.talks, "--db", store, "import", file], environment: environment)
            guard run.status == expected else {
                fatalError("\(options.talks) import \(file) exited \(run.status), not \(expected)")
            }
            return run.seconds
        }
        first.values.append(runs[0])
        again.values.append(runs[1])
        refusal.values.append(runs[2])
    }
    // The same talks as a dataset document, loaded into the sample's store: what reading a sheet's
    // cells costs beyond a load's work (a regular expression compiled at every date cell made an
    // import six times slower, and no growth showed it).
    guard
        measure(
            [options.talks, "--db", store, "export", "--include-confidential"], environment: environment, output: loaded
        ).status == 0
    else { fatalError("\(options.talks) export failed") }
    for _ in 0..<options.runs {
        sampleStore()
        let run = measure([options.talks, "--db", store, "load", loaded], environment: environment)
        guard run.status == 0 else { fatalError("\(options.talks) load \(loaded) exited \(run.status)") }
        document.values.append(run.seconds)
    }
    say("")
    say(
        "import of a ledger of \(rows) talks: \(first.text("s")); again, unchanged: \(again.text("s")); "
            + "refused (an unknown talkee in every row): \(refusal.text("s")); its talks loaded as a document: "
            + document.text("s"))
    ledgerMedians[rows] = [
        "import": first.median, "import again": again.median, "import refused": refusal.median,
        "document": document.median,
    ]
}

for scale in options.scales {
    // Generate one document a province, written to disk once.
    var generator = Generator(scale: scale)
    let folder = options.folder + "/scale-\(scale)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var documents: [String] = []
    var counts: [RecordKind: Int] = [:]
    for index in 0...min(generator.provinces, options.provinces ?? .max) {
        let d = index == 0 ? generator.centre() : generator.province(index)
        for kind in RecordKind.allCases { counts[kind, default: 0] += d.count(of: kind) }
        let path = folder + "/\(index == 0 ? "centre" : "province-\(index)").json"
        try DatasetEncoder.document(d).write(toFile: path, atomically: false, encoding: .utf8)
        documents.append(path)
    }
    let talks = counts[.talks] ?? 0
    talkCounts[scale] = talks
    say("")
    say(
        "## scale \(scale): "
            + RecordKind.allCases.map { "\(counts[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", "))

    // Each build under test gets its own store, loaded by itself: every document into a fresh
    // store, one `talks load` each. The runs alternate between builds, so both see the same machine.
    let builds =
        [(name: "talks", binary: options.talks, store: folder + "/bench.db")]
        + (options.compare.map { [(name: "compared build", binary: $0, store: folder + "/compared.db")] } ?? [])
        + (server.map { [(name: "PostgreSQL", binary: options.talks, store: $0.uri("bench"))] } ?? [])
    let store = builds[0].store
    func alternating(_ measureOne: (_ build: Int) -> Measured) -> [(series: Series, peak: Double)] {
        var results = Array(repeating: (series: Series(), peak: 0.0), count: builds.count)
        for _ in 0..<options.runs {
            for b in builds.indices {
                let run = measureOne(b)
                results[b].series.values.append(run.seconds)
                results[b].peak = max(results[b].peak, run.peakMB)
            }
        }
        return results
    }
    func report(_ name: String, _ results: [(series: Series, peak: Double)], unit: String = "s", per: Double? = nil) {
        func shown(_ series: Series) -> Series {
            per.map { n in Series(values: series.values.map { n / $0 }) } ?? series
        }
        say(
            "\(name): \(shown(results[0].series).text(unit, digits: per == nil ? 2 : 0)); peak \(Int(results[0].peak)) MB"
        )
        medians[scale, default: [:]][name] = results[0].series.median
        peaks[scale, default: [:]][name] = results[0].peak
        for (b, result) in results.enumerated().dropFirst() {
            say(
                "\(name), \(builds[b].name): \(shown(result.series).text(unit, digits: per == nil ? 2 : 0)); peak \(Int(result.peak)) MB;"
                    + String(format: " %.2f× the time of this build", result.series.median / results[0].series.median))
        }
    }
    let loads = alternating { b in
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: builds[b].store + suffix) }
        if let server, builds[b].name == "PostgreSQL" {
            do {
                try server.psql("postgres", "DROP DATABASE IF EXISTS bench")
                try server.psql("postgres", "CREATE DATABASE bench")
            } catch { fatalError("cannot make the PostgreSQL database: \(error)") }
        }
        var total = Measured(seconds: 0, peakMB: 0, status: 0)
        for document in documents {
            let run = measure([builds[b].binary, "--db", builds[b].store, "load", document], environment: environment)
            guard run.status == 0 else { fatalError("\(builds[b].binary) load \(document) failed: \(run.status)") }
            total = Measured(seconds: total.seconds + run.seconds, peakMB: max(total.peakMB, run.peakMB), status: 0)
        }
        return total
    }
    report("load", loads, unit: "talks/s", per: Double(talks))

    // The daily jobs, each a whole process over the whole store. A compared build reads this
    // build's store, the same bytes as its own (loaded from the same documents): two stores of
    // scale 4 do not both fit in this machine's page cache, and the build whose store was read
    // last ran from memory while the other read its file. One that cannot read it (a store of a
    // later schema) reads the store it loaded, as its first refused run says.
    var readsOwnStore = builds.map { $0.name != "compared build" }
    func time(_ name: String, _ arguments: [String], output: String = "/dev/null") -> Series {
        let results = alternating { b in
            let written = b == 0 ? output : "/dev/null"
            var run = measure(
                [builds[b].binary, "--db", readsOwnStore[b] ? builds[b].store : store] + arguments,
                environment: environment, output: written)
            if run.status > 1, !readsOwnStore[b] {
                readsOwnStore[b] = true
                say("\(builds[b].name) cannot read this build's store: it reads its own")
                run = measure(
                    [builds[b].binary, "--db", builds[b].store] + arguments, environment: environment, output: written)
            }
            guard run.status <= 1 else {
                fatalError("\(builds[b].binary) \(arguments.joined(separator: " ")) failed: \(run.status)")
            }
            return run
        }
        report(name, results)
        return results[0].series
    }
    _ = time("check", ["check", "--as-of", asOf])
    let talksOverdue = folder + "/overdue.csv"
    let overdue = time("overdue", ["overdue", "--as-of", asOf, "--format", "csv"], output: talksOverdue)
    _ = time("coverage", ["coverage", "--as-of", asOf])
    // The roll-up of every committee below the centre ("C"), as the CCDI would ask for it.
    _ = time("rollup", ["report", "rollup", "--under", "C", "--year", "2026", "--as-of", asOf])
    // What an office opens in Excel: every talk as a workbook (issue "Office documents").
    _ = time("list talks as xlsx", ["list", "talks", "--format", "xlsx"])

    // The baseline: hand-written SQL in the sqlite3 shell, over the same database.
    let sqlOverdue = folder + "/overdue-sql.txt"
    var baseline = Series()
    for _ in 0..<options.runs {
        let run = measure(
            ["sqlite3", "-readonly", store], environment: environment, input: options.sql, output: sqlOverdue)
        guard run.status == 0 else { fatalError("sqlite3 failed on \(options.sql)") }
        baseline.values.append(run.seconds)
    }
    say("overdue, SQL baseline (sqlite3): \(baseline.text("s"))")
    medians[scale, default: [:]]["SQL baseline"] = baseline.median
    say(String(format: "overdue / SQL baseline: %.2f×", overdue.median / baseline.median))

    // Both must name the same overdue reports: rule, talk and due date.
    let fromTalks = Set(
        try String(contentsOfFile: talksOverdue, encoding: .utf8).split(whereSeparator: \.isNewline).compactMap {
            line -> String? in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count > 8, ["measures-deadline", "report-deadline"].contains(cells[0]), cells[3] == "overdue"
            else { return nil }
            return "\(cells[0])|\(cells[5])|\(cells[8])"
        })
    let fromSQL = Set(
        try String(contentsOfFile: sqlOverdue, encoding: .utf8).split(whereSeparator: \.isNewline).map(String.init))
    guard fromTalks == fromSQL else {
        let onlyTalks = fromTalks.subtracting(fromSQL).sorted().prefix(5)
        let onlySQL = fromSQL.subtracting(fromTalks).sorted().prefix(5)
        fatalError("the overdue sets differ: talks only \(Array(onlyTalks)), SQL only \(Array(onlySQL))")
    }
    say("overdue sets agree: \(fromTalks.count) overdue measures and rectification reports")
}

if let first = options.scales.first, let last = options.scales.last, first != last {
    say("")
    say("## scaling from scale \(first) to scale \(last) (median against median)")
    for name in timed {
        guard let a = medians[first]?[name], let b = medians[last]?[name] else { continue }
        say(String(format: "%@: %.2f×", name, b / a))
    }
}
printTargets()
server?.stop()
try report.joined(separator: "\n").appending("\n").write(
    toFile: options.folder + "/report.txt", atomically: true, encoding: .utf8)

/// Issue 16's targets, each with the figure measured, the limit and whether it is met; a target at a scale not
/// run is "not measured". A Markdown table, as Docs/performance.md keeps it.
@MainActor func printTargets() {
    /// `relation` is "≤", "<" or "≥".
    func line(_ target: String, _ figure: Double?, _ relation: String, _ limit: Double, _ unit: String) {
        let digits = ["s": 2, "×": 2, "ms": 1][unit] ?? 0
        let shown = { (format: String, x: Double) in String(format: format, x) + (unit == "×" ? "×" : " " + unit) }
        let met = figure.map { relation == "≥" ? $0 >= limit : relation == "<" ? $0 < limit : $0 <= limit }
        say(
            "| \(target) | \(figure.map { shown("%.\(digits)f", $0) } ?? "not measured") | \(relation) \(shown("%g", limit)) | "
                + "\(met.map { $0 ? "met" : "not met" } ?? "not measured") |")
    }
    func ratio(_ scale: Int, _ name: String, _ base: String) -> Double? {
        guard let a = medians[scale]?[name], let b = medians[scale]?[base] else { return nil }
        return a / b
    }
    say("")
    say("## targets (issue 16)")
    say("| target | measured | limit | |")
    say("| --- | --- | --- | --- |")
    line("check at scale 4, wall time", medians[4]?["check"], "≤", 5, "s")
    line("check at scale 4, peak memory", peaks[4]?["check"], "≤", 1024, "MB")
    line("check at scale 1 ÷ SQL baseline", ratio(1, "check", "SQL baseline"), "≤", 6, "×")
    line("check at scale 1, peak memory", peaks[1]?["check"], "≤", 250, "MB")
    for scale in [1, 4] {
        line("overdue at scale \(scale) ÷ SQL baseline", ratio(scale, "overdue", "SQL baseline"), "≤", 3, "×")
    }
    line("coverage at scale 4, wall time", medians[4]?["coverage"], "≤", 5, "s")
    line("report rollup --under C at scale 4, wall time", medians[4]?["rollup"], "≤", 5, "s")
    for scale in [1, 4] {
        let rate = medians[scale]?["load"].flatMap { seconds in talkCounts[scale].map { Double($0) / seconds } }
        line("load at scale \(scale)", rate, "≥", 20_000, "talks/s")
    }
    for name in timed {
        let growth = medians[4]?[name].flatMap { b in medians[1]?[name].map { b / $0 } }
        line("\(name) time, scale 4 ÷ scale 1", growth, "≤", 4.3, "×")
    }
    line("check of the bundled sample", sampleCheck.median, "<", 50, "ms")
    for name in ["import", "import again", "import refused"] {
        let growth = ledgerMedians[ledgerRows[1]]?[name].flatMap { b in
            ledgerMedians[ledgerRows[0]]?[name].map { b / $0 }
        }
        line("\(name) of a ledger, \(ledgerRows[1]) rows ÷ \(ledgerRows[0])", growth, "≤", 4.3, "×")
    }
    // Not issue 16's: this project's own guard on a sheet's reading (`Docs/performance.md`).
    for rows in ledgerRows {
        let ratio = ledgerMedians[rows]?["import"].flatMap { a in ledgerMedians[rows]?["document"].map { a / $0 } }
        line("import of a ledger of \(rows) rows ÷ its talks loaded as a document", ratio, "≤", 10, "×")
    }
}
