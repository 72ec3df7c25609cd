import Foundation
import TalkModel
import TalkRules

/// Finding and reading rule packs: the national pack in `Rules/`, local packs from `--rules`.
enum RulePacks {
    /// The national pack's folder: `TALKS_RULES`, else `share/talks/Rules` beside an installed binary,
    /// else the nearest `Rules/` above the binary (a checkout's `.build/debug/talks`).
    static func nationalFolder(_ environment: [String: String]) throws -> String {
        if let path = environment["TALKS_RULES"], !path.isEmpty { return path }
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let installed = folder.deletingLastPathComponent().appendingPathComponent("share/talks/Rules").path
        if hasPack(installed) { return installed }
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Rules").path
            if hasPack(candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        throw InputError(
            Message(
                zh: "找不到全国规则包（Rules/）。请设置 TALKS_RULES 为规则包文件夹，或重新 make install。",
                en:
                    "cannot find the national rule pack (Rules/). Set TALKS_RULES to its folder, or run make install again."
            ))
    }

    private static func hasPack(_ folder: String) -> Bool {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).contains { $0.hasSuffix(".rules") }
    }

    /// A pack from a `.rules` file, or a folder holding one `.rules` file and any `.holidays` files.
    static func source(_ path: String) throws -> PackSource {
        func problem(_ zh: String, _ en: String) -> InputError {
            InputError(Message(zh: zh, en: en), source: path)
        }
        func read(_ file: String) throws -> [UInt8] {
            // The size first: a file too large is refused before it is read into memory.
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? nil
            if let size, let problem = PackSource.sizeProblem(file, size: size) {
                throw InputError(source: nil, problems: [problem])
            }
            // (Named by the file itself, a folder or a dangling link named .holidays among them: helper-137.)
            guard let data = FileManager.default.contents(atPath: file) else { throw notReadable(file) }
            return Array(data)
        }
        guard let info = try fileStatus(path) else { throw problem("规则包不存在", "no such rule pack") }
        guard info.isFolder else {
            guard path.hasSuffix(".rules") else {
                throw problem("规则文件应以 .rules 结尾", "a rule file's name ends in .rules")
            }
            return PackSource(path: path, rules: (path, try read(path)), holidays: [], isFolder: false)
        }
        let names = try namesInFolder(path)
        let rules = names.filter { $0.hasSuffix(".rules") }
        guard rules.count == 1 else {
            throw problem(
                "规则包文件夹应恰有一个 .rules 文件，实有 \(rules.count) 个",
                "a pack folder holds exactly one .rules file; found \(rules.count)")
        }
        func file(_ name: String) throws -> (String, [UInt8]) {
            let full = (path as NSString).appendingPathComponent(name)
            return (full, try read(full))
        }
        // A year's notice saved by Notepad (cn-2027.holidays.txt) would be passed over while lint
        // says ok (helper-135): refused by name. A backup beside it (.holidays.bak, ~) is passed
        // over, as a rule file's is (helper-136).
        if let misnamed = names.first(where: { $0.lowercased().hasSuffix(".holidays.txt") }) {
            throw InputError(
                source: nil,
                problems: [
                    Problem(
                        (path as NSString).appendingPathComponent(misnamed),
                        Message(
                            zh: "节假日文件的名称应以 .holidays 结尾，否则不会读取；请改名",
                            en: "a holiday file's name ends in .holidays, or it is not read: rename it"))
                ])
        }
        // A notice named in capitals or with a space after (cn-2026.HOLIDAYS) is one too: passed
        // over, the year's notice was silently the national one (helper-137).
        let holidays = names.filter { $0.lowercased().trimmingCharacters(in: .whitespaces).hasSuffix(".holidays") }
        return PackSource(path: path, rules: try file(rules[0]), holidays: try holidays.map(file), isFolder: true)
    }

    /// The national pack's folder, every `--rules` pack, then `more`, in the order they apply.
    static func paths(_ arguments: Arguments, _ context: Context, adding more: [String] = []) throws -> [String] {
        [try nationalFolder(context.environment)] + (try arguments[.rules]) + more
    }

    /// The national pack and every `--rules` pack (then `more`), combined.
    static func load(_ arguments: Arguments, _ context: Context, adding more: [String] = []) throws -> RuleSet {
        try RuleSet.load(try paths(arguments, context, adding: more).map(source))
    }
}

/// Today in China Standard Time (UTC+8), the default `--as-of`: the only place that reads the clock.
func todayInChina() -> CivilDate {
    let seconds = Int(Date().timeIntervalSince1970) + 8 * 3600
    return CivilDate(dayNumber: seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400)!
}
