import Foundation
import TestSupport
import Testing

/// Who acts is the kernel's answer, not the environment's: the real binary,
/// run by the test's own account, given a roster in which `zhao` is a lead.
@Suite(.enabled(if: HelpdeskBinary.path != nil, "needs the built helpdesk binary"))
struct IdentityEndToEndTests {
    let floor = E2EFloor()

    /// A complaint escalated to lead 9001 (zhao), by the test's account,
    /// which the roster does not name: an agent under its own name.
    func escalatedComplaint() throws {
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")
        try floor.writeRoster([("zhao", "9001", "赵主管", "lead"), ("wang", "1001", "王芳", "agent")])
        #expect(try floor.cli("complaint", "new", "--phone", "13800000001", "--name", "张伟", "--category", "service-delay",
                              "--key-points", "等了三天") == "T1")
        try floor.cli("complaint", "escalate", "T1", "--to", "9001")
    }

    @Test func userAndLognameGiveNoLeadPowers() throws {
        try escalatedComplaint()
        let forged = try floor.shell(#"USER=zhao LOGNAME=zhao "$HELPDESK" --data "$DATA" complaint take T1"#)
        #expect(forged.status == 1, "\(forged.output)")
        #expect(forged.output.contains("only a team lead may take an escalation"), "\(forged.output)")
        #expect(try floor.cli("complaint", "show", "T1").contains("escalated"))
    }

    @Test func agentMayNameOnlyYourOwnAgentUnlessYouLead() throws {
        try escalatedComplaint()
        let me = UnixAccount.current
        for line in [#""$HELPDESK" --data "$DATA" complaint take T1 --agent 9001"#,
                     #""$HELPDESK" --data "$DATA" agent 1001 --state ready"#,
                     #""$HELPDESK" --data "$DATA" claim --agent 1001"#] {
            let refused = try floor.shell(line)
            #expect(refused.status == 1, "\(line): \(refused.output)")
            #expect(refused.output.contains("account \(me) is agent \(me) and may not act as agent"), "\(refused.output)")
        }
        // Your own agent number is yours to name.
        #expect(try floor.shell(#""$HELPDESK" --data "$DATA" agent "$(id -un)" --state ready"#).status == 0)
        #expect(try floor.shell(#""$HELPDESK" --data "$DATA" claim --agent "$(id -un)""#).status == 0)
    }

    @Test func hooksThatNeedNoIdentityWorkForAnyAccount() throws {
        try floor.writeRoster([("zhao", "9001", "赵主管", "lead")])
        let call = try floor.cli("ring", "--name", "김민준", "--phone", "01012345678")
        #expect(try floor.cli("queue").contains(call))
        try floor.cli("abandon", call)
        let events = try floor.cli("events")
        #expect(events.contains("call.rung") && events.contains("call.abandoned"))
        // The journal records the real account, whatever $USER said.
        let stamped = try floor.shell(#"USER=zhao "$HELPDESK" --data "$DATA" ring --name x --phone 1 >/dev/null && "$HELPDESK" --data "$DATA" events"#)
        #expect(stamped.output.split(separator: "\n").last?.contains("\"user\":\"\(UnixAccount.current)\"") == true, "\(stamped.output)")
    }

    /// Once the roster names the PBX's account, an agent can no longer ring
    /// in a caller who never called (and answer them, to pad their figures)
    /// nor drop a waiting one; the PBX's account and a lead still can.
    @Test func onceTheRosterNamesThePBXOnlyItAndLeadsRingCallersIn() throws {
        let me = UnixAccount.current
        let waiting = try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")
        try floor.writeRoster([("asterisk", "pbx", "PBX", "pbx"), (me, "1001", "王芳", "agent")])
        for line in [#""$HELPDESK" --data "$DATA" ring --name 假客户 --phone 9"#, #""$HELPDESK" --data "$DATA" abandon "# + waiting] {
            let refused = try floor.shell(line)
            #expect(refused.status == 1, "\(line): \(refused.output)")
            #expect(refused.output.contains("account \(me) may not") && refused.output.contains("only the PBX's account (asterisk) or a team lead may"),
                    "\(refused.output)")
        }
        #expect(try floor.cli("queue").contains("张伟") && !(try floor.cli("queue")).contains("假客户"))

        for role in ["pbx", "lead"] {
            try floor.writeRoster([("asterisk", "pbx", "PBX", "pbx"), (me, "1001", "王芳", role)])
            let call = try floor.cli("ring", "--name", "김민준", "--phone", "01012345678")
            try floor.cli("abandon", call)
        }
        #expect(try floor.cli("events").components(separatedBy: "call.abandoned").count == 3, "one abandon per role")
    }
}
