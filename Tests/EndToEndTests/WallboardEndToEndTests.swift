import Foundation
import TestSupport
import Testing

/// The wallboard as a team lead leaves it on the wall: the real binary in
/// tmux at 200x50, while other processes ring, claim and abandon calls
/// through the command line. Callers stay masked throughout.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && HelpdeskBinary.tmuxAvailable, "needs the built helpdesk binary and tmux"))
struct WallboardEndToEndTests {
    let binary = HelpdeskBinary.path ?? ""
    let data = NSTemporaryDirectory() + "helpdesk-e2e-wall-\(UUID().uuidString)"
    /// What must never appear on a masked wall.
    let secrets = ["张伟", "13800000001", "김민준", "01012345678", "Emma O'Brien", "07700900123"]

    @discardableResult
    func cli(_ arguments: String...) throws -> String {
        try TestProcess.run(binary, ["--data", data] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The number shown right after `label` (past spaces) on the first
    /// screen line where one follows it (a tile title is followed by a border).
    func figure(_ label: String, in screen: String) -> Int? {
        for line in screen.split(separator: "\n") {
            guard let range = line.range(of: label + " ") else { continue }
            let rest = line[range.upperBound...].drop { $0 == " " }
            if let value = Int(rest.prefix { $0.isNumber }) { return value }
        }
        return nil
    }

    /// Waits until `label`'s figure reads `value`.
    func waitFor(_ label: String, _ value: Int, on tmux: Tmux, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let deadline = Date().addingTimeInterval(3)
        var screen = ""
        while Date() < deadline {
            screen = try tmux.screen()
            if figure(label, in: screen) == value { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("\(label) never showed \(value):\n\(screen)", sourceLocation: sourceLocation)
        return screen
    }

    func expectMasked(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for secret in secrets {
            #expect(!screen.contains(secret), "\(secret) on the wall", sourceLocation: sourceLocation)
        }
    }

    @Test func theWallFollowsTheFloorMaskedAndSurvivesAResize() throws {
        try cli("ring", "--name", "张伟", "--surname", "张", "--phone", "13800000001", "--category", "repair")
        let second = try cli("ring", "--name", "김민준", "--surname", "김", "--phone", "01012345678", "--queue", "sales")
        let roster = #"[{"user": "\#(UnixAccount.current)", "agent": "1001", "name": "王芳", "role": "agent", "team": "一组"}]"#
        #expect(FileManager.default.createFile(atPath: data + "/roster.json", contents: Data(roster.utf8),
                                               attributes: [.posixPermissions: 0o600]))
        try cli("agent", "1001", "--state", "ready")
        let tmux = Tmux(name: "wall")
        try tmux.start("LANG=C.UTF-8 '\(binary)' --data '\(data)' wallboard --lang en", width: 200, height: 50)
        try tmux.waitFor("张**")
        try tmux.waitFor("김**")
        var screen = try waitFor("Waiting", 2, on: tmux)
        #expect(screen.contains("██"), "big digits at 200 columns")
        expectMasked(screen)

        // Another process rings: the wall shows it within a frame, masked.
        try cli("ring", "--name", "Emma O'Brien", "--phone", "07700900123")
        try tmux.waitFor("E**", timeout: 2)
        screen = try waitFor("Waiting", 3, on: tmux)
        #expect(figure("Offered", in: screen) == 3)
        expectMasked(screen)

        // A claim takes the head (张伟): one fewer waiting, one answered, the agent on a call.
        try cli("claim", "--agent", "1001")
        screen = try waitFor("Answered", 1, on: tmux)
        #expect(figure("Waiting", in: screen) == 2)
        #expect(screen.contains("On call"))

        // An abandon: counted, and the caller leaves the list.
        try cli("abandon", second)
        screen = try waitFor("Abandoned", 1, on: tmux)
        #expect(figure("Waiting", in: screen) == 1)
        #expect(!screen.contains("김**") && !screen.contains("张**"))
        #expect(screen.contains("E**"))
        expectMasked(screen)

        // Keys switch views and change nothing.
        try tmux.send("3")
        screen = try tmux.waitFor("Queues · Today")
        #expect(screen.contains("sales"))
        try tmux.send("4")
        screen = try tmux.waitFor("Teams · Today")
        let team = screen.split(separator: "\n").first { $0.contains("一组") }.map(String.init) ?? ""
        #expect(team.contains("100.0%"), "1001 answered 张伟 at once: \(team)")
        try tmux.send("1")
        try tmux.waitFor("Service · Today")

        // Down to 80x24: the compact layout, no big digits; then back.
        try tmux.resize(width: 80, height: 24)
        // A capture can catch the big layout still on screen or half
        // repainted: wait for the compact frame, with no big digits, whole.
        screen = try tmux.waitUntil("the 80x24 layout") { s in
            s.contains("Queue now") && !s.contains("██") && figure("Waiting", in: s) != nil
        }
        #expect(!screen.split(separator: "\n").prefix(9).contains { $0.contains("██") })
        #expect(figure("Waiting", in: screen) == 1)
        expectMasked(screen)
        try tmux.resize(width: 50, height: 12)
        try tmux.waitFor("too small")
        try tmux.resize(width: 200, height: 50)
        screen = try tmux.waitUntil("the 200x50 layout") { $0.contains("Longest wait") && $0.contains("██") }
        #expect(screen.contains("██"))
        expectMasked(screen)

        try tmux.send("q")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try cli("events").split(separator: "\n").count == 6, "the wall wrote nothing")
    }

    /// The wall and `helpdesk report` take the same figure options and agree
    /// for the same day: here a caller who hangs up at once is a short abandon,
    /// left out of offered and abandoned by `--exclude-short-abandons` on both.
    @Test func theWallAgreesWithTheReportForTheSameDayAndOptions() throws {
        try cli("ring", "--name", "张伟", "--phone", "13800000001")
        let second = try cli("ring", "--name", "김민준", "--phone", "01012345678")
        try cli("abandon", second)
        try cli("agent", UnixAccount.current, "--state", "ready")
        try cli("claim")
        let options = ["--reset-hour", "0", "--threshold", "30", "--exclude-short-abandons"]
        let tmux = Tmux(name: "wall-report")
        try tmux.start("LANG=C.UTF-8 '\(binary)' --data '\(data)' wallboard --lang en \(options.joined(separator: " "))",
                       width: 200, height: 50)
        let wall = try waitFor("Answered", 1, on: tmux)
        try tmux.send("q")

        let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate, .withDashSeparatorInDate])
        let json = try TestProcess.run(binary, ["--data", data, "report", "service", "--json", "--from", today] + options)
        let report = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let total = try #require((report?["service"] as? [String: Any])?["total"] as? [String: Any])
        #expect(total["offered"] as? Int == 1 && total["abandoned"] as? Int == 0 && total["shortAbandons"] as? Int == 1)
        #expect(figure("Offered", in: wall) == total["offered"] as? Int)
        #expect(figure("Answered", in: wall) == total["answered"] as? Int)
        #expect(figure("Abandoned", in: wall) == total["abandoned"] as? Int)
        #expect(wall.contains("within 30 s"), "the wall shows the threshold it was given")
    }
}
