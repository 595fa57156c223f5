import Foundation

extension Complaint {
    /// Folds one `complaint.changed` event into the record. The live state
    /// and the complaint archive both use this, so the two never disagree.
    public mutating func apply(_ change: ComplaintChanged, at now: Date, by agent: String?) {
        let action = change.action ?? (change.status == status ? .note : change.status.impliedAction)
        if status.awaitsFirstResponse, !change.status.awaitsFirstResponse, firstRespondedAt == nil {
            firstRespondedAt = now
        }
        switch change.status {
        case .escalated where status != .escalated:
            escalatedBy = agent ?? owner
        case .resolved where status != .resolved:
            resolvedAt = now
        case .reopened where status != .reopened:
            // A new round: its clocks, its promise, its escalation and its
            // handling steps start afresh; the log keeps the last round's.
            reopenedAt = now
            reopenCount += 1
            firstRespondedAt = nil
            resolvedAt = nil
            promisedBy = nil
            escalatedTo = nil
            escalatedBy = nil
            checklist = HandlingChecklist(recordedKeyPoints: true)
        default:
            break
        }
        if let to = change.escalatedTo { escalatedTo = to }
        status = change.status
        updatedAt = now
        if let owner = change.owner { self.owner = owner }
        if let promise = change.promisedBy { promisedBy = promise }
        if let checklist = change.checklist { self.checklist = checklist }
        notes.append(ComplaintNote(at: now, by: agent, action: action, status: status, text: change.note))
    }

    /// The lead's words since the last escalation: what the agent who
    /// escalated should read (instructions, the hand-back, the resolution).
    public var answersFromLead: [ComplaintNote] {
        guard let lastEscalation = notes.lastIndex(where: { $0.action == .escalate }) else { return [] }
        return notes[(lastEscalation + 1)...].filter {
            [.instruct, .handBack, .resolve].contains($0.action) && $0.by != escalatedBy && $0.text != nil
        }
    }
}
