import ArgumentParser
import HelpDeskCore

/// `helpdesk agent ID --state STATE`: sets an agent's availability: one's
/// own, or (a lead) anyone's.
struct AgentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agent", abstract: "Set an agent's state: ready, paused (with --reason), offline…")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The agent number: your own, or any agent if your role is lead.") var agent: String
    @Option(help: "ready, paused, offline, on-call or wrap-up.") var state: AgentStatus
    @Option(help: "Why the agent pauses (break, training, meeting…).") var reason: String?

    func run() throws {
        try reportingFailures {
            let store = try store.open()
            let entry = try Identity.ofThisProcess(roster: store.roster)
                .acting(asAgent: agent, roster: store.roster, state: store.state)
            try store.commit(agent: agent) { live, _ in
                try Floor.setStatus(live, agent: entry, status: state, reason: reason)
            }
        }
    }
}
