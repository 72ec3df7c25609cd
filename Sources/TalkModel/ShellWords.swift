/// `text` as one word of a POSIX shell's command line: as it is when it holds nothing the shell
/// reads specially (`7-12月`, `台账.xlsx`), else in single quotes (`'Sheet1 (2)'`), a quote in it
/// written `'\''`. A text holding a line break or another hidden character (`VisibleText`) is
/// written in ANSI-C quotes (`$'a\nb'`: bash, zsh and ksh, POSIX.1-2024), whose escapes the
/// shell reads back: the message showing it escapes what it holds, and a `\n` shown inside single
/// quotes named another file (helper-192).
public func shellWord(_ text: String) -> String {
    if VisibleText.containsHidden(text) {
        let escaped = text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\n": return "\\n"
            case "\t": return "\\t"
            case "\r": return "\\r"
            case "\\": return "\\\\"
            case "'": return "\\'"
            case _ where scalar.value < 0x80 && VisibleText.isHidden(scalar):
                return "\\x" + String(repeating: "0", count: scalar.value < 0x10 ? 1 : 0)
                    + String(scalar.value, radix: 16)
            case _ where VisibleText.isHidden(scalar):
                let digits = String(scalar.value, radix: 16)
                return scalar.value <= 0xFFFF
                    ? "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
                    : "\\U" + String(repeating: "0", count: 8 - digits.count) + digits
            default: return String(scalar)
            }
        }
        return "$'" + escaped.joined() + "'"
    }
    let plain =
        !text.isEmpty && !text.hasPrefix("~")
        && text.unicodeScalars.allSatisfy { scalar in
            // The shell reads only ASCII specially; of the rest, white space would split the word.
            scalar.isASCII
                ? scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "+-./:=@_%,".unicodeScalars.contains(scalar)
                : !scalar.properties.isWhitespace
        }
    return plain ? text : "'" + text.map { $0 == "'" ? #"'\''"# : String($0) }.joined() + "'"
}

/// A record's id as the last operand of a command a reader may paste: as `shellWord` writes it,
/// after `--` when it begins with `-` (`-W3` read as an option was a usage error).
public func shellOperand(_ id: String) -> String { (id.hasPrefix("-") ? "-- " : "") + shellWord(id) }

/// A `talks` command a reader may paste into a shell: `words` each as `shellWord` writes them,
/// then `operand`, last, as `shellOperand` does (`talks delete talks --yes -- -W3`). It names the
/// store the running command was given with `--db` (`PasteableCommand.store`): pasted without it,
/// the command acted on TALKS_DB's store or the default one, which may hold a record of the same id.
/// A store whose name begins with `-` is written `--db=NAME`: as the word after `--db` it is
/// taken for the option it looks like (`talks --db --lang init`, refused).
public func pasteableCommand(_ words: String..., operand: String? = nil) -> String {
    let store = PasteableCommand.store.map { $0.hasPrefix("-") ? ["--db=" + $0] : ["--db", $0] } ?? []
    return (["talks"] + (store + words).map(shellWord) + (operand.map { [shellOperand($0)] } ?? []))
        .joined(separator: " ")
}

/// What the commands a message gives to paste repeat of the running command.
public enum PasteableCommand {
    /// The store the running command was given with `--db`, nil for TALKS_DB's or the default
    /// one, which a pasted command finds again. Set by the front end for the command's run.
    @TaskLocal public static var store: String?
}
