import Synchronization

/// What the process keeps until it exits, never freed: the kernel takes back a process's memory
/// at once, where freeing the records and findings of a national store one by one took 1–3 % of
/// `check`, `overdue` and the reports (`Docs/performance.md`). Only the binary runs commands, one
/// a process, so nothing held here outlives its use by more than the process's last output.
enum HeldUntilExit {
    private static let held = Mutex<[any Sendable]>([])

    static func keep(_ object: any Sendable) { held.withLock { $0.append(object) } }
}
