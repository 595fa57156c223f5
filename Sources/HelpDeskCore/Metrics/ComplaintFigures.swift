import Foundation

/// The complaint side of the floor at a moment: the standing work (open,
/// overdue, escalations, follow-ups) and what the period brought in.
public struct ComplaintFigures: Sendable, Equatable {
    /// Not yet resolved: received, accepted, escalated, in progress or reopened.
    public var open: Int
    /// Open and past the time promised to the customer.
    public var overdue: Int
    /// Escalated and waiting for a lead.
    public var escalationsWaiting: Int
    /// Open follow-ups due later in the period (not yet late).
    public var followUpsDue: Int
    /// Open follow-ups whose due time has passed.
    public var followUpsOverdue: Int
    /// Complaints filed in the period, by category.
    public var filedByCategory: [ComplaintCategory: Int]
    public var satisfaction: SatisfactionFigures

    public var filed: Int { filedByCategory.values.reduce(0, +) }
}

/// Satisfaction answers in a period: declined answers are counted apart.
public struct SatisfactionFigures: Codable, Sendable, Equatable {
    public var answers: Int = 0
    public var declined: Int = 0
    public var scoreTotal: Int = 0
    public var satisfied: Int = 0

    public init() {}

    public mutating func add(_ answer: Satisfaction) {
        switch answer {
        case .declined: declined += 1
        case .score(let s):
            answers += 1
            scoreTotal += s
            if s >= 4 { satisfied += 1 }
        }
    }

    /// Mean score over scored answers (1–5).
    public var average: Double? { answers == 0 ? nil : Double(scoreTotal) / Double(answers) }
    /// Share of scored answers that were 4 or 5.
    public var shareSatisfied: Double? { answers == 0 ? nil : Double(satisfied) / Double(answers) }
}

/// Follows complaints and follow-ups through the journal. Like `LiveState` it
/// forgets closed ones, so it stays the size of the open work.
public struct ComplaintTracker: Sendable {
    private struct Open: Sendable {
        var status: ComplaintStatus
        var promisedBy: Date?
    }

    private var complaints: [String: Open] = [:]
    private var followUps: [String: Date] = [:]
    private var filed: [ComplaintCategory: Int] = [:]
    private var satisfaction = SatisfactionFigures()
    public private(set) var period: DateInterval

    public init(period: DateInterval) { self.period = period }

    public mutating func filed(_ c: Complaint) {
        complaints[c.id] = Open(status: c.status, promisedBy: c.promisedBy)
        if period.containsHalfOpen(c.openedAt) { filed[c.category, default: 0] += 1 }
    }

    public mutating func changed(_ p: ComplaintChanged) {
        // A reopening brings a closed complaint back with its archived record.
        guard var c = complaints[p.complaint] ?? p.restored.map({ Open(status: $0.status, promisedBy: $0.promisedBy) })
        else { return }
        c.status = p.status
        if let promise = p.promisedBy { c.promisedBy = promise }
        complaints[p.complaint] = p.status == .closed ? nil : c
    }

    public mutating func followUpScheduled(_ f: FollowUp) {
        if f.isOpen { followUps[f.id] = f.dueAt }
    }

    public mutating func followUpClosed(_ id: String) { followUps[id] = nil }

    public mutating func satisfaction(_ answer: Satisfaction, at time: Date) {
        if period.containsHalfOpen(time) { satisfaction.add(answer) }
    }

    /// Takes the open complaints and follow-ups from a live state that is at
    /// least as new as what was folded here: it holds history older than the
    /// events a wallboard reads at start-up.
    public mutating func adopt(_ state: LiveState) {
        complaints = state.complaints.mapValues { Open(status: $0.status, promisedBy: $0.promisedBy) }
        followUps = state.followUps.filter { $0.value.isOpen }.mapValues(\.dueAt)
    }

    /// Starts a new period: the open work carries over, period counts restart.
    public mutating func reset(to period: DateInterval) {
        self.period = period
        filed = [:]
        satisfaction = SatisfactionFigures()
    }

    public func figures(at now: Date) -> ComplaintFigures {
        var open = 0, overdue = 0, escalated = 0
        for c in complaints.values where c.status.awaitsResolution {
            open += 1
            if let promise = c.promisedBy, promise < now { overdue += 1 }
            if c.status == .escalated { escalated += 1 }
        }
        var due = 0, late = 0
        for dueAt in followUps.values {
            if dueAt < now { late += 1 } else if dueAt < period.end { due += 1 }
        }
        return ComplaintFigures(open: open, overdue: overdue, escalationsWaiting: escalated, followUpsDue: due,
                                followUpsOverdue: late, filedByCategory: filed, satisfaction: satisfaction)
    }
}
