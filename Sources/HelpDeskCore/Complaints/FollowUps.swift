import Foundation

/// The decisions about follow-up calls (回访): scheduled outbound work with a
/// due time. They come from a person, from a complaint's promise, from a
/// resolution and from every dissatisfied answer; once due they wait in the
/// live queue as callbacks and are claimed like any call. Nothing due is
/// dropped: an open follow-up stays until done, or cancelled with a reason.
public enum FollowUps {
    /// A follow-up created by hand; `sourceCall` is the call it was planned on.
    public static func schedule(
        _ state: LiveState, customer: Customer, dueAt: Date, purpose: String, script: String? = nil, sourceCall: String? = nil,
        complaint: String? = nil, at now: Date
    ) throws -> EventBody {
        let phone = customer.phone.trimmingCharacters(in: .whitespaces)
        guard !phone.isEmpty else { throw DomainError.invalid(field: "phone", reason: "a follow-up needs the number to call") }
        var known = state.customers[phone] ?? customer
        known.phone = phone
        let followUp = FollowUp(
            id: nextID(state), customer: known, dueAt: try futureDue(dueAt, now),
            purpose: try Complaints.required(purpose, field: "purpose", reason: "say why the customer is to be called"),
            script: Complaints.clean(script), complaint: complaint, origin: .manual, createdAt: now, sourceCall: sourceCall)
        return .followUpScheduled(FollowUpScheduled(followUp: followUp))
    }

    /// A promise made on a complaint ("the part is ordered — we call you when
    /// it arrives"): the call is scheduled and the promise noted on the complaint.
    public static func promise(
        _ state: LiveState, complaint id: String, purpose: String, dueAt: Date, at now: Date
    ) throws -> [EventBody] {
        let c = try Complaints.complaint(state, id)
        let words = try Complaints.required(purpose, field: "purpose", reason: "say what was promised to the customer")
        let followUp = FollowUp(id: nextID(state), customer: c.customer, dueAt: try futureDue(dueAt, now), purpose: words,
                                complaint: id, origin: .promise, createdAt: now)
        return [
            .followUpScheduled(FollowUpScheduled(followUp: followUp)),
            .complaintChanged(ComplaintChanged(complaint: id, status: c.status, note: words, action: .note)),
        ]
    }

    /// The extra events a satisfaction answer brings: a 1–2 answer opens a
    /// callback to the dissatisfied customer, once per call. Returns nothing
    /// for a content or declined answer.
    public static func afterSatisfaction(
        _ state: LiveState, call id: String, answer: Satisfaction, reason: String? = nil, rules: ComplaintRules, at now: Date
    ) throws -> [EventBody] {
        if case .score(let s) = answer, !(1...5).contains(s) {
            throw DomainError.invalid(field: "satisfaction", reason: "\(s) is not an answer from 1 to 5")
        }
        guard answer.isDissatisfied else { return [] }
        guard let call = state.calls[id] else { throw DomainError.unknownCall(id) }
        let already = state.followUps.values.contains { $0.sourceCall == id && $0.origin == .dissatisfied && $0.isOpen }
        guard !already else { return [] }
        let rule = rules.followUps.dissatisfied
        var purpose = rule.purpose(for: call.customer)
        if let why = Complaints.clean(reason) { purpose += " — " + why }
        let followUp = FollowUp(
            id: nextID(state), customer: call.customer, dueAt: rules.due(afterBusinessMinutes: rule.afterMinutes, from: now),
            purpose: purpose, script: rule.script, origin: .dissatisfied, createdAt: now, sourceCall: id)
        return [.followUpScheduled(FollowUpScheduled(followUp: followUp))]
    }

    /// Follow-ups whose time has come and that are not in the queue yet,
    /// turned into waiting outbound calls. The call counts as having waited
    /// since the follow-up fell due, and `QueuePolicy` gives it the callback
    /// head start, so a due follow-up is served ahead of new callers.
    /// Run it wherever `Floor.callbacksFallingDue` runs.
    public static func fallingDue(_ state: LiveState, at now: Date) -> [EventBody] {
        let inQueue = Set(state.calls.values.compactMap(\.followUp))
        return state.followUps.values
            .filter { $0.isDue(at: now) && !inQueue.contains($0.id) }
            .sorted { ($0.dueAt, $0.id) < ($1.dueAt, $1.id) }
            .enumerated()
            .map { offset, f in
                let call = Call(id: "C\(state.callCounter + 1 + offset)", customer: state.customers[f.customer.phone] ?? f.customer,
                                reason: f.purpose, direction: .outbound, enqueuedAt: f.dueAt, dueAt: f.dueAt, followUp: f.id)
                return .callRung(CallRung(call: call))
            }
    }

