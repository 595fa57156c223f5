import Foundation
import TestSupport

/// One end-to-end test's floor: a fresh data directory, the built binary,
/// and the two ways a test drives them — the command line and a console in
/// tmux.
struct E2EFloor {
    let binary = HelpdeskBinary.path ?? ""
    let data = NSTemporaryDirectory() + "helpdesk-e2e-\(UUID().uuidString)"

    /// Runs `helpdesk --data DIR ARGUMENTS…` and returns its output, trimmed.
    @discardableResult
    func cli(_ arguments: String...) throws -> String {
        try TestProcess.run(binary, ["--data", data] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Starts `helpdesk COMMAND` (the console by default) for Unix user `user`
    /// in tmux, in a UTF-8 locale, with English labels.
    func start(_ tmux: Tmux, user: String = "wang", width: Int = 80, height: Int = 24, environment: String = "",
               command: String = "") throws {
        try tmux.start("LANG=C.UTF-8 USER=\(user) \(environment) '\(binary)' \(command) --data '\(data)' --lang en",
                       width: width, height: height)
    }

    /// Every journal segment's text, in order.
    func journal() throws -> String {
        let dir = data + "/journal"
        return try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            .map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }.joined()
    }
}
