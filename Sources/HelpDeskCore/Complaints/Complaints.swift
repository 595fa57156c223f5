import Foundation

/// The decisions of the complaint workflow, in the style of `Floor`: each
/// reads the live state under the store's lock and returns the events to
/// append, or refuses with a `DomainError` an agent can act on. Nothing here
/// writes; the clock comes in as `now`.
public enum Complaints {
    /// Files a complaint. With a promised time it is accepted at once — two
    /// events, so the journal shows both steps; without one it stays
    /// `received` until someone tells the customer how long the fix will take.
    public static func file(
        _ state: LiveState, _ facts: NewComplaint, by agent: String, rules: ComplaintRules, at now: Date
    ) throws -> [EventBody] {
        let keyPoints = try required(facts.keyPoints, field: "key points",
                                     reason: "write down what the customer said, in their words")
        guard rules.categories.offers(facts.category) else {
            throw DomainError.invalid(field: "category", reason: "\"\(facts.category.rawValue)\" is not offered (see categories.json)")
        }
        let customer: Customer
        if let callID = facts.call, let call = state.calls[callID] {
            customer = call.customer
        } else if let given = facts.customer, !given.phone.trimmingCharacters(in: .whitespaces).isEmpty {
            // Also a complaint typed on a call that has since been wrapped up: its caller is given.
            customer = state.customers[given.phone] ?? given
        } else if let callID = facts.call {
            throw DomainError.unknownCall(callID)
        } else {
            throw DomainError.invalid(field: "customer", reason: "a complaint needs the customer's phone number or the call it came on")
        }
        var checklist = facts.checklist
        checklist.recordedKeyPoints = true
        let complaint = Complaint(
            id: "T\(state.complaintCounter + 1)", call: facts.call, customer: customer, category: facts.category,
            product: clean(facts.product), branch: clean(facts.branch) ?? customer.branch, keyPoints: keyPoints,
            wants: clean(facts.wants), severity: facts.severity, owner: agent, openedAt: now, checklist: checklist)
        var events: [EventBody] = [.complaintFiled(ComplaintFiled(complaint: complaint))]
        if facts.promisedBy != nil {
            events.append(try acceptance(of: complaint, promisedBy: facts.promisedBy, note: nil, reason: facts.promiseReason,
                                         by: nil, rules: rules, at: now))
        }
        return events
    }

    /// The complaint is accepted: the customer has been told how long the
    /// fix will take. Refused without a promised time in the future, or
    /// without the handling steps `steps.json` requires for accepting. A
    /// promise later than the SLA's resolution due time needs a lead (who
    /// approves it by accepting) or a stated `reason`.
    public static func accept(
        _ state: LiveState, complaint id: String, promisedBy: Date?, note: String? = nil, reason: String? = nil,
        by actor: RosterEntry? = nil, rules: ComplaintRules, at now: Date
    ) throws -> EventBody {
        try acceptance(of: complaint(state, id), promisedBy: promisedBy, note: note, reason: reason, by: actor, rules: rules, at: now)
    }

    /// The owner works on it without escalating.
    public static func start(_ state: LiveState, complaint id: String, by agent: String, note: String? = nil) throws -> EventBody {
        let c = try complaint(state, id)
        try move(c, to: .inProgress)
        return .complaintChanged(ComplaintChanged(complaint: id, status: .inProgress, note: clean(note), owner: agent, action: .start))
    }

    /// Explained, and passed up to a team lead, who will answer.
    public static func escalate(
        _ state: LiveState, complaint id: String, to lead: RosterEntry, note: String? = nil
    ) throws -> EventBody {
        let c = try complaint(state, id)
        guard lead.role == .lead else {
            throw DomainError.invalid(field: "lead", reason: "\(lead.agent) is not a team lead; escalate to a lead")
        }
        try move(c, to: .escalated)
        var checklist = c.checklist
        checklist.escalatedTo = lead.agent
        return .complaintChanged(ComplaintChanged(complaint: id, status: .escalated, note: clean(note), action: .escalate,
                                                  checklist: checklist, escalatedTo: lead.agent))
    }

