import ArgumentParser
import Foundation
import HelpDeskCore

/// The person a step on `call` is taken as: the agent who has the call, if
/// that is you or you are a lead (anyone else is refused, exit 1), or
/// yourself for a call nobody has yet — the console's identity rule.
func actor(onCall call: String, in store: any FloorStore) throws -> RosterEntry {
    try Identity.ofThisProcess(roster: store.roster)
        .acting(asAgent: store.state.calls[call]?.agent, roster: store.roster, state: store.state)
}

/// `helpdesk wrapup CALL --disposition CODE …`: finishes a call's wrap-up
/// from a softphone or CTI, through the same decision as the console.
struct WrapUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wrapup",
        abstract: "Finish a call's wrap-up: its disposition code, and whether it was resolved on this call.",
        discussion: """
        The disposition is a code from codes/dispositions.json. Without --resolved the call does not count \
        as resolved on first contact. --category and --kind are what `report service-log` counts. A follow-up call is planned with --follow-up-at and --follow-up-why.
        """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The call id.") var call: String
    @Option(help: "How the call ended: a code from codes/dispositions.json.") var disposition: String
    @Flag(help: "The caller's need was met on this call (first-contact resolution).") var resolved = false
    @Option(help: "The service category (default: the call's, else inquiry).") var category: ServiceCategory?
    @Option(help: "What the customer brought: need, opinion or suggestion (default: opinion on a complaint call or one a complaint was filed on, else need).")
    var kind: ContactKind?
    @Option(help: "Notes on the call.") var notes: String?
    @Option(help: "The caller's satisfaction answer: 1–5, or declined.") var satisfaction: SatisfactionArgument?
    @Option(help: "Plan a follow-up call at this time: \(WhenArgument.help)") var followUpAt: WhenArgument?
    @Option(help: "Why the follow-up call is made.") var followUpWhy: String?
    @Option(help: "The script the follow-up call follows.") var followUpScript: String?

    func validate() throws {
        if (followUpAt == nil) != (followUpWhy == nil) { throw ValidationError("give --follow-up-at and --follow-up-why together") }
        if followUpScript != nil && followUpAt == nil { throw ValidationError("--follow-up-script goes with --follow-up-at") }
        try checkIdentifiers(["call id": call, "--follow-up-script": followUpScript])
    }

    func run() throws {
        try reportingFailures {
            let (rules, codes) = (try ComplaintSettings.load(), try loadFloorCodes())
            let store = try store.open()
            let me = try actor(onCall: call, in: store)
            try store.commit(agent: me.agent) { state, now in
                let plan = try followUpAt.map {
                    WrapUpFacts.PlannedFollowUp(dueAt: try $0.date(now: now, in: rules.calendar.timeZone, option: "--follow-up-at"),
                                                purpose: followUpWhy ?? "", script: followUpScript)
                }
                let facts = WrapUpFacts(call: call, category: category ?? state.calls[call]?.category ?? .inquiry,
                                        disposition: disposition, notes: notes, resolved: resolved,
                                        satisfaction: satisfaction?.answer, followUp: plan, kind: kind)
                return try WrapUp.complete(state, facts, agent: me.agent, codes: codes, rules: rules, at: now)
            }
        }
    }
}

extension ContactKind: ExpressibleByArgument {}

/// `helpdesk transfer CALL --to QUEUE`: passes the caller to another queue.
struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Pass a caller to another queue; prints the id of the caller's new call there.",
        discussion: "The call ends as transferred; the caller waits in QUEUE as a new call that never counts as a first contact.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The call id.") var call: String
    @Option(help: "The queue the caller goes to.") var to: String

    func validate() throws { try checkIdentifiers(["call id": call, "--to": to]) }

    func run() throws {
        try reportingFailures {
            let store = try store.open()
            let me = try actor(onCall: call, in: store)
            let events = try store.commit(agent: me.agent) { state, now in
                try Floor.transfer(state, call: call, to: to, by: me, at: now)
            }
            for case .callRung(let p) in events.map(\.body) { print(p.call.id) }
        }
    }
}

/// `helpdesk callback CALL --at TIME`: the call becomes a callback.
struct CallbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "callback",
        abstract: "Turn a call in hand into a callback the centre places at TIME; it queues by itself then.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The call id.") var call: String
    @Option(help: "When to call back: \(WhenArgument.help)") var at: WhenArgument

    func validate() throws { try checkIdentifiers(["call id": call]) }

    func run() throws {
        try reportingFailures {
            let rules = try ComplaintSettings.load()
            let store = try store.open()
            let me = try actor(onCall: call, in: store)
            try store.commit(agent: me.agent) { state, now in
                try Floor.schedule(state, call: call, dueAt: try at.date(now: now, in: rules.calendar.timeZone, option: "--at"), by: me, at: now)
            }
        }
    }
}

/// A satisfaction answer on the command line: 1–5 or "declined".
struct SatisfactionArgument: ExpressibleByArgument {
    var answer: Satisfaction

    init?(argument: String) {
        if argument == "declined" {
            answer = .declined
        } else if let score = Int(argument), (1...5).contains(score) {
            answer = .score(score)
        } else {
            return nil
        }
    }
}
