extension Complaints {
    /// The lead an agent's escalation goes to: the lead of the agent's own
    /// team when the roster names one, else the first lead in the roster.
    public static func escalationLead(for agent: RosterEntry, roster: Roster) throws -> RosterEntry {
        let leads = roster.entries.filter { $0.role == .lead }
        if let team = agent.team, let own = leads.first(where: { $0.team == team }) { return own }
        guard let first = leads.first else {
            throw DomainError.invalid(field: "lead", reason: "roster.json names no team lead to escalate to")
        }
        return first
    }
}
