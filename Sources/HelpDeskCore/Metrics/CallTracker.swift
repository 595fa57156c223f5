import Foundation

/// A call as the figures need it: when it joined the queue (the instant every
/// figure about it is attributed to), whether it counts for service level,
/// and who has it.
public struct TrackedCall: Sendable, Equatable {
    public var id: String
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

    public init() {}

    /// Folds one event in; returns what it meant, if anything.
    public mutating func apply(_ event: Event) -> (fact: CallFact?, move: AgentMove?) {
        let now = event.at
        switch event.body {
        case .callRung(let p):
            let call = p.call
            let inbound = call.direction == .inbound && call.dueAt == nil
            let tracked = TrackedCall(id: call.id, queuedAt: call.dueAt.map { max($0, call.enqueuedAt) } ?? call.enqueuedAt,
                                      countsForService: inbound, branch: call.customer.branch)
            open[call.id] = tracked
            return (.offered(tracked), nil)
        case .callClaimed(let p):
            guard var call = open[p.call], call.answeredAt == nil else { return (nil, nil) }
            call.agent = p.agent
            call.answeredAt = now
            open[p.call] = call
            remember(p.call, agent: p.agent)
            return (.answered(call, wait: max(0, now.timeIntervalSince(call.queuedAt))), AgentMove(agent: p.agent, status: .onCall))
        case .callEnded(let p):
            guard var call = open[p.call], call.answeredAt != nil, call.endedAt == nil else { return (nil, nil) }
            call.endedAt = now
            open[p.call] = call
            return (nil, call.agent.map { AgentMove(agent: $0, status: .wrapUp) })
        case .callCompleted(let p):
            guard let call = open.removeValue(forKey: p.call), let agent = call.agent, let answered = call.answeredAt else {
                return (nil, nil)
            }
            let ended = call.endedAt ?? now
            let fact = CallFact.handled(call, agent: agent, talk: max(0, ended.timeIntervalSince(answered)),
                                        wrapUp: max(0, now.timeIntervalSince(ended)), resolved: p.resolved)
            return (fact, AgentMove(agent: agent, status: .ready))
        case .callAbandoned(let p):
            guard let call = open.removeValue(forKey: p.call), call.answeredAt == nil else { return (nil, nil) }
            return (.abandoned(call, wait: max(0, now.timeIntervalSince(call.queuedAt))), nil)
        case .callTransferred(let p):
            guard let call = open.removeValue(forKey: p.call) else { return (nil, nil) }
            let talking = call.answeredAt != nil && call.endedAt == nil
            return (nil, talking ? call.agent.map { AgentMove(agent: $0, status: .ready) } : nil)
        case .callScheduled(let p):
            guard var call = open[p.call] else { return (nil, nil) }
            let agent = call.agent
            call.agent = nil
            call.answeredAt = nil
            call.endedAt = nil
            call.countsForService = false
            call.queuedAt = p.dueAt
            open[p.call] = call
            return (nil, agent.map { AgentMove(agent: $0, status: .ready) })
        default:
            return (nil, nil)
        }
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
        if recentAgents.count >= Self.recentLimit {
            olderAgents = recentAgents
            recentAgents = [:]
        }
        recentAgents[call] = agent
    }
}
