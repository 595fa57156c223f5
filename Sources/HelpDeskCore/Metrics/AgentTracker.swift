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
/// Entries live in an array, found by one hash of the agent id, and are
/// changed in place: a busy day folds a hundred thousand moves.
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

    private var slots: [String: Int] = [:]
    private var entries: [Entry] = []
    public private(set) var period: DateInterval

    public init(period: DateInterval) { self.period = period }

    /// An explicit status change (`agent.status`).
    public mutating func apply(_ p: AgentStatusChanged, at now: Date) {
        let isNew = slots[p.agent] == nil
        let i = slot(p.agent, else: Entry(name: p.name, status: .offline, since: now))
        let reason = p.status == .paused ? p.reason : nil
        entries[i].name = p.name
        if entries[i].status != p.status || entries[i].reason != reason || isNew {
            Self.move(&entries[i], to: p.status, at: now, in: period)
        }
        entries[i].reason = reason
    }

    /// A change implied by a call event.
    public mutating func apply(_ move: AgentMove, at now: Date) {
        let i = slot(move.agent, else: Entry(name: move.agent, status: .offline, since: now))
        if entries[i].status != move.status { Self.move(&entries[i], to: move.status, at: now, in: period) }
        entries[i].reason = nil
    }

    /// A handled call attributed to the period.
    public mutating func addHandled(agent: String, talk: TimeInterval, wrapUp: TimeInterval, resolved: Bool) {
        let start = period.start
        let i = slot(agent, else: Entry(name: agent, status: .ready, since: start))
        entries[i].handled += 1
        entries[i].talk += talk
        entries[i].wrapUp += wrapUp
        if resolved { entries[i].resolved += 1 }
    }

    /// Starts a new period: states and their start times carry over, sums restart.
    public mutating func reset(to period: DateInterval) {
        self.period = period
        for i in entries.indices {
            entries[i].seconds = [TimeInterval](repeating: 0, count: Self.states.count)
            entries[i].entries = [Int](repeating: 0, count: Self.states.count)
            entries[i].handled = 0
            entries[i].talk = 0
            entries[i].wrapUp = 0
            entries[i].resolved = 0
        }
    }

    /// Every agent seen, by id, with the open state counted up to `now`.
    public func figures(at now: Date) -> [AgentFigures] {
        slots.keys.sorted().map { id in
            var e = entries[slots[id]!]
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

    /// The index of the agent's entry, adding `new` for an agent not seen yet.
    private mutating func slot(_ id: String, else new: @autoclosure () -> Entry) -> Int {
        if let i = slots[id] { return i }
        entries.append(new())
        slots[id] = entries.count - 1
        return entries.count - 1
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
