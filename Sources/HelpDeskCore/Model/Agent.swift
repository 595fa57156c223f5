import Foundation

/// What a person on the floor may do: leads also take escalations.
public enum Role: String, Codable, Sendable {
    case agent
    case lead
    /// The PBX's account (`Identity.requireCallerSource`): not a person on
    /// the floor; once the roster names it, the one that rings callers in.
    case pbx
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

    /// What is wrong with the first bad entry of a roster read from a file
    /// anyone on a shared floor may edit, naming the entry (1-based) and its
    /// field; nil when every entry is fine.
    public static func problem(in entries: [RosterEntry]) -> String? {
        for (n, entry) in entries.enumerated() {
            if let problem = entry.problem { return "entry \(n + 1) (user \(Identifier.quoted(entry.user))): \(problem)" }
        }
        return nil
    }
}

extension RosterEntry {
    /// The longest name taken, in characters.
    public static let maximumNameLength = 100

    /// What makes this entry unusable, or nil: its account, agent and team
    /// are identifiers (shown, compared, and used in file names), its name a
    /// text shown as typed.
    public var problem: String? {
        let ids = [("user", user), ("agent", agent)] + (team.map { [("team", $0)] } ?? [])
        for (field, value) in ids {
            if let problem = Identifier.problem(value) { return "\(field) \(Identifier.quoted(value)) \(problem)" }
        }
        if let problem = Identifier.textProblem(name, maximumLength: Self.maximumNameLength) {
            return "name \(Identifier.quoted(name)) \(problem)"
        }
        return nil
    }
}
