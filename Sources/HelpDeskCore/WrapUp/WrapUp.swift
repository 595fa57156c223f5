import Foundation

/// What the agent records when a call's talk is over: how it ended (a
/// configured disposition code), the service category, notes, whether it
/// was resolved on this call, the caller's satisfaction answer, and an
/// optional follow-up call planned with the caller.
public struct WrapUpFacts: Sendable, Equatable {
    /// A follow-up call (回访) the agent plans at wrap-up: when, why, which script.
    public struct PlannedFollowUp: Sendable, Equatable {
        public var dueAt: Date
        public var purpose: String
        public var script: String?

        public init(dueAt: Date, purpose: String, script: String? = nil) {
            self.dueAt = dueAt
            self.purpose = purpose
            self.script = script
        }
    }

    public var call: String
    public var category: ServiceCategory
    /// Need, opinion or suggestion; nil leaves it to `ContactKind.presumed`.
    public var kind: ContactKind?
    public var disposition: String
    public var notes: String?
    public var resolved: Bool
    public var satisfaction: Satisfaction?
    public var followUp: PlannedFollowUp?

    public init(call: String, category: ServiceCategory, disposition: String, notes: String? = nil, resolved: Bool = false,
                satisfaction: Satisfaction? = nil, followUp: PlannedFollowUp? = nil, kind: ContactKind? = nil) {
        self.call = call
        self.category = category
        self.kind = kind
        self.disposition = disposition
        self.notes = notes
        self.resolved = resolved
        self.satisfaction = satisfaction
        self.followUp = followUp
    }
}

/// The wrap-up decision, the same for the console, the command line and the
/// demo's virtual agents: every event a finished call brings, decided on one
/// state so they land together or not at all.
public enum WrapUp {
    /// The events that finish `facts.call` for `agent`: the follow-up the
    /// call served is done (a proactive chain's next step scheduled), or
    /// rescheduled to the planned time when the disposition calls again; the
    /// category's proactive chain starts; the satisfaction answer is recorded, and a
    /// dissatisfied one opens a callback; a planned follow-up is scheduled;
    /// the call is completed with its disposition code and kind of contact
    /// (presumed from the category and any complaint filed on the call when
    /// none is given). Each decision sees the
    /// state the earlier ones leave, so two new follow-ups never share an id.
    public static func complete(
        _ state: LiveState, _ facts: WrapUpFacts, agent: String, codes: FloorCodes, rules: ComplaintRules, at now: Date
    ) throws -> [EventBody] {
        let disposition = try codes.dispositions.require(facts.disposition, field: "disposition")
        if facts.resolved && disposition.silentLine {
            throw DomainError.invalid(field: "resolved", reason: "a \(disposition.code) call resolves nothing; leave it unresolved")
        }
        if disposition.callsAgain && facts.followUp == nil {
            throw DomainError.invalid(field: "follow-up", reason: "\(disposition.code): say when the customer is to be called again (the follow-up time)")
        }
        guard let call = state.calls[facts.call] else { throw DomainError.unknownCall(facts.call) }
        let notes = Complaints.clean(facts.notes)
        var steps = Composition(state: state, at: now, agent: agent)
        // The follow-up this call served: done, or — the customer to be called again ("not convenient
        // now") — the same call rescheduled to the planned time, its feedback still owed. One
        // rescheduled on the call (`followup reschedule`) is already closed.
        var rescheduled = false
        if let followUp = call.followUp, state.followUps[followUp]?.isOpen == true {
            if disposition.callsAgain, let plan = facts.followUp {
                steps.add(try FollowUps.reschedule(steps.state, followUp: followUp, to: plan.dueAt, reason: plan.purpose,
                                                   in: rules.calendar.timeZone, at: now))
                rescheduled = true
            } else {
                let outcome = [disposition.label(in: call.customer.language ?? .zh), notes].compactMap { $0 }.joined(separator: " — ")
                steps.add(try FollowUps.done(steps.state, followUp: followUp, outcome: outcome, at: now))
            }
        }
        steps.add(try FollowUps.startChain(steps.state, call: call.id, category: facts.category, rules: rules, at: now))
        if let answer = facts.satisfaction {
            let after = try FollowUps.afterSatisfaction(steps.state, call: call.id, answer: answer, rules: rules, at: now)
            steps.add([.satisfaction(SatisfactionRecorded(call: call.id, answer: answer))] + after)
        }
        let filedHere = state.complaints.values.filter { $0.call == call.id && $0.isOpen }.map(\.id).sorted().last
        if let plan = facts.followUp, !rescheduled {
            // Planned on the call a complaint was filed on: the call back is about that complaint
            // (finishing it gives the customer the feedback, seed 003).
            steps.add([try FollowUps.schedule(steps.state, customer: call.customer, dueAt: plan.dueAt, purpose: plan.purpose,
                                              script: plan.script, sourceCall: call.id, complaint: filedHere, at: now)])
        }
        let kind = facts.kind ?? .presumed(category: facts.category, complaintFiled: filedHere != nil)
        steps.add([try Floor.complete(steps.state, call: call.id, agent: agent, category: facts.category,
                                      disposition: disposition.code, notes: notes, resolved: facts.resolved, kind: kind)])
        return steps.bodies
    }

    /// The decisions already taken, folded into a copy of the state so the
    /// next one decides on what the earlier ones changed. The completion
    /// comes last: a completed call leaves the live state.
    struct Composition {
        var state: LiveState
        let at: Date
        let agent: String?
        private(set) var bodies: [EventBody] = []

        init(state: LiveState, at: Date, agent: String?) {
            self.state = state
            self.at = at
            self.agent = agent
        }

        mutating func add(_ new: [EventBody]) {
            for body in new {
                state.apply(Event(seq: state.lastSeq + 1, at: at, agent: agent, user: "", body: body))
                bodies.append(body)
            }
        }
    }
}
