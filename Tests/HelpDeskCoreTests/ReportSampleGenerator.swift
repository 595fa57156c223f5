import Foundation
@testable import HelpDeskCore
@testable import HelpDeskReports

/// Generates the sample data in Resources/samples: deterministic (no random
/// numbers, only arithmetic on indices), so the checked-in files can be
/// compared with a fresh run and regenerated with HELPDESK_RECORD_SAMPLES=1.
///
/// - October 2026 is the seed's complaint-structure month: 209 complaints,
///   78 missed appointments, 70 not right first time, 50 delays, 5
///   unreasonable charges, 6 other, each from an answered call, with
///   promises, escalations, resolutions, reopenings and follow-ups.
/// - September 2026 carries the seed's branch table: complaints by branch
///   and cause that, over the dispatch volumes in dispatches.csv, give
///   exactly its complaints per 10,000 dispatches.
enum ReportSampleGenerator {
    static let branches = ["广州", "深圳", "南宁", "海口"]
    static let agents: [(id: String, name: String)] = [
        ("A01", "张伟"), ("A02", "王芳"), ("A03", "李娜"), ("A04", "刘洋"), ("A05", "陈静"), ("A06", "김민준"),
    ]

    /// September's complaints per branch, in the seed table's cause order.
    static let septemberCauses: [ComplaintCategory] = BranchRatioReport.standardCauses
    static let septemberCounts: [String: [Int]] = [
        "广州": [24, 2, 7, 21, 0, 0], "深圳": [78, 5, 30, 49, 0, 0],
        "南宁": [63, 5, 63, 55, 0, 0], "海口": [175, 12, 143, 254, 5, 24],
    ]

    static let dispatchesCSV = """
        branch,month,dispatches
        广州,2026-09,100400
        深圳,2026-09,233900
        南宁,2026-09,262000
        海口,2026-09,403700
        广州,2026-10,98000
        深圳,2026-10,231500
        南宁,2026-10,259800
        海口,2026-10,410700

        """.replacingOccurrences(of: "\n", with: "\r\n")

    static func t(_ text: String) -> Date { JournalCoding.parseDate(text)! }

    /// 09:00–16:59 Beijing time on day 2–27 of a month: far enough from the
    /// month's edges that any time zone keeps each event in its month.
    static func workTime(month: String, index i: Int, salt: Int) -> Date {
        let day = 2 + i % 26
        let minutes = (i * 37 + salt * 101) % 480
        let dayText = day < 10 ? "0\(day)" : "\(day)"
        return t("\(month)-\(dayText)T01:00:00Z").addingTimeInterval(Double(minutes * 60 + (i * 13) % 60))
    }

    static func customer(_ i: Int, branch: String) -> Customer {
        let surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵"]
        let s = surnames[i % surnames.count]
        let phone = "13" + String(800_000_000 + i * 7919 % 100_000_000).suffix(9)
        return Customer(name: s + ["伟", "芳", "娜", "敏"][i % 4], surname: s, honorific: i % 2 == 0 ? "先生" : "女士",
                        phone: phone, branch: branch, language: .zh)
    }

