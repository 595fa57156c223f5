import Foundation
import HelpDeskCore
import HelpDeskSimulation
import HelpDeskStore

/// The demo floor's starting point: a roster (you, a lead and the virtual
/// agents), customers with VIP and key-account marks, and a few days of
/// history with complaints and follow-ups, written through the domain's own
/// decisions at back-dated times.
enum DemoFloor {
    static func seed(_ store: DataDirectoryStore, user: String, rules: ComplaintRules, codes: FloorCodes) throws {
        try store.saveRoster(Roster(entries: [
            RosterEntry(user: user, agent: "1001", name: "王芳", team: "一组"),
            RosterEntry(user: "lead", agent: "9001", name: "陈主管", role: .lead),
            RosterEntry(user: "sim1", agent: "2001", name: "李明", team: "一组"),
            RosterEntry(user: "sim2", agent: "2002", name: "박지민", team: "二组"),
            RosterEntry(user: "sim3", agent: "2003", name: "Sarah Lee", team: "二组"),
        ]))
        let clock = ManualClock(Date().addingTimeInterval(-3 * 86400))
        let past = try DataDirectoryStore(path: store.path, clock: clock)
        var generator = CallerGenerator(seed: 2026)
        let marked = [
            Customer(name: "欧阳娜", surname: "欧阳", honorific: "女士", phone: "13900000001", branch: "广州", language: .zh, tier: .keyAccount),
            Customer(name: "김서연", surname: "김", honorific: "고객님", phone: "01099990001", branch: "서울", language: .ko, tier: .vip),
        ]
        for customer in marked {
            try past.commit(agent: "9001") { _, _ in .customerUpdated(CustomerUpdated(customer: customer)) }
        }
        // Each past day is a shift: the virtual agents sign on, work, and sign
        // off, so nobody is left ready who is not on the floor now.
        let shift = try store.loadRoster().entries.filter { $0.agent.hasPrefix("2") }
        for day in 0..<3 {
            clock.set(Date().addingTimeInterval(-Double(3 - day) * 86400))
            for entry in shift {
                try past.commit(agent: entry.agent) { state, _ in try Floor.setStatus(state, agent: entry, status: .ready, reason: nil) }
            }
            defer {
                for entry in shift {
                    _ = try? past.commit(agent: entry.agent) { state, _ in
                        try Floor.setStatus(state, agent: entry, status: .offline, reason: nil)
                    }
                }
            }
            for _ in 0..<12 {
                let caller = generator.next()
                let agent = ["2001", "2002", "2003"][Int.random(in: 0..<3)]
                let ring = try past.commit(agent: nil) { state, now in
                    try Floor.ring(state, customer: caller.customer, reason: caller.reason, category: caller.category, at: now)
                }
                guard let id = ring.body.callID else { continue }
                clock.advance(by: Double.random(in: 5...40))
                try past.commit(agent: agent) { state, now in try Floor.claimNext(state, agent: agent, at: now) }
                clock.advance(by: Double.random(in: 60...400))
                try past.commit(agent: agent) { state, _ in try Floor.hangUp(state, call: id) }
                clock.advance(by: 20)
                let rolls = (generator.roll(), generator.roll(), generator.roll())
                try past.commit(agent: agent) { state, now in
                    let facts = VirtualWrapUp.facts(for: state.calls[id]!, in: state, codes: codes, silentRoll: rolls.0, resolvedRoll: rolls.1,
                                                    kindRoll: rolls.2)
                    return try WrapUp.complete(state, facts, agent: agent, codes: codes, rules: rules, at: now)
                }
                clock.advance(by: Double.random(in: 300...2400))
                try workFollowUps(past, clock: clock, dueBy: clock.now())
            }
        }
        try seedComplaints(past, clock: clock, rules: rules, customer: marked[0])
        for _ in 0..<5 {
            let caller = generator.next()
            try store.commit(agent: nil) { state, now in
                try Floor.ring(state, customer: caller.customer, reason: caller.reason, category: caller.category, at: now)
            }
        }
    }

    /// Yesterday's complaint from the key account, escalated to the lead and
    /// promised for tomorrow, with the proactive follow-up about the part
    /// falling due two minutes into the demo.
    private static func seedComplaints(_ past: DataDirectoryStore, clock: ManualClock, rules: ComplaintRules,
                                       customer: Customer) throws {
        clock.set(Date().addingTimeInterval(-86400))
        let facts = NewComplaint(customer: customer, category: .missedAppointment, product: "冰箱 BCD-520",
                                 keyPoints: "师傅约好上午上门，等了一天没人来，也没有电话通知。",
                                 wants: "今天之内修好，并给个说法", severity: .high,
                                 promisedBy: Date().addingTimeInterval(86400))
        try past.commit(agent: "2001") { state, now in try Complaints.file(state, facts, by: "2001", rules: rules, at: now) }
        let lead = RosterEntry(user: "lead", agent: "9001", name: "陈主管", role: .lead)
        try past.commit(agent: "2001") { state, _ in [try Complaints.escalate(state, complaint: "T1", to: lead)] }
        try workFollowUps(past, clock: clock, dueBy: Date().addingTimeInterval(-15 * 60))
        clock.set(Date())
        try past.commit(agent: "9001") { state, now in
            [try FollowUps.schedule(state, customer: customer, dueAt: now.addingTimeInterval(120),
                                    purpose: "配件已到，预约上门时间", script: "follow-up-repair", at: now)]
        }
    }

    /// The virtual agents call back the follow-ups due by `limit`, each a
    /// few minutes after it fell due (and never before the clock), so the
    /// demo opens with the few that fell due in its last quarter hour, not
    /// every follow-up of its back-dated days waiting since then. A chain's
    /// next step, scheduled as each is done, is worked too once it is due.
    private static func workFollowUps(_ past: DataDirectoryStore, clock: ManualClock, dueBy limit: Date) throws {
        let outcome: [Language: String] = [.zh: "已回访，客户确认一切正常", .en: "Called back: all is well", .ko: "회신 완료: 이상 없음"]
        while let f = past.state.openFollowUps.filter({ $0.dueAt <= limit }).min(by: { ($0.dueAt, $0.id) < ($1.dueAt, $1.id) }) {
            clock.set(max(clock.now(), min(limit, f.dueAt.addingTimeInterval(Double.random(in: 120...900)))))
            let agent = ["2001", "2002", "2003"][Int.random(in: 0..<3)]
            try past.commit(agent: agent) { state, now in
                try FollowUps.done(state, followUp: f.id, outcome: outcome[f.customer.language ?? .zh] ?? "", at: now)
            }
        }
    }
}
