import Foundation
import TestSupport
import Testing

/// Every command the documentation shows runs, as `Docs/examples.md` says, with the exit status and
/// the output the page shows: a page whose example stops working fails `make test`.
@Suite struct DocExampleTests {
    static let pages = [
        "README.md", "Docs/user-guide.zh.md", "Docs/user-guide.en.md", "Docs/rules-language.md", "Docs/deadlines.md",
        "Docs/examples.md",
    ]

    @Test(arguments: pages) func everyExampleRuns(page: String) throws {
        try check(page)
    }

    /// The shared store's page runs against a throwaway PostgreSQL server, as it tells the reader to.
    @Test(.enabled(if: PostgreSQLServer.installed, "PostgreSQL is not installed: make test-deps installs it"))
    func sharedStoreExamplesRun() throws {
        let server = try PostgreSQLServer()
        defer { server.stop() }
        try check("Docs/shared-store.md", database: try server.database("office"))
    }

    private func check(_ page: String, database: String? = nil) throws {
        let text = try String(contentsOfFile: Fixture.root + "/" + page, encoding: .utf8)
        let examples = DocExamples(page: page, text: text)
        let failures = try examples.run(
            language: page.hasSuffix(".zh.md") ? "zh_CN.UTF-8" : "C.UTF-8", database: database)
        #expect(failures.isEmpty, "\n\(failures.joined(separator: "\n\n"))")
        #expect(!examples.steps.isEmpty, "\(page) shows no example")
    }

    /// Every `Example:` / `例：` line of every command's help, in a store loaded with the sample.
    @Test(arguments: ["en", "zh"]) func everyHelpExampleRuns(language: String) throws {
        let overview = try talks(["--help"])
        let names = overview.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), let name = line.split(separator: " ").first, name != "help" else { return nil }
            return String(name)
        }
        #expect(names.contains("record"))
        var text = ""
        for name in names {
            let help = try talks(["help", name, "--lang", language])
            #expect(help.status == 0, "talks help \(name) --lang \(language): \(help.stderr)")
            for line in help.stdout.split(separator: "\n") {
                for prefix in ["Example: ", "例："] where line.hasPrefix(prefix) {
                    text += "```sh\n\(line.dropFirst(prefix.count))\n```\n"
                }
            }
        }
        let examples = DocExamples(page: "talks help (\(language))", text: text)
        #expect(examples.steps.count >= 6)
        let failures = try examples.steps.indices.flatMap { index in
            // Each example in a store of its own, as a reader trying one command would have.
            var one = examples
            one.keep(only: index)
            return try one.run(language: "C.UTF-8")
        }
        #expect(failures.isEmpty, "\n\(failures.joined(separator: "\n\n"))")
    }

    /// The runner itself: a wrong exit status, a wrong output and a misused directive each fail.
    @Test func aBrokenExampleFails() throws {
        let page = """
            ```sh
            talks show no-such-record
            ```

            ```console
            $ talks show jd
            Nothing like this
            …
            ```

            <!-- example: exits 2 -->
            ```
            talks init
            ```

            """
        let failures = try DocExamples(page: "broken.md", text: page).run(language: "C.UTF-8")
        #expect(failures.count == 4, "\(failures)")
        #expect(failures.contains { $0.hasPrefix("broken.md:2: talks show no-such-record\nexited 2, expected 0") })
        #expect(failures.contains { $0.contains("unknown example directive \"exits 2\"") })
        #expect(failures.contains { $0.contains("a command in a bare ``` block") })
    }

    /// An elision stands for any number of lines, none included; everything else is compared exactly.
    @Test func elisions() {
        #expect(DocExamples.matches(["a", "…", "d"], ["a", "b", "c", "d"]))
        #expect(DocExamples.matches(["a", "…", "d"], ["a", "d"]))
        #expect(DocExamples.matches(["a", "…"], ["a", "b"]))
        #expect(!DocExamples.matches(["a", "…", "d"], ["a", "b", "c"]))
        #expect(!DocExamples.matches(["a", "b"], ["a", "b", "c"]))
        #expect(DocExamples.matches(["a  ", ""], ["a"]))
    }
}
