import Foundation

/// A caller joined the queue (or a callback was created).
public struct CallRung: Codable, Sendable, Equatable {
    public var call: Call
    public init(call: Call) { self.call = call }
}

/// An agent took the call: the exactly-once claim.
public struct CallClaimed: Codable, Sendable, Equatable {
    public var call: String
    public var agent: String
    public init(call: String, agent: String) { self.call = call; self.agent = agent }
}

/// An event about one call and nothing more (ended, abandoned).
public struct CallRef: Codable, Sendable, Equatable {
    public var call: String
    public init(call: String) { self.call = call }
}

/// Wrap-up finished: what the call was about and how it ended.
public struct CallCompleted: Codable, Sendable, Equatable {
    public var call: String
    public var category: ServiceCategory
    public var disposition: String
    public var notes: String?
    /// True when the caller's need was met on this call (first-contact resolution).
    public var resolved: Bool
    /// Need, opinion or suggestion (seed 001); absent on calls wrapped up
    /// before it was recorded.
    public var kind: ContactKind?

    public init(call: String, category: ServiceCategory, disposition: String, notes: String? = nil, resolved: Bool = true,
                kind: ContactKind? = nil) {
        self.call = call
        self.category = category
        self.disposition = disposition
        self.notes = notes
        self.resolved = resolved
        self.kind = kind
    }
}

public struct CallTransferred: Codable, Sendable, Equatable {
    public var call: String
    public var queue: String
    public init(call: String, queue: String) { self.call = call; self.queue = queue }
}

/// The call becomes a callback the centre places when it falls due.
public struct CallScheduled: Codable, Sendable, Equatable {
    public var call: String
    public var dueAt: Date
    public init(call: String, dueAt: Date) { self.call = call; self.dueAt = dueAt }
}

/// A customer's record changed: name learned, tier marked by a lead.
public struct CustomerUpdated: Codable, Sendable, Equatable {
    public var customer: Customer
    /// The live call whose caller this is, so its queue entry follows.
    public var call: String?
    public init(customer: Customer, call: String? = nil) { self.customer = customer; self.call = call }
}

public struct AgentStatusChanged: Codable, Sendable, Equatable {
    public var agent: String
    public var name: String
    public var role: Role
    public var status: AgentStatus
    /// Why a pause: a code from `pause-reasons.json` (free words on events written before codes).
    public var reason: String?
    /// The agent's own words on a pause, beside the code.
    public var note: String?
    /// Set when the agent was lost, not signed off: the process speaking for
    /// them died (`Presence.lost`). The agent went offline at this time, not
    /// when the event was written, so time in state ends here.
    public var lastSeen: Date?

    public init(agent: String, name: String, role: Role, status: AgentStatus, reason: String? = nil, note: String? = nil,
                lastSeen: Date? = nil) {
        self.agent = agent
        self.name = name
        self.role = role
        self.status = status
        self.reason = reason
        self.note = note
        self.lastSeen = lastSeen
    }

    /// When the change took effect: the last sighting of a lost agent (never
    /// before the state it ends began), else when it was written.
    public func effective(at now: Date, stateSince: Date) -> Date {
        lastSeen.map { min(now, max($0, stateSince)) } ?? now
    }
}

public struct ComplaintFiled: Codable, Sendable, Equatable {
    public var complaint: Complaint
    public init(complaint: Complaint) { self.complaint = complaint }
}

/// A complaint moved in its lifecycle, or its promise or owner changed.
public struct ComplaintChanged: Codable, Sendable, Equatable {
    public var complaint: String
    public var status: ComplaintStatus
    public var note: String?
    public var owner: String?
    public var promisedBy: Date?
    /// What was done (absent on early events: read from the status).
    public var action: ComplaintAction?
    /// The handling checklist as it stands after this step.
    public var checklist: HandlingChecklist?
    /// The lead it was escalated to.
    public var escalatedTo: String?
    /// A closed complaint brought back to the live state by a reopening.
    public var restored: Complaint?

    public init(
        complaint: String, status: ComplaintStatus, note: String? = nil, owner: String? = nil, promisedBy: Date? = nil,
        action: ComplaintAction? = nil, checklist: HandlingChecklist? = nil, escalatedTo: String? = nil,
        restored: Complaint? = nil
    ) {
        self.complaint = complaint
        self.status = status
        self.note = note
        self.owner = owner
        self.promisedBy = promisedBy
        self.action = action
        self.checklist = checklist
        self.escalatedTo = escalatedTo
        self.restored = restored
    }
}

public struct FollowUpScheduled: Codable, Sendable, Equatable {
    public var followUp: FollowUp
    public init(followUp: FollowUp) { self.followUp = followUp }
}

public struct FollowUpClosed: Codable, Sendable, Equatable {
    public var followUp: String
    public var status: FollowUp.Status
    public var outcome: String?
    public init(followUp: String, status: FollowUp.Status, outcome: String? = nil) {
        self.followUp = followUp
        self.status = status
        self.outcome = outcome
    }
}

public struct SatisfactionRecorded: Codable, Sendable, Equatable {
    public var call: String
    public var answer: Satisfaction
    public var reason: String?
    public init(call: String, answer: Satisfaction, reason: String? = nil) {
        self.call = call
        self.answer = answer
        self.reason = reason
    }
}

/// What the agent did with one script step: the compliance record.
public struct ScriptStepRecorded: Codable, Sendable, Equatable {
    /// `waitSkipped`: the line was said, but the agent went on before its
    /// timed wait ran out (counted per agent in the report, as skips are).
    public enum Action: String, Codable, Sendable { case said, skipped, branched, waitSkipped = "wait-skipped" }
    public var call: String
    public var script: String
    public var step: String
    public var action: Action
    public init(call: String, script: String, step: String, action: Action) {
        self.call = call
        self.script = script
        self.step = step
        self.action = action
    }
}

/// The phrase guard caught a forbidden phrase in something the agent typed.
public struct PhraseHitRecorded: Codable, Sendable, Equatable {
    public var rule: String
    public var language: Language
    public var field: String
    public var call: String?
    public init(rule: String, language: Language, field: String, call: String? = nil) {
        self.rule = rule
        self.language = language
        self.field = field
        self.call = call
    }
}
