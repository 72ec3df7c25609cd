/// Problems found so far, shared by the readers of one document.
public final class ProblemLog {
    private(set) var problems: [Problem] = []

    var count: Int { problems.count }

    func add(_ path: String, _ message: Message) {
        problems.append(Problem(path, message))
    }

    func add(_ more: [Problem]) {
        problems += more
    }
}
