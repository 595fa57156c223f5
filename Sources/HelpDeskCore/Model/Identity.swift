/// Who is acting: the one rule every face (console, command line, a future
/// database backend) uses to decide whose powers a change is made with.
///
/// The account is the kernel's answer (the real uid's passwd entry, read by
/// the store module), never `$USER` or `$LOGNAME`: an environment variable is
/// a claim anyone can make. The roster maps the account to an agent number
/// and a role; an account missing from it is an agent under its own name.
/// A flag may narrow who acts, never widen it: `--agent N` names the
/// account's own agent, or any agent when the account's role is lead.
public struct Identity: Sendable, Equatable {
    /// The Unix login name the process runs as.
    public let account: String
    /// What the roster makes of that account.
    public let person: RosterEntry

    public init(account: String, roster: Roster) {
        self.account = account
        person = roster.identity(forUser: account)
    }

    public var isLead: Bool { person.role == .lead }

    /// The agent this person acts as: themselves when `agent` is nil or their
    /// own number; another agent only for a lead. Anything else is refused
    /// with a message naming the account, its agent and what was asked.
    public func acting(asAgent agent: String?, roster: Roster, state: LiveState) throws -> RosterEntry {
        guard let agent, agent != person.agent else { return person }
        guard isLead else {
            throw DomainError.notPermitted(
                "account \(account) is agent \(person.agent) and may not act as agent \(agent); only a team lead may")
        }
        return roster.person(agent: agent, state: state)
    }
}

extension Identity {
    /// Callers come in through the PBX. Once the roster names the PBX's
    /// account (role `pbx`), only that account and leads ring callers in
    /// or record them hanging up: an agent could otherwise ring in callers
    /// who never called and answer them, padding the calls they handled
    /// and their first-contact resolution, or drop a waiting caller. A
    /// roster that names no PBX (a personal or demo floor, a center that
    /// has not named its PBX yet) leaves it to any account, as before. On a
    /// PostgreSQL floor the server checks the same (`helpdesk_pbx`).
    public func requireCallerSource(in roster: Roster, to doing: String) throws {
        let pbx = roster.entries.filter { $0.role == .pbx }.map(\.user)
        guard !pbx.isEmpty, person.role == .agent else { return }
        throw DomainError.notPermitted(
            "account \(account) may not \(doing); only the PBX's account (\(pbx.joined(separator: ", "))) or a team lead may")
    }
}

extension RosterEntry {
    /// Refuses unless this person's role is lead: the one check behind every
    /// lead-only step (escalations, VIP marks, acting for others).
    public func requireLead(to doing: String) throws {
        guard role == .lead else {
            throw DomainError.notPermitted("only a team lead may \(doing); \(agent) is an agent")
        }
    }
}

extension Roster {
    /// The roster's entry for an agent number, else what the floor knows of
    /// them (an agent set ready by a hook, never in the roster).
    public func person(agent: String, state: LiveState) -> RosterEntry {
        entry(forAgent: agent)
            ?? RosterEntry(user: agent, agent: agent, name: state.agents[agent]?.name ?? agent,
                           role: state.agents[agent]?.role ?? .agent)
    }
}
