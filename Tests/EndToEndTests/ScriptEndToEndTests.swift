import Foundation
import TestSupport
import Testing

/// The script panel and the phrase guard as an agent meets them: the real
/// binary in tmux with the shipped scripts and rules, the clock real.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && HelpdeskBinary.tmuxAvailable, "needs the built helpdesk binary and tmux"))
struct ScriptEndToEndTests {
    let floor = E2EFloor()

    func journal() throws -> [String] {
        try floor.journal().split(separator: "\n").map(String.init)
    }

    @Test func theSilentLineCountsDownFromTheLineSaidAndAdvancesByItself() throws {
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")
        let tmux = Tmux(name: "silent")
        try floor.start(tmux, environment: "HELPDESK_COMPANY=Acme")
        try tmux.waitFor("张伟")
        try tmux.send("n")
        try tmux.waitFor("Opening greeting")
        try tmux.send("S")
        try tmux.waitFor("Opening greeting › Silent line")
        try tmux.waitFor("⏱ 5s  wait: starts when you mark the line said")
        Thread.sleep(forTimeInterval: 1.5)
        #expect(try tmux.screen().contains("⏱ 5s  wait: starts"), "no countdown before the line is said")
        try tmux.send("Space")
        let counting = try tmux.waitFor("goes on by itself")
        let first = try #require(secondsLeft(counting))
        try tmux.waitFor("⏱ \(first - 1)s", timeout: 2.5)
        // The first 5-second wait runs out: the second greeting, with the company name.
        try tmux.waitFor("Hello, this is Acme customer service", timeout: 7)
        let steps = try journal().filter { $0.contains("\"type\":\"script.step\"") }
        #expect(steps.count == 1)
        #expect(steps.first?.contains("\"script\":\"silent-line\"") == true)
        #expect(steps.first?.contains("\"step\":\"greet\"") == true)
        #expect(steps.first?.contains("\"action\":\"said\"") == true)
    }

    @Test func aTypedForbiddenPhraseIsFlaggedAndReplacedWithOneKey() throws {
        try floor.cli("ring", "--name", "Emma O'Brien", "--phone", "07700900123")
        let tmux = Tmux(name: "phrase")
        try floor.start(tmux)
        try tmux.waitFor("Emma O'Brien")
        try tmux.send("n")
        try tmux.waitFor("Opening greeting")
        try tmux.send("h")
        try tmux.waitFor("Hang up on Emma O'Brien")
        try tmux.send("y")
        try tmux.waitFor("Disposition")
        try tmux.send("1", "Tab", "Tab")
        try tmux.type("我不知道")
        try tmux.waitFor("✗ «我不知道» → 我马上为您查询确认")
        try tmux.send("F6")
        let fixed = try tmux.waitUntil("the whole phrase, subject and all, replaced") {
            !$0.contains("✗ «我不知道»") && $0.contains("我马上为您查询确认")
        }
        #expect(!fixed.contains("我我"))
        try tmux.type(" Sorry, I can't")
        try tmux.waitFor("✗ «I can't» → Let's see what we can do")
        try tmux.send("C-r")
        let replaced = try tmux.waitFor("Sorry, let's see what we can do")
        #expect(!replaced.contains("I can't"))
        try tmux.send("C-s")
        try tmux.waitFor("Ready")
        let lines = try journal()
        let hits = lines.filter { $0.contains("\"type\":\"phrase.hit\"") }
        #expect(hits.count == 2, "each hit recorded once: \(hits)")
        #expect(hits.contains { $0.contains("\"rule\":\"zh.dont-know\"") && $0.contains("\"field\":\"wrapUp.notes\"") })
        #expect(hits.contains { $0.contains("\"rule\":\"en.cant\"") && $0.contains("\"agent\":\"") })
        #expect(lines.contains { $0.contains("\"notes\":\"我马上为您查询确认 Sorry, let's see what we can do\"") })
    }

    /// The seconds shown after "⏱ " on a screen.
    private func secondsLeft(_ screen: String) -> Int? {
        guard let mark = screen.range(of: "⏱ ") else { return nil }
        return Int(screen[mark.upperBound...].prefix { $0.isNumber })
    }

    @Test func scriptsCheckNamesAFollowUpWhoseScriptIsNotInTheLibrary() throws {
        let clean = try floor.shell("\"$HELPDESK\" scripts check --data \"$DATA\"")
        #expect(clean.status == 0, "\(clean.output)")
        #expect(!FileManager.default.fileExists(atPath: floor.data), "a check makes no data directory")
        try floor.cli("followup", "new", "--phone", "13800000001", "--name", "张伟", "--purpose", "召回检查", "--script", "old-recall")
        let found = try floor.shell("\"$HELPDESK\" scripts check --data \"$DATA\"")
        #expect(found.status == 1)
        #expect(found.output.contains("error: follow-up F1: script: script \"old-recall\" is not in the script library"), "\(found.output)")
        #expect(found.output.contains("1 problem"))
    }
}
