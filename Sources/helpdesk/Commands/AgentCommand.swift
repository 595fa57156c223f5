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
    @Option(help: "Why the agent pauses: a code from codes/pause-reasons.json (break, lunch, training, meeting…).")
    var reason: String?
    @Option(help: "The agent's own words on a pause, beside the code.") var note: String?

    func validate() throws { try checkIdentifiers(["agent": agent]) }

    func run() throws {
        try reportingFailures {
            let codes = try loadFloorCodes()
            let store = try store.open()
            let entry = try Identity.ofThisProcess(roster: store.roster)
                .acting(asAgent: agent, roster: store.roster, state: store.state)
            try store.commit(agent: agent) { live, _ in
                guard state == .paused else { return try Floor.setStatus(live, agent: entry, status: state, reason: reason) }
                return try Floor.pause(live, agent: entry, reason: reason ?? "", note: note, codes: codes.pauseReasons)
            }
        }
    }
}
