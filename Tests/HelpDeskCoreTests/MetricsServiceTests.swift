import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct MetricsServiceTests {
    /// Six callers between 10:00 and 10:06, threshold 20 s, short abandon < 5 s:
    ///   C1 wait 10 → answered within; talk 180 + wrap 60 = 240, resolved
    ///   C2 wait 30 → answered late;   talk 300 + wrap 60 = 360, not resolved
    ///   C3 wait 3  → abandoned, short, within threshold
    ///   C4 wait 25 → abandoned after the threshold
    ///   C5 wait 60 → abandoned after the threshold (the longest wait)
    ///   C6 wait 20 → answered exactly at the threshold (counts as within); talk 120 + wrap 30 = 150
    static func morning() -> MetricsTestLog {
        var log = MetricsTestLog()
        log.answered("1", agent: "A1", rung: "2026-11-26T10:00:00", claimed: "2026-11-26T10:00:10",
                     ended: "2026-11-26T10:03:10", completed: "2026-11-26T10:04:10")
        log.answered("2", agent: "A2", rung: "2026-11-26T10:01:00", claimed: "2026-11-26T10:01:30",
                     ended: "2026-11-26T10:06:30", completed: "2026-11-26T10:07:30", resolved: false)
        log.ring("3", "2026-11-26T10:02:00"); log.abandon("3", "2026-11-26T10:02:03")
        log.ring("4", "2026-11-26T10:03:00"); log.abandon("4", "2026-11-26T10:03:25")
        log.ring("5", "2026-11-26T10:04:00"); log.abandon("5", "2026-11-26T10:05:00")
        log.answered("6", agent: "A1", rung: "2026-11-26T10:05:00", claimed: "2026-11-26T10:05:20",
                     ended: "2026-11-26T10:07:20", completed: "2026-11-26T10:07:50")
        log.sortByTime()
        return log
    }

    static let day = (MetricsTestLog.t("2026-11-26T00:00:00"), MetricsTestLog.t("2026-11-27T00:00:00"))

    @Test func serviceLevelInBothFormsWithShortAbandonsCounted() {
        let config = MetricsConfig(day: MetricsTestLog.utcDay)
        let f = FloorMetrics.figures(of: Self.morning().events, from: Self.day.0, to: Self.day.1, config: config).service
        #expect(f.offered == 6)
        #expect(f.answered == 3)
        #expect(f.abandoned == 3)
        #expect(f.shortAbandons == 1)
        #expect(f.answeredWithinThreshold == 2)   // C1 (10 s), C6 (20 s)
        #expect(f.abandonedWithinThreshold == 1)  // C3 (3 s)
        #expect(f.serviceLevel == 2.0 / 3.0)      // 2 ÷ 3
        #expect(f.serviceLevelWithAbandons == 0.5) // (2 + 1) ÷ (3 + 3)
        #expect(f.averageSpeedOfAnswer == 20)     // (10 + 30 + 20) ÷ 3
        #expect(f.averageHandleTime == 250)       // (240 + 360 + 150) ÷ 3
        #expect(f.abandonRate == 0.5)             // 3 ÷ 6
        #expect(f.firstContactResolution == 2.0 / 3.0)
        #expect(f.longestWait == 60)
        #expect(f.meetsTarget == false)           // 66.7% < 80%
    }

    @Test func shortAbandonsExcludedLeaveOfferedAndAbandoned() {
        let config = MetricsConfig(excludeShortAbandons: true, day: MetricsTestLog.utcDay)
        let f = FloorMetrics.figures(of: Self.morning().events, from: Self.day.0, to: Self.day.1, config: config).service
        #expect(f.offered == 5)                   // C3 leaves the count
        #expect(f.abandoned == 2)
        #expect(f.shortAbandons == 1)             // still reported on its own
        #expect(f.abandonedWithinThreshold == 0)
        #expect(f.serviceLevelWithAbandons == 0.4) // (2 + 0) ÷ (3 + 2)
        #expect(f.abandonRate == 0.4)             // 2 ÷ 5
        #expect(f.serviceLevel == 2.0 / 3.0)      // the first form does not see abandons
    }

    @Test func callsSpanningMidnightBelongToTheDayTheCallerJoined() {
        var log = MetricsTestLog()
        // Joined on the 25th, answered on the 26th after 25 s: the 25th's call.
        log.ring("1", "2026-11-25T23:59:50")
        log.claim("1", "A1", "2026-11-26T00:00:15")
        log.end("1", "2026-11-26T00:01:15")
        log.complete("1", "2026-11-26T00:01:45")
        // Joined on the 26th, answered on the 27th after 35 s: the 26th's call, handle 120 + 60.
        log.ring("2", "2026-11-26T23:59:30")
        log.claim("2", "A2", "2026-11-27T00:00:05")
        log.end("2", "2026-11-27T00:02:05")
        log.complete("2", "2026-11-27T00:03:05")
        let config = MetricsConfig(day: MetricsTestLog.utcDay)

        let d26 = FloorMetrics.figures(of: log.events, from: Self.day.0, to: Self.day.1, config: config).service
        #expect(d26.offered == 1)
        #expect(d26.answered == 1)
        #expect(d26.answeredWithinThreshold == 0)
        #expect(d26.averageSpeedOfAnswer == 35)
        #expect(d26.averageHandleTime == 180)

        let d25 = FloorMetrics.figures(of: log.events, from: MetricsTestLog.t("2026-11-25T00:00:00"),
                                       to: Self.day.0, config: config).service
        #expect(d25.offered == 1)
        #expect(d25.averageSpeedOfAnswer == 25)
        #expect(d25.averageHandleTime == 90)      // talk 60 + wrap 30

        // The wallboard's rolling day: after midnight the 26th's late answer is not the 27th's.
        var live = FloorMetrics(config: config, today: MetricsTestLog.t("2026-11-26T12:00:00"))
        for e in log.events.filter({ $0.at >= Self.day.0 }) { live.apply(e) }
        let now = live.figures(at: MetricsTestLog.t("2026-11-27T00:05:00"))
        #expect(now.period.start == Self.day.1)
        #expect(now.service.offered == 0)
        #expect(now.service.answered == 0)
        #expect(now.service.handled == 0)
    }

    @Test func theResetHourDecidesWhichDayANightCallBelongsTo() {
        var log = MetricsTestLog()
        log.ring("1", "2026-11-27T02:00:00")
        log.claim("1", "A1", "2026-11-27T02:00:05")
        let config = MetricsConfig(day: BusinessDay(resetHour: 6, timeZone: TimeZone(identifier: "UTC")!))
        var live = FloorMetrics(config: config, today: MetricsTestLog.t("2026-11-26T07:00:00"))
        for e in log.events { live.apply(e) }
        let f = live.figures(at: MetricsTestLog.t("2026-11-27T05:59:00"))
        #expect(f.period.start == MetricsTestLog.t("2026-11-26T06:00:00"))
        #expect(f.service.answered == 1)
        let after = live.figures(at: MetricsTestLog.t("2026-11-27T06:00:00"))
        #expect(after.period.start == MetricsTestLog.t("2026-11-27T06:00:00"))
        #expect(after.service.answered == 0)
    }

    @Test func aCallerStillWaitingCountsTowardsTheLongestWait() {
        var log = MetricsTestLog()
        log.ring("1", "2026-11-26T09:00:00")
        log.claim("1", "A1", "2026-11-26T09:00:05")
        log.ring("2", "2026-11-26T09:01:00")
        let config = MetricsConfig(day: MetricsTestLog.utcDay)
        var live = FloorMetrics(config: config, today: MetricsTestLog.t("2026-11-26T09:00:00"))
        for e in log.events { live.apply(e) }
        let f = live.figures(at: MetricsTestLog.t("2026-11-26T09:02:30"))
        #expect(f.waitingNow == 1)
        #expect(f.longestWaitingNow == 90)
        #expect(f.service.longestWait == 90)
        #expect(f.service.offered == 2)
        #expect(f.service.serviceLevel == 1)      // the waiting caller is not yet judged
    }

    @Test func callbacksAreNotOfferedButTheirHandlingCounts() {
        var log = MetricsTestLog()
        log.ring("1", "2026-11-26T09:00:00", callback: true)
        log.claim("1", "A1", "2026-11-26T09:10:00")
        log.end("1", "2026-11-26T09:12:00")
        log.complete("1", "2026-11-26T09:13:00")
        let config = MetricsConfig(day: MetricsTestLog.utcDay)
        let f = FloorMetrics.figures(of: log.events, from: Self.day.0, to: Self.day.1, config: config)
        #expect(f.service.offered == 0)
        #expect(f.service.answered == 0)
        #expect(f.service.handled == 1)
        #expect(f.service.averageHandleTime == 180)
        #expect(f.agents.first?.callsHandled == 1)
    }

    @Test func replayingAnOverlapChangesNothing() {
        let config = MetricsConfig(day: MetricsTestLog.utcDay)
        let events = Self.morning().events
        var fold = FloorMetrics(config: config, from: Self.day.0, to: Self.day.1)
        for e in events { fold.apply(e) }
        for e in events.suffix(5) { fold.apply(e) }
        #expect(fold.figures(at: Self.day.1).service.offered == 6)
        #expect(fold.figures(at: Self.day.1).service.handled == 3)
    }
}
