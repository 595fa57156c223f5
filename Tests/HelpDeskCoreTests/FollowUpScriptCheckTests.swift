import Foundation
import Testing
@testable import HelpDeskCore

/// `scripts check` finds the follow-up scripts missing from the library:
/// those followups.json names and those the floor's open follow-ups name.
@Suite struct FollowUpScriptCheckTests {
    let rules = try! ComplaintRulesTests.decode()
    let library = ScriptLibrary.load(try! ShippedResources.scriptFiles()).library

    /// The shipped library without one script, as after a lead's removal.
    func library(without id: String) -> ScriptLibrary { ScriptLibrary(library.scripts.filter { $0.id != id }) }

    @Test func theShippedChainsNameShippedScripts() {
        #expect(FollowUpScriptCheck.missing(in: rules.followUps, file: "complaints/followups.json", library: library).isEmpty)
    }

    @Test func aChainStepWhoseScriptIsGoneIsNamed() {
        let found = FollowUpScriptCheck.missing(in: rules.followUps, file: "complaints/followups.json",
                                                library: library(without: "satisfaction-survey"))
        #expect(found.map(\.file) == ["complaints/followups.json"])
        #expect(found.map(\.field) == ["chains.repair[2].script"])
        #expect(found.first?.message.hasPrefix("script \"satisfaction-survey\" is not in the script library") == true)
    }

    @Test func anOpenFollowUpWhoseScriptIsGoneIsNamedAndADoneOneIsNot() {
        var open = FollowUp(id: "F7", customer: Fixture.customer, dueAt: Date(), purpose: "check it works", script: "old-recall")
        open.next = [.init(afterMinutes: 60, purpose: "ask", script: "satisfaction-survey"), .init(afterMinutes: 60, purpose: "x", script: "gone")]
        let done = FollowUp(id: "F8", customer: Fixture.customer, dueAt: Date(), purpose: "p", script: "old-recall", status: .done)
        let found = FollowUpScriptCheck.missing(in: [open, done], library: library)
        #expect(found.map(\.description).map { $0.prefix(while: { $0 != "(" }) } == [
            "follow-up F7: script: script \"old-recall\" is not in the script library ",
            "follow-up F7: next[1].script: script \"gone\" is not in the script library ",
        ])
    }
}
