import Foundation
import Testing
@testable import HelpDeskCore
@testable import HelpDeskReports

/// Each report on a small journal written by hand, expected figures worked out in the comments.
@Suite struct ReportFiguresTests {
    static let utc = MetricsConfig(day: MetricsTestLog.utcDay)
    static let day26 = ReportFilter(from: MetricsTestLog.t("2026-11-26T00:00:00"), to: MetricsTestLog.t("2026-11-27T00:00:00"),
                                    config: utc, now: MetricsTestLog.t("2026-12-01T00:00:00"))

    /// A1 (张伟) and A2 (김민준) on the 26th:
    ///   call 1, A1: wait 10, talk 180 + wrap 60 = 240, resolved, satisfaction 5, one step and one wait skipped, one phrase hit
    ///   call 2, A1: wait 20, talk 120 + wrap 30 = 150, not resolved, satisfaction 2
    ///   call 3, A2: wait 5,  talk 300 + wrap 60 = 360, resolved, satisfaction declined
    ///   K1 (A1) opened 10:04, promised 27th 10:04, resolved 16:00 (5 h 56 min), reopened 18:00, resolved 20:00
    ///   K2 (A1) opened 10:13, promised 12:00, never resolved → overdue
    ///   K3 (A2) opened 10:27, promised 11:00, resolved 11:30 (63 min) → late
    ///   F1 due 12:00 done 15:00 (on time); F2 due 14:00 done 27th 09:00 (late); F3 due 16:00 open; F4 due 27th
    static func agentsDay() -> MetricsTestLog {
        var log = MetricsTestLog()
        log.add("2026-11-26T09:00:01", agent: "A1", .agentStatus(AgentStatusChanged(agent: "A1", name: "张伟", role: .agent, status: .ready)))
        log.add("2026-11-26T09:00:02", agent: "A2", .agentStatus(AgentStatusChanged(agent: "A2", name: "김민준", role: .agent, status: .ready)))
        log.ring("1", "2026-11-26T10:00:00")
        log.claim("1", "A1", "2026-11-26T10:00:10")
        log.add("2026-11-26T10:00:15", agent: "A1", .scriptStep(ScriptStepRecorded(call: "1", script: "s", step: "greet", action: .said)))
        log.add("2026-11-26T10:00:20", agent: "A1", .scriptStep(ScriptStepRecorded(call: "1", script: "s", step: "name", action: .skipped)))
        log.add("2026-11-26T10:00:25", agent: "A1", .scriptStep(ScriptStepRecorded(call: "1", script: "s", step: "wait", action: .waitSkipped)))
        log.add("2026-11-26T10:01:00", agent: "A1", .phraseHit(PhraseHitRecorded(rule: "no-can-do", language: .zh, field: "notes", call: "1")))
        log.end("1", "2026-11-26T10:03:10")
        log.file("K1", .missedAppointment, "2026-11-26T10:04:00", promisedBy: "2026-11-27T10:04:00", owner: "A1")
        log.complete("1", "2026-11-26T10:04:10")
        log.satisfaction("1", .score(5), "2026-11-26T10:04:20")
        log.ring("2", "2026-11-26T10:10:00")
        log.claim("2", "A1", "2026-11-26T10:10:20")
        log.end("2", "2026-11-26T10:12:20")
        log.file("K2", .notRightFirstTime, "2026-11-26T10:13:00", promisedBy: "2026-11-26T12:00:00", owner: "A1")
        log.complete("2", "2026-11-26T10:12:50", resolved: false)
        log.satisfaction("2", .score(2), "2026-11-26T10:13:00")
        log.ring("3", "2026-11-26T10:20:00")
        log.claim("3", "A2", "2026-11-26T10:20:05")
        log.end("3", "2026-11-26T10:25:05")
        log.complete("3", "2026-11-26T10:26:05")
        log.satisfaction("3", .declined, "2026-11-26T10:26:10")
        log.file("K3", .serviceDelay, "2026-11-26T10:27:00", promisedBy: "2026-11-26T11:00:00", owner: "A2")
        log.change("K3", .resolved, "2026-11-26T11:30:00", agent: "A2")
        log.followUp("F1", due: "2026-11-26T12:00:00", at: "2026-11-26T11:00:00")
        log.followUp("F2", due: "2026-11-26T14:00:00", at: "2026-11-26T11:00:00")
        log.followUp("F3", due: "2026-11-26T16:00:00", at: "2026-11-26T11:00:00")
        log.followUp("F4", due: "2026-11-27T10:00:00", at: "2026-11-26T11:00:00")
        log.closeFollowUp("F1", "2026-11-26T15:00:00")
        log.change("K1", .resolved, "2026-11-26T16:00:00")
        log.change("K1", .reopened, "2026-11-26T18:00:00")
        log.change("K1", .resolved, "2026-11-26T20:00:00")
        log.closeFollowUp("F2", "2026-11-27T09:00:00")
        log.sortByTime()
        return log
    }