    static func events() -> [Event] {
        var out: [(Date, String?, EventBody)] = []
        func add(_ at: Date, _ agent: String?, _ body: EventBody) { out.append((at, agent, body)) }

        // Agents log in and out each working day of October.
        for day in 1...31 {
            let d = day < 10 ? "0\(day)" : "\(day)"
            for a in agents {
                let status = { (s: AgentStatus) in
                    EventBody.agentStatus(AgentStatusChanged(agent: a.id, name: a.name, role: .agent, status: s))
                }
                add(t("2026-10-\(d)T00:55:00Z"), a.id, status(.ready))
                add(t("2026-10-\(d)T09:30:00Z"), a.id, status(.offline))
            }
        }

        // October: the structure month, one call and one complaint each.
        let structure: [(ComplaintCategory, Int)] = [
            (.missedAppointment, 78), (.notRightFirstTime, 70), (.serviceDelay, 50), (.unreasonableCharge, 5), (.other, 6),
        ]
        let categories = structure.flatMap { c, n in Array(repeating: c, count: n) }
            .enumerated().sorted { ($0.offset * 7919) % 209 < ($1.offset * 7919) % 209 }.map(\.element)
        for (i, category) in categories.enumerated() {
            let branch = branches[i % branches.count]
            let agent = agents[(i + i / 26) % agents.count].id
            let call = "C\(i + 1)"
            let rung = workTime(month: "2026-10", index: i, salt: 1)
            let answered = rung.addingTimeInterval(Double((i * 13) % 45))
            let ended = answered.addingTimeInterval(Double(180 + (i * 7) % 300))
            let completed = ended.addingTimeInterval(Double(45 + i % 60))
            add(rung, nil, .callRung(CallRung(call: Call(id: call, customer: customer(i, branch: branch), reason: "投诉",
                                                        category: .complaint, enqueuedAt: rung))))
            add(answered, agent, .callClaimed(CallClaimed(call: call, agent: agent)))
            if i % 9 == 0 {
                add(answered.addingTimeInterval(5), agent, .scriptStep(ScriptStepRecorded(call: call, script: "complaint",
                                                                                        step: "promise", action: .skipped)))
            }
            if i % 17 == 0 {
                add(answered.addingTimeInterval(60), agent, .phraseHit(PhraseHitRecorded(rule: "zh.no-way", language: .zh,
                                                                                       field: "notes", call: call)))
            }
            add(ended, nil, .callEnded(CallRef(call: call)))
            let id = "K\(i + 1)"
            let promise = ended.addingTimeInterval(48 * 3600)
            let complaint = Complaint(id: id, call: call, customer: customer(i, branch: branch), category: category, branch: branch,
                                      keyPoints: "客户反映：\(ReportLabels.category(category))", severity: .normal,
                                      promisedBy: promise, owner: agent, openedAt: ended)
            add(ended.addingTimeInterval(20), agent, .complaintFiled(ComplaintFiled(complaint: complaint)))
            add(completed, agent, .callCompleted(CallCompleted(call: call, category: .complaint, disposition: "complaint filed",
                                                               resolved: false, kind: .opinion)))
            let scores = [5, 4, 4, 3, 2, 5, 4, 1, 5, 3]
            add(completed.addingTimeInterval(1), agent, .satisfaction(SatisfactionRecorded(
                call: call, answer: i % 13 == 0 ? .declined : .score(scores[i % scores.count]))))
            add(ended.addingTimeInterval(600), agent, .complaintChanged(ComplaintChanged(complaint: id, status: .accepted)))
            if i % 5 == 0 {
                add(ended.addingTimeInterval(7200), agent, .complaintChanged(ComplaintChanged(complaint: id, status: .escalated)))
            }
            let resolved = ended.addingTimeInterval(Double(12 + (i * 11) % 60) * 3600)
            add(resolved, agent, .complaintChanged(ComplaintChanged(complaint: id, status: .resolved, note: "已上门处理")))
            var settled = resolved
            if i % 23 == 0 {
                // The customer calls again: reopened, accepted with a new promise, resolved again.
                let reopen = resolved.addingTimeInterval(86400)
                add(reopen, nil, .complaintChanged(ComplaintChanged(complaint: id, status: .reopened, note: "客户再次来电")))
                add(reopen.addingTimeInterval(600), agent, .complaintChanged(ComplaintChanged(
                    complaint: id, status: .accepted, promisedBy: reopen.addingTimeInterval(86400))))
                settled = reopen.addingTimeInterval(12 * 3600)
                add(settled, agent, .complaintChanged(ComplaintChanged(complaint: id, status: .resolved, note: "已重新上门")))
            }
            let follow = "F\(i + 1)"
            let due = settled.addingTimeInterval(86400)
            add(settled.addingTimeInterval(60), agent, .followUpScheduled(FollowUpScheduled(followUp: FollowUp(
                id: follow, customer: customer(i, branch: branch), dueAt: due, purpose: "回访：问题解决了吗？", complaint: id, origin: .resolution,
                createdAt: settled.addingTimeInterval(60)))))
            let called = due.addingTimeInterval(i % 7 == 0 ? 30 * 3600 : 2 * 3600)
            add(called, agent, .followUpClosed(FollowUpClosed(followUp: follow, status: .done, outcome: "客户满意")))
            add(called.addingTimeInterval(60), agent, .complaintChanged(ComplaintChanged(complaint: id, status: .followedUp)))
            add(called.addingTimeInterval(86400), agent, .complaintChanged(ComplaintChanged(complaint: id, status: .closed)))
        }

        // October: ordinary calls around them, some abandoned.
        for i in 0..<600 {
            let call = "Q\(i + 1)"
            let rung = workTime(month: "2026-10", index: i, salt: 2 + i / 26)
            let branch = branches[(i / 3) % branches.count]
            add(rung, nil, .callRung(CallRung(call: Call(id: call, customer: customer(1000 + i, branch: branch),
                                                        category: .inquiry, enqueuedAt: rung))))
            let wait = Double((i * 29) % 70)
            if i % 11 == 0 {
                add(rung.addingTimeInterval(wait / 2 + 1), nil, .callAbandoned(CallRef(call: call)))
                continue
            }
            let agent = agents[(i * 5 + i / 26) % agents.count].id
            let answered = rung.addingTimeInterval(wait)
            let ended = answered.addingTimeInterval(Double(90 + (i * 17) % 240))
            add(answered, agent, .callClaimed(CallClaimed(call: call, agent: agent)))
            add(ended, nil, .callEnded(CallRef(call: call)))
            add(ended.addingTimeInterval(Double(20 + i % 40)), agent, .callCompleted(CallCompleted(
                call: call, category: [.inquiry, .repair, .installation, .purchase][i % 4], disposition: "answered",
                resolved: i % 7 != 3, kind: [.need, .need, .need, .opinion, .need, .need, .need, .suggestion, .need, .need][(i / 4) % 10])))
            add(ended.addingTimeInterval(Double(61 + i % 40)), agent, .satisfaction(SatisfactionRecorded(
                call: call, answer: .score([5, 4, 5, 3, 4][i % 5]))))
        }

        // September: the branch table's complaints, filed as they came.
        var n = 0
        for branch in branches {
            for (c, count) in zip(septemberCauses, septemberCounts[branch]!) {
                for _ in 0..<count {
                    n += 1
                    let at = workTime(month: "2026-09", index: n, salt: 3)
                    let agent = agents[n % agents.count].id
                    let complaint = Complaint(id: "S\(n)", customer: customer(5000 + n, branch: branch), category: c, branch: branch,
                                              keyPoints: "派工投诉", owner: agent, openedAt: at)
                    add(at, agent, .complaintFiled(ComplaintFiled(complaint: complaint)))
                }
            }
        }

        let ordered = out.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
        return ordered.enumerated().map { seq, item in
            Event(seq: seq + 1, at: item.element.0, agent: item.element.1, user: "sample", body: item.element.2)
        }
    }

    /// The events as the journal writes them: one JSON object per line.
    static func jsonl() throws -> String {
        let encoder = JournalCoding.encoder()
        var text = ""
        for e in events() { text += String(decoding: try encoder.encode(e), as: UTF8.self) + "\n" }
        return text
    }

    static var samplesDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/samples")
    }
}
