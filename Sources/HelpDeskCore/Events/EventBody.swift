import Foundation

/// What happened, with exactly the facts each kind of event needs.
/// `indirect`: the payloads are stored boxed, so passing an event around
/// copies a pointer, not half a kilobyte — folds over millions of events
/// spend their time on the events, not on copying them.
public indirect enum EventBody: Sendable, Equatable {
    case callRung(CallRung)
    case callClaimed(CallClaimed)
    case callEnded(CallRef)
    case callCompleted(CallCompleted)
    case callAbandoned(CallRef)
    case callTransferred(CallTransferred)
    case callScheduled(CallScheduled)
    case customerUpdated(CustomerUpdated)
    case agentStatus(AgentStatusChanged)
    case complaintFiled(ComplaintFiled)
    case complaintChanged(ComplaintChanged)
    case followUpScheduled(FollowUpScheduled)
    case followUpClosed(FollowUpClosed)
    case satisfaction(SatisfactionRecorded)
    case scriptStep(ScriptStepRecorded)
    case phraseHit(PhraseHitRecorded)

    /// The `type` field on disk.
    public var type: String {
        switch self {
        case .callRung: "call.rung"
        case .callClaimed: "call.claimed"
        case .callEnded: "call.ended"
        case .callCompleted: "call.completed"
        case .callAbandoned: "call.abandoned"
        case .callTransferred: "call.transferred"
        case .callScheduled: "call.scheduled"
        case .customerUpdated: "customer.updated"
        case .agentStatus: "agent.status"
        case .complaintFiled: "complaint.filed"
        case .complaintChanged: "complaint.changed"
        case .followUpScheduled: "followup.scheduled"
        case .followUpClosed: "followup.closed"
        case .satisfaction: "satisfaction.recorded"
        case .scriptStep: "script.step"
        case .phraseHit: "phrase.hit"
        }
    }

    init(type: String, from decoder: any Decoder) throws {
        switch type {
        case "call.rung": self = .callRung(try CallRung(from: decoder))
        case "call.claimed": self = .callClaimed(try CallClaimed(from: decoder))
        case "call.ended": self = .callEnded(try CallRef(from: decoder))
        case "call.completed": self = .callCompleted(try CallCompleted(from: decoder))
        case "call.abandoned": self = .callAbandoned(try CallRef(from: decoder))
        case "call.transferred": self = .callTransferred(try CallTransferred(from: decoder))
        case "call.scheduled": self = .callScheduled(try CallScheduled(from: decoder))
        case "customer.updated": self = .customerUpdated(try CustomerUpdated(from: decoder))
        case "agent.status": self = .agentStatus(try AgentStatusChanged(from: decoder))
        case "complaint.filed": self = .complaintFiled(try ComplaintFiled(from: decoder))
        case "complaint.changed": self = .complaintChanged(try ComplaintChanged(from: decoder))
        case "followup.scheduled": self = .followUpScheduled(try FollowUpScheduled(from: decoder))
        case "followup.closed": self = .followUpClosed(try FollowUpClosed(from: decoder))
        case "satisfaction.recorded": self = .satisfaction(try SatisfactionRecorded(from: decoder))
        case "script.step": self = .scriptStep(try ScriptStepRecorded(from: decoder))
        case "phrase.hit": self = .phraseHit(try PhraseHitRecorded(from: decoder))
        default:
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "unknown event type \"\(type)\""))
        }
    }

    func encodePayload(to encoder: any Encoder) throws {
        switch self {
        case .callRung(let p): try p.encode(to: encoder)
        case .callClaimed(let p): try p.encode(to: encoder)
        case .callEnded(let p), .callAbandoned(let p): try p.encode(to: encoder)
        case .callCompleted(let p): try p.encode(to: encoder)
        case .callTransferred(let p): try p.encode(to: encoder)
        case .callScheduled(let p): try p.encode(to: encoder)
        case .customerUpdated(let p): try p.encode(to: encoder)
        case .agentStatus(let p): try p.encode(to: encoder)
        case .complaintFiled(let p): try p.encode(to: encoder)
        case .complaintChanged(let p): try p.encode(to: encoder)
        case .followUpScheduled(let p): try p.encode(to: encoder)
        case .followUpClosed(let p): try p.encode(to: encoder)
        case .satisfaction(let p): try p.encode(to: encoder)
        case .scriptStep(let p): try p.encode(to: encoder)
        case .phraseHit(let p): try p.encode(to: encoder)
        }
    }

    /// The call this event is about, if any: lets readers index the journal.
    public var callID: String? {
        switch self {
        case .callRung(let p): p.call.id
        case .callClaimed(let p): p.call
        case .callEnded(let p), .callAbandoned(let p): p.call
        case .callCompleted(let p): p.call
        case .callTransferred(let p): p.call
        case .callScheduled(let p): p.call
        case .satisfaction(let p): p.call
        case .scriptStep(let p): p.call
        default: nil
        }
    }
}
