import HelpDeskCore
import Foundation

/// Per-agent sums for the agents report.
public struct AgentTally: Sendable, Equatable {
    public var name: String?
    public var handled = 0
    public var talk: TimeInterval = 0
    public var wrapUp: TimeInterval = 0
    public var resolved = 0
    public var satisfaction = SatisfactionFigures()
    public var scriptStepsSkipped = 0
    /// Timed waits cut short: a line said, then gone on from before its countdown ran out.
    public var scriptWaitsSkipped = 0
    public var phraseHits = 0
    /// Calls handled, by disposition code.
    public var dispositions: [String: Int] = [:]
    /// Calls handled, by service category and kind of contact (the service log).
    public var serviceLog: [ServiceLogCell: Int] = [:]
    /// Pauses begun in the period, by reason code.
    public var pauses: [String: PauseTally] = [:]
}

/// One cell of the service log's count (seed 001/002): a service category
/// and what the customer brought; nil for calls wrapped up before the kind
/// was recorded.
public struct ServiceLogCell: Hashable, Sendable {
    public var category: ServiceCategory
    public var kind: ContactKind?
}

/// How often an agent paused for one reason, and for how long in all.
public struct PauseTally: Sendable, Equatable {
    public var count = 0
    public var seconds: TimeInterval = 0
}

/// One pass over the journal that gathers what all five reports need, for
/// one filter. Calls are attributed by the time they joined the queue (as in
/// `FloorMetrics`); satisfaction, script and phrase records by their own
/// time; complaints by when they were opened. Only open calls, hourly sums,
/// agents and complaints are kept, so a month of a million events folds in
/// little memory.
public struct ReportData: Sendable {
    public let filter: ReportFilter
    private var calls = CallTracker(remembersAgents: true)
    /// Service sums per clock hour (start of the hour); days are sums of hours.
    public private(set) var hourly: [Date: ServiceTally] = [:]
    public private(set) var agents: [String: AgentTally] = [:]
    public private(set) var history = ComplaintHistory()
    /// Which branch each call of the period came from, kept only when
    /// filtering by branch (satisfaction and script records name only the call).
    private var callBranch: [String: String] = [:]
    private var hourCache: DateInterval?
    /// Each agent's pause under way: its reason code and start (in the period).
    private var pausedSince: [String: (code: String, at: Date)] = [:]

    public init(filter: ReportFilter) { self.filter = filter }

    public static func fold(_ events: some Sequence<Event>, filter: ReportFilter) -> ReportData {
        var data = ReportData(filter: filter)
        for e in events { data.apply(e) }
        return data
    }

    public mutating func apply(_ event: Event) {
        let now = event.at
        let inPeriod = filter.period.containsHalfOpen(now)
        if let step = calls.apply(event) {
            if let fact = step.fact {
                var completed: CallCompleted?
                if case .callCompleted(let p) = event.body { completed = p }
                count(fact, completed: completed)
            }
            return
        }
        switch event.body {
        case .agentStatus(let p):
            agents[p.agent, default: AgentTally()].name = p.name
            if let pause = pausedSince.removeValue(forKey: p.agent) {
                agents[p.agent, default: AgentTally()].pauses[pause.code, default: PauseTally()].seconds += now.timeIntervalSince(pause.at)
            }
            if p.status == .paused, inPeriod, filter.matches(agent: p.agent) {
                let code = p.reason ?? ""
                agents[p.agent, default: AgentTally()].pauses[code, default: PauseTally()].count += 1
                pausedSince[p.agent] = (code, now)
            }
        case .satisfaction(let p):
            guard inPeriod, let agent = event.agent ?? calls.agent(of: p.call), wanted(call: p.call, agent: agent) else { return }
            agents[agent, default: AgentTally()].satisfaction.add(p.answer)
        case .scriptStep(let p):
            guard inPeriod, p.action == .skipped || p.action == .waitSkipped, let agent = event.agent ?? calls.agent(of: p.call),
                  wanted(call: p.call, agent: agent) else { return }
            if p.action == .skipped {
                agents[agent, default: AgentTally()].scriptStepsSkipped += 1
            } else {
                agents[agent, default: AgentTally()].scriptWaitsSkipped += 1
            }
        case .phraseHit(let p):
            guard inPeriod, let agent = event.agent ?? p.call.flatMap(calls.agent(of:)),
                  filter.matches(agent: agent), filter.branch == nil || p.call.map({ callBranch[$0] == filter.branch }) == true
            else { return }
            agents[agent, default: AgentTally()].phraseHits += 1
        case .complaintFiled(let p): history.filed(p.complaint, at: now)
        case .complaintChanged(let p): history.changed(p, at: now)
        case .followUpScheduled(let p): history.followUpScheduled(p.followUp)
        case .followUpClosed(let p): history.followUpClosed(p, at: now, by: event.agent)
        default: break
        }
    }

    private func wanted(call: String, agent: String) -> Bool {
        filter.matches(agent: agent) && (filter.branch == nil || callBranch[call] == filter.branch)
    }

    /// Counts one call fact; `completed` is the wrap-up a handled call ended
    /// with, whose disposition and service-log cell go on the agent's tally.
    private mutating func count(_ fact: CallFact, completed: CallCompleted?) {
        let call = fact.call
        guard filter.period.containsHalfOpen(call.queuedAt), filter.matches(branch: call.branch) else { return }
        if filter.branch != nil, fact.kind == .offered { callBranch[call.id] = call.branch }
        if fact.kind == .handled, let agent = call.agent, filter.matches(agent: agent) {
            Self.add(fact, completed, to: &agents[agent, default: AgentTally()])
        }
        if fact.kind != .handled, !call.countsForService { return }
        if filter.agent != nil {
            // Offers and abandons have no agent: an agent's service figures are their answers and handling.
            guard fact.kind == .answered || fact.kind == .handled, filter.matches(agent: call.agent) else { return }
        }
        let hour = hourStart(call.queuedAt)
        hourly[hour, default: ServiceTally()].add(fact, config: filter.config)
    }

    /// Adds a handled call to its agent's tally in place (a copy would copy
    /// the tally's dictionaries on every call).
    private static func add(_ fact: CallFact, _ completed: CallCompleted?, to a: inout AgentTally) {
        a.handled += 1
        a.talk += fact.talk
        a.wrapUp += fact.wrapUp
        if fact.resolved { a.resolved += 1 }
        if let p = completed {
            a.dispositions[p.disposition, default: 0] += 1
            a.serviceLog[ServiceLogCell(category: p.category, kind: p.kind), default: 0] += 1
        }
    }

    private mutating func hourStart(_ date: Date) -> Date {
        if let h = hourCache, h.containsHalfOpen(date) { return h.start }
        let h = filter.config.day.hour(containing: date)
        hourCache = h
        return h.start
    }

    /// Complaints opened in the period that pass the branch and agent (owner) filters.
    public var complaints: [ComplaintRecord] {
        history.complaints.values
            .filter { filter.period.containsHalfOpen($0.openedAt) && filter.matches(branch: $0.branch) && filter.matches(agent: $0.owner) }
            .sorted { ($0.openedAt, $0.id) < ($1.openedAt, $1.id) }
    }
}
