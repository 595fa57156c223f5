import Foundation
import Testing
@testable import HelpDeskCore
@testable import HelpDeskReports

/// Dispositions and pause reasons counted by code, per agent, for a month,
/// in every output the other reports have.
@Suite struct DispositionReportTests {
    static let november = ReportFilter(from: MetricsTestLog.t("2026-11-01T00:00:00"), to: MetricsTestLog.t("2026-12-01T00:00:00"),
                                       config: MetricsConfig(day: MetricsTestLog.utcDay), now: MetricsTestLog.t("2026-12-02T00:00:00"))

    /// A1 (张伟): two calls answered, one repair booked in November, one answered on 31 October (not counted);
    /// paused for training 10:00–10:30 and for a break 11:00–11:10. A2 (김민준): one silent line.
    static func month() -> [Event] {
        var log = MetricsTestLog()
        log.add("2026-10-31T08:00:00", agent: "A1", .agentStatus(AgentStatusChanged(agent: "A1", name: "张伟", role: .agent, status: .ready)))
        log.add("2026-10-31T08:00:00", agent: "A2", .agentStatus(AgentStatusChanged(agent: "A2", name: "김민준", role: .agent, status: .ready)))
        func call(_ id: String, _ agent: String, _ day: String, _ disposition: String) {
            log.ring(id, day + "T09:00:00")
            log.claim(id, agent, day + "T09:00:10")
            log.end(id, day + "T09:02:00")
            log.add(day + "T09:02:30", agent: agent,
                    .callCompleted(CallCompleted(call: id, category: .inquiry, disposition: disposition, resolved: false)))
        }
        call("0", "A1", "2026-10-31", "answered")
        call("1", "A1", "2026-11-03", "answered")
        call("2", "A1", "2026-11-04", "repair-booked")
        call("3", "A1", "2026-11-05", "answered")
        call("4", "A2", "2026-11-05", "silent-line")
        func status(_ at: String, _ status: AgentStatus, _ reason: String? = nil) {
            log.add(at, agent: "A1", .agentStatus(AgentStatusChanged(agent: "A1", name: "张伟", role: .agent, status: status, reason: reason)))
        }
        status("2026-11-06T10:00:00", .paused, "training")
        status("2026-11-06T10:30:00", .ready)
        status("2026-11-06T11:00:00", .paused, "break")
        status("2026-11-06T11:10:00", .ready)
        return log.events
    }

    var builder: ReportBuilder {
        ReportBuilder(data: ReportData.fold(Self.month(), filter: Self.november), codes: try! ShippedResources.codes())
    }

    @Test("dispositions are counted by code per agent, within the month, with the floor's totals")
    func dispositions() {
        let report = DispositionReport(builder.data, codes: builder.codes)
        #expect(report.rows.map { [$0.agent, $0.code, String($0.calls)] } == [
            ["A1", "answered", "2"], ["A1", "repair-booked", "1"], ["A2", "silent-line", "1"],
        ])
        #expect(report.rows[0].share == 2.0 / 3 && report.rows[0].label == "Question answered 已解答")
        #expect(report.totals.map(\.calls) == [2, 1, 1])
    }

    @Test("pause reasons are counted by code per agent, with the time paused")
    func pauses() {
        let report = PauseReasonReport(builder.data, codes: builder.codes)
        #expect(report.rows.map { [$0.code, String($0.pauses), String(Int($0.seconds))] } == [["break", "1", "600"], ["training", "1", "1800"]])
        #expect(report.rows.last?.label == "Training 培训")
    }

    @Test("both come out as text, CSV, HTML and JSON like the other reports")
    func outputs() throws {
        let doc = builder.document([.dispositions, .pauses])
        let csv = CSVReportRenderer.render(doc)
        #expect(csv.contains("A1,张伟,repair-booked,Repair booked 已派工维修,1,33.3%"))
        #expect(csv.contains("A1,张伟,training,Training 培训,1,"))
        #expect(HTMLReportRenderer.render(doc).contains("Silent line 无声电话"))
        #expect(TextReportRenderer.render(doc).contains("Dispositions 处理结果"))
        let json = try JSONSerialization.jsonObject(with: builder.json([.dispositions])) as? [String: Any]
        let totals = (json?["dispositions"] as? [String: Any])?["totals"] as? [[String: Any]]
        #expect(totals?.first?["code"] as? String == "answered" && totals?.first?["calls"] as? Int == 2)
    }
}
