import Foundation

/// What a person on the floor may do: leads also take escalations.
public enum Role: String, Codable, Sendable {
    case agent
    case lead
}

/// An agent's availability, the figure the wallboard counts per state.
public enum AgentStatus: String, Codable, Sendable, CaseIterable {
    case ready
    case onCall = "on-call"
    case wrapUp = "wrap-up"
    case paused
    case offline
}

/// A person on the floor and what they are doing now.
public struct Agent: Codable, Sendable, Equatable, Identifiable {
    /// The agent number (工号), the id every event carries.
    public var id: String
    public var name: String
    public var role: Role
    public var status: AgentStatus
    public var pauseReason: String?
    public var since: Date
    /// The call in hand while on call or in wrap-up.
    public var call: String?
    /// When a lost agent (offline because their console died) was last seen.
    public var lastSeen: Date?

    public init(id: String, name: String, role: Role = .agent, status: AgentStatus = .offline, since: Date) {
        self.id = id
        self.name = name
        self.role = role
        self.status = status
        self.since = since
    }

    public func timeInState(at now: Date) -> TimeInterval { max(0, now.timeIntervalSince(since)) }
}

/// One line of the roster file: a Unix account mapped to an agent number,
/// a display name, a role and, optionally, the team (班组) the agent sits
/// in, by which the wallboard groups its figures.
public struct RosterEntry: Codable, Sendable, Equatable {
    public var user: String
    public var agent: String
    public var name: String
    public var role: Role
    public var team: String?

    public init(user: String, agent: String, name: String, role: Role = .agent, team: String? = nil) {
        self.user = user
        self.agent = agent
        self.name = name
        self.role = role
        self.team = team
    }
}

/// Who is who on the floor. An account missing from the roster is an agent
/// under its own name, so a new hire can start at once.
public struct Roster: Codable, Sendable, Equatable {
    public var entries: [RosterEntry]

    public init(entries: [RosterEntry] = []) { self.entries = entries }

    public func identity(forUser user: String) -> RosterEntry {
        entries.first { $0.user == user } ?? RosterEntry(user: user, agent: user, name: user)
    }

    public func entry(forAgent agent: String) -> RosterEntry? {
        entries.first { $0.agent == agent }
    }
}
