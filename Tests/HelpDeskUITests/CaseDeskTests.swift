import Foundation
import HelpDeskCore
@testable import HelpDeskUI
import Testing
import TermRender

/// The case list: an agent escalates, a lead takes, instructs, hands back
/// and resolves, each as an effect the runner carries out.
@Suite struct CaseDeskTests {
    static let lead = RosterEntry(user: "chen", agent: "9001", name: "陈主管", role: .lead)

    /// A floor holding one accepted complaint filed by agent 1001 on 张伟's call.
    func floor(escalated: Bool) throws -> (LiveState, Date) {
        var (state, now) = ConsoleFixture.floor(callers: 1)
        func apply(_ bodies: [EventBody], agent: String) {
            for body in bodies { state.apply(Event(seq: state.lastSeq + 1, at: now, agent: agent, user: "t", body: body)) }
        }
        apply([try Floor.claimNext(state, agent: "1001", at: now)], agent: "1001")
        let rules = try ComplaintRulesFixture.rules()
        let facts = NewComplaint(call: "C1", category: .missedAppointment, keyPoints: "师傅没来",
                                 promisedBy: now.addingTimeInterval(86400))
        apply(try Complaints.file(state, facts, by: "1001", rules: rules, at: now), agent: "1001")
        if escalated { apply([try Complaints.escalate(state, complaint: "T1", to: Self.lead)], agent: "1001") }
        return (state, now)
    }

    @Test func anAgentSeesTheirComplaintAndEscalatesIt() throws {
        let (state, now) = try floor(escalated: false)
        var model = ConsoleModel(me: ConsoleFixture.me, text: .english, live: state, now: now, size: Size(width: 80, height: 24),
                                 codes: ConsoleFixture.codes, roster: Roster(entries: [ConsoleFixture.me, Self.lead]))
        _ = model.update(.key(.char("4")))
        #expect(model.cases.map(\.id) == ["T1"])
        #expect(model.update(.key(.char("e"))).isEmpty, "an escalation asks first")
        #expect(model.overlay == .confirm(.escalate(complaint: "T1", lead: "陈主管")))
        #expect(ConsoleView(model: model).render().buffer.lines().contains { $0.contains("Escalate T1 to lead 陈主管?") })
        #expect(model.update(.key(.char("n"))).isEmpty && model.overlay == nil, "n escalates nothing")
        _ = model.update(.key(.char("e")))
        #expect(model.update(.key(.char("y"))) == [.caseStep(.escalate("T1"))])
        let screen = ConsoleView(model: model).render().buffer.lines().joined(separator: "\n")
        #expect(screen.contains("T1"))
        #expect(screen.contains("师傅没来"))
    }

    @Test func aLeadSeesTheEscalationAndAnswersIt() throws {
        let (state, now) = try floor(escalated: true)
        var model = ConsoleModel(me: Self.lead, text: .chinese, live: state, now: now, size: Size(width: 80, height: 24), codes: ConsoleFixture.codes)
        _ = model.update(.key(.char("4")))
        #expect(model.cases.map(\.id) == ["T1"])
        #expect(model.update(.key(.char("t"))) == [.caseStep(.take("T1"))])
        _ = model.update(.key(.char("b")))
        for character in "周六上午补上门" { _ = model.update(.key(.char(character))) }
        #expect(model.update(.key(.enter)) == [.caseStep(.handBack("T1", answer: "周六上午补上门"))])
        _ = model.update(.key(.char("v")))
        _ = model.update(.key(.escape))
        #expect(model.overlay == nil, "Esc drops the note and takes no step")
    }

    @Test func theCallersOpenComplaintShowsInTheirHistory() throws {
        let (state, now) = try floor(escalated: false)
        var model = ConsoleModel(me: ConsoleFixture.me, text: .english, live: state, now: now, size: Size(width: 100, height: 30), codes: ConsoleFixture.codes)
        _ = model.update(.floor(state, at: now))
        _ = model.update(.key(.char("2")))
        let screen = ConsoleView(model: model).render().buffer.lines().joined(separator: "\n")
        #expect(screen.contains("● T1 accepted"))
    }

    @Test func theListSaysWhoseCasesAndTheCallersOwnComeFirstWithStatesInTheFloorsLanguage() throws {
        var (state, now) = try floor(escalated: false)
        // Another agent's complaint from 김민준, who is now on 1001's line; and 1001's own older case.
        func apply(_ bodies: [EventBody], agent: String) {
            for body in bodies { state.apply(Event(seq: state.lastSeq + 1, at: now, agent: agent, user: "t", body: body)) }
        }
        let rules = try ComplaintRulesFixture.rules()
        let kim = Customer(name: "김민준", phone: "01012345678")
        apply([try Floor.ring(state, customer: kim, at: now)], agent: "1001")
        apply(try Complaints.file(state, NewComplaint(customer: kim, category: .serviceDelay, keyPoints: "세 번째 방문"),
                                  by: "1002", rules: rules, at: now), agent: "1002")
        var model = ConsoleModel(me: ConsoleFixture.me, text: .korean, live: state, now: now, size: Size(width: 100, height: 30), codes: ConsoleFixture.codes)
        _ = model.update(.floor(state, at: now))
        _ = model.update(.key(.char("4")))
        #expect(model.cases.map(\.id) == ["T1"], "away from 김민준's call, only 1001's own")
        apply([try Floor.hangUp(state, call: "C1")], agent: "1001")
        apply([try Floor.complete(state, call: "C1", agent: "1001", category: .repair, disposition: "ok", notes: nil)], agent: "1001")
        apply([try Floor.claimNext(state, agent: "1001", at: now)], agent: "1001")
        _ = model.update(.floor(state, at: now))
        #expect(model.cases.map(\.id) == ["T2", "T1"], "the caller's own open complaint first, though 1002 holds it")
        let screen = ConsoleView(model: model).render().buffer.lines().joined(separator: "\n")
        #expect(screen.contains("王芳 님의 불만 건: 본인 접수·이관 · 통화 중인 김민준 고객의 미결 건 먼저"))
        #expect(screen.contains("접수됨") && screen.contains("수락됨"), "states in Korean: \(screen)")
        #expect(!screen.contains("received") && !screen.contains("accepted"))

        model.text = .chinese
        let zh = ConsoleView(model: model).render().buffer.lines().joined(separator: "\n")
        #expect(zh.contains("王芳的投诉：本人受理或升级的 · 来电客户김민준的未结投诉在前"))
        #expect(zh.contains("已接收") && zh.contains("已受理"))
    }
}

/// The shipped complaint rules, read from the source tree's Resources.
enum ComplaintRulesFixture {
    static func rules() throws -> ComplaintRules {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/complaints")
        let names = ComplaintRules.fileNames
        func read(_ name: String) throws -> Data { try Data(contentsOf: dir.appendingPathComponent(name)) }
        return try ComplaintRules.decode(categories: read(names.categories), sla: read(names.sla),
                                         calendar: read(names.calendar), followUps: read(names.followUps),
                                         steps: read(names.steps))
    }
}
