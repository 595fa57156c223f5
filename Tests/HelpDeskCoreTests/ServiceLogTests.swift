import Foundation
import Testing
@testable import HelpDeskCore
@testable import HelpDeskReports

/// Seed 001: the customers' needs, opinions and suggestions, recorded at
/// wrap-up and counted by the service log's categories (seed 002).
@Suite struct ContactKindTests {
    let codes = try! ShippedResources.codes()
    let rules = Fixture.rules()
    let t0 = Fixture.local("2026-11-30 10:00")

    /// Wraps up C1 (rung with `category`, optionally with a complaint filed on it) and returns its completion.
    func completed(category: ServiceCategory = .inquiry, complaint: Bool = false, kind: ContactKind?) throws -> CallCompleted {
        var floor = TestFloor()
        try floor.commit(nil, at: t0) { s, now in try Floor.ring(s, customer: Fixture.customer, category: category, at: now) }
        try floor.commit("A01", at: t0 + 5) { s, now in try Floor.claimNext(s, agent: "A01", at: now) }
        if complaint {
            var facts = Fixture.draft(promisedBy: t0 + 86400)
            facts.call = "C1"
            try floor.commit("A01", at: t0 + 60) { s, now in try Complaints.file(s, facts, by: "A01", rules: rules, at: now) }
        }
        try floor.commit("A01", at: t0 + 120) { s, _ in try Floor.hangUp(s, call: "C1") }
        let facts = WrapUpFacts(call: "C1", category: category, disposition: "answered", kind: kind)
        let events = try floor.commit("A01", at: t0 + 150) { s, now in try WrapUp.complete(s, facts, agent: "A01", codes: codes, rules: rules, at: now) }
        guard case .callCompleted(let p)? = events.last?.body else { throw DomainError.unknownCall("C1") }
        return p
    }

    @Test("the kind the agent chose is recorded with the category")
    func chosen() throws {
        let p = try completed(category: .purchase, kind: .suggestion)
        #expect(p.kind == .suggestion && p.category == .purchase)
    }

    @Test("with none chosen: an opinion on a complaint call or one a complaint was filed on, else a need")
    func presumed() throws {
        #expect(try completed(kind: nil).kind == .need)
        #expect(try completed(category: .complaint, kind: nil).kind == .opinion)
        #expect(try completed(category: .repair, complaint: true, kind: nil).kind == .opinion)
        #expect(try completed(category: .repair, complaint: true, kind: .need).kind == .need, "the agent's choice stands")
    }

    @Test("the journal line keeps the kind, and a line from before kinds reads without one")
    func coding() throws {
        let line = #"{"v":1,"seq":9,"at":"2026-11-30T02:00:00.000Z","agent":"A01","user":"u","type":"call.completed","call":"C1","category":"repair","disposition":"answered","resolved":false,"kind":"opinion"}"#
        let old = line.replacingOccurrences(of: #","kind":"opinion""#, with: "")
        for (text, kind) in [(line, ContactKind?.some(.opinion)), (old, nil)] {
            let fast = try #require(ReportLineDecoderTests.fast(Data(text.utf8)), "read on the fast path")
            guard case .callCompleted(let p) = fast.body else { Issue.record("not a completion"); continue }
            #expect(p.kind == kind)
            #expect(try JournalCoding.decoder().decode(Event.self, from: Data(text.utf8)) == fast, "the fast path reads as JSONDecoder does")
        }
        let unknown = line.replacingOccurrences(of: #""opinion""#, with: #""praise""#)
        #expect(throws: (any Error).self) { try EventLineDecoder().decode(Data(unknown.utf8)) }
    }
}

/// `report service-log`: calls per agent and service category by kind, with
/// the floor's totals, in every output the other reports have.
@Suite struct ServiceLogReportTests {
    /// A1 (张伟): in November two repair calls (a need, an opinion) and an inquiry that was a suggestion, plus
    /// one on 31 October (not counted); A2 (김민준): a repair call wrapped up before kinds were recorded.
    static func month() -> [Event] {
        var log = MetricsTestLog()
        log.add("2026-10-31T08:00:00", agent: "A1", .agentStatus(AgentStatusChanged(agent: "A1", name: "张伟", role: .agent, status: .ready)))
        log.add("2026-10-31T08:00:00", agent: "A2", .agentStatus(AgentStatusChanged(agent: "A2", name: "김민준", role: .agent, status: .ready)))
        func call(_ id: String, _ agent: String, _ day: String, _ category: ServiceCategory, _ kind: ContactKind?) {
            log.ring(id, day + "T09:00:00")
            log.claim(id, agent, day + "T09:00:10")
            log.end(id, day + "T09:02:00")
            log.add(day + "T09:02:30", agent: agent,
                    .callCompleted(CallCompleted(call: id, category: category, disposition: "answered", resolved: false, kind: kind)))
        }
        call("0", "A1", "2026-10-31", .repair, .need)
        call("1", "A1", "2026-11-03", .repair, .need)
        call("2", "A1", "2026-11-04", .repair, .opinion)
        call("3", "A1", "2026-11-05", .inquiry, .suggestion)
        call("4", "A2", "2026-11-05", .repair, nil)
        return log.events
    }

    var builder: ReportBuilder { ReportBuilder(data: ReportData.fold(Self.month(), filter: DispositionReportTests.november)) }

    func counts(_ c: ServiceLogReport.Counts) -> [Int] { [c.needs, c.opinions, c.suggestions, c.unrecorded] }

    @Test("calls are counted per agent and category by kind, within the month, with the floor's totals")
    func figures() {
        let report = ServiceLogReport(builder.data)
        #expect(report.rows.map { "\($0.agent) \($0.category.rawValue) \(counts($0.counts))" } == [
            "A1 inquiry [0, 0, 1, 0]", "A1 repair [1, 1, 0, 0]", "A2 repair [0, 0, 0, 1]",
        ])
        #expect(report.rows[1].label == "Repair 产品维修服务" && report.rows[2].name == "김민준")
        #expect(report.totals.map { "\($0.category.rawValue) \(counts($0.counts))" } == ["inquiry [0, 0, 1, 0]", "repair [1, 1, 0, 1]"])
    }

    @Test("it comes out as text, CSV, HTML and JSON like the other reports")
    func outputs() throws {
        let doc = builder.document([.serviceLog])
        let csv = CSVReportRenderer.render(doc)
        #expect(csv.contains("A1,张伟,Repair 产品维修服务,1,1,0,0,2"), "\(csv)")
        #expect(csv.contains("all,,,1,1,1,1,4"), "\(csv)")
        #expect(HTMLReportRenderer.render(doc).contains("Suggestions 建议"))
        #expect(TextReportRenderer.render(doc).contains("Service log 服务日志"))
        let json = try JSONSerialization.jsonObject(with: builder.json([.serviceLog])) as? [String: Any]
        let totals = (json?["service-log"] as? [String: Any])?["totals"] as? [[String: Any]]
        #expect(totals?.last?["category"] as? String == "repair")
        #expect((totals?.last?["counts"] as? [String: Any])?["unrecorded"] as? Int == 1)
    }
}
