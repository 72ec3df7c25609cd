import Foundation

/// A file path as text, split the way the kernel reads it. Not `URL(fileURLWithPath:)`, which
/// resolves `..` and `~` as text before any link is followed (`link/../name` then names another
/// file than the kernel opens), nor `NSString`, which traps on some one-character names on Linux.
public enum PathText {
    /// The path's folder and last name, split at the last `/`: `.` for a bare name, `/` for a
    /// name at the root. The kernel resolves the folder as it resolves the whole path.
    public static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = path[..<slash]
        return (folder.isEmpty ? "/" : String(folder), String(path[path.index(after: slash)...]))
    }

    /// The path with its folder resolved as the kernel resolves it (`realpath`: links and `..`),
    /// its last name kept as it is (a link there is not followed); the path unchanged when the
    /// folder cannot be resolved, or when it names no file in a folder (`x/`).
    public static func resolved(_ path: String) -> String {
        let (folder, name) = split(path)
        guard !name.isEmpty, let resolved = realpath(folder, nil) else { return path }
        defer { free(resolved) }
        let real = String(cString: resolved)
        return (real == "/" ? "" : real) + "/" + name
    }
}
