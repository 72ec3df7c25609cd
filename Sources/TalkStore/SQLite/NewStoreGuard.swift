import Foundation
import Synchronization

/// Removes a store this process is creating when SIGINT, SIGTERM or SIGHUP (the terminal or the
/// session closed) arrives before it is worth
/// keeping, so Ctrl-C during a first `talks load` leaves nothing behind (not an empty store);
/// the same for the temporary file a document is written into before it takes its name
/// (`guardFiles(_:note:)`).
///
/// A store that existed before needs no file removed: SQLite rolls an interrupted transaction
/// back when the store is next opened (a server at once). A signal during its write transaction
/// still says so, in one line, rather than ending the command silently (`guardWrite(to:)`).
/// The handler does only what is safe in a signal handler (`unlink`, `write`, `_exit`), on C
/// strings made beforehand, and exits with 128 + the signal (130 for SIGINT, 143 for SIGTERM,
/// 129 for SIGHUP), as a shell reports a process killed by it.
public enum NewStoreGuard {
    private static let signals = [SIGINT, SIGTERM, SIGHUP]

    /// What the guard knows beside the handler's C memory. Every change, to this and to that
    /// memory, is made under its lock: there is one guard a process, and threads making and
    /// opening stores at once (the tests run in parallel) would otherwise free the same names
    /// twice. The last guard set stands for all of them; the command line sets one at a time.
    private struct State {
        /// The signals whose handler `guardFiles` set, for `keep` to give back.
        var handled: [Int32] = []
        var storeNote: (@Sendable (String) -> String)?
        var rollbackNote: (@Sendable (String) -> String)?
        var committedNote: (@Sendable (String) -> String)?
        /// The store `guardWrite` guards a write to, and whether that write has committed.
        var writing = ""
        var committed = false
    }

    private static let state = Mutex(State())

    /// What the handler writes to standard error before it exits, given the name of the store it
    /// removed (not always the command's own store: `talks copy` makes its target); set once by
    /// the command line, in the reader's language, before any store is opened.
    public static func setNote(_ note: @escaping @Sendable (_ store: String) -> String) {
        state.withLock { $0.storeNote = note }
    }

    /// What the handler writes when a write to the store `store`, which existed before, is
    /// interrupted: that the store is as it was. Set as `setNote(_:)` is.
    public static func setRollbackNote(_ note: @escaping @Sendable (_ store: String) -> String) {
        state.withLock { $0.rollbackNote = note }
    }

    /// What the handler writes when the command is interrupted after its write to the store
    /// `store` committed (printing what it did, noting the store's state): that the store holds
    /// the change. Set as `setNote(_:)` is.
    public static func setCommittedNote(_ note: @escaping @Sendable (_ store: String) -> String) {
        state.withLock { $0.committedNote = note }
    }

    /// From now on, until `committing`, a signal says that the store `name` is as it was and
    /// exits; false (and nothing done) when another guard is set, whose files and note stand: a
    /// new store being made, or a file being written. (A write's guard after its commit gives way.)
    static func guardWrite(to name: String) -> Bool {
        state.withLock { state in
            guard let rollbackNote = state.rollbackNote, guardedCount == 0, guardedNote == nil || state.committed
            else { return false }
            guardFiles([], note: rollbackNote(name), in: &state)
            (state.writing, state.committed) = (name, false)
            return true
        }
    }

    /// Runs `commit` with the signals held back; once it has committed, the guard
    /// `guardWrite` set (`guarding`) says so instead, until the process ends or another guard is
    /// set: a signal during the commit then comes after it, and one after it is told as a change
    /// kept (it ended the command silently, exit 130, after the store had taken the change).
    static func committing(_ guarding: Bool, _ commit: () throws -> Void) rethrows {
        try holdingSignals {
            try commit()
            if guarding { state.withLock { committed(to: $0.writing, removing: [], in: &$0) } }
        }
    }

