import CLibPQ
import Foundation

/// The PostgreSQL database `--db` or `TALKS_DB` names, checked before anything connects: the URI
/// libpq is given, and the only form of it a message shows (user, host, port and database). A
/// value that starts with a PostgreSQL scheme must be a URI libpq reads, with values libpq
/// accepts; a password is refused wherever it stands (`Problem`).
public struct PostgreSQLTarget: Sendable, Equatable {
    /// What libpq is given: the URI with its scheme in lower case (libpq reads `postgresql://`
    /// and `postgres://` only so).
    let uri: String
    /// `postgresql://user@host:port/dbname` with only what the URI gives of those four: never a
    /// password, nor any other parameter (`sslkey`, `options`, a misspelt one).
    public let shown: String

    /// Why a `--db` (or `TALKS_DB`) value cannot be used; each a usage error (exit 64).
    public enum Problem: Error, Sendable, Equatable {
        /// `postgresql:talks`: a PostgreSQL scheme without `//`.
        case notAURI
        /// A password (`user:secret@`, `password=`, `sslpassword=`, in any case, percent-encoded
        /// or not, in a URI, a connection string or a path): it would stay in the shell's history.
        case password
        /// A libpq `key=value` connection string (`host=/tmp dbname=talks`): `--db` takes a file
        /// path or a URI.
        case connectionString
        /// A query parameter libpq does not know; named when it is a plain word, never its value.
        case unknownParameter(String?)
        /// A parameter whose value libpq would refuse, and what it may be (its value is not shown).
        case badValue(parameter: String, expected: Expected)
        /// libpq cannot read the URI: its description, without the part of the URI it quotes.
        case malformed(String?)
    }

    /// What a parameter's value may be.
    public enum Expected: Sendable, Equatable {
        case oneOf([String])
        case wholeNumber
        /// Port numbers (1–65535), one or one for each host, separated by commas.
        case ports
    }

    /// Whether `location` names a PostgreSQL database: it begins with libpq's scheme,
    /// `postgresql:` or `postgres:`, in any case.
    public static func names(_ location: String) -> Bool { scheme(of: location) != nil }

    /// The database `location` names, or nil when it names a file; throws when it cannot be used.
    public static func parse(_ location: String) throws(Problem) -> PostgreSQLTarget? {
        if holdsPassword(location) { throw .password }
        guard let scheme = scheme(of: location) else {
            // A connection string is a mistake, not a file name: it would be created as one.
            if location.contains("="), let options = Options(location) {
                if options.holdsSecret { throw .password }
                throw .connectionString
            }
            return nil
        }
        let rest = location.dropFirst(scheme.count)
        guard rest.hasPrefix("//") else { throw .notAURI }
        let uri = scheme.lowercased() + rest
        let options: Options
        switch Options.parsing(uri) {
        case .success(let parsed): options = parsed
        case .failure(let description): throw unreadable(uri, description: description)
        }
        if options.holdsSecret { throw .password }
        try options.checkValues()
        return PostgreSQLTarget(uri: uri, shown: options.shown)
    }

    /// `postgresql:` or `postgres:` as `location` spells it, or nil.
    private static func scheme(of location: String) -> Substring? {
        let lowered = location.prefix(11).lowercased()
        for scheme in ["postgresql:", "postgres:"] where lowered.hasPrefix(scheme) {
            return location.prefix(scheme.count)
        }
        return nil
    }

    /// A password anywhere in the text, however written: `password=` (or `sslpassword=`, `PASSWORD =`)
    /// once percent-encoding is undone, in a query, in a database name holding a connection string
    /// (`dbname=x%20password=y`), or in a path; or `user:secret@` in a URI's authority.
    static func holdsPassword(_ location: String) -> Bool {
        let decoded = percentDecoded(location).lowercased()
        // `password`, white space, `=`, scalar by scalar as a regular expression reads them (a
        // combining mark is a scalar of its own), without compiling one: that cost every
        // command a tenth of its start.
        let scalars = Array(decoded.unicodeScalars)
        let word = Array("password".unicodeScalars)
        for start in scalars.indices where scalars[start...].starts(with: word) {
            let rest = scalars[(start + word.count)...].drop(while: \.properties.isWhitespace)
            if rest.first == "=" { return true }
        }
        guard let scheme = scheme(of: location), location.dropFirst(scheme.count).hasPrefix("//") else {
            return false
        }
        let authority = location.dropFirst(scheme.count + 2).prefix { $0 != "/" && $0 != "?" }
        guard let at = authority.lastIndex(of: "@") else { return false }
        return authority[..<at].contains(":")
    }

