import Foundation
import Testing
@testable import HelpDeskCore

@Suite struct ComplaintSLATests {
    typealias Day = BusinessCalendar.Day
    let local = { (text: String) in Fixture.local(text) }

    @Test func businessTimeSkipsLunchEveningsAndTheWeekend() {
        let cal = Fixture.calendar()
        // Wednesday 11:30 + 60 min: 30 before lunch, 30 after it.
        #expect(cal.adding(businessSeconds: 3600, to: local("2026-11-25 11:30")) == local("2026-11-25 13:30"))
        // Friday 17:00 + 120 min: one hour on Friday, one on Monday.
        #expect(cal.adding(businessSeconds: 7200, to: local("2026-11-27 17:00")) == local("2026-11-30 10:00"))
        // Filed on Saturday: the clock starts on Monday morning.
        #expect(cal.adding(businessSeconds: 1800, to: local("2026-11-28 15:00")) == local("2026-11-30 09:30"))
        #expect(cal.businessSeconds(from: local("2026-11-27 17:00"), to: local("2026-11-30 10:00")) == 7200)
        #expect(cal.businessSeconds(from: local("2026-11-30 10:00"), to: local("2026-11-27 17:00")) == -7200)
        #expect(cal.isOpen(at: local("2026-11-25 12:30")) == false)
        #expect(cal.isOpen(at: local("2026-11-25 13:00")))
    }

    @Test func holidaysCloseADayAndMakeUpDaysOpenOne() {
        let monday = Day(year: 2026, month: 11, day: 30)
        let saturday = Day(year: 2026, month: 12, day: 5)
        let cal = Fixture.calendar(holidays: [monday], makeUp: [saturday: 2])
        #expect(cal.adding(businessSeconds: 7200, to: local("2026-11-27 17:00")) == local("2026-12-01 10:00"))
        // Friday 4 Dec 17:00 + 2 h: the make-up Saturday works with Monday's hours.
        #expect(cal.adding(businessSeconds: 7200, to: local("2026-12-04 17:00")) == local("2026-12-05 10:00"))
        // A make-up day listed on a holiday date still works: the notice wins.
        let both = Fixture.calendar(holidays: [saturday], makeUp: [saturday: 2])
        #expect(both.isOpen(at: local("2026-12-05 10:00")))
    }

    @Test func daysAreJudgedInTheCalendarsTimeZone() {
        let berlin = TimeZone(identifier: "Europe/Berlin")!
        let shanghaiCal = Fixture.calendar(), berlinCal = Fixture.calendar(zone: berlin)
        // 2026-11-27 09:00 UTC is 17:00 in Shanghai (one hour left) and 10:00 in Berlin.
        let instant = ISO8601DateFormatter().date(from: "2026-11-27T09:00:00Z")!
        #expect(shanghaiCal.adding(businessSeconds: 7200, to: instant) == local("2026-11-30 10:00"))
        #expect(berlinCal.adding(businessSeconds: 7200, to: instant) == Fixture.local("2026-11-27 12:00", in: berlin))
        // Across the spring clock change in Berlin: Friday 17:00 + 2 h lands on Monday 10:00 local.
        #expect(berlinCal.adding(businessSeconds: 7200, to: Fixture.local("2026-03-27 17:00", in: berlin))
            == Fixture.local("2026-03-30 10:00", in: berlin))
    }

    @Test func dueTimesFollowCategoryAndSeverity() {
        let rules = Fixture.rules()
        let filed = local("2026-11-27 17:00")
        func complaint(_ category: ComplaintCategory, _ severity: Severity) -> Complaint {
            Complaint(id: "T1", customer: Fixture.customer, category: category, keyPoints: "k", severity: severity,
                      owner: "A01", openedAt: filed)
        }
        let normal = rules.sla(for: complaint(.serviceDelay, .normal), at: filed)
        #expect(normal.firstResponse.due == local("2026-11-30 10:00"))          // 120 min
        #expect(normal.resolution.due == local("2026-12-02 17:00"))             // 1440 min = three 8-hour days
        let missed = rules.sla(for: complaint(.missedAppointment, .normal), at: filed)
        #expect(missed.firstResponse.due == local("2026-11-27 18:00"))          // override: 60 min
        let critical = rules.sla(for: complaint(.serviceDelay, .critical), at: filed)
        #expect(critical.firstResponse.due == local("2026-11-27 17:30"))
    }

    @Test func timeLeftFreezesOverTheWeekendAndTurnsOverdue() {
        let rules = Fixture.rules()
        var c = Complaint(id: "T1", customer: Fixture.customer, category: .serviceDelay, keyPoints: "k",
                          owner: "A01", openedAt: local("2026-11-27 17:00"))
        let friday = rules.sla(for: c, at: local("2026-11-27 17:30"))
        #expect(friday.running?.kind == .firstResponse)
        #expect(friday.running?.businessSecondsLeft == 5400)
        let saturday = rules.sla(for: c, at: local("2026-11-28 12:00"))
        #expect(saturday.running?.businessSecondsLeft == 3600, "closed days do not eat into the time left")
        #expect(!saturday.isOverdue)
        let monday = rules.sla(for: c, at: local("2026-11-30 10:30"))
        #expect(monday.running?.businessSecondsLeft == -1800)
        #expect(monday.isOverdue)

        // Accepted at 09:40 on Monday: the first response was in time; the resolution clock runs.
        c.status = .accepted
        c.firstRespondedAt = local("2026-11-30 09:40")
        c.promisedBy = local("2026-12-01 12:00")
        let answered = rules.sla(for: c, at: local("2026-11-30 10:30"))
        #expect(answered.firstResponse.stoppedAt == local("2026-11-30 09:40"))
        #expect(answered.firstResponse.businessSecondsLeft == 1200 && !answered.firstResponse.isOverdue)
        #expect(answered.running?.kind == .resolution)
        #expect(!answered.isOverdue)
        let brokenPromise = rules.sla(for: c, at: local("2026-12-01 14:00"))
        #expect(brokenPromise.promiseBroken && brokenPromise.isOverdue && !(brokenPromise.running?.isOverdue ?? true))

        // Late evening after the due time: overdue although no business time passed since.
        let evening = rules.sla(for: Complaint(id: "T2", customer: Fixture.customer, category: .serviceDelay, keyPoints: "k",
                                               severity: .critical, owner: "A01", openedAt: local("2026-11-25 17:30")),
                                at: local("2026-11-25 20:00"))
        #expect(evening.firstResponse.due == local("2026-11-25 18:00"))
        #expect(evening.isOverdue)
    }

    @Test func aResolvedComplaintStopsItsClocks() {
        let rules = Fixture.rules()
        var c = Complaint(id: "T1", customer: Fixture.customer, category: .serviceDelay, keyPoints: "k",
                          owner: "A01", status: .resolved, openedAt: local("2026-11-25 09:00"))
        c.firstRespondedAt = local("2026-11-25 09:10")
        c.resolvedAt = local("2026-11-25 11:00")
        let later = rules.sla(for: c, at: local("2026-12-25 09:00"))
        #expect(later.running == nil && !later.isOverdue)
        #expect(later.resolution.businessSecondsLeft > 0)
    }
}
