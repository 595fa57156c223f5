import ArgumentParser
import HelpDeskCore

/// `helpdesk claim`: the agent takes the head of the queue, exactly once.
struct ClaimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claim",
        abstract: "Take the caller at the head of the queue for an agent.",
        discussion: "Exits 3 when no caller is waiting. Two agents never get the same caller.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var actor: ActorOptions
    @Flag(help: "Print the claimed call as one JSON object.") var json = false

    func run() throws {
        try reportingFailures {
            let store = try store.open()
            let agent = try actor.entry(in: store).agent
            let event = try store.commit(agent: agent) { state, now in
                try Floor.claimNext(state, agent: agent, at: now)
            }
            guard let id = event.body.callID, let call = store.state.calls[id] else { return }
            if json { try printJSON(call) } else { print(id) }
        }
    }
}

/// `helpdesk hangup CALL`: the talk ends and wrap-up begins. The call is
/// the acting person's own, or a lead ends it.
struct HangUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hangup", abstract: "End the talk on a call; the agent goes to wrap-up.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The call id.") var call: String

    func validate() throws { try checkIdentifiers(["call id": call]) }

    func run() throws {
        try reportingFailures {
            let store = try store.open()
            let agent = try Identity.ofThisProcess(roster: store.roster)
                .acting(asAgent: store.state.calls[call]?.agent, roster: store.roster, state: store.state).agent
            try store.commit(agent: agent) { state, _ in try Floor.hangUp(state, call: call) }
        }
    }
}

/// `helpdesk abandon CALL`: a waiting caller gave up.
struct AbandonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "abandon", abstract: "Record that a waiting caller hung up before being answered.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The call id.") var call: String

    func validate() throws { try checkIdentifiers(["call id": call]) }

    func run() throws {
        try reportingFailures {
            let floor = try store.openAsCallerSource(to: "record a caller hanging up")
            try floor.commit(agent: nil) { state, _ in try Floor.abandon(state, call: call) }
        }
    }
}
