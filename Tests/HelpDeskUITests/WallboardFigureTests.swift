import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

/// The wall shows `FloorMetrics`' figures, whatever way the events reach
/// it: all at start-up, or one refresh at a time.
@Suite struct WallboardFigureTests {
    let size = Size(width: 200, height: 50)

    /// The reference: the KPI fold over the same events, as `helpdesk report` uses it.
    func reference(_ events: [Event], live: LiveState, at now: Date) -> FloorFigures {
        var metrics = FloorMetrics(config: WallboardFixture.config, today: now)
        for e in events { metrics.apply(e) }
        metrics.adopt(live)
        return metrics.figures(at: now)
    }

    func expectAgrees(_ wall: WallboardFigures, _ expected: FloorFigures, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(wall.service == expected.service, sourceLocation: sourceLocation)
        #expect(wall.waitingNow == expected.waitingNow, sourceLocation: sourceLocation)
        #expect(wall.longestWaitingNow == expected.longestWaitingNow, sourceLocation: sourceLocation)
        #expect(wall.complaints == expected.complaints, sourceLocation: sourceLocation)
        #expect(wall.agentsByState == expected.agentsByState, sourceLocation: sourceLocation)
        let byID = Dictionary(uniqueKeysWithValues: expected.agents.map { ($0.id, $0) })
        #expect(wall.agents.count == expected.agents.count, sourceLocation: sourceLocation)
        for row in wall.agents {
            let a = byID[row.id]
            #expect(a?.status == row.status && a?.callsHandled == row.callsHandled && a?.timeInState == row.timeInState
                    && a?.averageHandleTime == row.averageHandleTime && a?.pauseReason == row.pauseReason,
                    "agent \(row.id)", sourceLocation: sourceLocation)
        }
    }

    @Test func todayEqualsTheKPIFoldOverTheSameEvents() {
        let (events, live, now) = WallboardFixture.floor()
        let model = WallboardFixture.model(size: size)
        let expected = reference(events, live: live, at: now)
        expectAgrees(model.figures, expected)
        // The hand-worked values, so agreement is not agreement on nonsense:
        // answered 7 s and 40 s → SL 1/2; abandoned at 10 s → SL incl. 2/3.
        #expect(model.figures.service.offered == 5)
        #expect(model.figures.service.answered == 2)
        #expect(model.figures.service.abandoned == 1)
        #expect(model.figures.service.serviceLevel == 0.5)
        #expect(model.figures.service.serviceLevelWithAbandons == 2.0 / 3.0)
        #expect(model.figures.service.averageSpeedOfAnswer == 23.5)
        #expect(model.figures.service.averageHandleTime == 118)
        #expect(model.figures.waitingNow == 2)
        #expect(model.figures.complaints.open == 2)
        #expect(model.figures.complaints.overdue == 1)
        #expect(model.figures.complaints.escalationsWaiting == 1)
        #expect(model.figures.complaints.satisfaction.average == 5)
        #expect(model.alerts == WallboardAlerts(figures: model.figures, waiting: model.waiting, now: now))
        #expect(model.alerts.serviceLevelUnder && model.alerts.callersPastThreshold == 2 && model.alerts.overdueComplaints == 1)
    }

    @Test func foldingRefreshesOneByOneGivesTheSameFigures() {
        let (events, live, now) = WallboardFixture.floor()
        let day = WallboardFixture.config.day.interval(containing: now)
        let todays = events.filter { $0.at >= day.start }
        // Start with the first half; the rest arrives as refreshes would bring it.
        var replay = LiveState()
        for e in events.prefix(events.count / 2) { replay.apply(e) }
        var model = WallboardModel(text: .english, privacy: .masked, config: WallboardFixture.config,
                                   events: todays.filter { $0.seq <= replay.lastSeq }, live: replay,
                                   now: events[events.count / 2].at, size: size)
        for e in events.dropFirst(events.count / 2) {
            replay.apply(e)
            model.update(.floor([e], live: replay, at: e.at))
        }
        model.update(.tick(now))
        expectAgrees(model.figures, reference(events, live: live, at: now))
        #expect(model.waiting.map(\.id) == live.queue(at: now).map(\.id))
    }

    @Test func thisHourTakesServiceFromTheHoursFoldAndStatesFromNow() {
        let (events, live, now) = WallboardFixture.floor()
        let model = WallboardFixture.model(size: size, screen: .hour)
        let hour = WallboardFixture.config.day.hour(containing: now)
        var metrics = FloorMetrics(config: WallboardFixture.config, from: hour.start, to: hour.end)
        for e in events { metrics.apply(e) }
        let expected = metrics.figures(at: now)
        #expect(model.figures.period == hour)
        #expect(model.figures.service == expected.service)
        #expect(model.figures.complaints.filedByCategory == expected.complaints.filedByCategory)
        #expect(model.figures.waitingNow == reference(events, live: live, at: now).waitingNow)
    }

    @Test func perQueueFiguresSplitTheDayByTheLineCallsRangOn() {
        let model = WallboardFixture.model(size: size, screen: .queues)
        let byQueue = Dictionary(uniqueKeysWithValues: model.queueFigures.map { ($0.queue, $0) })
        #expect(Set(byQueue.keys) == ["main", "sales"])
        #expect(byQueue["main"]?.service.offered == 3)
        #expect(byQueue["main"]?.service.answered == 2)
        #expect(byQueue["sales"]?.service.abandoned == 1)
        #expect(byQueue["sales"]?.waitingNow == 1)
        #expect(model.queueFigures.map(\.service.offered).reduce(0, +) == model.figures.service.offered)
    }

    /// 王芳 (1001) and 김지수 (1002) are team 一组: they answered the VIP after
    /// 7 s and 张伟 after 40 s (SL 1 of 2, ASA 23.5 s); 王芳 handled the VIP's
    /// call, 88 s talk + 30 s wrap-up, resolved. Li Wei (1003) has no team and
    /// is paused. The abandon (Emma, sales) belongs to no team.
    @Test func perTeamFiguresSumTheTeamsAgents() throws {
        let model = WallboardFixture.model(size: size, screen: .teams)
        #expect(model.teamFigures.map(\.team) == ["一组", nil])
        let team = try #require(model.teamFigures.first)
        #expect(team.agentsByState == [.ready: 1, .onCall: 1])
        #expect((team.answered, team.answeredWithin, team.handled, team.resolved) == (2, 1, 1, 1))
        #expect(team.serviceLevel == 0.5)
        #expect(team.averageSpeedOfAnswer == 23.5)
        #expect(team.averageHandleTime == 118)
        #expect(team.firstContactResolution == 1)
        let none = try #require(model.teamFigures.last)
        #expect(none.agentsByState == [.paused: 1])
        #expect(none.answered == 0 && none.serviceLevel == nil, "no answered call: no ratio, not 0%")
        #expect(model.teamFigures.map(\.answered).reduce(0, +) == model.figures.service.answered)
    }

    @Test func perTeamCountsAgentsOnTheFloorSinceBeforeTheDay() {
        let (events, live, now) = WallboardFixture.floor()
        let today = events.filter { if case .agentStatus = $0.body { return false }; return true }
        var model = WallboardModel(text: .english, privacy: .masked, config: WallboardFixture.config, events: today,
                                   live: live, now: now, size: size, roster: WallboardFixture.roster)
        model.update(.key(.char("4")))
        #expect(model.teamFigures.last?.team == nil)
        #expect(model.teamFigures.last?.agentsByState == [.paused: 1], "1003, paused since before the day")
        #expect(model.teamFigures.first?.agents == 2)
    }

    @Test func theHourTurnsOverWithTheClock() {
        var model = WallboardFixture.model(size: size, screen: .hour)
        let next = WallboardFixture.config.day.hour(containing: model.now).end.addingTimeInterval(5)
        model.update(.tick(next))
        #expect(model.figures.period.start == WallboardFixture.config.day.hour(containing: next).start)
        #expect(model.figures.service.offered == 0)
        #expect(model.figures.waitingNow == 2, "callers still waiting stay on the wall")
    }

    @Test func theDayResetsAtTheConfiguredHourAndTheQueueCarriesOver() {
        // The day starts at 02:00: the morning's calls (01:00–01:03) are
        // the previous day's, and at 02:00 the sums start from zero.
        let late = MetricsConfig(day: BusinessDay(resetHour: 2, timeZone: WallboardFixture.utc))
        var model = WallboardFixture.model(size: size, config: late)
        #expect(model.figures.period.start == JournalCoding.parseDate("2026-11-26T02:00:00.000Z")!)
        #expect(model.figures.service.offered == 5)
        model.update(.tick(JournalCoding.parseDate("2026-11-27T02:00:05.000Z")!))
        #expect(model.figures.period.start == JournalCoding.parseDate("2026-11-27T02:00:00.000Z")!)
        #expect(model.figures.service.offered == 0)
        #expect(model.figures.service.serviceLevel == nil, "no answered call yet today: no ratio, not 0%")
        #expect(model.figures.complaints.filed == 0)
        #expect(model.figures.waitingNow == 2)
        #expect(model.figures.complaints.open == 2)
        #expect(!model.alerts.serviceLevelUnder)
    }

    @Test func agentsFromBeforeTheDayAreShownFromTheLiveState() {
        // Start-up reads today's events only: here the status changes are
        // left out, as if made yesterday. 1003 (paused, no call since) is
        // known only to the live state and must still be on the wall.
        let (events, live, now) = WallboardFixture.floor()
        let today = events.filter { if case .agentStatus = $0.body { return false }; return true }
        let model = WallboardModel(text: .english, privacy: .masked, config: WallboardFixture.config, events: today,
                                   live: live, now: now, size: size)
        let paused = model.figures.agents.first { $0.id == "1003" }
        #expect(paused?.status == .paused && paused?.pauseReason == "培训" && paused?.callsHandled == 0)
        #expect(paused?.timeInState == 180)
        #expect(model.figures.agentsByState[.paused] == 1)
        #expect(model.figures.agents.count == 3)
    }
}
