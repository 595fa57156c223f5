import Foundation
import TestSupport
import Testing

/// The console as an agent uses it: the real binary in tmux over a real
/// data directory, with Chinese and Korean text.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && HelpdeskBinary.tmuxAvailable, "needs the built helpdesk binary and tmux"))
struct ConsoleEndToEndTests {
    let floor = E2EFloor()

    @Test func anAgentTakesACallWrapsUpInChineseAndFilesAComplaint() throws {
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001", "--reason", "冰箱不制冷")
        try floor.cli("ring", "--name", "김민준", "--phone", "01012345678", "--vip")
        let tmux = Tmux(name: "work")
        try floor.start(tmux, width: 80, height: 24)
        try tmux.waitFor("김민준")
        try tmux.waitFor("张伟")

        // Another process rings: the queue shows it with no key pressed.
        try floor.cli("ring", "--name", "Emma O'Brien", "--phone", "07700900123")
        try tmux.waitFor("Emma O'Brien", timeout: 2)

        // Take the VIP (head of the queue), end the talk, wrap up with a Chinese note.
        try tmux.send("n")
        try tmux.send("2")
        try tmux.waitFor("01012345678")
        try tmux.send("h")
        try tmux.waitFor("Hang up on 김민준")
        try tmux.send("y")
        try tmux.waitFor("Disposition")
        try tmux.send("1", "Tab", "Tab")
        try tmux.type("客户要求周六上门 고객 메모")
        try tmux.send("C-s")
        try tmux.waitFor("Ready")
        #expect(try floor.journal().contains("\"notes\":\"客户要求周六上门 고객 메모\""))
        #expect(try floor.journal().contains("\"disposition\":\"answered\""))

        // Next caller: file a complaint with a promised time.
        try tmux.send("n")
        try tmux.waitFor("张伟")
        try tmux.send("c")
        try tmux.waitFor("Key points")
        try tmux.send("Tab", "Tab", "Tab")
        try tmux.type("师傅没有按约定时间上门")
        try tmux.send("Tab", "Tab")
        try tmux.type("+2d")
        try tmux.send("C-s")
        try tmux.waitFor("Saved")
        let journal = try floor.journal()
        #expect(journal.contains("\"type\":\"complaint.filed\""))
        #expect(journal.contains("师傅没有按约定时间上门"))

        // Resize to a wall-size terminal and back: the layout follows.
        try tmux.resize(width: 200, height: 60)
        // "3 Script" is in the 80x24 tab bar too: wait until that bar is
        // gone and the wide frame is painted down to its complaint panel.
        let wide = try tmux.waitUntil("the 200x60 layout") { $0.contains("Script") && $0.contains("Complaint") && !$0.contains("1 Queue") }
        #expect(wide.contains("Complaint"))
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("1 Queue")
        try tmux.resize(width: 50, height: 12)
        try tmux.waitFor("too small")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("1 Queue")

        // A call is still in hand, so q asks first; y quits and the console ends.
        try tmux.send("q")
        try tmux.waitFor("Quit anyway")
        try tmux.send("y")
        let deadline = Date().addingTimeInterval(3)
        while tmux.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!tmux.isRunning, "the console exits after q, y")
    }

    @Test func aDraftSurvivesADroppedSessionAndReopens() throws {
        try floor.cli("ring", "--name", "欧阳秀英", "--phone", "13900000002")
        let first = Tmux(name: "draft1")
        try floor.start(first, width: 100, height: 30)
        try first.waitFor("欧阳秀英")
        try first.send("n")
        try first.send("c")
        try first.waitFor("Key points")
        try first.send("Tab", "Tab", "Tab")
        try first.type("热水器漏水 세 번째 방문")
        // Every key is on screen (and so in the draft) before the session drops;
        // a fixed pause lost the last keys on a loaded machine.
        try first.waitFor("热水器漏水 세 번째 방문")
        // The ssh session drops: tmux's server goes, the console gets SIGHUP.
        _ = first
        try TestProcess.run("/usr/bin/env", ["tmux", "-L", first.socket, "kill-server"])
        Thread.sleep(forTimeInterval: 0.3)
        let drafts = try FileManager.default.contentsOfDirectory(atPath: floor.data + "/drafts")
        #expect(drafts.count == 1)

        let second = Tmux(name: "draft2")
        try floor.start(second, width: 100, height: 30)
        try second.waitFor("热水器漏水 세 번째 방문")
    }
}
