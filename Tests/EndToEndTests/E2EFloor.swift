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

    /// Runs a shell command line (`$HELPDESK` is the binary, `$DATA` the
    /// data directory), standard error with standard output, and returns
    /// both and the exit status: for refusals and their messages.
    func shell(_ line: String) throws -> (output: String, status: Int32) {
        try TestProcess(script: line + " 2>&1", environment: ["HELPDESK": binary, "DATA": data]).finish()
    }

    /// Starts `helpdesk COMMAND` (the console by default) in tmux, in a
    /// UTF-8 locale, with English labels: as the account running the tests,
    /// or as `account` (a real one: identity is the kernel's, not `$USER`).
    func start(_ tmux: Tmux, as account: UnixAccount? = nil, width: Int = 80, height: Int = 24, environment: String = "",
               command: String = "") throws {
        let line = "LANG=C.UTF-8 \(environment) '\(binary)' \(command) --data '\(data)' --lang en"
        try tmux.start(account.map { $0.shellCommand(line) } ?? line, width: width, height: height)
    }

    /// Writes roster.json: `[(account, agent, name, role)]`.
    func writeRoster(_ people: [(account: String, agent: String, name: String, role: String)]) throws {
        let entries = people.map { #"{"user":"\#($0.account)","agent":"\#($0.agent)","name":"\#($0.name)","role":"\#($0.role)"}"# }
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try ("[" + entries.joined(separator: ",") + "]").write(toFile: data + "/roster.json", atomically: true, encoding: .utf8)
    }

    /// Makes the data directory a floor shared by Unix group `group`
    /// (docs/storage.md), so a second test account can work on it.
    func share(with group: String) throws {
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
        try group.write(toFile: data + "/group", atomically: true, encoding: .utf8)
        guard let entry = getgrnam(group) else { throw AccountError(message: "no group \(group)") }
        chown(data, uid_t.max, entry.pointee.gr_gid)
        chmod(data, 0o2770)
    }

    /// Every journal segment's text, in order.
    func journal() throws -> String {
        let dir = data + "/journal"
        return try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
            .map { try String(contentsOfFile: dir + "/" + $0, encoding: .utf8) }.joined()
    }
}