    @Test func agentsReport() throws {
        let report = AgentReport(ReportData.fold(Self.agentsDay().events, filter: Self.day26))
        #expect(report.rows.map(\.agent) == ["A1", "A2"])
        let a1 = report.rows[0], a2 = report.rows[1]
        #expect(a1.name == "张伟")
        #expect(a1.callsHandled == 2)
        #expect(a1.averageHandleTime == 195)       // (240 + 150) ÷ 2
        #expect(a1.firstContactResolution == 0.5)
        #expect(a1.satisfaction.average == 3.5)    // (5 + 2) ÷ 2
        #expect(a1.satisfaction.shareSatisfied == 0.5)
        #expect(a1.scriptStepsSkipped == 1)        // "said" steps do not count
        #expect(a1.scriptWaitsSkipped == 1)        // a timed wait cut short counts on its own
        #expect(a2.scriptWaitsSkipped == 0)
        #expect(a1.phraseHits == 1)
        #expect(a1.complaintsHandled == 2)         // K1, K2
        #expect(a1.complaintsOverdue == 1)         // K2
        #expect(a2.name == "김민준")
        #expect(a2.averageHandleTime == 360)
        #expect(a2.firstContactResolution == 1)
        #expect(a2.satisfaction.average == nil)    // declined is not a score
        #expect(a2.satisfaction.declined == 1)
        #expect(a2.complaintsOverdue == 1)         // K3 resolved half an hour late
    }

    @Test func complaintHandlingReport() {
        let r = ComplaintHandlingReport(ReportData.fold(Self.agentsDay().events, filter: Self.day26))
        #expect(r.opened == 3)
        #expect(r.resolved == 2)                   // K1, K3
        #expect(r.withPromise == 3)
        #expect(r.resolvedWithinPromise == 1)      // K1
        #expect(r.overdueOpen == 1)                // K2
        #expect(r.medianTimeToResolve == 12570)    // (21360 + 3780) ÷ 2: K1's first resolution counts
        #expect(r.reopened == 1)
        #expect(r.followUpsDue == 3)               // F1, F2, F3 (F4 is due on the 27th)
        #expect(r.followUpsDone == 2)
        #expect(r.followUpsDoneOnTime == 1)        // F1; F2 was done the next day
    }

    @Test func filteringByAgentNarrowsEveryReport() {
        var filter = Self.day26
        filter.agent = "A2"
        let data = ReportData.fold(Self.agentsDay().events, filter: filter)
        #expect(AgentReport(data).rows.map(\.agent) == ["A2"])
        #expect(ComplaintHandlingReport(data).opened == 1)
        let service = ServiceLevelReport(data).total
        #expect(service.answered == 1)             // only A2's answer
        #expect(service.offered == 0)              // offers have no agent
        #expect(service.averageSpeedOfAnswer == 5)
    }

