import Foundation

/// What is live on the floor: open calls, agents, open complaints and
/// follow-ups, and the customer directory. It is a fold over the journal;
/// closed records leave it, so its size follows today's floor, not history.
public struct LiveState: Codable, Sendable, Equatable {
    /// The last journal sequence number folded in.
    public var lastSeq: Int = 0
    public var callCounter: Int = 0
    public var complaintCounter: Int = 0
    public var followUpCounter: Int = 0
    /// Calls not yet closed: waiting, talking, wrap-up, scheduled.
    public var calls: [String: Call] = [:]
    public var agents: [String: Agent] = [:]
    public var complaints: [String: Complaint] = [:]
    public var followUps: [String: FollowUp] = [:]
    /// Customers whose record was edited (tier, name), by phone.
    public var customers: [String: Customer] = [:]

    public init() {}

    /// Folds one event in. Replay never fails: an event that no longer fits
    /// (its call already gone) changes nothing, as the journal is the truth.
    public mutating func apply(_ event: Event) {
        guard event.seq > lastSeq else { return }
        lastSeq = event.seq
        let now = event.at
        switch event.body {
        case .callRung(let p):
            calls[p.call.id] = p.call
            callCounter += 1
        case .callClaimed(let p):
            guard var call = calls[p.call] else { return }
            call.state = .talking
            call.agent = p.agent
            call.answeredAt = now
            calls[p.call] = call
            setAgent(p.agent, status: .onCall, call: p.call, at: now)
        case .callEnded(let p):
            guard var call = calls[p.call] else { return }
            call.state = .wrapUp
            call.endedAt = now
            calls[p.call] = call
            if let agent = call.agent { setAgent(agent, status: .wrapUp, call: p.call, at: now) }
        case .callCompleted(let p):
            guard let call = calls.removeValue(forKey: p.call) else { return }
            if let agent = call.agent { setAgent(agent, status: .ready, call: nil, at: now) }
        case .callAbandoned(let p):
            calls.removeValue(forKey: p.call)
        case .callTransferred(let p):
            guard let call = calls.removeValue(forKey: p.call) else { return }
            if let agent = call.agent, call.state == .talking { setAgent(agent, status: .ready, call: nil, at: now) }
        case .callScheduled(let p):
            guard var call = calls[p.call] else { return }
            if let agent = call.agent { setAgent(agent, status: .ready, call: nil, at: now) }
            call.state = .scheduled
            call.dueAt = p.dueAt
            call.direction = .outbound
            call.agent = nil
            call.answeredAt = nil
            call.endedAt = nil
            calls[p.call] = call
        case .customerUpdated(let p):
            customers[p.customer.phone] = p.customer
            for (id, call) in calls where call.customer.phone == p.customer.phone {
                calls[id]?.customer = p.customer
            }
        case .agentStatus(let p):
            var agent = agents[p.agent] ?? Agent(id: p.agent, name: p.name, role: p.role, since: now)
            agent.name = p.name
            agent.role = p.role
            if agent.status != p.status || agent.pauseReason != p.reason {
                agent.since = p.effective(at: now, stateSince: agent.since)
            }
            agent.status = p.status
            agent.pauseReason = p.status == .paused ? p.reason : nil
            agent.lastSeen = p.lastSeen
            agents[p.agent] = agent
        case .complaintFiled(let p):
            complaints[p.complaint.id] = p.complaint
            complaintCounter += 1
        case .complaintChanged(let p):
            guard var complaint = complaints[p.complaint] ?? p.restored else { return }
            complaint.apply(p, at: now, by: event.agent)
            complaints[p.complaint] = complaint.isOpen ? complaint : nil
        case .followUpScheduled(let p):
            followUps[p.followUp.id] = p.followUp
            followUpCounter += 1
        case .followUpClosed(let p):
            followUps[p.followUp] = nil
        case .satisfaction, .scriptStep, .phraseHit:
            break
        }
    }

    private mutating func setAgent(_ id: String, status: AgentStatus, call: String?, at now: Date) {
        var agent = agents[id] ?? Agent(id: id, name: id, since: now)
        if agent.status != status { agent.since = now }
        agent.status = status
        agent.pauseReason = nil
        agent.call = call
        agent.lastSeen = nil
        agents[id] = agent
    }

    /// The callers in the queue now, head first.
    public func queue(at now: Date, policy: QueuePolicy = .standard) -> [Call] {
        policy.order(calls.values, at: now)
    }

    /// The call an agent has in hand (talking or wrap-up), if any.
    public func callInHand(of agent: String) -> Call? {
        calls.values.first { $0.agent == agent && ($0.state == .talking || $0.state == .wrapUp) }
    }
}
