import Foundation

/// One team's figures for a period: its agents now, and the calls its agents
/// answered and handled. Callers who gave up never reached a team, so
/// offered, abandoned and the service level with abandons belong to queues,
/// not here (docs/kpis.md, "Per team").
public struct TeamFigures: Sendable, Equatable {
    /// The roster's team name; nil gathers agents the roster gives no team.
    public var team: String?
    /// The team's agents by state now: those the period's fold met, and
    /// those logged in on the floor since before it began.
    public var agentsByState: [AgentStatus: Int]
    public var answered: Int
    public var answeredWithin: Int
    public var answerWaitTotal: TimeInterval
    public var handled: Int
    public var talkTotal: TimeInterval
    public var wrapUpTotal: TimeInterval
    public var resolved: Int

    public var agents: Int { agentsByState.values.reduce(0, +) }
    /// Answered within the threshold ÷ answered.
    public var serviceLevel: Double? { answered == 0 ? nil : Double(answeredWithin) / Double(answered) }
    /// ASA: total answer wait ÷ answered.
    public var averageSpeedOfAnswer: Double? { answered == 0 ? nil : answerWaitTotal / Double(answered) }
    /// AHT: (talk + wrap-up) ÷ handled.
    public var averageHandleTime: Double? { handled == 0 ? nil : (talkTotal + wrapUpTotal) / Double(handled) }
    /// Resolved on the call ÷ handled.
    public var firstContactResolution: Double? { handled == 0 ? nil : Double(resolved) / Double(handled) }

    /// Sums the agents' figures by the team the roster gives each, teams in
    /// name order and the agents without a team last. Agents of `floor` the
    /// fold did not meet (logged in before the period, unchanged since) are
    /// counted by state with no calls, unless offline.
    public static func byTeam(_ agents: [AgentFigures], floor: some Collection<Agent>, roster: Roster) -> [TeamFigures] {
        var teams: [String?: TeamFigures] = [:]
        func add(_ agent: String, _ status: AgentStatus, _ work: (inout TeamFigures) -> Void) {
            let team = roster.entry(forAgent: agent)?.team
            var t = teams[team] ?? TeamFigures(team: team, agentsByState: [:], answered: 0, answeredWithin: 0,
                                               answerWaitTotal: 0, handled: 0, talkTotal: 0, wrapUpTotal: 0, resolved: 0)
            t.agentsByState[status, default: 0] += 1
            work(&t)
            teams[team] = t
        }
        let met = Set(agents.map(\.id))
        for a in floor where !met.contains(a.id) && a.status != .offline { add(a.id, a.status) { _ in } }
        for a in agents {
            add(a.id, a.status) { t in
                t.answered += a.answered
                t.answeredWithin += a.answeredWithin
                t.answerWaitTotal += a.answerWaitTotal
                t.handled += a.callsHandled
                t.talkTotal += a.talkTotal
                t.wrapUpTotal += a.wrapUpTotal
                t.resolved += a.resolved
            }
        }
        return teams.values.sorted { a, b in
            switch (a.team, b.team) {
            case let (x?, y?): x < y
            case (_?, nil): true
            default: false
            }
        }
    }
}
