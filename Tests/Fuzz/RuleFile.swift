// libFuzzer target: a local rule pack (and a holiday file) on top of the national pack.
// Built by `make fuzz`; every input must end in a RuleSet or an InputError, never a crash.
import Foundation
import TalkModel
import TalkRules

/// The national pack, read once: a local pack's `set`, `disable` and `rule` statements act on it.
let national: PackSource = {
    let folder = ProcessInfo.processInfo.environment["TALKS_RULES"] ?? "Rules"
    let rules = folder + "/cn-national-2026.rules"
    guard let bytes = FileManager.default.contents(atPath: rules) else { fatalError("set TALKS_RULES: no \(rules)") }
    return PackSource(path: folder, rules: (rules, Array(bytes)), holidays: [], isFolder: true)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    // The first byte chooses what the rest is: a rule file, or a holiday file of the local pack.
    let body = Array(bytes.dropFirst())
    let local =
        bytes.first.map { $0 & 1 == 0 } ?? true
        ? PackSource(path: "local.rules", rules: ("local.rules", body), holidays: [], isFolder: false)
        : PackSource(
            path: "local", rules: ("local/local.rules", Array("pack \"local\" version \"1\"\n".utf8)),
            holidays: [("local/2026.holidays", body)], isFolder: true)
    _ = try? RuleSet.load([national, local])
    return 0
}