    /// The change is in the store `name` (a write committed, a new store given its name): from now
    /// on, until the process ends or another guard is set, a signal removes `paths` (what is left
    /// to tidy) and says that the store holds the change. (Default handling ended the command in
    /// silence, exit 130, while it printed what it did: helper-162, helper-163.)
    static func committed(to name: String, removing paths: [String] = []) {
        state.withLock { committed(to: name, removing: paths, in: &$0) }
    }

    private static func committed(to name: String, removing paths: [String], in state: inout State) {
        guardFiles(paths, note: state.committedNote?(name), in: &state)
        state.committed = true
    }

    /// `body` with SIGINT, SIGTERM and SIGHUP held back on this thread: the handler never sees a
    /// half-made list, and a step and the guard that follows it (a commit, a new store's name
    /// given, then `committed`) have no signal between them.
    static func holdingSignals<T>(_ body: () throws -> T) rethrows -> T {
        var blocked = signalSet()
        var previous = sigset_t()
        sigprocmask(SIG_BLOCK, &blocked, &previous)
        defer { sigprocmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }

    /// The end of a write `guardWrite` guarded (`guarding`): a signal does what it did before,
    /// unless the write committed (`committing`).
    static func endWrite(_ guarding: Bool) {
        guard guarding, !state.withLock({ $0.committed }) else { return }
        keep()
    }

    /// From now on a signal removes the store being made at `path` with SQLite's files beside
    /// it, and says that the store `name` was removed.
    static func guardFiles(of path: String, shownAs name: String) {
        state.withLock { state in
            guardFiles([path] + StoreFile.companions.map { path + $0 }, note: state.storeNote?(name), in: &state)
        }
    }

    /// From now on a signal removes `paths` (at most 8) and writes `note`, if any, until `keep`.
    public static func guardFiles(_ paths: [String], note text: String?) {
        state.withLock { guardFiles(paths, note: text, in: &$0) }
    }

    private static func guardFiles(_ paths: [String], note text: String?, in state: inout State) {
        // A guard set after a commit's replaces it (`committed` says so again when it is one).
        state.committed = false
        holdingSignals {
            releaseGuarded()
            for (i, name) in paths.prefix(8).enumerated() { guarded[i] = strdup(name) }
            guardedCount = min(paths.count, 8)
            guardedNote = text.map { strdup($0 + "\n") }
        }
        // A signal the shell had us ignore (a script's `&` job, `nohup`) stays ignored: Ctrl-C is
        // meant for the job in the foreground.
        state.handled = signals.filter { signal in
            let previous = Foundation.signal(signal, removeAndExit)
            guard unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) else { return true }
            Foundation.signal(signal, SIG_IGN)
            return false
        }
        // A parent may have started us with them blocked (Foundation's Process does): they would
        // wait until exit, and the store would outlive the interruption.
        var wanted = signalSet()
        sigprocmask(SIG_UNBLOCK, &wanted, nil)
    }

    /// The store is worth keeping (its first load committed, or `init` made it): a signal does
    /// what it did before.
    public static func keep() {
        state.withLock { state in
            for signal in state.handled { Foundation.signal(signal, SIG_DFL) }
            (state.handled, state.committed) = ([], false)
            holdingSignals(releaseGuarded)
        }
    }

    private static func signalSet() -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        return set
    }

    /// The count and the note are taken away before their memory is freed: a signal comes to any
    /// thread, and one whose signals are not held back may run the handler meanwhile.
    private static func releaseGuarded() {
        let (count, note) = (guardedCount, guardedNote)
        (guardedCount, guardedNote) = (0, nil)
        for i in 0..<count { free(guarded[i]) }
        free(note)
    }
}

/// The handler's state, in plain C memory so the handler reads it without Swift's runtime;
/// changed only under `NewStoreGuard`'s lock, the names before their count.
nonisolated(unsafe) private let guarded = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: 8)
nonisolated(unsafe) private var guardedCount = 0
nonisolated(unsafe) private var guardedNote: UnsafeMutablePointer<CChar>? = nil

private func removeAndExit(_ signal: Int32) {
    for i in 0..<guardedCount { if let name = guarded[i] { unlink(name) } }
    if let text = guardedNote { _ = write(STDERR_FILENO, text, strlen(text)) }
    _exit(128 + signal)
}
