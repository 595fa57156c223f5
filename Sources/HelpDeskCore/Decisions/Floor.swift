import Foundation

/// The decisions of the floor: each takes the live state as it is under the
/// store's lock and returns the event to append, or refuses with a
/// `DomainError`. Nothing here writes; the store appends what comes back.
public enum Floor {
    /// A caller joins the queue. Known customers keep their tier and name
    /// details from the directory; a `--vip` flag can only raise the tier.
    public static func ring(
        _ state: LiveState, customer: Customer, queue: String = "main", reason: String? = nil,
        category: ServiceCategory? = nil, at now: Date
    ) throws -> EventBody {
        let phone = customer.phone.trimmingSpaces()
        guard !phone.isEmpty else { throw DomainError.invalid(field: "phone", reason: "a caller needs a phone number") }
        var known = customer
        known.phone = phone
        if let record = state.customers[phone] {
            known.tier = max(record.tier, customer.tier)
            known.surname = customer.surname ?? record.surname
            known.honorific = customer.honorific ?? record.honorific
            known.branch = customer.branch ?? record.branch
            known.language = customer.language ?? record.language
        }
        let call = Call(id: "C\(state.callCounter + 1)", customer: known, queue: queue, reason: reason,
                        category: category, enqueuedAt: now)
        return .callRung(CallRung(call: call))
    }

    /// The agent takes the head of the queue: the exactly-once claim, safe
    /// because the store runs it under its exclusive lock on caught-up state.
    public static func claimNext(_ state: LiveState, agent: String, at now: Date, policy: QueuePolicy = .standard) throws -> EventBody {
        if let busy = state.callInHand(of: agent) { throw DomainError.agentBusy(agent: agent, call: busy.id) }
        guard let head = policy.head(state.calls.values, at: now) else { throw DomainError.queueEmpty }
        return .callClaimed(CallClaimed(call: head.id, agent: agent))
    }

    /// The caller hung up or the agent ended the talk: wrap-up begins.
    public static func hangUp(_ state: LiveState, call id: String) throws -> EventBody {
        try move(state, id, to: .wrapUp)
        return .callEnded(CallRef(call: id))
    }

    /// A waiting caller gave up.
    public static func abandon(_ state: LiveState, call id: String) throws -> EventBody {
        try move(state, id, to: .abandoned)
        return .callAbandoned(CallRef(call: id))
    }

    /// The caller is passed to another queue: this call ends as transferred
    /// and the caller waits in `queue` as a new call that remembers where it
    /// came from (so it never counts as a first contact, and the queue's
    /// figures see one more caller). A call in an agent's hands is
    /// transferred by that agent or a lead; a waiting one by anyone (a PBX).
    public static func transfer(
        _ state: LiveState, call id: String, to queue: String, by actor: RosterEntry?, at now: Date
    ) throws -> [EventBody] {
        try move(state, id, to: .transferred)
        let call = state.calls[id]!
        try requireHandler(call, actor)
        let target = queue.trimmingSpaces()
        guard !target.isEmpty else { throw DomainError.invalid(field: "queue", reason: "name the queue the caller goes to") }
        guard target != call.queue else {
            throw DomainError.invalid(field: "queue", reason: "call \(id) is already in queue \(target)")
        }
        let next = Call(id: "C\(state.callCounter + 1)", customer: call.customer, queue: target, reason: call.reason,
                        category: call.category, enqueuedAt: now, transferredFrom: id)
        return [.callTransferred(CallTransferred(call: id, queue: target)), .callRung(CallRung(call: next))]
    }

    /// Wrap-up is done: category, kind of contact, disposition and notes go on record.
    public static func complete(
        _ state: LiveState, call id: String, agent: String, category: ServiceCategory, disposition: String,
        notes: String?, resolved: Bool = true, kind: ContactKind? = nil
    ) throws -> EventBody {
        guard let call = state.calls[id] else { throw DomainError.unknownCall(id) }
        guard call.agent == agent else { throw DomainError.notYourCall(call: id, agent: agent) }
        try move(state, id, to: .done)
        guard !disposition.trimmingSpaces().isEmpty else {
            throw DomainError.invalid(field: "disposition", reason: "say how the call ended")
        }
        return .callCompleted(CallCompleted(call: id, category: category, disposition: disposition, notes: notes, resolved: resolved,
                                            kind: kind))
    }

    /// The call becomes a callback due at `dueAt`, decided by the agent who
    /// has it (or a lead).
    public static func schedule(
        _ state: LiveState, call id: String, dueAt: Date, by actor: RosterEntry?, at now: Date
    ) throws -> EventBody {
        try move(state, id, to: .scheduled)
        try requireHandler(state.calls[id]!, actor)
        guard dueAt > now else { throw DomainError.invalid(field: "due", reason: "a callback is due in the future") }
        return .callScheduled(CallScheduled(call: id, dueAt: dueAt))
    }

    /// A call in an agent's hands is changed only by that agent or a lead.
    private static func requireHandler(_ call: Call, _ actor: RosterEntry?) throws {
        guard let agent = call.agent, actor?.role != .lead else { return }
        guard actor?.agent == agent else { throw DomainError.notYourCall(call: call.id, agent: actor?.agent ?? "(none)") }
    }

    public static func setStatus(
        _ state: LiveState, agent: RosterEntry, status: AgentStatus, reason: String?
    ) throws -> EventBody {
        .agentStatus(try statusChange(state, agent: agent, status: status, reason: reason))
    }

    private static func statusChange(
        _ state: LiveState, agent: RosterEntry, status: AgentStatus, reason: String?
    ) throws -> AgentStatusChanged {
        if status == .paused, (reason ?? "").trimmingSpaces().isEmpty {
            throw DomainError.invalid(field: "reason", reason: "a pause needs a reason (break, training, meeting…)")
        }
        if [.ready, .paused, .offline].contains(status), let busy = state.callInHand(of: agent.agent) {
            throw DomainError.agentBusy(agent: agent.agent, call: busy.id)
        }
        return AgentStatusChanged(agent: agent.agent, name: agent.name, role: agent.role, status: status,
                                  reason: status == .paused ? reason : nil)
    }

    /// The agent pauses for a configured reason (`pause-reasons.json`),
    /// with optional words of their own.
    public static func pause(
        _ state: LiveState, agent: RosterEntry, reason code: String, note: String? = nil, codes: ReasonCodeList
    ) throws -> EventBody {
        let reason = try codes.require(code.trimmingSpaces(), field: "reason")
        var change = try statusChange(state, agent: agent, status: .paused, reason: reason.code)
        change.note = Complaints.clean(note)
        return .agentStatus(change)
    }

    /// A lead changes a customer's record (marks a VIP or key account); the
    /// caller's live call follows.
    public static func mark(_ customer: Customer, call: String?, by actor: RosterEntry) throws -> EventBody {
        try actor.requireLead(to: "mark VIP and key accounts")
        return .customerUpdated(CustomerUpdated(customer: customer, call: call))
    }

    private static func move(_ state: LiveState, _ id: String, to next: CallState) throws {
        guard let call = state.calls[id] else { throw DomainError.unknownCall(id) }
        guard call.state.canMove(to: next) else {
            throw DomainError.illegalCallMove(call: id, from: call.state, to: next)
        }
    }
}
