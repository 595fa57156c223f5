import Foundation

/// Every figure the wallboard shows, for one period, taken at one moment.
public struct FloorFigures: Sendable, Equatable {
    public var period: DateInterval
    public var at: Date
    public var service: ServiceFigures
    /// Callers in the queue at `at` (inbound and callbacks that fell due).
    public var waitingNow: Int
    public var longestWaitingNow: TimeInterval
    public var agents: [AgentFigures]
    /// How many agents are in each state at `at`.
    public var agentsByState: [AgentStatus: Int]
    public var complaints: ComplaintFigures
}

/// The KPI fold: events in, figures out (formulas in docs/kpis.md).
///
/// It is incremental, so a wallboard folds each new event in O(1) and takes
/// figures whenever it redraws. A call belongs to the period in which the
/// caller joined the queue: a call queued at 23:59:50 and answered at
/// 00:00:15 is yesterday's, whichever day the answer falls in. So a report for
/// `[from, to)` should fold events from a little before `from` (agent states,
/// open calls) to a little after `to` (the answers of late callers); the
/// fold itself ignores what does not belong.
public struct FloorMetrics: Sendable {
    public let config: MetricsConfig
    public private(set) var period: DateInterval
    /// True for the wallboard's "today": the period moves to the next
    /// business day at the reset hour and the sums restart.
    public let rolling: Bool
    public private(set) var lastSeq = 0
    private var calls = CallTracker()
    private var tally = ServiceTally()
    /// The period's service sums split by the queue (line) the call rang on,
    /// in the order the queues first rang. A floor has a handful of lines, so
    /// a scan finds one sooner than hashing its name would.
    public private(set) var queues: [(name: String, tally: ServiceTally)] = []
    private var agents: AgentTracker
    private var complaints: ComplaintTracker

    /// Figures for the fixed period `[from, to)`.
    public init(config: MetricsConfig = MetricsConfig(), from: Date, to: Date) {
        self.init(config: config, period: DateInterval(start: from, end: max(from, to)), rolling: false)
    }

    /// Figures for the business day containing `now`, rolling over at the reset hour.
    public init(config: MetricsConfig = MetricsConfig(), today now: Date) {
        self.init(config: config, period: config.day.interval(containing: now), rolling: true)
    }

    private init(config: MetricsConfig, period: DateInterval, rolling: Bool) {
        self.config = config
        self.period = period
        self.rolling = rolling
        agents = AgentTracker(period: period)
        complaints = ComplaintTracker(period: period)
    }

    /// Folds one event in. Events at or below the last sequence number are
    /// ignored, so replaying an overlap after a refresh is harmless.
    public mutating func apply(_ event: Event) {
        guard event.seq > lastSeq else { return }
        lastSeq = event.seq
        let now = event.at
        advance(to: now)
        guard let step = calls.apply(event) else {
            switch event.body {
            case .agentStatus(let p): agents.apply(p, number: calls.number(ofAgent: p.agent), at: now)
            case .complaintFiled(let p): complaints.filed(p.complaint)
            case .complaintChanged(let p): complaints.changed(p)
            case .followUpScheduled(let p): complaints.followUpScheduled(p.followUp)
            case .followUpClosed(let p): complaints.followUpClosed(p.followUp)
            case .satisfaction(let p): complaints.satisfaction(p.answer, at: now)
            default: break
            }
            return
        }
        if let move = step.move { agents.apply(move, at: now, id: calls.agentID(move.number)) }
        if let fact = step.fact { count(fact) }
    }

    /// Moves a rolling fold to the business day containing `now`: the sums
    /// restart, states and open work carry over. No effect on a fixed period.
    public mutating func advance(to now: Date) {
        guard rolling, now >= period.end else { return }
        period = config.day.interval(containing: now)
        tally = ServiceTally()
        queues = []
        agents.reset(to: period)
        complaints.reset(to: period)
    }

    /// Takes open complaints and follow-ups from a live state at least as new
    /// as the events folded so far (the wallboard reads only today's events,
    /// but complaints stay open for weeks).
    public mutating func adopt(_ state: LiveState) {
        complaints.adopt(state)
        lastSeq = max(lastSeq, state.lastSeq)
    }

    /// The figures as of `now`: open states and waits are counted up to `now`.
    public func figures(at now: Date) -> FloorFigures {
        var fold = self
        fold.advance(to: now)
        return fold.snapshot(at: now)
    }

    /// Folds `events` for the fixed period `[from, to)` and takes the figures
    /// at `now` (by default the end of the period).
    public static func figures(
        of events: some Sequence<Event>, from: Date, to: Date, config: MetricsConfig = MetricsConfig(), at now: Date? = nil
    ) -> FloorFigures {
        var fold = FloorMetrics(config: config, from: from, to: to)
        for e in events { fold.apply(e) }
        return fold.figures(at: now ?? to)
    }

    /// Adds a fact if it belongs to the period.
    private mutating func count(_ fact: CallFact) {
        let c = fact.call
        switch fact.kind {
        case .offered, .abandoned:
            guard c.countsForService, period.containsHalfOpen(c.queuedAt) else { return }
        case .answered:
            guard c.countsForService, period.containsHalfOpen(c.queuedAt), let number = c.agentNumber else { return }
            agents.addAnswered(agent: c.agent ?? "", number: number, wait: fact.wait, within: fact.wait <= config.target.seconds)
        case .handled:
            guard period.containsHalfOpen(c.queuedAt), let number = c.agentNumber else { return }
            agents.addHandled(agent: c.agent ?? "", number: number, talk: fact.talk, wrapUp: fact.wrapUp, resolved: fact.resolved)
        }
        tally.add(fact, config: config)
        if let i = queues.firstIndex(where: { $0.name == c.queue }) {
            queues[i].tally.add(fact, config: config)
        } else {
            var sums = ServiceTally()
            sums.add(fact, config: config)
            queues.append((c.queue, sums))
        }
    }

    private func snapshot(at now: Date) -> FloorFigures {
        var t = tally
        let waiting = calls.waiting(at: now)
        for w in waiting where w.call.countsForService && period.containsHalfOpen(w.call.queuedAt) {
            t.noteWaiting(w.wait)
        }
        let agentFigures = agents.figures(at: now)
        var byState: [AgentStatus: Int] = [:]
        for a in agentFigures { byState[a.status, default: 0] += 1 }
        return FloorFigures(
            period: period, at: now, service: t.figures(config: config), waitingNow: waiting.count,
            longestWaitingNow: waiting.map(\.wait).max() ?? 0, agents: agentFigures, agentsByState: byState,
            complaints: complaints.figures(at: now))
    }
}