    /// Why libpq could not read `uri`: an unknown parameter is named (when it is a plain word),
    /// else libpq's description without the part of the URI it quotes (`…: "postgresql://[bad"`).
    private static func unreadable(_ uri: String, description: String) -> Problem {
        if let query = uri.split(separator: "?", maxSplits: 1).dropFirst().first {
            let known = Options.keywords
            for parameter in query.split(separator: "&") {
                let parts = parameter.split(separator: "=", omittingEmptySubsequences: false)
                guard parts.count == 2 else { break }
                let key = percentDecoded(String(parts[0]))
                if !known.isEmpty, !known.contains(key), key != "ssl" {
                    let plain =
                        key.count <= 40 && key.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                    return .unknownParameter(plain ? key : nil)
                }
            }
        }
        let said = description.range(of: ": \"", options: .backwards).map { String(description[..<$0.lowerBound]) }
        return .malformed(said.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
    }

    /// The text with every `%XX` decoded (invalid ones kept as written).
    static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            if byte == UInt8(ascii: "%"), input.count >= 2,
                let value = UInt8(String(decoding: input.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                input = input.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The options libpq reads from a URI or a connection string (`PQconninfoParse`): only those given.
private struct Options {
    var values: [String: String] = [:]
    /// The options libpq treats as secrets (shown as `*`: `password`, `sslpassword`), given or not.
    var secret: Set<String> = []

    enum Parsed {
        case success(Options)
        /// libpq's error message.
        case failure(String)
    }

    init?(_ text: String) {
        guard case .success(let options) = Self.parsing(text) else { return nil }
        self = options
    }

    private init() {}

    static func parsing(_ text: String) -> Parsed {
        var error: UnsafeMutablePointer<CChar>?
        guard let parsed = PQconninfoParse(text, &error) else {
            defer { PQfreemem(error) }
            return .failure(error.map { String(cString: $0) } ?? "")
        }
        defer { PQconninfoFree(parsed) }
        var options = Options()
        var option = parsed
        while let keyword = option.pointee.keyword {
            let name = String(cString: keyword)
            if let value = option.pointee.val { options.values[name] = String(cString: value) }
            if let display = option.pointee.dispchar, String(cString: display) == "*" { options.secret.insert(name) }
            option += 1
        }
        return .success(options)
    }

    /// Every option this libpq knows (`PQconndefaults`), or none when it cannot say.
    static let keywords: Set<String> = {
        guard let defaults = PQconndefaults() else { return [] }
        defer { PQconninfoFree(defaults) }
        var names: Set<String> = []
        var option = defaults
        while let keyword = option.pointee.keyword {
            names.insert(String(cString: keyword))
            option += 1
        }
        return names
    }()

    var holdsSecret: Bool { secret.contains { !(values[$0] ?? "").isEmpty } }

    /// The values libpq checks only when it connects (and then fails as if the server could not
    /// be reached), checked first: the enumerations and numbers of libpq's documentation, for
    /// the parameters this libpq knows.
    func checkValues() throws(PostgreSQLTarget.Problem) {
        let choices: [String: [String]] = [
            "sslmode": ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"],
            "gssencmode": ["disable", "prefer", "require"],
            "channel_binding": ["disable", "prefer", "require"],
            "target_session_attrs": ["any", "read-write", "read-only", "primary", "standby", "prefer-standby"],
            "load_balance_hosts": ["disable", "random"],
            "sslnegotiation": ["postgres", "direct"],
            "ssl_min_protocol_version": ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"],
            "ssl_max_protocol_version": ["", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"],
        ]
        let numbers = [
            "connect_timeout", "keepalives", "keepalives_idle", "keepalives_interval", "keepalives_count",
            "tcp_user_timeout",
        ]
        for (name, value) in values.sorted(by: { $0.key < $1.key }) {
            if let allowed = choices[name], !allowed.contains(value) {
                throw .badValue(parameter: name, expected: .oneOf(allowed.filter { !$0.isEmpty }))
            }
            if numbers.contains(name), !value.isEmpty, !Self.isWholeNumber(value) {
                throw .badValue(parameter: name, expected: .wholeNumber)
            }
        }
        if let port = values["port"] {
            let ports = port.split(separator: ",", omittingEmptySubsequences: false)
            let hosts = (values["host"] ?? values["hostaddr"] ?? "").split(
                separator: ",", omittingEmptySubsequences: false)
            let valid = ports.allSatisfy {
                $0.isEmpty
                    || (Self.isWholeNumber(String($0))
                        && (1...65535).contains(Int($0.trimmingCharacters(in: .whitespaces)) ?? 0))
            }
            if !valid || (ports.count > 1 && ports.count != hosts.count) {
                throw .badValue(parameter: "port", expected: .ports)
            }
        }
    }

    /// A whole number as libpq reads one: digits, a sign, white space around them.
    private static func isWholeNumber(_ text: String) -> Bool {
        text.range(of: #"^\s*[+-]?[0-9]{1,9}\s*$"#, options: .regularExpression) != nil
    }

    /// `postgresql://user@host:port/dbname`, with only the parts given. A host that is a socket
    /// folder or a list, or a list of ports, goes in the query, as libpq reads it there.
    var shown: String {
        func given(_ name: String) -> String? { values[name].flatMap { $0.isEmpty ? nil : $0 } }
        let user = given("user").map { Self.escaped($0) + "@" } ?? ""
        let host = given("host") ?? given("hostaddr")
        let port = given("port")
        let database = given("dbname").map(Self.escaped) ?? ""
        let plain = (host.map { !$0.contains("/") && !$0.contains(",") } ?? true) && !(port?.contains(",") ?? false)
        if plain {
            let name = host.map { $0.contains(":") ? "[\($0)]" : $0 } ?? ""
            return "postgresql://\(user)\(name)\(port.map { ":" + $0 } ?? "")/\(database)"
        }
        let query = [host.map { "host=" + $0 }, port.map { "port=" + $0 }].compactMap { $0 }
        return "postgresql://\(user)/\(database)?" + query.joined(separator: "&")
    }

    /// A user or database name with the characters that would end its part of a URI encoded.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if "%/?#@:&=[] ".unicodeScalars.contains(scalar) || scalar.value < 0x20 || scalar.value == 0x7F {
                for byte in String(scalar).utf8 { out += String(format: "%%%02X", byte) }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
