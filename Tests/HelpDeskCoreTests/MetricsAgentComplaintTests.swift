import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct MetricsAgentComplaintTests {
    static let config = MetricsConfig(day: MetricsTestLog.utcDay)

    /// A1 is ready at 22:00 on the 25th, pauses for training at 23:40, is ready
    /// at 00:30, takes a call at 01:00:00 (talk to 01:05, wrap-up to 01:06).
    static func pauseOverMidnight() -> MetricsTestLog {
        var log = MetricsTestLog()
        log.status("A1", .ready, "2026-11-25T22:00:00")
        log.status("A1", .paused, "2026-11-25T23:40:00", reason: "training")
        log.status("A1", .ready, "2026-11-26T00:30:00")
        log.answered("9", agent: "A1", rung: "2026-11-26T00:59:50", claimed: "2026-11-26T01:00:00",
                     ended: "2026-11-26T01:05:00", completed: "2026-11-26T01:06:00")
        return log
    }

    @Test func anAgentPausedOverTheDayBoundaryCountsOnlyTodaysPause() throws {
        let log = Self.pauseOverMidnight()
        let f = FloorMetrics.figures(of: log.events, from: MetricsTestLog.t("2026-11-26T00:00:00"),
                                     to: MetricsTestLog.t("2026-11-27T00:00:00"), config: Self.config,
                                     at: MetricsTestLog.t("2026-11-26T02:00:00"))
        let a = try #require(f.agents.first { $0.id == "A1" })
        #expect(a.timeByState[.paused] == 1800)   // 00:00 → 00:30, not from 23:40
        #expect(a.timeByState[.ready] == 5040)    // 00:30 → 01:00 and 01:06 → 02:00
        #expect(a.timeByState[.onCall] == 300)
        #expect(a.timeByState[.wrapUp] == 60)
        #expect(a.timeByState.values.reduce(0, +) == 7200) // two hours, nothing lost or doubled
        #expect(a.entriesByState[.paused] == nil) // the pause began yesterday
        #expect(a.entriesByState[.ready] == 2)
        #expect(a.status == .ready)
        #expect(a.timeInState == 3240)            // since 01:06
        #expect(a.callsHandled == 1)
        #expect(a.averageHandleTime == 360)
    }

    @Test func theWallboardShowsThePauseStartedYesterday() throws {
        var live = FloorMetrics(config: Self.config, today: MetricsTestLog.t("2026-11-25T22:00:00"))
        for e in Self.pauseOverMidnight().events.prefix(2) { live.apply(e) }
        let f = live.figures(at: MetricsTestLog.t("2026-11-26T00:10:00"))
        let a = try #require(f.agents.first)
        #expect(a.status == .paused)
        #expect(a.pauseReason == "training")
        #expect(a.timeInState == 1800)            // since 23:40
        #expect(a.timeByState[.paused] == 600)    // today's share: 00:00 → 00:10
        #expect(f.agentsByState[.paused] == 1)
        #expect(f.agentsByState[.ready] == nil)
    }

    /// Complaints and follow-ups on the 26th, figures at 13:00:
    ///   K1 missed appointment, promised 12:00, untouched → open, overdue
    ///   K2 not right first time, promised 18:00, escalated → open, escalation waiting
    ///   K3 missed appointment, promised 11:00, resolved 10:50 → not open
    ///   K4 other, filed on the 25th, no promise → open, but not today's intake
    ///   K5 service delay, closed 11:30 → gone
    ///   F1 due 12:00 open → overdue; F2 due 15:00 → due; F3 due on the 27th → neither; F4 done → gone
    ///   satisfaction 5, 4, 2, declined, 3 today (and a 1 yesterday, not counted)
    static func complaintsDay() -> MetricsTestLog {
        var log = MetricsTestLog()
        log.file("K4", .other, "2026-11-25T15:00:00")
        log.satisfaction("0", .score(1), "2026-11-25T16:00:00")
        log.file("K1", .missedAppointment, "2026-11-26T09:00:00", promisedBy: "2026-11-26T12:00:00")
        log.file("K2", .notRightFirstTime, "2026-11-26T09:30:00", promisedBy: "2026-11-26T18:00:00")
        log.change("K2", .escalated, "2026-11-26T10:00:00")
        log.file("K3", .missedAppointment, "2026-11-26T10:00:00", promisedBy: "2026-11-26T11:00:00")
        log.change("K3", .resolved, "2026-11-26T10:50:00")
        log.file("K5", .serviceDelay, "2026-11-26T11:00:00")
        log.change("K5", .closed, "2026-11-26T11:30:00")
        log.followUp("F1", due: "2026-11-26T12:00:00", at: "2026-11-26T09:00:00")
        log.followUp("F2", due: "2026-11-26T15:00:00", at: "2026-11-26T09:00:00")
        log.followUp("F3", due: "2026-11-27T09:00:00", at: "2026-11-26T09:00:00")
        log.followUp("F4", due: "2026-11-26T11:00:00", at: "2026-11-26T09:00:00")
        log.closeFollowUp("F4", "2026-11-26T11:05:00")
        for (i, s) in [Satisfaction.score(5), .score(4), .score(2), .declined, .score(3)].enumerated() {
            log.satisfaction("\(i + 1)", s, "2026-11-26T12:0\(i):00")
        }
        return log
    }

    @Test func complaintFiguresAtOnePm() {
        let f = FloorMetrics.figures(of: Self.complaintsDay().events, from: MetricsTestLog.t("2026-11-26T00:00:00"),
                                     to: MetricsTestLog.t("2026-11-27T00:00:00"), config: Self.config,
                                     at: MetricsTestLog.t("2026-11-26T13:00:00")).complaints
        #expect(f.open == 3)                      // K1, K2, K4
        #expect(f.overdue == 1)                   // K1
        #expect(f.escalationsWaiting == 1)        // K2
        #expect(f.followUpsOverdue == 1)          // F1
        #expect(f.followUpsDue == 1)              // F2
        #expect(f.filedByCategory == [.missedAppointment: 2, .notRightFirstTime: 1, .serviceDelay: 1])
        #expect(f.filed == 4)
        #expect(f.satisfaction.answers == 4)
        #expect(f.satisfaction.declined == 1)
        #expect(f.satisfaction.average == 3.5)    // (5 + 4 + 2 + 3) ÷ 4
        #expect(f.satisfaction.shareSatisfied == 0.5) // 5 and 4 of four scores
    }

    @Test func adoptingTheLiveStateBringsInOlderOpenComplaints() {
        let log = Self.complaintsDay()
        var state = LiveState()
        for e in log.events { state.apply(e) }
        let start = MetricsTestLog.t("2026-11-26T00:00:00")
        var live = FloorMetrics(config: Self.config, today: start)
        for e in log.events where e.at >= start { live.apply(e) }
        #expect(live.figures(at: MetricsTestLog.t("2026-11-26T13:00:00")).complaints.open == 2) // K4 unseen
        live.adopt(state)
        let f = live.figures(at: MetricsTestLog.t("2026-11-26T13:00:00")).complaints
        #expect(f.open == 3)
        #expect(f.overdue == 1)
        #expect(f.followUpsDue == 1)
        #expect(f.filed == 4)                     // today's intake is unchanged by adopting
    }
}
