import Foundation

// Everything the tool writes is confidential (Art. 16): files it creates are owner-only.
umask(0o077)
StandardStreams.prepare()
exit(runTalks(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
