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
/// Entries are changed in place in the dictionary (no copy-out and write-back,
/// which would copy their per-state sums on every call event).
public struct AgentTracker: Sendable {
    private static let states = AgentStatus.allCases

    private struct Entry: Sendable {
        var name: String
        var status: AgentStatus
        var reason: String?
        var since: Date
        /// Seconds and entries per state, indexed like `AgentStatus.allCases`.
        var seconds = [TimeInterval](repeating: 0, count: AgentTracker.states.count)
        var entries = [Int](repeating: 0, count: AgentTracker.states.count)
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
        let isNew = agents[p.agent] == nil
        if isNew { agents[p.agent] = Entry(name: p.name, status: .offline, since: now) }
        let reason = p.status == .paused ? p.reason : nil
        let period = period
        modify(p.agent) { e in
            e.name = p.name
            if e.status != p.status || e.reason != reason || isNew { Self.move(&e, to: p.status, at: now, in: period) }
            e.reason = reason
        }
    }

    /// A change implied by a call event.
    public mutating func apply(_ move: AgentMove, at now: Date) {
        if agents[move.agent] == nil { agents[move.agent] = Entry(name: move.agent, status: .offline, since: now) }
        let period = period
        modify(move.agent) { e in
            if e.status != move.status { Self.move(&e, to: move.status, at: now, in: period) }
            e.reason = nil
        }
    }

    /// A handled call attributed to the period.
    public mutating func addHandled(agent: String, talk: TimeInterval, wrapUp: TimeInterval, resolved: Bool) {
        if agents[agent] == nil { agents[agent] = Entry(name: agent, status: .ready, since: period.start) }
        modify(agent) { e in
            e.handled += 1
            e.talk += talk
            e.wrapUp += wrapUp
            if resolved { e.resolved += 1 }
        }
    }

    /// Starts a new period: states and their start times carry over, sums restart.
    public mutating func reset(to period: DateInterval) {
        self.period = period
        for id in agents.keys {
            modify(id) { e in
                e.seconds = [TimeInterval](repeating: 0, count: Self.states.count)
                e.entries = [Int](repeating: 0, count: Self.states.count)
                e.handled = 0
                e.talk = 0
                e.wrapUp = 0
                e.resolved = 0
            }
        }
    }

    /// Every agent seen, by id, with the open state counted up to `now`.
    public func figures(at now: Date) -> [AgentFigures] {
        agents.keys.sorted().map { id in
            var e = agents[id]!
            Self.close(&e, at: now, in: period)
            var time: [AgentStatus: TimeInterval] = [:], entries: [AgentStatus: Int] = [:]
            for state in Self.states {
                let i = Self.index(state)
                if e.seconds[i] > 0 { time[state] = e.seconds[i] }
                if e.entries[i] > 0 { entries[state] = e.entries[i] }
            }
            return AgentFigures(
                id: id, name: e.name, status: e.status, pauseReason: e.reason,
                timeInState: max(0, now.timeIntervalSince(e.since)),
                timeByState: time, entriesByState: entries, callsHandled: e.handled,
                talkTotal: e.talk, wrapUpTotal: e.wrapUp, resolved: e.resolved)
        }
    }

    private mutating func modify(_ id: String, _ change: (inout Entry) -> Void) {
        change(&agents[id]!)
    }

    private static func move(_ e: inout Entry, to status: AgentStatus, at now: Date, in period: DateInterval) {
        close(&e, at: now, in: period)
        e.status = status
        e.since = now
        if period.containsHalfOpen(now) { e.entries[index(status)] += 1 }
    }

    /// Adds the time from `since` to `now` that lies in the period to the current state.
    private static func close(_ e: inout Entry, at now: Date, in period: DateInterval) {
        let t = period.overlap(from: e.since, to: now)
        if t > 0 { e.seconds[index(e.status)] += t }
    }

    private static func index(_ s: AgentStatus) -> Int {
        switch s {
        case .ready: 0
        case .onCall: 1
        case .wrapUp: 2
        case .paused: 3
        case .offline: 4
        }
    }
}