    @Test func serviceReportPerHourAndPerDay() {
        var log = MetricsServiceTests.morning()
        // One more caller at 11:30, answered after 5 s.
        log.ring("7", "2026-11-26T11:30:00")
        log.claim("7", "A2", "2026-11-26T11:30:05")
        let data = ReportData.fold(log.events, filter: Self.day26)
        let hourly = ServiceLevelReport(data, by: .hour)
        #expect(hourly.rows.map(\.label) == ["2026-11-26 10:00", "2026-11-26 11:00"])
        #expect(hourly.rows[0].figures.offered == 6)
        #expect(hourly.rows[0].figures.serviceLevelWithAbandons == 0.5)
        #expect(hourly.rows[1].figures.offered == 1)
        #expect(hourly.rows[1].figures.serviceLevel == 1)
        #expect(hourly.total.offered == 7)
        #expect(hourly.total.serviceLevel == 0.75) // (2 + 1) ÷ (3 + 1)
        let daily = ServiceLevelReport(data, by: .day)
        #expect(daily.rows.count == 1)
        #expect(daily.rows[0].figures == hourly.total)
        // The report and the wallboard fold agree for the same period.
        let floor = FloorMetrics.figures(of: log.events, from: Self.day26.from, to: Self.day26.to, config: Self.utc)
        #expect(floor.service.offered == daily.total.offered)
        #expect(floor.service.serviceLevel == daily.total.serviceLevel)
        #expect(floor.service.averageHandleTime == daily.total.averageHandleTime)
    }

    @Test func complaintStructureSharesAddUpToOneHundred() {
        #expect(ComplaintStructureReport.wholePercents([78, 70, 50, 5, 6]) == [38, 33, 24, 2, 3])
        #expect(ComplaintStructureReport.wholePercents([1, 1, 1]) == [34, 33, 33])   // 33 × 3 = 99, +1 to the first largest
        #expect(ComplaintStructureReport.wholePercents([1, 2]) == [33, 67])          // already 100
        #expect(ComplaintStructureReport.wholePercents([0, 0]) == [0, 0])
        var log = MetricsTestLog()
        log.file("K1", .other, "2026-11-26T09:00:00", branch: "广州")
        log.file("K2", .serviceDelay, "2026-11-26T09:10:00", branch: "广州")
        log.file("K3", .serviceDelay, "2026-11-26T09:20:00", branch: "深圳")
        log.file("K4", .missedAppointment, "2026-11-26T09:30:00", branch: "广州")
        log.file("K5", .missedAppointment, "2026-11-25T09:30:00", branch: "广州")   // the day before
        var filter = Self.day26
        filter.branch = "广州"
        let r = ComplaintStructureReport(ReportData.fold(log.events, filter: filter))
        // 广州 on the 26th: missed 1, delay 1, other 1 (ties in category order, other last)
        // → 33 + 33 + 33 = 99, the missing point to the first largest: missed
        #expect(r.rows.map(\.category) == [.missedAppointment, .serviceDelay, .other])
        #expect(r.rows.map(\.percent) == [34, 33, 33])
        #expect(r.total == 3)
    }

    @Test func branchRatiosPerTenThousandDispatches() throws {
        var log = MetricsTestLog()
        for i in 1...5 { log.file("B\(i)", .notRightFirstTime, "2026-11-0\(i)T09:00:00", branch: "北京") }
        log.file("B6", .serviceDelay, "2026-11-06T09:00:00", branch: "北京")
        log.file("S1", .notRightFirstTime, "2026-11-07T09:00:00", branch: "上海")
        log.file("C1", .slowResponse, "2026-11-08T09:00:00", branch: "成都")          // no volume on file
        let volumes = DispatchVolumes(volumes: [
            DispatchVolume(branch: "北京", month: "2026-11", dispatches: 20000),
            DispatchVolume(branch: "上海", month: "2026-11", dispatches: 30000),
            DispatchVolume(branch: "北京", month: "2026-10", dispatches: 99999),        // another month
        ])
        let filter = ReportFilter(from: MetricsTestLog.t("2026-11-01T00:00:00"), to: MetricsTestLog.t("2026-12-01T00:00:00"),
                                  config: Self.utc)
        let r = BranchRatioReport(ReportData.fold(log.events, filter: filter), volumes: volumes)
        let rows = r.section().table.rows, total = try #require(r.section().table.total)
        // 北京: 5 ÷ 20,000 × 10,000 = 2.50; 1 ÷ 20,000 × 10,000 = 0.50; all causes 6 → 3.00
        #expect(rows[0] == ["北京", "20000", "2.50", "0.00", "0.50", "0.00", "0.00", "0.00", "3.00"])
        // 上海: 1 ÷ 30,000 × 10,000 = 0.333… → 0.33
        #expect(rows[1] == ["上海", "30000", "0.33", "0.00", "0.00", "0.00", "0.00", "0.00", "0.33"])
        #expect(rows[2][0] == "成都")
        #expect(rows[2][1] == "—")
        // All branches with a volume: 6 ÷ 50,000 × 10,000 = 1.20; 1 ÷ 50,000 × 10,000 = 0.20; 7 → 1.40
        #expect(total == ["All branches 全部", "50000", "1.20", "0.00", "0.20", "0.00", "0.00", "0.00", "1.40"])
        #expect(BranchRatioReport.hundredths(2395, of: 10_000_000) == 240) // 2.395 rounds half up, exactly
    }

