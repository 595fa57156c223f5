import Foundation
import Testing
@testable import HelpDeskCore

/// The folds keep their open calls as objects changed in place (for speed);
/// these tests hold them to value semantics and to the per-queue split.
@Suite struct MetricsFoldCopyTests {
    private static let day = (MetricsTestLog.t("2026-11-26T00:00:00"), MetricsTestLog.t("2026-11-27T00:00:00"))

    @Test func aCopiedTrackerDoesNotSeeTheOriginalsLaterEvents() throws {
        var log = MetricsTestLog()
        log.ring("1", "2026-11-26T10:00:00")
        log.claim("1", "A1", "2026-11-26T10:00:30")
        var original = CallTracker()
        _ = original.apply(log.events[0])
        let copy = original
        let applied = original.apply(log.events[1])
        let step = try #require(applied)
        #expect(step.fact?.kind == .answered)
        #expect(step.fact?.wait == 30)
        #expect(step.move == AgentMove(number: 0, status: .onCall))
        #expect(original.agentID(0) == "A1")

        let later = MetricsTestLog.t("2026-11-26T10:01:00")
        #expect(original.waiting(at: later).isEmpty)
        #expect(copy.waiting(at: later).map(\.call.id) == ["1"])
        #expect(copy.waiting(at: later).first?.call.agent == nil)
        #expect(copy.waiting(at: later).first?.wait == 60)
    }

    @Test func aCopiedFoldCountsOnlyWhatItWasGiven() {
        var log = MetricsTestLog()
        log.ring("1", "2026-11-26T10:00:00")
        log.ring("2", "2026-11-26T10:00:05")
        log.claim("1", "A1", "2026-11-26T10:00:10")
        log.claim("2", "A2", "2026-11-26T10:00:40")
        let config = MetricsConfig(day: MetricsTestLog.utcDay)
        var first = FloorMetrics(config: config, from: Self.day.0, to: Self.day.1)
        for e in log.events.prefix(3) { first.apply(e) }
        var second = first
        second.apply(log.events[3])
        first.apply(Event(seq: 4, at: MetricsTestLog.t("2026-11-26T10:00:50"), agent: nil, user: "test",
                          body: .callAbandoned(CallRef(call: "2"))))
        let end = MetricsTestLog.t("2026-11-26T11:00:00")
        #expect(first.figures(at: end).service.answered == 1)
        #expect(first.figures(at: end).service.abandoned == 1)
        #expect(second.figures(at: end).service.answered == 2)
        #expect(second.figures(at: end).service.abandoned == 0)
        #expect(second.figures(at: end).service.answeredWithinThreshold == 1)  // C1 after 10 s; C2 after 35 s
    }

    /// Two lines: main gets C1 (answered in 10 s) and C3 (abandoned after 40 s),
    /// sales gets C2 (answered in 30 s); the next day's first call starts the sums again.
    @Test func serviceSumsSplitByQueueAndRestartWithTheDay() {
        var log = MetricsTestLog()
        log.ring("1", "2026-11-26T09:00:00")
        log.claim("1", "A1", "2026-11-26T09:00:10")
        log.ring("2", "2026-11-26T09:01:00", queue: "sales")
        log.claim("2", "A2", "2026-11-26T09:01:30")
        log.ring("3", "2026-11-26T09:02:00")
        log.abandon("3", "2026-11-26T09:02:40")
        var fold = FloorMetrics(config: MetricsConfig(day: MetricsTestLog.utcDay), today: Self.day.0)
        for e in log.events { fold.apply(e) }
        #expect(fold.queues.map(\.name) == ["main", "sales"])
        let main = fold.queues[0].tally, sales = fold.queues[1].tally
        #expect((main.offered, main.answered, main.abandoned, main.answeredWithin) == (2, 1, 1, 1))
        #expect((sales.offered, sales.answered, sales.abandoned, sales.answeredWithin) == (1, 1, 0, 0))

        fold.apply(Event(seq: 7, at: MetricsTestLog.t("2026-11-27T08:00:00"), agent: nil, user: "test",
                         body: .callRung(CallRung(call: Call(id: "4", customer: Customer(name: "李雷", phone: "13900000004"),
                                                             queue: "sales", enqueuedAt: MetricsTestLog.t("2026-11-27T08:00:00"))))))
        #expect(fold.queues.map(\.name) == ["sales"])
        #expect(fold.queues[0].tally.offered == 1)
    }
}
