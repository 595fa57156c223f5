/// The complaint state machine, the one place its legal moves are written:
///
///     received → accepted → escalated ⇄ in progress → resolved → followed up → closed
///
/// with the short cuts a floor needs: an accepted complaint may be worked
/// (in progress) or resolved on the spot without escalating, and a lead may
/// resolve an escalation directly. A resolved, followed-up or closed
/// complaint is reopened when the customer calls again about it, and then
/// runs the course again from acceptance.
extension ComplaintStatus {
    /// The statuses this one may move to.
    public var nextStatuses: [ComplaintStatus] {
        switch self {
        case .received: [.accepted]
        case .accepted: [.escalated, .inProgress, .resolved]
        case .escalated: [.inProgress, .resolved]
        case .inProgress: [.escalated, .resolved]
        case .resolved: [.followedUp, .reopened]
        case .followedUp: [.closed, .reopened]
        case .closed: [.reopened]
        case .reopened: [.accepted, .escalated, .inProgress]
        }
    }

    public func canMove(to next: ComplaintStatus) -> Bool { nextStatuses.contains(next) }

    /// True while the complaint still awaits its first response (the first SLA clock runs).
    public var awaitsFirstResponse: Bool { self == .received || self == .reopened }

    /// True while work is still owed: the resolution has not been given.
    public var awaitsResolution: Bool {
        switch self {
        case .received, .accepted, .escalated, .inProgress, .reopened: true
        case .resolved, .followedUp, .closed: false
        }
    }

    /// True once the fix is done (the resolution SLA clock has stopped).
    public var isResolved: Bool { !awaitsResolution }

    /// The action a move to this status is, for events that did not say.
    var impliedAction: ComplaintAction {
        switch self {
        case .received: .note
        case .accepted: .accept
        case .escalated: .escalate
        case .inProgress: .start
        case .resolved: .resolve
        case .followedUp: .followUp
        case .closed: .close
        case .reopened: .reopen
        }
    }
}
