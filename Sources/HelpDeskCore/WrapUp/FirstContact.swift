import Foundation

/// Whether a call may be counted as resolved on first contact (FCR), the
/// figure leads act on. "Resolved on this call" is never assumed: it starts
/// unticked, and these are the facts that say the caller's need was not met
/// on this call, shown beside the box so the agent sees why.
public enum FirstContact {
    public enum Reason: Equatable, Sendable {
        /// A complaint was filed on the call: it goes on to be handled.
        case complaintFiled(String)
        /// A follow-up call was scheduled for the caller during the call (its
        /// id), or is planned on the wrap-up form (nil).
        case followUpScheduled(String?)
        /// Nobody was on the line.
        case silentLine
        /// The caller came from another queue, passed on by an agent there.
        case transferred(from: String)
    }

    /// The reasons against counting `call` as resolved on first contact, in
    /// the state after the talk, given the disposition chosen so far and
    /// whether the wrap-up plans a follow-up.
    public static func reasonsAgainst(
        _ state: LiveState, call id: String, disposition: ReasonCode?, plansFollowUp: Bool = false
    ) -> [Reason] {
        guard let call = state.calls[id] else { return [] }
        var reasons: [Reason] = []
        if let from = call.transferredFrom { reasons.append(.transferred(from: from)) }
        if disposition?.silentLine == true { reasons.append(.silentLine) }
        let filed = state.complaints.values.filter { $0.call == id }.map(\.id).sorted()
        reasons += filed.map(Reason.complaintFiled)
        let answered = call.answeredAt ?? call.enqueuedAt
        let scheduled = state.followUps.values.filter { f in
            f.isOpen && f.id != call.followUp
                && (f.sourceCall == id || (f.customer.phone == call.customer.phone && (f.createdAt ?? .distantPast) >= answered))
        }
        reasons += scheduled.map(\.id).sorted().map { Reason.followUpScheduled($0) }
        if plansFollowUp { reasons.append(.followUpScheduled(nil)) }
        return reasons
    }
}
