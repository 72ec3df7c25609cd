import Foundation
import TestSupport
import Testing

/// Under `--lang zh` every command's output is Chinese end to end: the only Latin words are
/// identifiers (records', rules', packs' and parameters'), paths, and commands to type.
@Suite struct ChineseOutputTests {
    static let asOf = ["--as-of", "2026-11-21"]

    static let commands: [[String]] = [
        ["check"] + asOf, ["check", "--format", "csv"] + asOf, ["overdue", "--within", "30"] + asOf,
        ["overdue", "--format", "csv"] + asOf, ["coverage"] + asOf, ["coverage", "--format", "csv"] + asOf,
        ["explain", "T2026-003"] + asOf, ["explain", "T2026-013"] + asOf, ["explain", "T2026-019"] + asOf,
        ["show", "T2026-003"], ["show", "jd"], ["list", "talks"], ["list", "plans"], ["list", "triggers"],
        ["list", "terms"], ["list", "appointments"], ["audit", "log"], ["rules", "list"],
        ["report", "annual", "--conductor", "jd", "--year", "2026"] + asOf,
        ["report", "rollup", "--under", "jd", "--year", "2026"] + asOf,
        ["export", "--for", "discipline-inspection", "--format", "csv"] + asOf,
        ["export", "--for", "organization", "--format", "csv", "--below"] + asOf,
    ]

    /// The identifiers a Chinese reader may meet: every id in the store, every rule id, every
    /// parameter's name and value as a rule file writes it.
    func identifiers(_ w: Workspace) throws -> Set<String> {
        var ids: Set<String> = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                for (key, member) in object {
                    if ["id", "value", "name"].contains(key), let text = member as? String { ids.insert(text) }
                    collect(member)
                }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(try JSONSerialization.jsonObject(with: Data(try w.export().utf8)))
        collect(try JSONSerialization.jsonObject(with: Data(try w.run("rules", "list", "--format", "json").output)))
        return ids
    }

    @Test func everyOutputUnderLangZhIsChinese() throws {
        let w = try Workspace()
        #expect(try w.run("measures", "T2026-003", "--reported", "2026-11-19", "--reflections").status == 0)
        let allowed = try identifiers(w)
        // A leading dot keeps a file extension (.holidays) whole.
        let word = try Regex(#"\.?[A-Za-z][A-Za-z0-9_./\-]*"#)
        // A command to type ("talks rules calendar") is not prose.
        let command = try Regex(#"talks( [a-z][a-z-]*)*"#)
        func isEnglish(_ token: String) -> Bool {
            if token.contains(where: \.isNumber) || token.contains("/") || token.contains(".") { return false }
            // Rule ids and record ids are lowercase words joined by hyphens.
            if token.contains("-") && token == token.lowercased() { return false }
            // SHA-256 is a name; plain is the other value of the `calendar` parameter, named in its
            // note; the audit log names the operating-system user who ran the command.
            return !allowed.contains(token) && !["SHA", "plain", ProcessInfo.processInfo.userName].contains(token)
        }
        for arguments in Self.commands {
            let run = try w.run(["--lang", "zh"] + arguments)
            #expect([0, 1].contains(run.status), "\(arguments): \(run.stderr)")
            for line in (run.stdout + run.stderr).split(separator: "\n") {
                let prose = line.replacing(command, with: "")
                let english = prose.matches(of: word).map { String(prose[$0.range]) }.filter(isEnglish)
                #expect(english.isEmpty, "\(arguments.joined(separator: " ")): \(english) in \(line)")
            }
        }
    }

    /// A rule file's mistakes under `--lang zh` name types and the file's end in Chinese words,
    /// keeping the rule language's own word beside each type, which is what the author writes.
    @Test func ruleLintNamesTypesInChinese() throws {
        let w = try Workspace()
        let pack = w.file(
            "bad-types.rules",
            """
            pack local { version "1" }
            set measures-period = 3
            rule sum {
              article  "第五条"
              quote    "q"
              subject  talk
              applies  talk.kind + 1
              requires true
              severity warning
              message  zh "m" en "m"
            }
            rule cut {
              article "第五条"
              applies talk.
            """)
        let run = try w.run("--lang", "zh", "rules", "lint", pack)
        #expect(run.status == 2)
        #expect(run.stderr.contains("参数 measures-period 的值应为期间（period），实为数（number）"), "\(run.stderr)")
        #expect(run.stderr.contains("不能相加：文字（text） + 数（number）"), "\(run.stderr)")
        #expect(run.stderr.contains("实为 文件末尾"), "\(run.stderr)")
        #expect(!run.stderr.contains("end of file"))
    }
}
