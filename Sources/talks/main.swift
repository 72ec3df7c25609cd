import Foundation

// Everything the tool writes is confidential (Art. 16): files it creates are owner-only.
umask(0o077)
StandardStreams.prepare()
// The arguments as the kernel gave them: `CommandLine.arguments` replaces bytes that are not
// UTF-8, which named another file than the one typed (a file named in GBK).
let arguments = (1..<Int(CommandLine.argc)).map { i in
    CommandLine.unsafeArgv[i].map {
        Array(UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self), count: strlen($0)))
    } ?? []
}
let settings = ["TALKS_DB", "TALKS_RULES"].reduce(into: [String: [UInt8]]()) { settings, name in
    if let value = getenv(name) {
        settings[name] = Array(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self), count: strlen(value)))
    }
}
exit(runTalks(arguments: arguments, environment: ProcessInfo.processInfo.environment, settings: settings))
