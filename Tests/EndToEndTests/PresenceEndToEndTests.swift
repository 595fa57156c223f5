import Foundation
import TestSupport
import Testing

/// Presence as a lead sees it on the wall: the real console and wallboard
/// in tmux. Quitting signs the agent off; a console killed with SIGKILL is
/// shown lost within seconds, with the time it was last seen, and the
/// journal says so; a lead watching from the console is not a ready agent.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && HelpdeskBinary.tmuxAvailable, "needs the built helpdesk binary and tmux"))
struct PresenceEndToEndTests {
    let floor = E2EFloor()

    /// The wallboard, and the console as the test's account mapped to `role`.
    func open(as role: String) throws -> (wall: Tmux, console: Tmux) {
        let (agent, name) = role == "lead" ? ("9001", "陈主管") : ("1001", "王芳")
        try floor.writeRoster([(UnixAccount.current, agent, name, role)])
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")
        let wall = Tmux(name: "presence-wall")
        try wall.start("LANG=C.UTF-8 '\(floor.binary)' --data '\(floor.data)' wallboard --lang en", width: 200, height: 50)
        try wall.waitFor("Ready 0")
        let console = Tmux(name: "presence-console")
        try console.start("exec env LANG=C.UTF-8 '\(floor.binary)' --data '\(floor.data)' --lang en", width: 100, height: 30)
        try console.waitFor("张伟")
        return (wall, console)
    }

    @Test func quittingTheConsoleSignsTheAgentOff() throws {
        let (wall, console) = try open(as: "agent")
        // The roster's name, not a bare number.
        try wall.waitUntil("王芳 ready") { $0.contains("Ready 1") && $0.contains("王芳 #1001") }
        try console.send("q")
        try wall.waitFor("Ready 0", timeout: 3)
        let last = try floor.cli("events").split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("\"type\":\"agent.status\"") && last.contains("\"status\":\"offline\""), "\(last)")
        #expect(!last.contains("lastSeen"), "signed off, not lost: \(last)")
    }

    @Test func aKilledConsoleIsShownLostWithinSecondsAndJournaled() throws {
        let (wall, console) = try open(as: "agent")
        try wall.waitUntil("王芳 ready") { $0.contains("Ready 1") && $0.contains("王芳 #1001") }
        let killedAt = Date()
        #expect(kill(try console.panePID(), SIGKILL) == 0)
        let screen = try wall.waitUntil("王芳 lost", timeout: 10) { $0.contains("Ready 0") && $0.contains("Lost, seen") }
        #expect(screen.contains("王芳 #1001"))
        let noticed = Date().timeIntervalSince(killedAt)
        #expect(noticed < 30, "the wall stopped counting a dead console as ready after \(noticed) s")
        let events = try floor.cli("events")
        let lost = events.split(separator: "\n").filter { $0.contains("\"lastSeen\"") }
        #expect(lost.count == 1 && lost[0].contains("\"status\":\"offline\"") && lost[0].contains("\"agent\":\"1001\""),
                "\(events)")
    }

    @Test func aLeadWatchingFromTheConsoleIsNotAReadyAgent() throws {
        let (wall, console) = try open(as: "lead")
        try console.waitFor("陈主管")
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try wall.screen().contains("Ready 0"))
        #expect(!(try floor.cli("events")).contains("\"agent\":\"9001\""), "the lead's console wrote no status")
        // Taking a call makes the lead a working agent on the wall.
        try console.send("n")
        try wall.waitFor("On call 1", timeout: 3)
    }
}
