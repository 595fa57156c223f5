import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct TeamFiguresTests {
    /// A1 sits in team "B", A2 in team "A", A3 is not on the roster.
    ///   C1 answered by A1 after 10 s (within 20 s)
    ///   C2 a callback answered by A2: the centre's own work, not service level
    ///   C3 answered by A2 after 30 s; talk 60 + wrap-up 20, not resolved
    ///   C4 answered by A3 after 5 s
    @Test func agentsFiguresAddUpByRosterTeam() throws {
        var log = MetricsTestLog()
        log.ring("1", "2026-11-26T10:00:00"); log.claim("1", "A1", "2026-11-26T10:00:10")
        log.ring("2", "2026-11-26T10:01:00", callback: true); log.claim("2", "A2", "2026-11-26T10:01:05")
        log.end("2", "2026-11-26T10:02:00"); log.complete("2", "2026-11-26T10:02:10")
        log.ring("3", "2026-11-26T10:03:00"); log.claim("3", "A2", "2026-11-26T10:03:30")
        log.end("3", "2026-11-26T10:04:30"); log.complete("3", "2026-11-26T10:04:50", resolved: false)
        log.ring("4", "2026-11-26T10:05:00"); log.claim("4", "A3", "2026-11-26T10:05:05")
        let roster = Roster(entries: [RosterEntry(user: "b", agent: "A1", name: "甲", team: "B"),
                                      RosterEntry(user: "a", agent: "A2", name: "乙", team: "A")])
        let config = MetricsConfig(day: MetricsTestLog.utcDay)
        let figures = FloorMetrics.figures(of: log.events, from: MetricsTestLog.t("2026-11-26T00:00:00"),
                                           to: MetricsTestLog.t("2026-11-27T00:00:00"), config: config,
                                           at: MetricsTestLog.t("2026-11-26T10:06:00"))
        let offline = Agent(id: "A9", name: "丙", role: .agent, status: .offline, since: MetricsTestLog.t("2026-11-25T18:00:00"))
        let paused = Agent(id: "A8", name: "丁", role: .agent, status: .paused, since: MetricsTestLog.t("2026-11-25T18:00:00"))
        let teams = TeamFigures.byTeam(figures.agents, floor: [offline, paused], roster: roster)
        #expect(teams.map(\.team) == ["A", "B", nil])
        let a = teams[0], b = teams[1], none = teams[2]
        #expect((a.answered, a.answeredWithin, a.handled, a.resolved) == (1, 0, 2, 1), "the callback is handled, not answered")
        #expect(a.serviceLevel == 0 && a.averageSpeedOfAnswer == 30)
        #expect(a.agentsByState == [.ready: 1])
        #expect((b.answered, b.answeredWithin, b.serviceLevel) == (1, 1, 1.0))
        #expect(b.agentsByState == [.onCall: 1])
        #expect(none.agentsByState == [.onCall: 1, .paused: 1], "A3 and the paused A8; offline A9 is not on the floor")
        #expect(teams.map(\.answered).reduce(0, +) == figures.service.answered)
    }
}