    /// A lead takes an escalation into their own hands.
    public static func take(_ state: LiveState, complaint id: String, lead: RosterEntry, note: String? = nil) throws -> EventBody {
        let c = try complaint(state, id)
        try lead.requireLead(to: "take an escalation")
        guard c.status == .escalated else { throw DomainError.illegalComplaintMove(complaint: id, from: c.status, to: .inProgress) }
        return .complaintChanged(ComplaintChanged(complaint: id, status: .inProgress, note: clean(note), owner: lead.agent, action: .take))
    }

    /// A lead tells the agent what to do; the complaint stays where it is.
    public static func instruct(_ state: LiveState, complaint id: String, lead: RosterEntry, text: String) throws -> EventBody {
        let c = try complaint(state, id)
        try lead.requireLead(to: "give instructions")
        let words = try required(text, field: "instructions", reason: "say what the agent should do")
        guard c.status == .escalated || c.status == .inProgress else {
            throw DomainError.invalid(field: "status", reason: "complaint \(id) is \(c.status.rawValue); instructions go to an escalated or in-progress complaint")
        }
        return .complaintChanged(ComplaintChanged(complaint: id, status: c.status, note: words, action: .instruct))
    }

    /// A lead returns the complaint to the agent who escalated it, with the answer.
    public static func handBack(_ state: LiveState, complaint id: String, lead: RosterEntry, answer: String) throws -> EventBody {
        let c = try complaint(state, id)
        try lead.requireLead(to: "hand a complaint back")
        let words = try required(answer, field: "answer", reason: "tell the agent the answer they are to give the customer")
        guard let agent = c.escalatedBy, c.status == .escalated || c.status == .inProgress else {
            throw DomainError.invalid(field: "status", reason: "complaint \(id) was not escalated, so there is nobody to hand it back to")
        }
        return .complaintChanged(ComplaintChanged(complaint: id, status: .inProgress, note: words, owner: agent, action: .handBack))
    }

    /// The fix is done. Schedules the "is everything working?" call the
    /// proactive case ends with; the complaint closes only after it.
    public static func resolve(
        _ state: LiveState, complaint id: String, by actor: RosterEntry, resolution: String, rules: ComplaintRules, at now: Date
    ) throws -> [EventBody] {
        let c = try complaint(state, id)
        guard actor.agent == c.owner || actor.role == .lead else {
            throw DomainError.invalid(field: "owner", reason: "complaint \(id) is in the hands of \(c.owner); the owner or a lead resolves it")
        }
        try move(c, to: .resolved)
        try rules.handling.check(.resolve, c.checklist, complaint: id)
        let words = try required(resolution, field: "resolution", reason: "say what was done for the customer")
        let rule = rules.followUps.afterResolution
        let followUp = FollowUp(
            id: FollowUps.nextID(state), customer: c.customer, dueAt: rules.due(afterBusinessMinutes: rule.afterMinutes, from: now),
            purpose: rule.purpose(for: c.customer), script: rule.script, complaint: id, origin: .resolution, createdAt: now)
        return [
            .complaintChanged(ComplaintChanged(complaint: id, status: .resolved, note: words, action: .resolve)),
            .followUpScheduled(FollowUpScheduled(followUp: followUp)),
        ]
    }

    /// Archived: resolved and followed up, every handling step `steps.json`
    /// requires for closing done (feedback given among them). Refused while
    /// a follow-up about it is still open, so no promised call is dropped by closing.
    public static func close(_ state: LiveState, complaint id: String, note: String? = nil, rules: ComplaintRules) throws -> EventBody {
        let c = try complaint(state, id)
        try move(c, to: .closed)
        try rules.handling.check(.close, c.checklist, complaint: id)
        if let open = state.followUps.values.filter({ $0.complaint == id && $0.isOpen }).map(\.id).sorted().first {
            throw DomainError.invalid(field: "follow-up", reason: "follow-up \(open) about complaint \(id) is still open; finish or cancel it first")
        }
        return .complaintChanged(ComplaintChanged(complaint: id, status: .closed, note: clean(note), action: .close))
    }

