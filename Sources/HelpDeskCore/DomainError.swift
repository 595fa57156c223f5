/// A change the domain refuses, with a message an agent or a script can act on.
public enum DomainError: Error, Equatable, CustomStringConvertible, Sendable {
    case queueEmpty
    case unknownCall(String)
    case illegalCallMove(call: String, from: CallState, to: CallState)
    case notYourCall(call: String, agent: String)
    case agentBusy(agent: String, call: String)
    case unknownComplaint(String)
    case illegalComplaintMove(complaint: String, from: ComplaintStatus, to: ComplaintStatus)
    case unknownFollowUp(String)
    case invalid(field: String, reason: String)
    /// The acting account may not do this (see `Identity`).
    case notPermitted(String)

    public var description: String {
        switch self {
        case .queueEmpty:
            "the queue is empty: no caller is waiting"
        case .unknownCall(let id):
            "no live call \(id) (it may have ended already)"
        case .illegalCallMove(let id, let from, let to):
            "call \(id) is \(from.rawValue) and cannot become \(to.rawValue)"
        case .notYourCall(let id, let agent):
            "call \(id) is not in the hands of agent \(agent)"
        case .agentBusy(let agent, let call):
            "agent \(agent) already has call \(call) in hand; finish it first"
        case .unknownComplaint(let id):
            "no open complaint \(id)"
        case .illegalComplaintMove(let id, let from, let to):
            "complaint \(id) is \(from.rawValue) and cannot become \(to.rawValue)"
        case .unknownFollowUp(let id):
            "no open follow-up \(id)"
        case .invalid(let field, let reason):
            "\(field): \(reason)"
        case .notPermitted(let reason):
            "not permitted: \(reason)"
        }
    }
}
