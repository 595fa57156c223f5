import Foundation
import Testing
@testable import HelpDeskCore

/// Setting how a caller is addressed: on the agent's own call, saved to the
/// customer's record so the next call from the number greets them right.
@Suite struct CallerNameTests {
    func talking() throws -> FloorHarness {
        var h = FloorHarness()
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "", phone: "13800000001"), at: now) }
        try h.run(agent: "1001") { s, now in try Floor.claimNext(s, agent: "1001", at: now) }
        return h
    }

    @Test func theNameIsSavedAndTheNextCallFromTheNumberCarriesIt() throws {
        var h = try talking()
        try h.run(agent: "1001") { s, _ in try Floor.nameCaller(s, call: "C1", surname: " 张 ", honorific: "先生", by: "1001") }
        #expect(h.state.calls["C1"]?.customer.address(in: .zh) == "张先生")
        try h.run(agent: "1001") { s, _ in try Floor.hangUp(s, call: "C1") }
        try h.run(agent: "1001") { s, _ in try Floor.complete(s, call: "C1", agent: "1001", category: .repair, disposition: "ok", notes: nil) }
        try h.run { s, now in try Floor.ring(s, customer: Customer(name: "", phone: "13800000001"), at: now) }
        #expect(h.state.calls["C2"]?.customer.address(in: .zh) == "张先生")
    }

    @Test func aWrongGuessIsCorrectedAndTheTierKept() throws {
        var h = try talking()
        h.state.customers["13800000001"] = Customer(name: "", phone: "13800000001", tier: .vip)
        try h.run(agent: "1001") { s, _ in try Floor.nameCaller(s, call: "C1", surname: "张", honorific: "先生", by: "1001") }
        try h.run(agent: "1001") { s, _ in try Floor.nameCaller(s, call: "C1", surname: "张", honorific: "女士", by: "1001") }
        #expect(h.state.customers["13800000001"]?.address(in: .zh) == "张女士")
        #expect(h.state.customers["13800000001"]?.tier == .vip)
    }

    @Test func refusedOffTheAgentsOwnCallBlankOrUnknown() throws {
        let h = try talking()
        #expect(throws: DomainError.notYourCall(call: "C1", agent: "1002")) {
            try Floor.nameCaller(h.state, call: "C1", surname: "张", honorific: "先生", by: "1002")
        }
        #expect(throws: DomainError.invalid(field: "surname", reason: "type the caller's surname")) {
            try Floor.nameCaller(h.state, call: "C1", surname: "  ", honorific: "先生", by: "1001")
        }
        #expect(throws: DomainError.self) { try Floor.nameCaller(h.state, call: "C1", surname: "张", honorific: "大侠", by: "1001") }
        #expect(throws: DomainError.self) { try Floor.nameCaller(h.state, call: "C1", surname: "张\u{1b}[2J", honorific: "先生", by: "1001") }
    }

    @Test func theCallersLanguageFormsComeFirst() {
        #expect(Honorifics.options(first: .ko).prefix(3) == ["고객님", "님", "씨"])
        #expect(Honorifics.options(first: .zh).prefix(3) == ["先生", "女士", "小姐"])
        #expect(Set(Honorifics.options(first: .en)) == Honorifics.all)
    }
}