    /// The follow-up is done, with what came of it. A follow-up about a
    /// resolved complaint moves that complaint to "followed up"; about any
    /// other open complaint it is noted on the complaint's log. Either way
    /// the complaint's feedback step is done. If its call
    /// is still waiting in the queue (the customer was reached another way),
    /// that call is withdrawn.
    /// A proactive chain's next step is scheduled by itself, `afterMinutes`
    /// (wall-clock) after this one is done.
    public static func done(_ state: LiveState, followUp id: String, outcome: String, at now: Date) throws -> [EventBody] {
        let f = try open(state, id)
        let words = try Complaints.required(outcome, field: "outcome", reason: "say what came of the call")
        var events = withdrawWaitingCall(state, f)
        events.append(.followUpClosed(FollowUpClosed(followUp: id, status: .done, outcome: words)))
        if let step = f.next?.first {
            var following = f
            following.id = nextID(state)
            following.dueAt = now.addingTimeInterval(TimeInterval(step.afterMinutes) * 60)
            following.purpose = step.purpose
            following.script = step.script
            following.status = .scheduled
            following.outcome = nil
            following.createdAt = now
            following.next = Array(f.next!.dropFirst())
            events.append(.followUpScheduled(FollowUpScheduled(followUp: following)))
        }
        if let cid = f.complaint, let c = state.complaints[cid] {
            // The follow-up call is the feedback step of seed 003: the customer has heard back.
            let next: ComplaintStatus = c.status == .resolved ? .followedUp : c.status
            var checklist = c.checklist
            checklist.gaveFeedback = true
            events.append(.complaintChanged(ComplaintChanged(complaint: cid, status: next, note: words, action: .followUp,
                                                             checklist: checklist)))
        }
        return events
    }

    /// Cancels a follow-up; a reason is required, so nothing promised quietly
    /// disappears. Refused while an agent is on the call.
    public static func cancel(_ state: LiveState, followUp id: String, reason: String?) throws -> [EventBody] {
        let f = try open(state, id)
        guard let why = Complaints.clean(reason) else {
            throw DomainError.invalid(field: "reason", reason: "say why follow-up \(id) is cancelled")
        }
        if let call = state.calls.values.first(where: { $0.followUp == id && $0.state != .waiting && $0.state != .scheduled }) {
            throw DomainError.invalid(field: "follow-up", reason: "call \(call.id) for follow-up \(id) is in progress; finish it first")
        }
        return withdrawWaitingCall(state, f) + [.followUpClosed(FollowUpClosed(followUp: id, status: .cancelled, outcome: why))]
    }

    /// The first step of the proactive chain `followups.json` configures for
    /// a wrapped-up call's service category (after a repair is booked:
    /// confirm the appointment), carrying the steps that follow; none when
    /// the category has no chain. Run with the wrap-up, on the same state.
    public static func startChain(
        _ state: LiveState, call id: String, category: ServiceCategory, rules: ComplaintRules, at now: Date
    ) throws -> [EventBody] {
        guard let steps = rules.followUps.chains[category], let first = steps.first else { return [] }
        guard let call = state.calls[id] else { throw DomainError.unknownCall(id) }
        let language = call.customer.language ?? .zh
        let followUp = FollowUp(
            id: nextID(state), customer: state.customers[call.customer.phone] ?? call.customer,
            dueAt: rules.due(afterBusinessMinutes: first.afterMinutes, from: now), purpose: first.purpose(for: call.customer),
            script: first.script, origin: .proactive, createdAt: now, sourceCall: id)
        var withSteps = followUp
        withSteps.next = steps.dropFirst().map {
            FollowUp.NextStep(afterMinutes: $0.afterMinutes, purpose: $0.purpose[language] ?? $0.purpose(for: call.customer), script: $0.script)
        }
        return [.followUpScheduled(FollowUpScheduled(followUp: withSteps))]
    }

    /// "Not convenient now": the customer asks to be called at `dueAt`.
    /// The follow-up is closed with that outcome and the same call (its
    /// purpose, script, complaint and chain) is scheduled again at the
    /// proposed time, so nothing promised is dropped. Allowed while the
    /// agent is on the follow-up call; its wrap-up then has nothing left to close.
    /// The outcome names the new time as the floor reads times, in `timeZone`.
    public static func reschedule(
        _ state: LiveState, followUp id: String, to dueAt: Date, reason: String?, in timeZone: TimeZone, at now: Date
    ) throws -> [EventBody] {
        let f = try open(state, id)
        var again = f
        again.id = nextID(state)
        again.dueAt = try futureDue(dueAt, now)
        again.status = .scheduled
        again.createdAt = now
        let why = Complaints.clean(reason) ?? "not convenient now"
        let outcome = "\(why) — rescheduled to \(LocalTime.minute(again.dueAt, in: timeZone)) as \(again.id)"
        return withdrawWaitingCall(state, f) + [
            .followUpClosed(FollowUpClosed(followUp: id, status: .done, outcome: outcome)),
            .followUpScheduled(FollowUpScheduled(followUp: again)),
        ]
    }

    /// The id the next follow-up gets: "F" and the count so far.
    static func nextID(_ state: LiveState) -> String { "F\(state.followUpCounter + 1)" }

    private static func open(_ state: LiveState, _ id: String) throws -> FollowUp {
        guard let f = state.followUps[id], f.isOpen else { throw DomainError.unknownFollowUp(id) }
        return f
    }

    private static func futureDue(_ due: Date, _ now: Date) throws -> Date {
        // A few seconds of slack: "now" typed on the command line is already past when decided.
        guard due >= now.addingTimeInterval(-60) else {
            throw DomainError.invalid(field: "due", reason: "the due time has passed; schedule it for now or later")
        }
        return due
    }

    private static func withdrawWaitingCall(_ state: LiveState, _ f: FollowUp) -> [EventBody] {
        state.calls.values.filter { $0.followUp == f.id && $0.state == .waiting }.sorted { $0.id < $1.id }
            .map { .callAbandoned(CallRef(call: $0.id)) }
    }
}
