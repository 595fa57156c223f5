import Foundation
import HelpDeskCore
import HelpDeskPostgres
import Testing
import TestSupport

/// What only the PostgreSQL floor's presence has: a lock that vanished
/// without being let go is given a grace before its agent is gone, and a
/// server restart (which drops every lock) does not make live consoles
/// look lost: each takes its lock back when it reconnects.
@Suite("PostgreSQL floor: presence")
struct PostgresPresenceTests {
    @Test func aLockThatVanishedCountsAsHeldForTheGraceThenGone() throws {
        let floor = try PostgresTestServer.freshDatabase()
        let watcher = try PostgresStore(uri: floor, options: .init(presenceGrace: 2))
        let holder = try PostgresStore(uri: floor)
        let hold = try holder.holdPresence(agent: "1001")
        defer { withExtendedLifetime(hold) {} }   // never released: the server ends its connection below
        let before = Date().addingTimeInterval(-1)
        let pid = try #require(try PostgresTestServer.server().sql("""
            SELECT pid FROM pg_stat_activity WHERE datname = '\(String(URLComponents(string: floor)!.path.dropFirst()))'
            AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 2)
            """).split(separator: "\n").first)
        _ = try PostgresTestServer.server().sql("SELECT pg_terminate_backend(\(pid))")
        #expect(watcher.presence(of: "1001") == .held, "within the grace")
        let deadline = Date().addingTimeInterval(10)
        while watcher.presence(of: "1001") == .held, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        guard case .gone(let seen) = watcher.presence(of: "1001") else {
            Issue.record("the connection was ended, yet \(watcher.presence(of: "1001"))")
            return
        }
        #expect(seen >= before && seen <= Date())
    }

    @Test func aConsoleTakesItsLockBackAfterAServerRestart() throws {
        let server = try PostgresTestServer.startPrivate()
        defer { server.stop(); try? FileManager.default.removeItem(atPath: server.folder) }
        try server.sql("CREATE DATABASE floor")
        let uri = server.uri(database: "floor")
        let console = try PostgresStore(uri: uri)
        let hold = try console.holdPresence(agent: "1001")
        try server.restart()
        let watcher = try PostgresStore(uri: uri, options: .init(presenceGrace: 1))
        hold.touch()   // the console's next statement reconnects and takes the lock back
        Thread.sleep(forTimeInterval: 1.5)
        #expect(watcher.presence(of: "1001") == .held, "past the grace, the lock is held again")
        #expect(throws: PostgresError.alreadySignedOn(agent: "1001")) { try watcher.holdPresence(agent: "1001") }
    }
}
