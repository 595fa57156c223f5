import Foundation

/// A call as the figures need it: when it joined the queue (the instant every
/// figure about it is attributed to), whether it counts for service level,
/// and who has it.
///
/// A reference, changed in place by its `CallTracker`: a busy day folds a
/// hundred thousand call events, and copying a record of five strings into
/// every fact and back into the table was most of a fold's cost. Read a fact's
/// call when the fact is returned; the tracker goes on changing it.
///
/// Only its own tracker changes a call, and a tracker shared by two copies
/// copies its calls first, so the properties skip the run-time exclusivity
/// check (about a seventh of a fold's instructions in a profile).
public final class TrackedCall: @unchecked Sendable {
    public let id: String
    /// The queue (line) the call rang on.
    public let queue: String
    /// When the caller joined the queue; for a callback, when it falls due
    /// (a due callback queues by itself, no event marks the moment).
    @exclusivity(unchecked) public fileprivate(set) var queuedAt: Date
    /// True for an inbound caller's first time in the queue: only those count
    /// as offered, answered or abandoned. Callbacks are the centre's own work.
    @exclusivity(unchecked) public fileprivate(set) var countsForService: Bool
    public let branch: String?
    @exclusivity(unchecked) public fileprivate(set) var agent: String?
    /// The tracker's number for `agent` (see `CallTracker.number(ofAgent:)`).
    @exclusivity(unchecked) public fileprivate(set) var agentNumber: Int?
    @exclusivity(unchecked) public fileprivate(set) var answeredAt: Date?
    @exclusivity(unchecked) public fileprivate(set) var endedAt: Date?

    init(id: String, queue: String, queuedAt: Date, countsForService: Bool, branch: String?) {
        self.id = id
        self.queue = queue
        self.queuedAt = queuedAt
        self.countsForService = countsForService
        self.branch = branch
    }

    /// The move of the call's agent to `status`; nil while nobody has the call.
    fileprivate func move(to status: AgentStatus) -> AgentMove? {
        agentNumber.map { AgentMove(number: $0, status: status) }
    }

    fileprivate func copy() -> TrackedCall {
        let c = TrackedCall(id: id, queue: queue, queuedAt: queuedAt, countsForService: countsForService, branch: branch)
        c.agent = agent
        c.agentNumber = agentNumber
        c.answeredAt = answeredAt
        c.endedAt = endedAt
        return c
    }
}

/// What one event meant for the call figures. A struct over one reference,
/// not an enum with payloads: a fold makes and drops one per call event.
public struct CallFact: Sendable {
    public enum Kind: Sendable {
        case offered, answered, abandoned
        /// Wrap-up finished; the call's `agent` handled it.
        case handled
    }

    public var kind: Kind
    /// The call the fact is about.
    public var call: TrackedCall
    /// Answered or abandoned: seconds from joining the queue.
    public var wait: TimeInterval = 0
    /// Handled: talk is answer → hang-up, wrap-up is hang-up → completion.
    public var talk: TimeInterval = 0
    public var wrapUp: TimeInterval = 0
    /// Handled: resolved on the call (first-contact resolution).
    public var resolved = false
}

/// The agent change a call event implies (claim → on call, hang-up → wrap-up,
/// completion, transfer or scheduling → ready), as `LiveState` applies it.
/// The agent goes by the tracker's number (`CallTracker.agentID` names it):
/// a move is made for most call events, and carries no string to count.
public struct AgentMove: Sendable, Equatable {
    public var number: Int
    public var status: AgentStatus
}

/// What a call event meant: a fact for the figures, a change of an agent's
/// state, both or neither.
public struct CallStep: Sendable {
    public var fact: CallFact?
    public var move: AgentMove?
}

/// Follows calls through the journal and turns call events into facts. Only
/// calls still open are kept, plus a bounded memory of who handled recent
/// calls (satisfaction and script records arrive around wrap-up), so memory
/// follows the live floor, not the length of the journal.
///
/// A value like the folds that hold it: the open calls live in a table that
/// is copied, calls and all, before a copy of the tracker changes it.
public struct CallTracker: Sendable {
    private final class Table: @unchecked Sendable {
        /// Unchecked like `TrackedCall`'s properties: only `unique()` hands it out for changes.
        @exclusivity(unchecked) var open = IdTable<TrackedCall>()

        func copy() -> Table {
            let t = Table()
            t.open = open.mapValues { $0.copy() }
            return t
        }
    }

    private var table = Table()
    /// Agents numbered in the order first met, so folds keep per-agent sums
    /// in arrays: a call remembers its agent's number from the claim on, and
    /// later events about it hash no agent id.
    private var agentNumbers = IdTable<Int>()
    private var agentIDs: [String] = []
    private var recentAgents: [String: String] = [:]
    private var olderAgents: [String: String] = [:]
    private static let recentLimit = 50_000
    /// Whether to remember who handled closed calls (reports attribute
    /// satisfaction and script records by it; the wallboard needs none).
    private let remembersAgents: Bool

