import Foundation
import TestSupport
import Testing

@Suite struct ReportTests {
    let asOf = ["--as-of", "2026-11-21"]

    private func json(_ run: Run) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: run.output) as! [String: Any]
    }

    @Test func theAnnualFiguresReconcileWithCheck() throws {
        let w = try Workspace()
        let report = try json(
            w.run("report", "annual", "--conductor", "jd", "--year", "2026", "--format", "json", asOf[0], asOf[1]))
        let check = try json(w.run("check", "--format", "json", asOf[0], asOf[1]))
        let findings = (check["findings"] as! [[String: Any]]).filter { $0["conductor"] as? String == "jd" }
        let talks = try json(w.run("export")).self["talks"] as! [[String: Any]]
        let heldIn2026 = Set(
            talks.filter { ($0["held"] as! String).hasPrefix("2026") && $0["conductor"] as? String == "jd" }
                .map { $0["id"] as! String })
        func count(_ rule: String, _ status: String, talksOfYear: Bool = true) -> Int {
            findings.count { finding in
                let subject = finding["subject"] as! [String: String]
                return finding["rule"] as? String == rule && finding["status"] as? String == status
                    && (!talksOfYear || heldIn2026.contains(subject["id"]!))
            }
        }
        let measures = report["measures"] as! [String: Any]
        let reports = report["reports"] as! [String: Any]
        #expect(measures["overdue"] as? Int == count("measures-deadline", "overdue"))
        #expect(measures["late"] as? Int == count("measures-deadline", "late"))
        #expect(measures["dueSoon"] as? Int == count("measures-deadline", "due-soon"))
        #expect(reports["overdue"] as? Int == count("report-deadline", "overdue"))
        #expect((measures["overdue"] as! Int) > 0 && (reports["late"] as! Int) > 0)
        let plan = (report["plan"] as! [String: Any])["tally"] as! [String: Any]
        #expect(plan["overdue"] as? Int == count("plan-deadline", "overdue", talksOfYear: false))
        let counts = report["findings"] as! [String: Int]
        for severity in ["violation", "warning", "notice"] {
            #expect(counts[severity] == findings.count { $0["severity"] as? String == severity })
        }
        let accountability = report["accountability"] as! [[String: Any]]
        #expect(accountability.count == findings.count { ($0["article"] as! String).hasPrefix("第十七条") })
        let coverage = try json(w.run("coverage", "--format", "json", "--conductor", "jd", asOf[0], asOf[1]))
        let conductor = (coverage["conductors"] as! [[String: Any]])[0]
        let reported = report["coverage"] as! [String: Any]
        #expect(reported["covered"] as? Int == conductor["covered"] as? Int)
        #expect((reported["gaps"] as! [Any]).count == (conductor["gaps"] as! [Any]).count)
    }

    @Test(arguments: ["markdown", "html", "json"], ["annual", "rollup"])
    func everyFormatIsDeterministic(format: String, kind: String) throws {
        let w = try Workspace()
        let target = kind == "annual" ? ["--conductor", "jd"] : ["--under", "jd"]
        let arguments = ["report", kind] + target + ["--year", "2026", "--format", format] + asOf
        let first = try talks(["--db", w.db] + arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try talks(["--db", w.db] + arguments).output == first.output)
        switch format {
        case "markdown":
            #expect(first.stdout.hasPrefix("# 江东省委"))
            #expect(first.stdout.contains("| --- |"))
        case "html":
            #expect(first.stdout.hasPrefix("<!DOCTYPE html>") && first.stdout.contains("<svg"))
            // Loads nothing from the network.
            #expect(!first.stdout.contains("http://") || !first.stdout.contains("src="))
            #expect(!first.stdout.contains("https://") && !first.stdout.contains("<script"))
        default:
            #expect(try JSONSerialization.jsonObject(with: first.output) is [String: Any])
        }
    }

    @Test func theRollupListsEachCommitteeBelow() throws {
        let w = try Workspace()
        let rollup = try json(
            w.run("report", "rollup", "--under", "jd", "--year", "2026", "--format", "json", asOf[0], asOf[1]))
        let committees = (rollup["committees"] as! [[String: Any]]).map {
            ($0["conductor"] as! [String: String])["id"]!
        }
        #expect(committees == ["jz", "cn"])
        let english = try w.run("--lang", "en", "report", "rollup", "--under", "jd", "--year", "2026", asOf[0], asOf[1])
        #expect(english.stdout.contains("Side by side"))
    }

    @Test func mistakesAreUsageErrorsOrBadInput() throws {
        let w = try Workspace()
        #expect(try w.run("report", "annual", "--year", "2026").status == 64)
        #expect(try w.run("report", "annual", "--conductor", "jd").status == 64)
        #expect(try w.run("report", "yearly", "--conductor", "jd", "--year", "2026").status == 64)
        #expect(try w.run("report", "annual", "--conductor", "jd", "--year", "2026", "--format", "pdf").status == 64)
        let unknown = try w.run("report", "annual", "--conductor", "jdd", "--year", "2026")
        #expect(unknown.status == 2 && unknown.stderr.contains("did you mean \"jd\""))
    }

    /// The HTML report printed by a real browser: headless Chromium from Debian's packages.
    @Test func theHTMLReportPrintsOnA4InChromium() throws {
        let w = try Workspace()
        let html = try w.run(
            "--lang", "en", "report", "annual", "--conductor", "jd", "--year", "2026", "--format", "html", asOf[0],
            asOf[1])
        let page = w.folder + "/report.html"
        try html.output.write(to: URL(fileURLWithPath: page))
        let pdf = w.folder + "/report.pdf"
        let browser = try Self.run(
            "/usr/bin/chromium",
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", page])
        #expect(FileManager.default.fileExists(atPath: pdf), "chromium: \(browser)")
        let info = try Self.run("/usr/bin/pdfinfo", [pdf])
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap {
            Int($0.split(separator: " ").last!)
        }
        #expect((2...8).contains(pages ?? 0), "\(info)")
        #expect(info.contains("(A4)"), "\(info)")
        // The charts' legends exist only inside the SVG: finding them proves the charts were drawn.
        let text = try Self.run("/usr/bin/pdftotext", ["-layout", pdf, "-"])
        for legend in ["not yet covered", "not yet due", "Talks held per month"] {
            #expect(text.contains(legend), "\(legend)")
        }
    }

    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

@Suite struct TerminalTests {
    @Test func theManPageAndCompletionsComeFromTheHelp() throws {
        let man = try talks(["man"])
        #expect(man.status == 0 && man.stdout.hasPrefix(".TH TALKS 1"))
        for command in ["import", "report", "export", "check"] {
            let help = try talks([command, "--help"]).stdout
            // Every help line is in the page (roff escapes only backslashes).
            let firstLine = String(help.prefix { $0 != "\n" })
            #expect(man.stdout.contains(".SS \(command)\n") && man.stdout.contains(firstLine), "\(command)")
        }
        let bash = try talks(["completions", "bash"]).stdout
        let script = Fixture.temporaryFolder() + "/talks.bash"
        Fixture.write(bash, to: script)
        let completed = try ReportTests.run(
            "/bin/bash",
            [
                "-c",
                "source \(script); COMP_WORDS=(talks rep); COMP_CWORD=1; _talks; echo \"${COMPREPLY[@]}\"; COMP_WORDS=(talks report --con); COMP_CWORD=2; _talks; echo \"${COMPREPLY[@]}\"",
            ])
        #expect(completed == "report\n--conductor\n")
        #expect(try talks(["completions", "zsh"]).stdout.hasPrefix("#compdef talks"))
        #expect(try talks(["completions", "fish"]).status == 64)
    }

    @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
        let w = try Workspace()
        // The tests' output is a file, not a terminal: no escape codes.
        let plain = try w.run("check", "--as-of", "2026-11-21")
        #expect(!plain.stdout.contains("\u{1B}["))
        // Under a pseudo-terminal (script(1)) the severities are coloured, unless NO_COLOR is set.
        let command = "\(Fixture.binary) --db \(w.db) check --as-of 2026-11-21"
        let tty = try ReportTests.run(
            "/usr/bin/env", ["-u", "NO_COLOR", "/usr/bin/script", "-qec", command, "/dev/null"])
        #expect(tty.contains("\u{1B}[31m"))
        let noColor = try ReportTests.run(
            "/usr/bin/env", ["NO_COLOR=1", "/usr/bin/script", "-qec", command, "/dev/null"])
        #expect(!noColor.contains("\u{1B}[31m") && noColor.contains("violation"))
    }
}
