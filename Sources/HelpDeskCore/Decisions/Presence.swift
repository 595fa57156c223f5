import Foundation

/// What the store knows of the process speaking for an agent (a console,
/// the demo's virtual agents): it holds a lock the kernel drops when the
/// process dies, however it dies. No heartbeat is written to the journal.
public enum AgentPresence: Sendable, Equatable {
    /// No process has ever spoken for this agent: their state is set by hooks
    /// (`helpdesk agent`), which the floor takes at their word.
    case untracked
    /// A live process speaks for the agent.
    case held
    /// The process that spoke for the agent is gone; it was last seen then.
    case gone(lastSeen: Date)
}

/// A process's hold on an agent's presence, from `FloorStore.holdPresence`:
/// while it is held the floor knows the agent's console lives.
public protocol PresenceHold: AnyObject, Sendable {
    /// What the floor knew of the agent's presence before this hold: `gone`
    /// when the agent's last session died without signing off.
    var previous: AgentPresence { get }
    /// Marks the agent as seen now (the holder does this every few seconds).
    func touch()
    /// Lets go; the agent is then gone unless they signed off first.
    func release()
}

/// Presence on the floor: signing on and off, and noticing who was lost.
public enum Presence {
    /// Agents who are not offline although the process speaking for them is
    /// gone: each goes offline as lost, as of when it was last seen, so the
    /// wall stops counting them as ready and their time in state ends there.
    /// Any process may decide this; under the store's lock it is decided once.
    public static func lost(_ state: LiveState, presence: (String) -> AgentPresence) -> [EventBody] {
        state.agents.values.sorted { $0.id < $1.id }.compactMap { agent in
            guard agent.status != .offline, case .gone(let seen) = presence(agent.id) else { return nil }
            return .agentStatus(AgentStatusChanged(agent: agent.id, name: agent.name, role: agent.role, status: .offline,
                                                   lastSeen: seen))
        }
    }

    /// The agent leaves the floor (the console quits). Unlike `agent
    /// --state offline` this is allowed with a call in hand: the call stays
    /// the agent's to finish when they sign on again. Nil when already offline.
    public static func signOff(_ state: LiveState, agent: RosterEntry) -> EventBody? {
        guard let now = state.agents[agent.agent], now.status != .offline else { return nil }
        return .agentStatus(AgentStatusChanged(agent: agent.agent, name: agent.name, role: agent.role, status: .offline))
    }

    /// The agent's console opens: an agent is ready, or back on the call they
    /// had in hand when their last session ended; a lead only watches (not
    /// counted as ready) until they take a call or say they are ready.
    /// Nil when nothing changes: only an offline agent signs on.
    public static func signOn(_ state: LiveState, agent: RosterEntry) throws -> EventBody? {
        guard (state.agents[agent.agent]?.status ?? .offline) == .offline else { return nil }
        let status: AgentStatus
        if let call = state.callInHand(of: agent.agent) {
            status = call.state == .talking ? .onCall : .wrapUp
        } else if agent.role == .lead {
            return nil
        } else {
            status = .ready
        }
        return try Floor.setStatus(state, agent: agent, status: status, reason: nil)
    }
}
