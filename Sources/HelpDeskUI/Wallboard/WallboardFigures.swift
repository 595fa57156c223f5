import Foundation
import HelpDeskCore

/// One agent's line on the wall: the state now and the period's work.
public struct AgentRow: Sendable, Equatable {
    public var id: String
    public var name: String
    public var status: AgentStatus
    public var pauseReason: String?
    public var timeInState: TimeInterval
    public var callsHandled: Int
    public var averageHandleTime: Double?
    /// When a lost agent (offline because their console died) was last seen.
    public var lastSeen: Date?
}

/// What one wallboard screen shows, taken from the folds at one moment.
/// States and standing work (the queue, agents' states, open complaints)
/// are always "now"; counts and ratios belong to the screen's period.
public struct WallboardFigures: Sendable, Equatable {
    public var period: DateInterval
    public var service: ServiceFigures
    public var waitingNow: Int
    public var longestWaitingNow: TimeInterval
    public var agents: [AgentRow]
    public var agentsByState: [AgentStatus: Int]
    public var complaints: ComplaintFigures

    /// Today's figures, straight from the day's fold. Agents the fold has
    /// not met today (logged in before the day began, unchanged since) are
    /// added from the live state with no calls, so nobody on the floor is missing.
    public init(today: FloorFigures, live: LiveState) {
        period = today.period
        service = today.service
        waitingNow = today.waitingNow
        longestWaitingNow = today.longestWaitingNow
        complaints = today.complaints
        var rows = today.agents.map {
            AgentRow(id: $0.id, name: $0.name, status: $0.status, pauseReason: $0.pauseReason,
                     timeInState: $0.timeInState, callsHandled: $0.callsHandled, averageHandleTime: $0.averageHandleTime)
        }
        for i in rows.indices where rows[i].status == .offline { rows[i].lastSeen = live.agents[rows[i].id]?.lastSeen }
        let known = Set(rows.map(\.id))
        for agent in live.agents.values where !known.contains(agent.id) && agent.status != .offline {
            rows.append(AgentRow(id: agent.id, name: agent.name, status: agent.status, pauseReason: agent.pauseReason,
                                 timeInState: agent.timeInState(at: today.at), callsHandled: 0, averageHandleTime: nil))
        }
        agents = rows.sorted(by: Self.wallOrder)
        agentsByState = agents.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
    }

    /// A shorter period's figures (this hour) over today's "now": the
    /// service figures, calls handled and complaints filed come from the
    /// period's fold; the queue, states and open work from today's.
    public init(period: FloorFigures, today: WallboardFigures) {
        self = today
        self.period = period.period
        service = period.service
        let byID = Dictionary(period.agents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        agents = today.agents.map { row in
            var r = row
            r.callsHandled = byID[row.id]?.callsHandled ?? 0
            r.averageHandleTime = byID[row.id]?.averageHandleTime
            return r
        }
        complaints.filedByCategory = period.complaints.filedByCategory
        complaints.satisfaction = period.complaints.satisfaction
    }

    /// Busy agents first (on a call, wrapping up), then ready, paused and
    /// offline; by agent number within a state.
    static func wallOrder(_ a: AgentRow, _ b: AgentRow) -> Bool {
        let order: [AgentStatus] = [.onCall, .wrapUp, .ready, .paused, .offline]
        let ra = order.firstIndex(of: a.status) ?? 9, rb = order.firstIndex(of: b.status) ?? 9
        return ra != rb ? ra < rb : a.id < b.id
    }
}

/// One queue's line on the per-queue screen.
public struct QueueFigures: Sendable, Equatable {
    public var queue: String
    public var waitingNow: Int
    public var longestWaitingNow: TimeInterval
    public var service: ServiceFigures
}
