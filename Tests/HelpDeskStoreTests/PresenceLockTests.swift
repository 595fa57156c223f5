import Foundation
import HelpDeskCore
import TestSupport
import Testing
@testable import HelpDeskStore

/// Presence through the kernel's locks: held while the holder lives, gone
/// (with the time last seen) the moment it ends, however it ends.
@Suite("Data directory: presence locks")
struct PresenceLockTests {
    @Test func aHoldIsSeenByOthersRefusesASecondAndIsGoneWhenReleased() throws {
        let scratch = Scratch()
        let store = try scratch.open(), other = try scratch.open()
        #expect(other.presence(of: "1001") == .untracked, "no console ever spoke for 1001")
        let hold = try store.holdPresence(agent: "1001")
        #expect(hold.previous == .untracked)
        #expect(other.presence(of: "1001") == .held)
        #expect(throws: StoreError.alreadySignedOn(agent: "1001")) { try other.holdPresence(agent: "1001") }
        let before = Date().addingTimeInterval(-1)
        hold.release()
        // A child another test is spawning at this moment carries a copy of
        // every descriptor until its exec closes it (O_CLOEXEC), so the lock
        // may outlive the close by that long: wait a little, not forever.
        let deadline = Date().addingTimeInterval(5)
        while other.presence(of: "1001") == .held, Date() < deadline { usleep(10_000) }
        guard case .gone(let seen) = other.presence(of: "1001") else {
            Issue.record("released, yet \(other.presence(of: "1001"))")
            return
        }
        #expect(seen >= before && seen <= Date().addingTimeInterval(1))
        let again = try other.holdPresence(agent: "1001")
        #expect(again.previous == .gone(lastSeen: seen))
    }

    @Test func anAgentNumberCannotNameAPathOutsideThePresenceFolder() throws {
        let scratch = Scratch()
        let hold = try scratch.open().holdPresence(agent: "../roster.json")
        defer { hold.release() }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("roster.json")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.file("presence")).count == 1)
    }

    /// A simulator playing virtual agent 2001 is killed with SIGKILL: its
    /// lock goes with it, and the agent is recorded lost once.
    @Test(.enabled(if: HelpdeskBinary.path != nil, "needs the built helpdesk binary"))
    func aKilledProcessLeavesItsAgentGoneAndRecordedLostOnce() throws {
        let scratch = Scratch()
        let store = try scratch.open()
        try store.saveRoster(Roster(entries: [RosterEntry(user: UnixAccount.current, agent: "9001", name: "lead", role: .lead),
                                              RosterEntry(user: "sim", agent: "2001", name: "李明")]))
        let simulator = try TestProcess(HelpdeskBinary.path!, ["--data", scratch.path, "simulate", "--agents", "1", "--rate", "0.1"])
        defer { _ = simulator.finish() }
        let deadline = Date().addingTimeInterval(10)
        while store.presence(of: "2001") != .held || (store.state.agents["2001"]?.status ?? .offline) == .offline,
              Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            _ = try store.refresh()
        }
        #expect((store.state.agents["2001"]?.status ?? .offline) != .offline, "signed on")
        #expect(try store.recordLostAgents().isEmpty, "alive: nobody lost")

        kill(simulator.pid, SIGKILL)
        _ = simulator.finish()
        guard case .gone = store.presence(of: "2001") else {
            Issue.record("killed, yet \(store.presence(of: "2001"))")
            return
        }
        let lost = try store.recordLostAgents()
        #expect(lost.count == 1)
        #expect(store.state.agents["2001"]?.status == .offline)
        #expect(store.state.agents["2001"]?.lastSeen != nil)
        #expect(try scratch.open().recordLostAgents().isEmpty, "another process finds it already recorded")
    }
}
