import Foundation
import Testing

/// Drives the real `helpdesk` binary in a private tmux server, as a person
/// at a terminal would: keys in with `send-keys`, the screen out with
/// `capture-pane`.
final class Tmux {
    let socket: String
    init(name: String) {
        socket = "helpdesk-e2e-\(name)-\(getpid())"
    }

    deinit { _ = try? run(["kill-server"]) }

    func start(_ command: String, width: Int, height: Int) throws {
        try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    }

    func send(_ keys: String...) throws { try run(["send-keys"] + keys) }

    /// Types text literally (UTF-8, CJK included), not as key names.
    func type(_ text: String) throws { try run(["send-keys", "-l", text]) }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    func screen() throws -> String { try run(["capture-pane", "-p"]) }

    /// True while the program in the session is still running (the session
    /// ends with it, as no shell wraps it).
    var isRunning: Bool { ((try? run(["list-sessions"])) ?? "").isEmpty == false }

    /// Waits until the screen shows `text`, failing with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 5, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("screen never showed \"\(text)\":\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        try Shell.run("/usr/bin/env", ["tmux", "-L", socket] + arguments)
    }
}

/// Runs a program to its end and returns its standard output. Output goes
/// through a file, not a pipe: tmux's server inherits the descriptor and
/// would hold a pipe open forever. posix_spawn and waitpid, because the
/// child is reaped here and nowhere else.
enum Shell {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    @discardableResult
    static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let file = NSTemporaryDirectory() + "helpdesk-e2e-out-\(UUID().uuidString)"
        defer { unlink(file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's thread blocks most signals; tmux and the console
        // must start with none blocked, as from a login shell.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(executable): errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }
}

/// The built `helpdesk` binary (`scripts/test` builds it before the tests).
enum Binary {
    static var path: String? {
        if let explicit = ProcessInfo.processInfo.environment["HELPDESK_BIN"] { return explicit }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidate = root.appendingPathComponent(".build/debug/helpdesk").path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    static var tmuxAvailable: Bool {
        (try? Shell.run("/usr/bin/env", ["tmux", "-V"]))?.hasPrefix("tmux") ?? false
    }
}
