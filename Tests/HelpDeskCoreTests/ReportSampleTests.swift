import Foundation
import Testing
@testable import HelpDeskCore
@testable import HelpDeskReports

/// The seed's tables, reproduced exactly from the files in Resources/samples.
@Suite struct ReportSampleTests {
    static let shanghai = MetricsConfig(day: BusinessDay(timeZone: TimeZone(identifier: "Asia/Shanghai")!))

    static func sampleData(month: String) throws -> ReportData {
        let period = try #require(shanghai.day.month(month))
        let filter = ReportFilter(from: period.start, to: period.end, config: shanghai)
        var data = ReportData(filter: filter)
        let bytes = try Data(contentsOf: ReportSampleGenerator.samplesDirectory.appendingPathComponent("events.jsonl"))
        try EventLines.forEach(in: bytes) { data.apply($0) }
        return data
    }

    static func sampleVolumes() throws -> DispatchVolumes {
        let text = try String(contentsOf: ReportSampleGenerator.samplesDirectory.appendingPathComponent("dispatches.csv"), encoding: .utf8)
        return DispatchVolumes(volumes: try DispatchVolumes.parseCSV(text))
    }

    @Test func checkedInSamplesAreWhatTheGeneratorWrites() throws {
        let dir = ReportSampleGenerator.samplesDirectory
        let events = try ReportSampleGenerator.jsonl()
        if ProcessInfo.processInfo.environment["HELPDESK_RECORD_SAMPLES"] == "1" {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try Data(events.utf8).write(to: dir.appendingPathComponent("events.jsonl"))
            try Data(ReportSampleGenerator.dispatchesCSV.utf8).write(to: dir.appendingPathComponent("dispatches.csv"))
        }
        #expect(try String(contentsOf: dir.appendingPathComponent("events.jsonl"), encoding: .utf8) == events,
                "the event format changed: regenerate with HELPDESK_RECORD_SAMPLES=1 swift test --filter ReportSample")
        #expect(try String(contentsOf: dir.appendingPathComponent("dispatches.csv"), encoding: .utf8)
                == ReportSampleGenerator.dispatchesCSV)
    }

    @Test func theSampleNamesOnlyRulesAndStepsThatShipAndSaysWhatItInvented() throws {
        let rules = Set(try ShippedResources.phraseRules().map(\.id))
        let library = ScriptLibrary.load(try ShippedResources.scriptFiles()).library
        var hits = 0, steps = 0
        for event in ReportSampleGenerator.events() {
            switch event.body {
            case .phraseHit(let p):
                hits += 1
                #expect(rules.contains(p.rule), "phrase rule \(p.rule) does not exist")
            case .scriptStep(let p):
                steps += 1
                #expect(library.script(p.script)?.step(p.step) != nil, "script step \(p.script)/\(p.step) does not exist")
            default: break
            }
        }
        #expect(hits > 0 && steps > 0)
        let readme = try String(contentsOf: ReportSampleGenerator.samplesDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        #expect(readme.contains("海口 (Haikou), the fourth branch"), "the invented branch is named as invented")
        #expect(ReportSampleGenerator.branches.last == "海口")
    }

    @Test func theSeedMonthsComplaintStructure() throws {
        let report = ComplaintStructureReport(try Self.sampleData(month: "2026-10"))
        #expect(report.total == 209)
        #expect(report.rows.map(\.category) == [.missedAppointment, .notRightFirstTime, .serviceDelay, .unreasonableCharge, .other])
        #expect(report.rows.map(\.count) == [78, 70, 50, 5, 6])
        #expect(report.rows.map(\.percent) == [38, 33, 24, 2, 3])
        let text = TextReportRenderer.render(ReportBuilder(data: try Self.sampleData(month: "2026-10")).document([.structure]))
        #expect(text.contains("Missed appointment 不按预约时间上门"))
        #expect(text.contains("38%"))
    }

    @Test func theSeedBranchTable() throws {
        let report = BranchRatioReport(try Self.sampleData(month: "2026-09"), volumes: try Self.sampleVolumes())
        let section = report.section()
        func row(_ branch: String) -> [String]? {
            (section.table.rows + [section.table.total!]).first { $0[0] == branch }.map { Array($0[2..<8]) }
        }
        #expect(report.causes == BranchRatioReport.standardCauses)
        #expect(row("广州") == ["2.39", "0.20", "0.70", "2.09", "0.00", "0.00"])
        #expect(row("深圳") == ["3.33", "0.21", "1.28", "2.09", "0.00", "0.00"])
        #expect(row("南宁") == ["2.40", "0.19", "2.40", "2.10", "0.00", "0.00"])
        #expect(row("All branches 全部") == ["3.40", "0.24", "2.43", "3.79", "0.05", "0.24"])
        #expect(report.total.dispatches == 1_000_000)
    }

    @Test func theSampleMonthFeedsEveryReport() throws {
        let data = try Self.sampleData(month: "2026-10")
        let service = ServiceLevelReport(data)
        #expect(service.total.offered == 809)      // 209 complaint calls + 600 others
        #expect(service.total.abandoned == 55)     // every 11th of the 600
        #expect(service.rows.count == 26)          // days 2–27
        let agents = AgentReport(data)
        #expect(agents.rows.count == 6)
        #expect(agents.rows.map(\.complaintsHandled).reduce(0, +) == 209)
        #expect(agents.rows.map(\.scriptStepsSkipped).reduce(0, +) == 24)  // i % 9 == 0 for i < 209
        #expect(agents.rows.map(\.phraseHits).reduce(0, +) == 13)          // i % 17 == 0
        let handling = ComplaintHandlingReport(data)
        #expect(handling.opened == 209)
        #expect(handling.reopened == 10)           // i % 23 == 0
    }

    @Test func theWallboardFoldAndTheReportAgreeOverTheSampleMonth() throws {
        let data = try Self.sampleData(month: "2026-10")
        let bytes = try Data(contentsOf: ReportSampleGenerator.samplesDirectory.appendingPathComponent("events.jsonl"))
        var fold = FloorMetrics(config: Self.shanghai, from: data.filter.from, to: data.filter.to)
        try EventLines.forEach(in: bytes) { fold.apply($0) }
        let wall = fold.figures(at: data.filter.to)
        let report = ServiceLevelReport(data).total
        #expect(wall.service == report)
        #expect(wall.complaints.filed == ComplaintStructureReport(data).total)
        let agents = AgentReport(data)
        for a in wall.agents {
            let row = try #require(agents.rows.first { $0.agent == a.id })
            #expect(a.callsHandled == row.callsHandled)
            #expect(a.averageHandleTime == row.averageHandleTime)
        }
    }
}
