import HelpDeskCore
import Foundation

/// One complaint's life as the reports need it: when it came, what it was
/// promised, when it was first resolved, and how often it came back.
public struct ComplaintRecord: Codable, Sendable, Equatable {
    public var id: String
    public var category: ComplaintCategory
    /// The branch whose service it is about (the customer's branch if not named).
    public var branch: String?
    /// The agent who owns it now (the last owner named in the journal).
    public var owner: String
    public var openedAt: Date
    public var promisedBy: Date?
    public var status: ComplaintStatus
    /// The first time it reached "resolved" (or later stages, skipping resolved).
    public var resolvedAt: Date?
    public var reopenedCount: Int

    /// True when it was late at `now`: resolved after the promise, or still
    /// unresolved with the promise passed.
    public func isOverdue(at now: Date) -> Bool {
        guard let promise = promisedBy else { return false }
        if let resolvedAt { return resolvedAt > promise }
        return promise < now
    }
}

/// One follow-up call's life: when it was due and when it was closed.
public struct FollowUpRecord: Codable, Sendable, Equatable {
    public var id: String
    public var complaint: String?
    public var branch: String?
    public var dueAt: Date
    public var status: FollowUp.Status
    public var closedAt: Date?
    public var closedBy: String?
}

/// Folds complaint and follow-up events into one record each. A month of
/// history holds thousands of complaints, not millions, so all are kept.
public struct ComplaintHistory: Sendable {
    public private(set) var complaints: [String: ComplaintRecord] = [:]
    public private(set) var followUps: [String: FollowUpRecord] = [:]

    public init() {}

    public mutating func filed(_ c: Complaint, at time: Date) {
        complaints[c.id] = ComplaintRecord(
            id: c.id, category: c.category, branch: c.branch ?? c.customer.branch, owner: c.owner, openedAt: c.openedAt,
            promisedBy: c.promisedBy, status: c.status,
            resolvedAt: c.status.awaitsResolution ? nil : time, reopenedCount: 0)
    }

    public mutating func changed(_ p: ComplaintChanged, at time: Date) {
        guard var c = complaints[p.complaint] else { return }
        if p.status == .reopened, c.status != .reopened { c.reopenedCount += 1 }
        if !p.status.awaitsResolution, c.resolvedAt == nil { c.resolvedAt = time }
        c.status = p.status
        if let owner = p.owner { c.owner = owner }
        if let promise = p.promisedBy { c.promisedBy = promise }
        complaints[p.complaint] = c
    }

    public mutating func followUpScheduled(_ f: FollowUp) {
        followUps[f.id] = FollowUpRecord(id: f.id, complaint: f.complaint, branch: f.customer.branch, dueAt: f.dueAt,
                                         status: f.status, closedAt: nil, closedBy: nil)
    }

    public mutating func followUpClosed(_ p: FollowUpClosed, at time: Date, by agent: String?) {
        guard var f = followUps[p.followUp] else { return }
        f.status = p.status
        f.closedAt = time
        f.closedBy = agent
        followUps[p.followUp] = f
    }
}
