import Foundation

/// A call as the figures need it: when it joined the queue (the instant every
/// figure about it is attributed to), whether it counts for service level,
/// and who has it.
public struct TrackedCall: Sendable, Equatable {
    public var id: String
    /// The queue (line) the call rang on.
    public var queue: String
    /// When the caller joined the queue; for a callback, when it falls due
    /// (a due callback queues by itself, no event marks the moment).
    public var queuedAt: Date
    /// True for an inbound caller's first time in the queue: only those count
    /// as offered, answered or abandoned. Callbacks are the centre's own work.
    public var countsForService: Bool
    public var branch: String?
    public var agent: String?
    public var answeredAt: Date?
    public var endedAt: Date?
}

/// What one event meant for the call figures.
public enum CallFact: Sendable, Equatable {
    case offered(TrackedCall)
    case answered(TrackedCall, wait: TimeInterval)
    case abandoned(TrackedCall, wait: TimeInterval)
    /// Wrap-up finished: talk is answer → hang-up, wrap-up is hang-up → completion.
    case handled(TrackedCall, agent: String, talk: TimeInterval, wrapUp: TimeInterval, resolved: Bool)

    /// The call the fact is about.
    public var call: TrackedCall {
        switch self {
        case .offered(let c), .answered(let c, _), .abandoned(let c, _), .handled(let c, _, _, _, _): c
        }
    }
}

/// The agent change a call event implies (claim → on call, hang-up → wrap-up,
/// completion, transfer or scheduling → ready), as `LiveState` applies it.
public struct AgentMove: Sendable, Equatable {
    public var agent: String
    public var status: AgentStatus
}

/// Follows calls through the journal and turns call events into facts. Only
/// calls still open are kept, plus a bounded memory of who handled recent
/// calls (satisfaction and script records arrive around wrap-up), so memory
/// follows the live floor, not the length of the journal.
public struct CallTracker: Sendable {
    public private(set) var open: [String: TrackedCall] = [:]
    private var recentAgents: [String: String] = [:]
    private var olderAgents: [String: String] = [:]
    private static let recentLimit = 50_000
    /// Whether to remember who handled closed calls (reports attribute
    /// satisfaction and script records by it; the wallboard needs none).
    private let remembersAgents: Bool

    public init(remembersAgents: Bool = false) { self.remembersAgents = remembersAgents }

    /// What a call event means for the figures; nil for an event about
    /// anything but a call, which the fold handles itself.
    public mutating func apply(_ event: Event) -> (fact: CallFact?, move: AgentMove?)? {
        let now = event.at
        switch event.body {
        case .callRung(let p): return rung(p.call)
        case .callClaimed(let p): return claimed(p.call, by: p.agent, at: now)
        case .callEnded(let p): return ended(p.call, at: now)
        case .callCompleted(let p): return completed(p.call, resolved: p.resolved, at: now)
        case .callAbandoned(let p): return abandoned(p.call, at: now)
        case .callTransferred(let p): return transferred(p.call)
        case .callScheduled(let p): return scheduled(p.call, dueAt: p.dueAt)
        default: return nil
        }
    }

    // One method per call event.

    /// A caller joined the queue (or a callback was created).
    private mutating func rung(_ call: Call) -> (fact: CallFact?, move: AgentMove?) {
        let inbound = call.direction == .inbound && call.dueAt == nil
        let tracked = TrackedCall(id: call.id, queue: call.queue, queuedAt: call.dueAt.map { max($0, call.enqueuedAt) } ?? call.enqueuedAt,
                                  countsForService: inbound, branch: call.customer.branch)
        open[call.id] = tracked
        return (.offered(tracked), nil)
    }

    // Calls are changed in place through their dictionary index: one hash
    // of the call id per event, not a lookup, a copy and a write-back.

    private mutating func claimed(_ id: String, by agent: String, at now: Date) -> (fact: CallFact?, move: AgentMove?) {
        guard let i = open.index(forKey: id), open.values[i].answeredAt == nil else { return (nil, nil) }
        open.values[i].agent = agent
        open.values[i].answeredAt = now
        let call = open.values[i]
        remember(id, agent: agent)
        return (.answered(call, wait: max(0, now.timeIntervalSince(call.queuedAt))), AgentMove(agent: agent, status: .onCall))
    }

    private mutating func ended(_ id: String, at now: Date) -> (fact: CallFact?, move: AgentMove?) {
        guard let i = open.index(forKey: id), open.values[i].answeredAt != nil, open.values[i].endedAt == nil else {
            return (nil, nil)
        }
        open.values[i].endedAt = now
        return (nil, open.values[i].agent.map { AgentMove(agent: $0, status: .wrapUp) })
    }

    private mutating func completed(_ id: String, resolved: Bool, at now: Date) -> (fact: CallFact?, move: AgentMove?) {
        guard let call = open.removeValue(forKey: id), let agent = call.agent, let answered = call.answeredAt else {
            return (nil, nil)
        }
        let ended = call.endedAt ?? now
        let fact = CallFact.handled(call, agent: agent, talk: max(0, ended.timeIntervalSince(answered)),
                                    wrapUp: max(0, now.timeIntervalSince(ended)), resolved: resolved)
        return (fact, AgentMove(agent: agent, status: .ready))
    }

    private mutating func abandoned(_ id: String, at now: Date) -> (fact: CallFact?, move: AgentMove?) {
        guard let call = open.removeValue(forKey: id), call.answeredAt == nil else { return (nil, nil) }
        return (.abandoned(call, wait: max(0, now.timeIntervalSince(call.queuedAt))), nil)
    }

    private mutating func transferred(_ id: String) -> (fact: CallFact?, move: AgentMove?) {
        guard let call = open.removeValue(forKey: id) else { return (nil, nil) }
        let talking = call.answeredAt != nil && call.endedAt == nil
        return (nil, talking ? call.agent.map { AgentMove(agent: $0, status: .ready) } : nil)
    }

    /// The call becomes a callback: it queues again by itself at `dueAt`.
    private mutating func scheduled(_ id: String, dueAt: Date) -> (fact: CallFact?, move: AgentMove?) {
        guard var call = open[id] else { return (nil, nil) }
        let agent = call.agent
        call.agent = nil
        call.answeredAt = nil
        call.endedAt = nil
        call.countsForService = false
        call.queuedAt = dueAt
        open[id] = call
        return (nil, agent.map { AgentMove(agent: $0, status: .ready) })
    }

    /// The agent who has or last had the call, if it is open or recent.
    public func agent(of call: String) -> String? {
        open[call]?.agent ?? recentAgents[call] ?? olderAgents[call]
    }

    /// Callers in the queue at `now` (waiting, and due if a callback), with their waits.
    public func waiting(at now: Date) -> [(call: TrackedCall, wait: TimeInterval)] {
        open.values.filter { $0.answeredAt == nil && $0.queuedAt <= now }
            .map { ($0, now.timeIntervalSince($0.queuedAt)) }
    }

    private mutating func remember(_ call: String, agent: String) {
        guard remembersAgents else { return }
        if recentAgents.count >= Self.recentLimit {
            olderAgents = recentAgents
            recentAgents = [:]
        }
        recentAgents[call] = agent
    }
}
