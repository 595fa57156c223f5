import Foundation
import TestSupport
import Testing

/// A complaint's course across two consoles: the agent files it during a
/// call with a promised time and escalates it, a lead in a second console
/// takes it and gives instructions the agent sees, then resolves it; a
/// follow-up falls due and the agent takes it from the queue. The agent is
/// the account running the tests; the lead a real account made for the test
/// (identity is the kernel's), sharing the floor through a Unix group.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil && HelpdeskBinary.tmuxAvailable && UnixAccount.canCreate,
                             "needs the built helpdesk binary, tmux, and root to create the lead's account"))
struct ComplaintEndToEndTests {
    let floor = E2EFloor()

    @Test func aComplaintIsFiledEscalatedAnsweredResolvedAndFollowedUp() throws {
        let group = try UnixAccount.makeGroup("floor")
        let chen = try UnixAccount("lead", groups: [group])
        defer { chen.remove(); UnixAccount.removeGroup(group) }
        try floor.share(with: group)
        try floor.writeRoster([(UnixAccount.current, "1001", "王芳", "agent"), (chen.name, "9001", "陈主管", "lead")])
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")

        let agent = Tmux(name: "agent")
        try floor.start(agent, width: 100, height: 30)
        try agent.waitFor("张伟")
        try agent.send("n")
        try agent.send("c")
        try agent.waitFor("Key points")
        try agent.send("Tab", "Tab", "Tab")
        try agent.type("师傅两次没有按约定时间上门")
        try agent.send("Tab", "Tab")
        try agent.type("+1d")
        // Explained (seed 003): steps.json makes resolving wait for it.
        try agent.send("Tab", "Tab", "Tab", "Tab", "Space")
        try agent.waitFor("[x] Explained")
        try agent.send("C-s")
        try agent.waitFor("Saved")
        try agent.send("4")
        try agent.waitFor("accepted")
        try agent.send("e")
        try agent.waitFor("Escalate T1 to lead 陈主管?")
        try agent.send("y")
        try agent.waitFor("escalated")

        let lead = Tmux(name: "lead")
        try floor.start(lead, as: chen, width: 100, height: 30)
        try lead.waitFor("陈主管")
        try lead.send("4")
        try lead.waitFor("T1")
        try lead.send("t")
        try lead.waitFor("in progress")
        try lead.send("i")
        try lead.type("周六上午安排组长上门")
        try lead.send("Enter")
        // The escalating agent sees the lead's instructions at once, in the
        // status bar as coming from the lead, with no key pressed.
        let told = try agent.waitFor("Lead 陈主管 instructs on T1: 周六上午安排组长上门", timeout: 3)
        #expect(told.split(separator: "\n").last?.contains("Lead 陈主管 instructs on T1") == true)
        try lead.send("v")
        try lead.type("已上门修好")
        try lead.send("Enter")
        try lead.waitFor("resolved")
        #expect(try floor.cli("followup", "list").contains("T1"), "resolving schedules the after-repair follow-up")

        // A follow-up falls due: it enters the agent's queue ahead of new callers and is taken.
        try floor.cli("ring", "--name", "Kim Minjun", "--phone", "01012345678")
        try floor.cli("followup", "new", "--phone", "13800000001", "--name", "张伟", "--purpose", "配件已到，预约上门")
        try agent.send("1")
        try agent.waitFor("↺", timeout: 3)
        try agent.send("h", "y")
        try agent.waitFor("Disposition")
        try agent.send("2", "Tab", "Tab")
        try agent.type("约好周六")
        try agent.send("C-s")
        try agent.waitFor("Ready")
        try agent.send("n")
        try agent.waitFor("Repair follow-up call", timeout: 3)
        try agent.send("2")
        let call = try agent.waitFor("配件已到")
        #expect(call.contains("张伟"))
    }
}
