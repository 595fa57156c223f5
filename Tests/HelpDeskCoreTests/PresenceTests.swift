import Foundation
import Testing
@testable import HelpDeskCore

/// Presence: signing on and off, and an agent lost when the process that
/// spoke for them died, as of when it was last seen.
@Suite struct PresenceTests {
    let wang = RosterEntry(user: "wang", agent: "1001", name: "王芳")
    let chen = RosterEntry(user: "chen", agent: "9001", name: "陈主管", role: .lead)

    func signedOn(_ h: inout FloorHarness, _ who: RosterEntry) throws {
        let body = try #require(try Presence.signOn(h.state, agent: who))
        try h.run(agent: who.agent) { _, _ in body }
    }

    @Test func anAgentSignsOnReadyAndQuittingSignsOff() throws {
        var h = FloorHarness()
        try signedOn(&h, wang)
        #expect(h.state.agents["1001"]?.status == .ready)
        let off = try #require(Presence.signOff(h.state, agent: wang))
        try h.run(agent: "1001") { _, _ in off }
        #expect(h.state.agents["1001"]?.status == .offline)
        #expect(Presence.signOff(h.state, agent: wang) == nil, "already offline: nothing more to write")
    }

    @Test func aLeadWatchingIsNotReadyUntilTheyTakeCalls() throws {
        let h = FloorHarness()
        #expect(try Presence.signOn(h.state, agent: chen) == nil)
    }

    @Test func quittingWithACallInHandSignsOffAndTheCallResumesOnReturn() throws {
        var h = FloorHarness()
        try signedOn(&h, wang)
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "张伟", phone: "13800000001"), at: now) }
        try h.run(agent: "1001") { s, now in try Floor.claimNext(s, agent: "1001", at: now) }
        let off = try #require(Presence.signOff(h.state, agent: wang))
        try h.run(agent: "1001") { _, _ in off }
        #expect(h.state.agents["1001"]?.status == .offline)
        try signedOn(&h, wang)
        #expect(h.state.agents["1001"]?.status == .onCall)
    }

    @Test func onlyAgentsWhoseProcessIsGoneAreLostAsOfLastSeen() throws {
        var h = FloorHarness()
        let start = h.clock
        try signedOn(&h, wang)
        try signedOn(&h, RosterEntry(user: "li", agent: "2001", name: "李明"))
        try h.run(agent: "3001") { s, _ in
            try Floor.setStatus(s, agent: RosterEntry(user: "x", agent: "3001", name: "x"), status: .ready, reason: nil)
        }
        h.wait(60)
        let seen = start.addingTimeInterval(20)
        let presence: (String) -> AgentPresence = { ["1001": .gone(lastSeen: seen), "2001": .held][$0] ?? .untracked }
        let lost = Presence.lost(h.state, presence: presence)
        #expect(lost == [.agentStatus(AgentStatusChanged(agent: "1001", name: "王芳", role: .agent, status: .offline,
                                                         lastSeen: seen))])
        let event = try h.run { _, _ in lost[0] }
        let agent = try #require(h.state.agents["1001"])
        #expect(agent.status == .offline && agent.lastSeen == seen && agent.since == seen)
        #expect(Presence.lost(h.state, presence: presence).isEmpty, "recorded once")

        // The day's fold counts 1001 ready for 20 s, not the 60 s until the loss was noticed.
        var fold = FloorMetrics(from: start.addingTimeInterval(-3600), to: start.addingTimeInterval(3600))
        for e in [Event(seq: 1, at: start, agent: "1001", user: "t",
                        body: .agentStatus(AgentStatusChanged(agent: "1001", name: "王芳", role: .agent, status: .ready))),
                  event] { fold.apply(e) }
        let figures = try #require(fold.figures(at: h.clock).agents.first { $0.id == "1001" })
        #expect(figures.timeByState[.ready] == 20)
        #expect(figures.status == .offline)
    }

    @Test func aLossIsNeverDatedBeforeTheStateItEnds() {
        let p = AgentStatusChanged(agent: "1001", name: "王芳", role: .agent, status: .offline,
                                   lastSeen: Date(timeIntervalSince1970: 100))
        #expect(p.effective(at: Date(timeIntervalSince1970: 500), stateSince: Date(timeIntervalSince1970: 300))
                == Date(timeIntervalSince1970: 300))
        #expect(p.effective(at: Date(timeIntervalSince1970: 500), stateSince: Date(timeIntervalSince1970: 50))
                == Date(timeIntervalSince1970: 100))
    }
}