    /// The customer called again about it. A closed complaint has left the
    /// live state, so the caller passes its archived record
    /// (`ComplaintArchive`); the event carries it back in.
    public static func reopen(
        _ state: LiveState, complaint id: String, archived: Complaint? = nil, reason: String
    ) throws -> EventBody {
        let words = try required(reason, field: "reason", reason: "say what the customer says now")
        if let live = state.complaints[id] {
            try move(live, to: .reopened)
            return .complaintChanged(ComplaintChanged(complaint: id, status: .reopened, note: words, action: .reopen))
        }
        guard let record = archived, record.id == id else { throw DomainError.unknownComplaint(id) }
        try move(record, to: .reopened)
        return .complaintChanged(ComplaintChanged(complaint: id, status: .reopened, note: words, action: .reopen, restored: record))
    }

    /// Ticks handling steps on the checklist (never unticks one: a step done stays done).
    public static func check(_ state: LiveState, complaint id: String, steps: Set<HandlingChecklist.Step>) throws -> EventBody {
        let c = try complaint(state, id)
        guard !steps.isEmpty else { throw DomainError.invalid(field: "steps", reason: "name at least one step done") }
        var checklist = c.checklist
        for step in steps { checklist[step] = true }
        return .complaintChanged(ComplaintChanged(complaint: id, status: c.status, action: .check, checklist: checklist))
    }

    /// A remark on the complaint's log, with no other change.
    public static func note(_ state: LiveState, complaint id: String, text: String) throws -> EventBody {
        let c = try complaint(state, id)
        let words = try required(text, field: "note", reason: "the note is empty")
        return .complaintChanged(ComplaintChanged(complaint: id, status: c.status, note: words, action: .note))
    }

    // MARK: - Shared checks

    static func complaint(_ state: LiveState, _ id: String) throws -> Complaint {
        guard let c = state.complaints[id] else { throw DomainError.unknownComplaint(id) }
        return c
    }

    static func move(_ c: Complaint, to next: ComplaintStatus) throws {
        guard c.status.canMove(to: next) else {
            throw DomainError.illegalComplaintMove(complaint: c.id, from: c.status, to: next)
        }
    }

    private static func acceptance(
        of c: Complaint, promisedBy: Date?, note: String?, reason: String?, by actor: RosterEntry?, rules: ComplaintRules, at now: Date
    ) throws -> EventBody {
        try move(c, to: .accepted)
        guard let promise = promisedBy else {
            throw DomainError.invalid(field: "promise", reason: "tell the customer how long the fix will take: accepting needs a promised resolution time")
        }
        guard promise > now else { throw DomainError.invalid(field: "promise", reason: "the promised time must lie in the future") }
        var checklist = c.checklist
        checklist.toldHowLong = true
        try rules.handling.check(.accept, checklist, complaint: c.id)
        var words = clean(note)
        let due = rules.sla(for: c, at: now).resolution.due
        if promise > due {
            let beyond = "promised after the SLA's resolution due time \(LocalTime.minute(due, in: rules.calendar.timeZone))"
            if let lead = actor, lead.role == .lead {
                words = [words, "\(beyond), approved by lead \(lead.agent)"].compactMap { $0 }.joined(separator: " — ")
            } else if let why = clean(reason) {
                words = [words, "\(beyond): \(why)"].compactMap { $0 }.joined(separator: " — ")
            } else {
                throw DomainError.invalid(field: "promise", reason: "complaint \(c.id): \(beyond) needs a lead's approval or a stated reason")
            }
        }
        return .complaintChanged(ComplaintChanged(complaint: c.id, status: .accepted, note: words, promisedBy: promise,
                                                  action: .accept, checklist: checklist))
    }

    static func required(_ text: String, field: String, reason: String) throws -> String {
        guard let words = clean(text) else { throw DomainError.invalid(field: field, reason: reason) }
        return words
    }

    /// Trimmed text, or nil when nothing is left: blank fields are absent.
    static func clean(_ text: String?) -> String? {
        guard let t = text?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }
}
