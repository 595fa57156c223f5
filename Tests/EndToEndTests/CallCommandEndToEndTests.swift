import Foundation
import TestSupport
import Testing

/// A call's whole life driven from the command line, as a PBX or CTI hook
/// drives it: the same decisions and identity rules as the console.
@Suite(.serialized, .enabled(if: HelpdeskBinary.path != nil, "needs the built helpdesk binary"))
struct CallCommandEndToEndTests {
    let floor = E2EFloor()
    /// The account running the tests, as the kernel knows it.
    let me = String(cString: getpwuid(getuid())!.pointee.pw_name)

    @Test("wrapup, transfer and callback finish calls; wrong codes and silent lines are refused with exit 1")
    func wholeLife() throws {
        try floor.writeRoster([(me, "1001", "王芳", "agent")])
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001", "--category", "repair")
        try floor.cli("ring", "--name", "Kim Minjun", "--phone", "01012345678")
        try floor.cli("ring", "--name", "Emma O'Brien", "--phone", "07700900123")
        #expect(try floor.cli("claim") == "C1")

        var refused = try floor.shell(#""$HELPDESK" --data "$DATA" wrapup C1 --disposition answered"#)
        #expect(refused.status == 1 && refused.output.contains("call C1 is talking and cannot become done"))
        try floor.cli("hangup", "C1")
        refused = try floor.shell(#""$HELPDESK" --data "$DATA" wrapup C1 --disposition fine"#)
        #expect(refused.status == 1 && refused.output.contains("\"fine\" is not a configured code"))
        refused = try floor.shell(#""$HELPDESK" --data "$DATA" wrapup C1 --disposition silent-line --resolved"#)
        #expect(refused.status == 1 && refused.output.contains("resolves nothing"))
        let usage = try floor.shell(#""$HELPDESK" --data "$DATA" wrapup C1 --disposition answered --follow-up-at 1d"#)
        #expect(usage.status == 64)
        try floor.cli("wrapup", "C1", "--disposition", "repair-booked", "--notes", "约周六上门", "--satisfaction", "4",
                      "--follow-up-at", "1d", "--follow-up-why", "确认上门", "--follow-up-script", "follow-up-repair")
        var journal = try floor.journal()
        #expect(journal.contains(#""disposition":"repair-booked""#) && journal.contains(#""resolved":false"#))
        #expect(journal.contains(#""purpose":"确认上门""#) && journal.contains(#""sourceCall":"C1""#))

        // Transfer: the caller waits in the other queue as a new call that remembers where it came from.
        #expect(try floor.cli("claim") == "C2")
        #expect(try floor.cli("transfer", "C2", "--to", "billing") == "C4")
        journal = try floor.journal()
        #expect(journal.contains(#""type":"call.transferred""#) && journal.contains(#""transferredFrom":"C2""#))

        // Callback: the call leaves the agent and queues again by itself later.
        #expect(try floor.cli("claim") == "C3")
        try floor.cli("callback", "C3", "--at", "2h")
        #expect(try floor.journal().contains(#""type":"call.scheduled""#))
        #expect(try floor.cli("claim") == "C4", "the agent is free again; the transferred caller is next")
    }

    @Test("wrapup records what the customer brought, and report service-log counts it per agent and category")
    func serviceLog() throws {
        try floor.writeRoster([(me, "1001", "王芳", "agent")])
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001", "--category", "repair")
        try floor.cli("ring", "--name", "Kim Minjun", "--phone", "01012345678", "--category", "purchase")
        #expect(try floor.cli("claim") == "C1")
        try floor.cli("hangup", "C1")
        try floor.cli("wrapup", "C1", "--disposition", "repair-booked")
        #expect(try floor.cli("claim") == "C2")
        try floor.cli("hangup", "C2")
        try floor.cli("wrapup", "C2", "--disposition", "answered", "--kind", "suggestion")
        let journal = try floor.journal()
        #expect(journal.contains(#""category":"repair","disposition":"repair-booked","kind":"need""#), "none given: a need")
        #expect(journal.contains(#""kind":"suggestion""#))
        let bad = try floor.shell(#""$HELPDESK" --data "$DATA" wrapup C3 --disposition answered --kind praise"#)
        #expect(bad.status == 64 && bad.output.contains("praise"), "\(bad.output)")

        let csv = try floor.cli("report", "service-log", "--csv")
        #expect(csv.contains("1001,1001,Repair 产品维修服务,1,0,0,0,1"), "\(csv)")
        #expect(csv.contains("1001,1001,Purchase 购买产品,0,0,1,0,1"), "\(csv)")
        let json = try floor.cli("report", "service-log", "--json")
        #expect(json.contains("\"service-log\"") && json.contains("\"suggestions\" : 1"), "\(json)")
    }

    @Test("a call in another agent's hands is wrapped up, transferred or called back only by a lead")
    func identity() throws {
        try floor.writeRoster([(me, "9001", "陈主管", "lead")])
        try floor.cli("ring", "--name", "张伟", "--phone", "13800000001")
        #expect(try floor.cli("claim", "--agent", "1001") == "C1")
        try floor.writeRoster([(me, "1002", "李明", "agent")])
        for line in [#"wrapup C1 --disposition answered"#, #"transfer C1 --to billing"#, #"callback C1 --at 1h"#] {
            let refused = try floor.shell(#""$HELPDESK" --data "$DATA" "# + line)
            #expect(refused.status == 1, "\(line): \(refused.output)")
            #expect(refused.output.contains("1001"), "the message names whose call it is: \(refused.output)")
        }
        try floor.writeRoster([(me, "9001", "陈主管", "lead")])
        try floor.cli("transfer", "C1", "--to", "billing")
        #expect(try floor.journal().contains(#""type":"call.transferred""#))
    }
}
