import Foundation

/// The views of the live state the complaint and follow-up screens need.
extension LiveState {
    /// Complaints waiting for a lead, oldest first; for one lead when named.
    public func escalations(to lead: String? = nil) -> [Complaint] {
        complaints.values
            .filter { $0.status == .escalated && (lead == nil || $0.escalatedTo == lead) }
            .sorted { ($0.updatedAt, $0.id) < ($1.updatedAt, $1.id) }
    }

    /// Open complaints an agent escalated: where they read the lead's answer.
    public func complaints(escalatedBy agent: String) -> [Complaint] {
        complaints.values.filter { $0.escalatedBy == agent }.sorted { ($0.updatedAt, $0.id) > ($1.updatedAt, $1.id) }
    }

    /// Open follow-ups, the earliest due first.
    public var openFollowUps: [FollowUp] {
        followUps.values.filter(\.isOpen).sorted { ($0.dueAt, $0.id) < ($1.dueAt, $1.id) }
    }

    /// The live call placing a follow-up, if it is in the queue or on the line.
    public func call(forFollowUp id: String) -> Call? {
        calls.values.first { $0.followUp == id }
    }

    /// A customer's open follow-ups, the earliest due first, found by phone number.
    public func openFollowUps(phone: String) -> [FollowUp] {
        openFollowUps.filter { $0.customer.phone == phone }
    }
}
