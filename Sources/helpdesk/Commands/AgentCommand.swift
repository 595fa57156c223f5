import ArgumentParser
import HelpDeskCore
import HelpDeskStore

/// `helpdesk agent ID --state STATE`: sets an agent's availability.
struct AgentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent", abstract: "Set an agent's state: ready, paused (with --reason), offline…")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The agent number.") var agent: String
    @Option(help: "ready, paused, offline, on-call or wrap-up.") var state: AgentStatus
    @Option(help: "Why the agent pauses (break, training, meeting…).") var reason: String?

    func run() throws {
        try reportingFailures {
            let store = try store.open()
            let entry = (store as? DataDirectoryStore)?.roster.entry(forAgent: agent)
                ?? RosterEntry(user: agent, agent: agent, name: store.state.agents[agent]?.name ?? agent)
            try store.commit(agent: agent) { live, _ in
                try Floor.setStatus(live, agent: entry, status: state, reason: reason)
            }
        }
    }
}
