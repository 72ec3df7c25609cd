/// Turns the store at `path` (version 6) back into what version 4 made: a talk's words as rows
/// of `talk_entry` (`makeVersion5`), its words checked by `IN` lists, and no migration 5 or 6
/// recorded. For the tests of migration 5 (`Schema.version5`).
public func makeVersion4(_ path: String) throws {
    try makeVersion5(path)
    let comparisons = try Regex(#"\((\w+) = '[^']*'(?: OR \w+ = '[^']*'){2,}\)"#)
    let names = try sqlite3(path, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    var updates = ["PRAGMA writable_schema = ON;"]
    for name in names.split(separator: "\n") {
        let sql = try sqlite3(path, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '\(name)'")
        var old = sql
        for match in sql.matches(of: comparisons).reversed() {
            let column = String(match.output[1].substring!)
            let words = match.output[0].substring!.matches(of: #/'[^']*'/#).map { String($0.output) }
            old.replaceSubrange(match.range, with: "\(column) IN (\(words.joined(separator: ", ")))")
        }
        let literal = old.replacingOccurrences(of: "'", with: "''")
        updates.append("UPDATE sqlite_schema SET sql = '\(literal)' WHERE type = 'table' AND name = '\(name)';")
    }
    updates += ["PRAGMA writable_schema = OFF;", "DELETE FROM schema_migration WHERE version = 5;"]
    _ = try sqlite3(path, updates.joined(separator: "\n"))
}
