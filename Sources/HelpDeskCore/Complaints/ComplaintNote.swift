import Foundation

/// What was done to a complaint at one step. Written on every
/// `complaint.changed` event so the journal says why, not only what.
public enum ComplaintAction: String, Codable, Sendable, CaseIterable {
    case accept, start, escalate
    /// A lead takes an escalation into their own hands.
    case take
    /// A lead's instructions to the agent who escalated.
    case instruct
    /// A lead returns the complaint to the agent, with the answer.
    case handBack = "hand-back"
    case resolve
    /// A follow-up call about this complaint was made.
    case followUp = "follow-up"
    case close, reopen
    /// Handling checklist steps ticked.
    case check
    case note
}

/// One entry of a complaint's own log: who did what, when, and in what words.
/// The lead's instructions and answers live here, so the agent who escalated
/// reads them on the complaint.
public struct ComplaintNote: Codable, Sendable, Equatable {
    public var at: Date
    /// The agent number that acted, when known.
    public var by: String?
    public var action: ComplaintAction
    /// The status the complaint had after this step.
    public var status: ComplaintStatus
    public var text: String?

    public init(at: Date, by: String?, action: ComplaintAction, status: ComplaintStatus, text: String? = nil) {
        self.at = at
        self.by = by
        self.action = action
        self.status = status
        self.text = text
    }
}
