import Foundation
import TestSupport
import Testing

/// `helpdesk demo` as a new user first sees it: the back-dated days' follow-ups
/// were called back by the virtual agents as they fell due, so the demo does
/// not open with every one of them waiting since then.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && HelpdeskBinary.tmuxAvailable, "needs the built helpdesk binary and tmux"))
struct DemoEndToEndTests {
    let floor = E2EFloor()

    @Test func theDemoOpensWithoutADayOldCallbackWaiting() throws {
        let tmux = Tmux(name: "demo")
        try floor.start(tmux, command: "demo")
        try tmux.waitFor("Queue ·", timeout: 30)
        let worked = try floor.journal().contains("\"type\":\"followup.closed\"")
        #expect(worked, "the past days' follow-ups were worked")

        let lines = try floor.cli("followup", "list", "--json").split(separator: "\n")
        #expect(!lines.isEmpty, "the demo keeps follow-ups to come")
        for line in lines {
            let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let late = try #require(entry["overdueSeconds"] as? Int)
            #expect(late <= 20 * 60, "a follow-up due \(late) s ago waits as the demo opens: \(line)")
        }
        let screen = try tmux.screen()
        #expect(!screen.contains(" h!") && !screen.contains(" d!"), "no wait counted in hours:\n\(screen)")
    }
}
