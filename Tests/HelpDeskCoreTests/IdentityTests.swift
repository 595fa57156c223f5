import Foundation
import Testing
@testable import HelpDeskCore

/// The one "who is acting" rule: the account the kernel names, mapped
/// through the roster; a flag may narrow who acts, never widen it.
@Suite struct IdentityTests {
    let roster = Roster(entries: [
        RosterEntry(user: "wang", agent: "1001", name: "王芳"),
        RosterEntry(user: "zhao", agent: "9001", name: "赵主管", role: .lead),
    ])

    @Test func anAgentActsAsThemselvesWithOrWithoutTheirOwnNumber() throws {
        let wang = Identity(account: "wang", roster: roster)
        #expect(try wang.acting(asAgent: nil, roster: roster, state: LiveState()).agent == "1001")
        #expect(try wang.acting(asAgent: "1001", roster: roster, state: LiveState()).agent == "1001")
    }

    @Test func anAgentCannotActAsAnotherAgentOrTheLead() {
        let wang = Identity(account: "wang", roster: roster)
        #expect(throws: DomainError.notPermitted(
            "account wang is agent 1001 and may not act as agent 9001; only a team lead may")) {
            try wang.acting(asAgent: "9001", roster: roster, state: LiveState())
        }
    }

    @Test func anAccountMissingFromTheRosterIsAnAgentUnderItsOwnNameWithoutPowers() {
        let stranger = Identity(account: "mallory", roster: roster)
        #expect(stranger.person.agent == "mallory")
        #expect(!stranger.isLead)
        #expect(throws: DomainError.self) { try stranger.acting(asAgent: "1001", roster: roster, state: LiveState()) }
        #expect(throws: DomainError.self) { try stranger.person.requireLead(to: "take an escalation") }
    }

    @Test func aLeadMayActForAnyAgentEvenOneTheRosterDoesNotName() throws {
        let zhao = Identity(account: "zhao", roster: roster)
        #expect(try zhao.acting(asAgent: "1001", roster: roster, state: LiveState()).name == "王芳")
        #expect(try zhao.acting(asAgent: "2001", roster: roster, state: LiveState()).agent == "2001")
        try zhao.person.requireLead(to: "take an escalation")
    }
}
