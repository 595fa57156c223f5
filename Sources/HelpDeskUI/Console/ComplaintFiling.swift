import Foundation
import HelpDeskCore

/// Turns a saved complaint form into the event that files it.
enum ComplaintFiling {
    static func file(_ state: LiveState, draft: ComplaintDraft, promisedBy: Date, owner: String, at now: Date) -> EventBody {
        let complaint = Complaint(
            id: "K\(state.complaintCounter + 1)", call: draft.call, customer: draft.customer, category: draft.category,
            product: draft.product.isEmpty ? nil : draft.product, keyPoints: draft.keyPoints,
            wants: draft.wants.isEmpty ? nil : draft.wants, severity: draft.severity, promisedBy: promisedBy,
            owner: owner, openedAt: now)
        return .complaintFiled(ComplaintFiled(complaint: complaint))
    }
}

extension Event {
    /// The complaint this event files, if it does.
    var complaintID: String? {
        if case .complaintFiled(let p) = body { return p.complaint.id }
        return nil
    }
}
