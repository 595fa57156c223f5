import Foundation
import TestSupport
import Testing

/// The wrap-up as an agent meets it in the real binary: keys do nothing
/// while the console cannot be seen, hanging up asks first, one wrap-up
/// clock, the disposition by its digit, "resolved" unticked with its reason,
/// a follow-up planned, and a pause by its reason code.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && HelpdeskBinary.tmuxAvailable, "needs the built helpdesk binary and tmux"))
struct WrapUpEndToEndTests {
    let floor = E2EFloor()

    /// Every "Wrap-up M:SS" on a screen.
    func wrapUpClocks(_ screen: String) -> [String] {
        let pattern = /Wrap-up (\d+:\d\d)/
        return screen.matches(of: pattern).map { String($0.output.1) }
    }

    @Test func aCallIsWrappedUpWithACodeAFollowUpAndNoAssumedResolution() throws {
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001", "--category", "repair")
        let tmux = Tmux(name: "wrapup")
        try floor.start(tmux, width: 120, height: 40)
        try tmux.waitFor("张伟")
        try tmux.send("n")
        try tmux.waitFor("Opening greeting")

        // Too small: the console is hidden, so h and y hang up nobody.
        try tmux.resize(width: 50, height: 12)
        try tmux.waitFor("too small")
        try tmux.send("h", "y")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try !floor.journal().contains("\"type\":\"call.ended\""), "no key acted on the hidden console")
        try tmux.resize(width: 120, height: 40)
        try tmux.waitUntil("the whole console again") { $0.contains("Opening greeting") && $0.contains("On call") }

        // h asks first; n keeps the caller.
        try tmux.send("h")
        try tmux.waitFor("Hang up on 张伟 (C1)?")
        try tmux.send("n")
        try tmux.waitUntil("the question gone") { !$0.contains("Hang up on") }
        #expect(try !floor.journal().contains("\"type\":\"call.ended\""))
        try tmux.send("h", "y")
        try tmux.waitFor("[ ] Resolved on this call")

        // One wrap-up clock: the call panel and the status bar agree.
        Thread.sleep(forTimeInterval: 1.2)
        let clocks = wrapUpClocks(try tmux.waitUntil("two wrap-up clocks") { wrapUpClocks($0).count >= 2 })
        #expect(Set(clocks).count == 1, "call panel and status bar: \(clocks)")

        // 2 = repair booked; plan tomorrow's follow-up with the after-repair script.
        try tmux.send("2", "Tab", "Tab", "Tab", "Tab", "Tab", "Tab")
        try tmux.type("+1d")
        try tmux.waitFor("not first-contact: a follow-up is planned")
        try tmux.send("Tab")
        try tmux.type("确认师傅上门时间")
        try tmux.send("Tab", "Right", "C-s")
        try tmux.waitFor("Ready")
        let journal = try floor.journal()
        #expect(journal.contains(#""disposition":"repair-booked""#) && journal.contains(#""resolved":false"#))
        #expect(journal.contains(#""purpose":"确认师傅上门时间""#) && journal.contains(#""script":"follow-up-repair""#))

        // A pause by its reason's digit, with the agent's own words.
        try tmux.send("p", "3", "Tab")
        try tmux.type("新品培训")
        try tmux.send("Enter")
        try tmux.waitFor("Paused(Training)")
        #expect(try floor.journal().contains(#""note":"新品培训","reason":"training""#))
    }
}
