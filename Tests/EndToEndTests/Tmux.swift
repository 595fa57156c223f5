import Foundation
import TestSupport
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

    /// The process the session runs (the program itself when started with `exec`).
    func panePID() throws -> pid_t {
        pid_t(try run(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// True while the program in the session is still running (the session
    /// ends with it, as no shell wraps it).
    var isRunning: Bool { ((try? run(["list-sessions"])) ?? "").isEmpty == false }

    /// Waits until the screen shows `text`, failing with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 5, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until the screen meets `condition` (`what` names it in the
    /// failure). A capture can catch a frame half painted, so a test that
    /// reads a whole new layout waits for what is painted last.
    @discardableResult
    func waitUntil(_ what: String, timeout: TimeInterval = 5, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("screen never showed \(what):\n\(last)", sourceLocation: sourceLocation)
        return last
    }

    @discardableResult
    private func run(_ arguments: [String]) throws -> String {
        try TestProcess.run("/usr/bin/env", ["tmux", "-L", socket] + arguments)
    }
}
