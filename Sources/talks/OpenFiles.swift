import Foundation
import TalkModel
import TalkText

/// The files a command may still open (`ulimit -n`). A command holds the store and SQLite's two
/// files beside it, a document or an output and its temporary file, and libdispatch opens its
/// own (an event descriptor for its worker threads): with too few free, libdispatch ended the
/// process in a trap with no word said (helper-180, helper-181, helper-182: a low limit, or a
/// caller holding many files open).
enum OpenFiles {
    /// Free files asked for before a command runs, with room to spare.
    static let needed = 32

    /// Commands that print only text of their own and open no file: never refused.
    static let notNeededBy: Set<String> = ["man", "completions"]

    /// Raises the soft limit as far as the hard one lets it when fewer than `needed` files are
    /// free; what stops the command when still too few are (nil: enough). Free files are the
    /// descriptors below the soft limit not in use (/proc/self/fd: nothing is checked where it
    /// cannot be read); one above the limit takes no slot.
    static func shortfall() -> Message? {
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0, let open = descriptors() else { return nil }
        func inUse(below bound: rlim_t) -> rlim_t { rlim_t(open.count { rlim_t($0) < bound }) }
        if limit.rlim_cur - min(limit.rlim_cur, inUse(below: limit.rlim_cur)) >= rlim_t(needed) { return nil }
        var raised = limit
        raised.rlim_cur = limit.rlim_max
        if setrlimit(resource, &raised) == 0 { limit = raised }
        let used = inUse(below: limit.rlim_cur)
        let free = limit.rlim_cur - min(limit.rlim_cur, used)
        guard free < rlim_t(needed) else { return nil }
        return Message(
            zh: "本进程只能再打开 \(free) 个文件（ulimit -n 为 \(limit.rlim_cur)，已打开 \(used) 个），talks 需要 \(needed) 个；"
                + "未执行任何操作。请提高上限（ulimit -n；其硬上限须一并提高），或少开一些文件后再运行 talks。",
            en:
                "this process may open only \(counted(Int(free), "more file")) (ulimit -n \(limit.rlim_cur), \(used) open "
                + "already), and talks needs \(needed); nothing was done. Raise the limit (ulimit -n, and its hard "
                + "limit with it), or run talks with fewer files open.")
    }

    /// The descriptors open, as /proc/self/fd lists them, but the one the listing itself held,
    /// closed once it is read.
    private static func descriptors() -> [Int]? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") else { return nil }
        return names.compactMap { Int($0) }.filter { fcntl(Int32($0), F_GETFD) != -1 }
    }
}
