import Foundation

/// One agent's figures for a period, taken at a moment.
public struct AgentFigures: Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: AgentStatus
    public var pauseReason: String?
    /// Seconds in the current state, counted from when it began, even if that
    /// was before the period (an agent paused since 23:40 shows 0:50 at 00:30).
    public var timeInState: TimeInterval
    /// Seconds spent in each state inside the period only (the 23:40 pause
    /// contributes 0:30 to a day that starts at midnight).
    public var timeByState: [AgentStatus: TimeInterval]
    /// Times the agent entered each state inside the period.
    public var entriesByState: [AgentStatus: Int]
    public var callsHandled: Int
    public var talkTotal: TimeInterval
    public var wrapUpTotal: TimeInterval
    public var resolved: Int

    /// AHT: (talk + wrap-up) ÷ calls handled.
    public var averageHandleTime: Double? { callsHandled == 0 ? nil : (talkTotal + wrapUpTotal) / Double(callsHandled) }
}

/// Follows each agent's state through the journal and sums time in state,
/// clipped to the period, so a pause across the day boundary splits cleanly.
public struct AgentTracker: Sendable {
    private struct Entry: Sendable {
        var name: String
        var status: AgentStatus
        var reason: String?
        var since: Date
        var timeByState: [AgentStatus: TimeInterval] = [:]
        var entries: [AgentStatus: Int] = [:]
        var handled = 0
        var talk: TimeInterval = 0
        var wrapUp: TimeInterval = 0
        var resolved = 0
    }

    private var agents: [String: Entry] = [:]
    public private(set) var period: DateInterval

    public init(period: DateInterval) { self.period = period }

    /// An explicit status change (`agent.status`).
    public mutating func apply(_ p: AgentStatusChanged, at now: Date) {
        var e = agents[p.agent] ?? Entry(name: p.name, status: .offline, since: now)
        e.name = p.name
        let reason = p.status == .paused ? p.reason : nil
        if e.status != p.status || e.reason != reason || agents[p.agent] == nil {
            close(&e, at: now)
            e.status = p.status
            e.since = now
            if period.containsHalfOpen(now) { e.entries[p.status, default: 0] += 1 }
        }
        e.reason = reason
        agents[p.agent] = e
    }

    /// A change implied by a call event.
    public mutating func apply(_ move: AgentMove, at now: Date) {
        var e = agents[move.agent] ?? Entry(name: move.agent, status: .offline, since: now)
        if e.status != move.status {
            close(&e, at: now)
            e.status = move.status
            e.since = now
            if period.containsHalfOpen(now) { e.entries[move.status, default: 0] += 1 }
        }
        e.reason = nil
        agents[move.agent] = e
    }

    /// A handled call attributed to the period.
    public mutating func addHandled(agent: String, talk: TimeInterval, wrapUp: TimeInterval, resolved: Bool) {
        var e = agents[agent] ?? Entry(name: agent, status: .ready, since: period.start)
        e.handled += 1
        e.talk += talk
        e.wrapUp += wrapUp
        if resolved { e.resolved += 1 }
        agents[agent] = e
    }

    /// Starts a new period: states and their start times carry over, sums restart.
    public mutating func reset(to period: DateInterval) {
        self.period = period
        for id in agents.keys {
            agents[id]!.timeByState = [:]
            agents[id]!.entries = [:]
            agents[id]!.handled = 0
            agents[id]!.talk = 0
            agents[id]!.wrapUp = 0
            agents[id]!.resolved = 0
        }
    }

    /// Every agent seen, by id, with the open state counted up to `now`.
    public func figures(at now: Date) -> [AgentFigures] {
        agents.keys.sorted().map { id in
            var e = agents[id]!
            close(&e, at: now)
            return AgentFigures(
                id: id, name: e.name, status: e.status, pauseReason: e.reason,
                timeInState: max(0, now.timeIntervalSince(agents[id]!.since)),
                timeByState: e.timeByState, entriesByState: e.entries, callsHandled: e.handled,
                talkTotal: e.talk, wrapUpTotal: e.wrapUp, resolved: e.resolved)
        }
    }

    /// Adds the time from `since` to `now` that lies in the period to the current state.
    private func close(_ e: inout Entry, at now: Date) {
        let t = period.overlap(from: e.since, to: now)
        if t > 0 { e.timeByState[e.status, default: 0] += t }
    }
}
