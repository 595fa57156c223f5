import Foundation
import TestSupport
import Testing

/// Two consoles on one PostgreSQL floor, as two people at two terminals
/// (two Unix accounts, so two agents): one claims and the other sees the
/// caller leave its queue; the server is stopped under them and both say
/// so, keep running, say they are back once it is restarted, and a claim
/// after the restart is seen by the other. Nobody is recorded lost by the
/// outage: each console takes its presence lock back as it reconnects. A
/// console killed with SIGKILL is shown lost on the wall.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && HelpdeskBinary.tmuxAvailable && UnixAccount.canCreate,
                            "needs the built helpdesk binary, tmux and root (a second Unix account)"))
struct PostgresConsoleEndToEndTests {
    @Test func twoConsolesFollowEachOtherAcrossAServerRestart() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { server.stop(); try? FileManager.default.removeItem(atPath: server.folder) }
        try server.sql("CREATE DATABASE floor")
        let uri = server.uri(database: "floor")
        let colleague = try UnixAccount("pgfloor")
        defer { colleague.remove() }
        let binary = HelpdeskBinary.path!
        func cli(_ arguments: String...) throws -> String {
            try TestProcess.run(binary, ["--data", uri] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try cli("ring", "--name", "张伟", "--phone", "13800000001")
        try cli("ring", "--name", "김민준", "--phone", "01012345678")
        try server.sql("""
            INSERT INTO helpdesk.roster (account, entry) VALUES
              ('\(UnixAccount.current)', '{"user": "\(UnixAccount.current)", "agent": "1001", "name": "王芳", "role": "agent"}'),
              ('\(colleague.name)', '{"user": "\(colleague.name)", "agent": "1002", "name": "李明", "role": "agent"}')
            """, database: "floor")

        let line = "exec env LANG=C.UTF-8 '\(binary)' --data '\(uri)' --lang en"
        let first = Tmux(name: "pg-first"), second = Tmux(name: "pg-second")
        try first.start(line, width: 120, height: 30)
        try second.start(colleague.shellCommand(line), width: 120, height: 30)
        try first.waitFor("김민준")
        try second.waitFor("김민준")

        try first.send("n")
        try first.waitUntil("the first console on the call") { $0.contains("On call") }
        try second.waitUntil("张伟 gone from the second console's queue", timeout: 5) { !$0.contains("张伟") && $0.contains("김민준") }

        server.stop()
        try first.waitFor("Server lost — retrying", timeout: 10)
        try second.waitFor("Server lost — retrying", timeout: 10)
        Thread.sleep(forTimeInterval: 1)
        #expect(first.isRunning && second.isRunning, "both consoles carry on while the server is down")

        try server.restart()
        try first.waitFor("Reconnected to the server", timeout: 15)
        try second.waitFor("Reconnected to the server", timeout: 15)

        try second.send("n")
        try second.waitUntil("the second console on the call") { $0.contains("On call") && $0.contains("김민준") }
        try first.waitUntil("김민준 gone from the first console's queue", timeout: 5) { !$0.contains("김민준") }

        let events = try cli("events")
        let claims = events.split(separator: "\n").filter { $0.contains("\"call.claimed\"") }
        #expect(claims.count == 2 && claims[0].contains("\"agent\":\"1001\"") && claims[1].contains("\"agent\":\"1002\""), "\(events)")
        #expect(!events.contains("lastSeen"), "nobody was recorded lost by the restart: \(events)")
    }

    /// A console killed with SIGKILL: its connection, and so its presence
    /// lock, goes with it; the wall (another process) shows the agent lost
    /// once the grace for a vanished lock has passed, and journals it once.
    @Test func aKilledConsoleIsShownLostOnTheWall() throws {
        let uri = try PostgresTestServer.freshDatabase()
        let binary = HelpdeskBinary.path!
        func cli(_ arguments: String...) throws -> String {
            try TestProcess.run(binary, ["--data", uri] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try cli("ring", "--name", "张伟", "--phone", "13800000001")
        try PostgresTestServer.server().sql("""
            INSERT INTO helpdesk.roster (account, entry)
            VALUES ('\(UnixAccount.current)', '{"user": "\(UnixAccount.current)", "agent": "1001", "name": "王芳", "role": "agent"}')
            """, database: String(URLComponents(string: uri)!.path.dropFirst()))
        let wall = Tmux(name: "pg-wall"), console = Tmux(name: "pg-console")
        try wall.start("LANG=C.UTF-8 '\(binary)' --data '\(uri)' wallboard --lang en", width: 200, height: 50)
        try wall.waitFor("Ready 0")
        try console.start("exec env LANG=C.UTF-8 '\(binary)' --data '\(uri)' --lang en", width: 100, height: 30)
        try wall.waitUntil("王芳 ready") { $0.contains("Ready 1") && $0.contains("王芳 #1001") }

        let killedAt = Date()
        #expect(kill(try console.panePID(), SIGKILL) == 0)
        try wall.waitUntil("王芳 lost", timeout: 25) { $0.contains("Ready 0") && $0.contains("Lost, seen") }
        let noticed = Date().timeIntervalSince(killedAt)
        #expect(noticed < 20, "the wall stopped counting a dead console as ready after \(noticed) s")
        let lost = try cli("events").split(separator: "\n").filter { $0.contains("\"lastSeen\"") }
        #expect(lost.count == 1 && lost[0].contains("\"agent\":\"1001\""), "\(lost)")
    }
}
