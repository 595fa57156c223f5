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
    /// Callers of the period the agent answered (those that count for
    /// service level), how many within the threshold, and their total wait:
    /// a team's service level and ASA are sums of these.
    public var answered = 0
    public var answeredWithin = 0
    public var answerWaitTotal: TimeInterval = 0

    /// AHT: (talk + wrap-up) ÷ calls handled.
    public var averageHandleTime: Double? { callsHandled == 0 ? nil : (talkTotal + wrapUpTotal) / Double(callsHandled) }
}

/// Follows each agent's state through the journal and sums time in state,
/// clipped to the period, so a pause across the day boundary splits cleanly.
/// Entries live in an array indexed by the agent numbers the fold's
/// `CallTracker` hands out, and are changed in place: a busy day folds a
/// hundred thousand moves, none of which hashes an agent id.
public struct AgentTracker: Sendable {
    private static let states = AgentStatus.allCases

    private struct Entry: Sendable {
        var id: String
        var name: String
        var status: AgentStatus
        var reason: String?
        var since: Date
        var sums = Sums()
    }

    /// What an agent did in the period; a new period starts them from zero.
    private struct Sums: Sendable {
        var seconds = PerState<TimeInterval>(0)
        var entries = PerState<Int>(0)
        var handled = 0
        var talk: TimeInterval = 0
        var wrapUp: TimeInterval = 0
        var resolved = 0
        var answered = 0
        var answeredWithin = 0
        var answerWait: TimeInterval = 0
    }

    /// By agent number; nil for a number this tracker has not met.
    private var entries: [Entry?] = []
    public private(set) var period: DateInterval

    public init(period: DateInterval) { self.period = period }

    /// An explicit status change (`agent.status`) of the agent numbered `number`.
    public mutating func apply(_ p: AgentStatusChanged, number i: Int, at now: Date) {
        let isNew = !has(i)
        if isNew { add(Entry(id: p.agent, name: p.name, status: .offline, since: now), at: i) }
        let reason = p.status == .paused ? p.reason : nil
        let period = period
        update(i) { e in
            e.name = p.name
            if e.status != p.status || e.reason != reason || isNew {
                Self.move(&e, to: p.status, at: p.effective(at: now, stateSince: e.since), in: period)
            }
            e.reason = reason
        }
    }

    /// A change implied by a call event; `id` names an agent met for the first time.
    public mutating func apply(_ move: AgentMove, at now: Date, id: @autoclosure () -> String) {
        let i = move.number
        if !has(i) { add(Entry(id: id(), name: id(), status: .offline, since: now), at: i) }
        let period = period
        update(i) { e in
            if e.status != move.status { Self.move(&e, to: move.status, at: now, in: period) }
            e.reason = nil
        }
    }

    /// A handled call attributed to the period.
    public mutating func addHandled(agent: @autoclosure () -> String, number i: Int, talk: TimeInterval, wrapUp: TimeInterval,
                                    resolved: Bool) {
        if !has(i) { add(Entry(id: agent(), name: agent(), status: .ready, since: period.start), at: i) }
        update(i) { e in
            e.sums.handled += 1
            e.sums.talk += talk
            e.sums.wrapUp += wrapUp
            if resolved { e.sums.resolved += 1 }
        }
    }

    /// A caller of the period answered by the agent, after `wait` seconds.
    public mutating func addAnswered(agent: @autoclosure () -> String, number i: Int, wait: TimeInterval, within: Bool) {
        if !has(i) { add(Entry(id: agent(), name: agent(), status: .onCall, since: period.start), at: i) }
        update(i) { e in
            e.sums.answered += 1
            e.sums.answerWait += wait
            if within { e.sums.answeredWithin += 1 }
        }
    }

    /// Starts a new period: states and their start times carry over, sums restart.
    public mutating func reset(to period: DateInterval) {
        self.period = period
        for i in entries.indices where entries[i] != nil { entries[i]!.sums = Sums() }
    }

    /// Every agent seen, by id, with the open state counted up to `now`.
    public func figures(at now: Date) -> [AgentFigures] {
        entries.compactMap { $0 }.sorted { $0.id < $1.id }.map { entry in
            var e = entry
            Self.close(&e, at: now, in: period)
            var time: [AgentStatus: TimeInterval] = [:], entries: [AgentStatus: Int] = [:]
            for state in Self.states {
                if e.sums.seconds[state] > 0 { time[state] = e.sums.seconds[state] }
                if e.sums.entries[state] > 0 { entries[state] = e.sums.entries[state] }
            }
            return AgentFigures(
                id: e.id, name: e.name, status: e.status, pauseReason: e.reason,
                timeInState: max(0, now.timeIntervalSince(e.since)),
                timeByState: time, entriesByState: entries, callsHandled: e.sums.handled,
                talkTotal: e.sums.talk, wrapUpTotal: e.sums.wrapUp, resolved: e.sums.resolved,
                answered: e.sums.answered, answeredWithin: e.sums.answeredWithin, answerWaitTotal: e.sums.answerWait)
        }
    }

    private func has(_ number: Int) -> Bool { number < entries.count && entries[number] != nil }

    /// Changes the entry of a met agent in place, in one access to the array.
    private mutating func update(_ number: Int, _ change: (inout Entry) -> Void) { change(&entries[number]!) }

    private mutating func add(_ entry: Entry, at number: Int) {
        if number >= entries.count { entries.append(contentsOf: repeatElement(nil, count: number - entries.count + 1)) }
        entries[number] = entry
    }

    private static func move(_ e: inout Entry, to status: AgentStatus, at now: Date, in period: DateInterval) {
        close(&e, at: now, in: period)
        e.status = status
        e.since = now
        if period.containsHalfOpen(now) { e.sums.entries[status] += 1 }
    }

    /// Adds the time from `since` to `now` that lies in the period to the current state.
    private static func close(_ e: inout Entry, at now: Date, in period: DateInterval) {
        let t = period.overlap(from: e.since, to: now)
        if t > 0 { e.sums.seconds[e.status] += t }
    }
}

/// One value per agent state, stored inline: changing a sum in an agent's
/// entry touches no heap array.
struct PerState<Value: Sendable>: Sendable {
    private var ready, onCall, wrapUp, paused, offline: Value

    init(_ value: Value) { (ready, onCall, wrapUp, paused, offline) = (value, value, value, value, value) }

    subscript(state: AgentStatus) -> Value {
        get {
            switch state {
            case .ready: ready
            case .onCall: onCall
            case .wrapUp: wrapUp
            case .paused: paused
            case .offline: offline
            }
        }
        set {
            switch state {
            case .ready: ready = newValue
            case .onCall: onCall = newValue
            case .wrapUp: wrapUp = newValue
            case .paused: paused = newValue
            case .offline: offline = newValue
            }
        }
    }
}
