import Foundation
@testable import HelpDeskCore

/// A small journal written by hand in tests: times are given as
/// "yyyy-MM-ddTHH:mm:ss" UTC, sequence numbers follow the order of writing.
struct MetricsTestLog {
    private(set) var events: [Event] = []

    static func t(_ text: String) -> Date { JournalCoding.parseDate(text + "Z")! }

    static let utcDay = BusinessDay(resetHour: 0, timeZone: TimeZone(identifier: "UTC")!)

    mutating func add(_ at: String, agent: String? = nil, _ body: EventBody) {
        events.append(Event(seq: events.count + 1, at: Self.t(at), agent: agent, user: "test", body: body))
    }

    mutating func ring(_ id: String, _ at: String, branch: String? = nil, queue: String = "main", callback: Bool = false) {
        var call = Call(id: id, customer: Customer(name: "王芳", phone: "1380000\(id)", branch: branch), queue: queue,
                        enqueuedAt: Self.t(at))
        if callback { call.direction = .outbound; call.dueAt = Self.t(at) }
        add(at, .callRung(CallRung(call: call)))
    }

    mutating func claim(_ id: String, _ agent: String, _ at: String) {
        add(at, agent: agent, .callClaimed(CallClaimed(call: id, agent: agent)))
    }

    mutating func end(_ id: String, _ at: String) { add(at, .callEnded(CallRef(call: id))) }

    mutating func complete(_ id: String, _ at: String, resolved: Bool = true, category: ServiceCategory = .inquiry) {
        add(at, .callCompleted(CallCompleted(call: id, category: category, disposition: "answered", resolved: resolved)))
    }

    mutating func abandon(_ id: String, _ at: String) { add(at, .callAbandoned(CallRef(call: id))) }

    mutating func status(_ agent: String, _ status: AgentStatus, _ at: String, reason: String? = nil) {
        add(at, agent: agent, .agentStatus(AgentStatusChanged(agent: agent, name: "Agent \(agent)", role: .agent,
                                                             status: status, reason: reason)))
    }

    /// Puts events written call by call into journal (time) order and renumbers them.
    mutating func sortByTime() {
        events.sort { $0.at < $1.at }
        for i in events.indices { events[i].seq = i + 1 }
    }

    /// A whole answered call: ring, claim, hang-up, wrap-up done.
    mutating func answered(_ id: String, agent: String, rung: String, claimed: String, ended: String, completed: String,
                           resolved: Bool = true) {
        ring(id, rung)
        claim(id, agent, claimed)
        end(id, ended)
        complete(id, completed, resolved: resolved)
    }

    mutating func file(_ id: String, _ category: ComplaintCategory, _ at: String, promisedBy: String? = nil,
                       owner: String = "A1", branch: String? = nil) {
        let complaint = Complaint(id: id, customer: Customer(name: "李雷", phone: "1390000\(id)", branch: branch),
                                  category: category, keyPoints: "上门时间不对", promisedBy: promisedBy.map(Self.t),
                                  owner: owner, openedAt: Self.t(at))
        add(at, agent: owner, .complaintFiled(ComplaintFiled(complaint: complaint)))
    }

    mutating func change(_ id: String, _ status: ComplaintStatus, _ at: String, agent: String = "A1") {
        add(at, agent: agent, .complaintChanged(ComplaintChanged(complaint: id, status: status)))
    }

    mutating func followUp(_ id: String, due: String, at: String, complaint: String? = nil) {
        let f = FollowUp(id: id, customer: Customer(name: "Kim", phone: "0102222\(id)"), dueAt: Self.t(due),
                         purpose: "is everything working?", complaint: complaint)
        add(at, .followUpScheduled(FollowUpScheduled(followUp: f)))
    }

    mutating func closeFollowUp(_ id: String, _ at: String, status: FollowUp.Status = .done) {
        add(at, .followUpClosed(FollowUpClosed(followUp: id, status: status)))
    }

    mutating func satisfaction(_ call: String, _ answer: Satisfaction, _ at: String) {
        add(at, .satisfaction(SatisfactionRecorded(call: call, answer: answer)))
    }
}
