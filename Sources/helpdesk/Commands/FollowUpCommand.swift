import ArgumentParser
import Foundation
import ColumnWidth
import HelpDeskCore
import TermRender

/// `helpdesk followup …`: the follow-up calls (回访) for scripts and for
/// leads without the console.
struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "List, schedule, finish and cancel follow-up calls (回访).",
        discussion: "Due follow-ups enter the live queue as callbacks when the console's tick (or `followup queue-due`) runs.",
        subcommands: [List.self, New.self, Done.self, Reschedule.self, Cancel.self, QueueDue.self])
}

extension FollowUpCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List open follow-ups, the earliest due first; due ones are marked.")

        @OptionGroup var store: StoreOptions
        @Flag(help: "Only follow-ups that are due or overdue.") var due = false
        @Flag(help: "One JSON object per line: the follow-up, whether it is due, and its queued call.") var json = false

        /// A follow-up as `--json` prints it.
        struct Entry: Encodable {
            var followUp: FollowUp
            var due: Bool
            /// Seconds since it fell due (0 when not yet due).
            var overdueSeconds: Int
            /// The live call placing it, once it is in the queue.
            var call: String?
        }

        func run() throws {
            try reportingFailures {
                let rules = try ComplaintSettings.load()
                let store = try store.open()
                let now = Date()
                for f in store.state.openFollowUps where !due || f.isDue(at: now) {
                    let call = store.state.call(forFollowUp: f.id)
                    let late = max(0, Int(now.timeIntervalSince(f.dueAt)))
                    if json {
                        try printJSON(Entry(followUp: f, due: f.isDue(at: now), overdueSeconds: late, call: call?.id))
                    } else {
                        let when = f.isDue(at: now) ? (late >= 60 ? "OVERDUE \(ComplaintSettings.span(Double(late)))" : "DUE") : "scheduled"
                        let queued = call.map { "\($0.id) \($0.state.rawValue)" } ?? "-"
                        print([f.id, ComplaintSettings.time(f.dueAt, rules), when, (f.origin ?? .manual).rawValue, f.complaint ?? "-",
                               queued, sanitize(f.customer.name), sanitize(f.customer.phone), sanitize(f.purpose)]
                            .joined(separator: "\t"))
                    }
                }
            }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Schedule a follow-up call and print its id.",
            discussion: "With --complaint it is a promise made on that complaint (its customer is called, and the promise is noted on it).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Option(help: "The complaint the call is promised on.") var complaint: String?
        @Option(help: "The number to call (without --complaint).") var phone: String?
        @Option(help: "The customer's name (for a number the floor does not know).") var name: String?
        @Option(help: "Why the customer is to be called.") var purpose: String
        @Option(help: "When it falls due (default: now): \(WhenArgument.help)") var due: WhenArgument?
        @Option(help: "The script to follow on the call, by its name in the library (`scripts list`).") var script: String?
        func validate() throws { try checkIdentifiers(["--complaint": complaint, "--script": script]) }

        func run() throws {
            try reportingFailures {
                let rules = try ComplaintSettings.load()
                let store = try store.open()
                let me = try actor.entry(in: store)
                // A caller with no edited record is still known from earlier calls.
                let earlier = try phone.flatMap { try store.history(phone: $0, limit: 1).first?.customer }
                let events = try store.commit(agent: me.agent) { state, now in
                    let dueAt = try due?.date(now: now, in: rules.calendar.timeZone, option: "--due") ?? now
                    if let complaint {
                        return try FollowUps.promise(state, complaint: complaint, purpose: purpose, dueAt: dueAt, at: now)
                    }
                    guard let phone else {
                        throw DomainError.invalid(field: "phone", reason: "give --phone, or --complaint for a promise on a complaint")
                    }
                    guard let customer = state.customers[phone] ?? name.map({ Customer(name: $0, phone: phone) }) ?? earlier else {
                        throw DomainError.invalid(field: "name", reason: "the floor does not know \(phone); give --name")
                    }
                    return [try FollowUps.schedule(state, customer: customer, dueAt: dueAt, purpose: purpose, script: script, at: now)]
                }
                for case .followUpScheduled(let p) in events.map(\.body) { print(p.followUp.id) }
            }
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a follow-up's outcome; a resolved complaint it was about becomes followed up.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The follow-up id (F…).") var id: String
        func validate() throws { try checkIdentifiers(["follow-up id": id]) }
        @Option(help: "What came of the call.") var outcome: String

        func run() throws {
            try reportingFailures {
                try actor.commit(store) { state, now, _ in try FollowUps.done(state, followUp: id, outcome: outcome, at: now) }
            }
        }
    }

    struct Reschedule: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "\"Not convenient now\": call again at the time the customer proposes (closes this one, schedules the same call).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The follow-up id (F…).") var id: String
        func validate() throws { try checkIdentifiers(["follow-up id": id]) }
        @Option(help: "When to call again: \(WhenArgument.help)") var at: WhenArgument
        @Option(help: "Why (default: not convenient now).") var reason: String?

        func run() throws {
            try reportingFailures {
                let rules = try ComplaintSettings.load()
                try actor.commit(store) { state, now, _ in
                    try FollowUps.reschedule(state, followUp: id, to: at.date(now: now, in: rules.calendar.timeZone, option: "--at"),
                                             reason: reason, in: rules.calendar.timeZone, at: now)
                }
            }
        }
    }

    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a follow-up; a reason is required.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The follow-up id (F…).") var id: String
        func validate() throws { try checkIdentifiers(["follow-up id": id]) }
        @Option(help: "Why it is cancelled.") var reason: String?

        func run() throws {
            try reportingFailures {
                try actor.commit(store) { state, _, _ in try FollowUps.cancel(state, followUp: id, reason: reason) }
            }
        }
    }

    struct QueueDue: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "queue-due",
            abstract: "Put the follow-ups that have fallen due into the live queue as callbacks; prints their call ids.",
            discussion: "The console does this on its own; run this from cron when no console is open.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingFailures {
                let events = try store.open().commit(agent: nil) { state, now in FollowUps.fallingDue(state, at: now) }
                for event in events { print(event.body.callID ?? "") }
            }
        }
    }
}