    public init(remembersAgents: Bool = false) { self.remembersAgents = remembersAgents }

    /// What a call event means for the figures; nil for an event about
    /// anything but a call, which the fold handles itself.
    public mutating func apply(_ event: Event) -> CallStep? {
        let now = event.at
        switch event.body {
        case .callRung(let p):
            // The few fields a fold needs, taken here: passing the whole call
            // on would copy (and retain) every string of the caller's record.
            let c = p.call
            return rung(id: c.id, queue: c.queue, inbound: c.direction == .inbound && c.dueAt == nil,
                        queuedAt: c.dueAt.map { max($0, c.enqueuedAt) } ?? c.enqueuedAt, branch: c.customer.branch)
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
    private mutating func rung(id: String, queue: String, inbound: Bool, queuedAt: Date, branch: String?) -> CallStep {
        let tracked = TrackedCall(id: id, queue: queue, queuedAt: queuedAt, countsForService: inbound, branch: branch)
        unique().open.set(tracked, for: id)
        return CallStep(fact: CallFact(kind: .offered, call: tracked))
    }

    private mutating func claimed(_ id: String, by agent: String, at now: Date) -> CallStep {
        guard let call = unique().open[id], call.answeredAt == nil else { return CallStep() }
        let number = number(ofAgent: agent)
        call.agent = agent
        call.agentNumber = number
        call.answeredAt = now
        remember(id, agent: agent)
        return CallStep(fact: CallFact(kind: .answered, call: call, wait: max(0, now.timeIntervalSince(call.queuedAt))),
                        move: AgentMove(number: number, status: .onCall))
    }

    private mutating func ended(_ id: String, at now: Date) -> CallStep {
        guard let call = unique().open[id], call.answeredAt != nil, call.endedAt == nil else { return CallStep() }
        call.endedAt = now
        return CallStep(move: call.move(to: .wrapUp))
    }

    private mutating func completed(_ id: String, resolved: Bool, at now: Date) -> CallStep {
        guard let call = unique().open.removeValue(forKey: id), let move = call.move(to: .ready), let answered = call.answeredAt else {
            return CallStep()
        }
        let ended = call.endedAt ?? now
        let fact = CallFact(kind: .handled, call: call, talk: max(0, ended.timeIntervalSince(answered)),
                            wrapUp: max(0, now.timeIntervalSince(ended)), resolved: resolved)
        return CallStep(fact: fact, move: move)
    }

    private mutating func abandoned(_ id: String, at now: Date) -> CallStep {
        guard let call = unique().open.removeValue(forKey: id), call.answeredAt == nil else { return CallStep() }
        return CallStep(fact: CallFact(kind: .abandoned, call: call, wait: max(0, now.timeIntervalSince(call.queuedAt))))
    }

    private mutating func transferred(_ id: String) -> CallStep {
        guard let call = unique().open.removeValue(forKey: id) else { return CallStep() }
        let talking = call.answeredAt != nil && call.endedAt == nil
        return CallStep(move: talking ? call.move(to: .ready) : nil)
    }

    /// The call becomes a callback: it queues again by itself at `dueAt`.
    private mutating func scheduled(_ id: String, dueAt: Date) -> CallStep {
        guard let call = unique().open[id] else { return CallStep() }
        let move = call.move(to: .ready)
        call.agent = nil
        call.agentNumber = nil
        call.answeredAt = nil
        call.endedAt = nil
        call.countsForService = false
        call.queuedAt = dueAt
        return CallStep(move: move)
    }

    /// The tracker's number for an agent, numbering one not met before.
    public mutating func number(ofAgent id: String) -> Int {
        if let n = agentNumbers[id] { return n }
        agentNumbers.set(agentIDs.count, for: id)
        agentIDs.append(id)
        return agentIDs.count - 1
    }

    /// The agent id the tracker numbered `number`.
    public func agentID(_ number: Int) -> String { agentIDs[number] }

    /// The agent who has or last had the call, if it is open or recent.
    public func agent(of call: String) -> String? {
        table.open[call]?.agent ?? recentAgents[call] ?? olderAgents[call]
    }

    /// Callers in the queue at `now` (waiting, and due if a callback), with their waits.
    public func waiting(at now: Date) -> [(call: TrackedCall, wait: TimeInterval)] {
        table.open.allValues.filter { $0.answeredAt == nil && $0.queuedAt <= now }
            .map { ($0, now.timeIntervalSince($0.queuedAt)) }
    }

    /// The table of open calls, copied first if another copy of the tracker shares it.
    private mutating func unique() -> Table {
        if !isKnownUniquelyReferenced(&table) { table = table.copy() }
        return table
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