    @Test func dispatchSheetsParseAndReplace() throws {
        let sheet = "\u{FEFF}month,branch,dispatches\r\n2026-09,\"Guangzhou, Tianhe\",100400\r\n2026-09,深圳,233900\r\n\r\n"
        let parsed = try DispatchVolumes.parseCSV(sheet)
        #expect(parsed == [DispatchVolume(branch: "Guangzhou, Tianhe", month: "2026-09", dispatches: 100400),
                           DispatchVolume(branch: "深圳", month: "2026-09", dispatches: 233900)])
        var volumes = DispatchVolumes(volumes: parsed)
        volumes.set(DispatchVolume(branch: "深圳", month: "2026-09", dispatches: 1))
        #expect(volumes.volumes.count == 2)
        #expect(volumes.volumes[1].dispatches == 1)
        #expect(throws: DomainError.self) { try DispatchVolumes.parseCSV("branch,month,dispatches\n广州,2026-13,5\n") }
        #expect(throws: DomainError.self) { try DispatchVolumes.parseCSV("branch,month,dispatches\n广州,2026-09,-5\n") }
        #expect(throws: DomainError.self) { try DispatchVolumes.parseCSV("city,month,count\n") }
    }

    @Test func aSheetRowWithAnExtraColumnIsRefusedNamingItsLine() {
        let sheet = "branch,month,dispatches\r\n广州,2026-09,5\r\n\r\n深圳,2026-09,7,extra\r\n"
        #expect(throws: DomainError.invalid(field: "row", reason: "line 4: expected 3 fields (branch,month,dispatches), found 4")) {
            try DispatchVolumes.parseCSV(sheet)
        }
        // A quoted line break keeps the count of lines: the record after it starts on line 4.
        #expect(CSVReader.records("a,b\n\"x\r\ny\",z\nc,d").map(\.line) == [1, 2, 4])
        #expect(throws: DomainError.self) { try DispatchVolumes.parseCSV("branch,month,dispatches,notes\n深圳,2026-09,7,x\n") }
    }

    @Test func dispatchCountsThatWouldOverflowTheRatioAreRefused() throws {
        #expect(throws: DomainError.self) {
            try DispatchVolumes.parseCSV("branch,month,dispatches\n深圳,2026-09,9223372036854775807\n")
        }
        #expect(throws: DomainError.self) {
            try DispatchVolumes.validated(branch: "深圳", month: "2026-09", dispatches: String(DispatchVolume.maximum + 1))
        }
        #expect(try DispatchVolumes.validated(branch: "深圳", month: "2026-09", dispatches: String(DispatchVolume.maximum)).dispatches
                == DispatchVolume.maximum)
        let file = #"{"version":1,"volumes":[{"branch":"北京","month":"2026-11","dispatches":9223372036854775807}]}"#
        #expect(throws: DecodingError.self) { try JournalCoding.decoder().decode(DispatchVolumes.self, from: Data(file.utf8)) }
    }

    @Test func importingReplacesByBranchAndMonthInOrder() {
        var volumes = DispatchVolumes(volumes: [DispatchVolume(branch: "A", month: "2026-09", dispatches: 1)])
        volumes.merge([DispatchVolume(branch: "B", month: "2026-09", dispatches: 2), DispatchVolume(branch: "A", month: "2026-09", dispatches: 3),
                       DispatchVolume(branch: "B", month: "2026-09", dispatches: 4)])
        #expect(volumes.volumes == [DispatchVolume(branch: "A", month: "2026-09", dispatches: 3),
                                    DispatchVolume(branch: "B", month: "2026-09", dispatches: 4)])
    }
}
