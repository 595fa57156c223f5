import ArgumentParser
import Foundation
import ColumnWidth
import HelpDeskCore
import HelpDeskStore
import HelpDeskUI
import TermRender

/// `helpdesk complaint …`: the complaint workflow for scripts and for leads
/// without the console. Every change goes through `Complaints` under the
/// store's lock; refusals exit 1 with the domain's message.
struct ComplaintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "complaint",
        abstract: "File, escalate, resolve and close complaints; list and show them with their SLA clocks.",
        discussion: "The rules (causes, SLA, business calendar) are read from Resources/complaints/; see docs/complaints.md.",
        subcommands: [List.self, Show.self, New.self, Accept.self, Escalate.self, Take.self, Instruct.self, HandBack.self,
                      Check.self, Resolve.self, Close.self, Reopen.self])
}

/// Who acts: the Unix account running the command (the real uid, never
/// `$USER`), mapped through roster.json; `--agent` may name only that
/// account's own agent, unless its role is lead (`Identity`).
struct ActorOptions: ParsableArguments {
    @Option(help: "The agent number acting: your own (the default, from roster.json), or any agent if your role is lead.")
    var agent: String?

    func validate() throws { try checkIdentifiers(["--agent": agent]) }

    func entry(in store: any FloorStore) throws -> RosterEntry {
        try Identity.ofThisProcess(roster: store.roster).acting(asAgent: agent, roster: store.roster, state: store.state)
    }

    /// Opens the store and commits what `decide` returns as the acting agent.
    func commit(_ options: StoreOptions, _ decide: (LiveState, Date, RosterEntry) throws -> [EventBody]) throws {
        let store = try options.open()
        let me = try entry(in: store)
        try store.commit(agent: me.agent) { state, now in try decide(state, now, me) }
    }
}

extension ComplaintCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List complaints, overdue first, with the time left on their running SLA clock.")

        @OptionGroup var store: StoreOptions
        @Flag(help: "Include closed complaints (reads the whole journal).") var all = false
        @Flag(help: "Only complaints whose SLA clock has run out or whose promise is broken.") var overdue = false
        @Option(help: "Only complaints escalated to this lead and waiting for them.") var escalatedTo: String?
        func validate() throws { try checkIdentifiers(["--escalated-to": escalatedTo]) }
        @Option(help: "Only complaints in this status.") var status: ComplaintStatus?
        @Option(help: "Language of the labels: zh-Hans, en or ko (default: from the locale).") var lang: Language?
        @Flag(help: "One JSON object per line: the complaint and its SLA clocks.") var json = false

        func run() throws {
            try reportingFailures {
                let rules = try ComplaintSettings.load()
                let store = try store.open()
                let now = Date()
                var complaints = all ? Array(ComplaintArchive(try store.events(from: nil, to: nil)).complaints.values)
                                     : Array(store.state.complaints.values)
                if let lead = escalatedTo { complaints = complaints.filter { $0.status == .escalated && $0.escalatedTo == lead } }
                if let status { complaints = complaints.filter { $0.status == status } }
                let rows = complaints.map { ($0, rules.sla(for: $0, at: now)) }
                    .filter { !overdue || $0.1.isOverdue }
                    .sorted(by: ComplaintRules.isMoreUrgent)
                let language = uiLanguage(lang)
                for (complaint, sla) in rows {
                    if json {
                        try printJSON(ComplaintEntry(complaint: complaint, sla: SLASummary(sla)))
                    } else {
                        print([complaint.id, complaint.status.rawValue, complaint.severity.rawValue, ComplaintSettings.clockText(sla),
                               complaint.promisedBy.map { "promised " + ComplaintSettings.time($0, rules) } ?? "no promise",
                               complaint.escalatedTo.map { "\(complaint.owner)→\($0)" } ?? complaint.owner,
                               sanitize(complaint.customer.name), sanitize(rules.categories.label(complaint.category, in: language))]
                            .joined(separator: "\t"))
                    }
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one complaint: its fields, checklist, SLA clocks and log.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The complaint id (T…).") var id: String
        func validate() throws { try checkIdentifiers(["complaint id": id]) }
        @Option(help: "Language of the labels: zh-Hans, en or ko (default: from the locale).") var lang: Language?
        @Flag(help: "Print the complaint and its SLA clocks as one JSON object.") var json = false

        func run() throws {
            try reportingFailures {
                let rules = try ComplaintSettings.load()
                let store = try store.open()
                guard let complaint = try store.state.complaints[id] ?? ComplaintArchive(store.events(from: nil, to: nil)).complaints[id] else {
                    throw DomainError.unknownComplaint(id)
                }
                let sla = rules.sla(for: complaint, at: Date())
                if json { return try printJSON(ComplaintEntry(complaint: complaint, sla: SLASummary(sla))) }
                let language = uiLanguage(lang)
                print(ComplaintSettings.describe(complaint, sla, rules, language))
            }
        }
    }

    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "File a complaint and print its id; with --promise it is accepted at once.",
            discussion: "The customer is the caller of --call, else the one with --phone (--name needed when the number is new).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Option(help: "The live call the complaint is taken on.") var call: String?
        @Option(help: "The customer's phone number (without --call).") var phone: String?
        @Option(help: "The customer's name (for a number the floor does not know).") var name: String?
        @Option(help: "Cause: \(ComplaintCategory.allCases.map(\.rawValue).joined(separator: ", ")).") var category: ComplaintCategory
        @Option(name: .customLong("key-points"), help: "What the customer said, in their words.") var keyPoints: String
        @Option(help: "What the customer wants done.") var wants: String?
        @Option(help: "The product or service complained about.") var product: String?
        @Option(help: "The branch whose service it is about (default: the customer's).") var branch: String?
        func validate() throws { try checkIdentifiers(["--call": call, "--branch": branch]) }
        @Option(help: "low, normal, high or critical.") var severity: Severity = .normal
        @Option(help: "The resolution time told to the customer: \(WhenArgument.help)") var promise: WhenArgument?
        @Option(name: .customLong("promise-reason"), help: "Why the promise lies after the SLA's resolution due time.")
        var promiseReason: String?
        @Option(name: .customLong("check"), help: "A handling step done: \(HandlingChecklist.Step.allCases.map(\.rawValue).joined(separator: ", ")) (repeatable).")
        var checks: [HandlingChecklist.Step] = []
        @Flag(help: "Print the filed complaint as one JSON object instead of its id.") var json = false

        func run() throws {
            try reportingFailures {
                let rules = try ComplaintSettings.load()
                let store = try store.open()
                let me = try actor.entry(in: store)
                var checklist = HandlingChecklist()
                for step in checks { checklist[step] = true }
                let events = try store.commit(agent: me.agent) { state, now in
                    var customer: Customer?
                    if call == nil, let phone {
                        customer = state.customers[phone] ?? name.map { Customer(name: $0, phone: phone) }
                        if customer == nil {
                            throw DomainError.invalid(field: "name", reason: "the floor does not know \(phone); give --name")
                        }
                    }
                    let facts = NewComplaint(call: call, customer: customer, category: category, product: product, branch: branch,
                                             keyPoints: keyPoints, wants: wants, severity: severity,
                                             promisedBy: try promise?.date(now: now, in: rules.calendar.timeZone, option: "--promise"),
                                             promiseReason: promiseReason, checklist: checklist)
                    return try Complaints.file(state, facts, by: me.agent, rules: rules, at: now)
                }
                guard case .complaintFiled(let filed)? = events.first?.body else { return }
                if json { try printJSON(store.state.complaints[filed.complaint.id] ?? filed.complaint) } else { print(filed.complaint.id) }
            }
        }
    }

    struct Accept: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Accept a complaint: the customer has been told how long the fix will take.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        func validate() throws { try checkIdentifiers(["complaint id": id]) }
        @Option(help: "The resolution time told to the customer: \(WhenArgument.help)") var promise: WhenArgument?
        @Option(help: "A note for the complaint's log.") var note: String?
        @Option(help: "Why the promise lies after the SLA's resolution due time (not needed when a lead accepts).") var reason: String?

        func run() throws {
            try ComplaintSettings.change(store, actor) { state, now, me, rules in
                [try Complaints.accept(state, complaint: id, promisedBy: try promise?.date(now: now, in: rules.calendar.timeZone, option: "--promise"),
                                       note: note, reason: reason, by: me, rules: rules, at: now)]
            }
        }
    }

    struct Escalate: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pass a complaint up to a team lead.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        @Option(help: "The lead's agent number (role lead in roster.json).") var to: String
        func validate() throws { try checkIdentifiers(["complaint id": id, "--to": to]) }
        @Option(help: "What was explained and what the lead is asked.") var note: String?

        func run() throws {
            try reportingFailures {
                let store = try store.open()
                let me = try actor.entry(in: store)
                let lead = store.roster.person(agent: to, state: store.state)
                try store.commit(agent: me.agent) { state, _ in
                    try Complaints.escalate(state, complaint: id, to: lead, note: note)
                }
            }
        }
    }

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A lead takes an escalated complaint into their own hands.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        func validate() throws { try checkIdentifiers(["complaint id": id]) }
        @Option(help: "A note for the complaint's log.") var note: String?

        func run() throws {
            try ComplaintSettings.change(store, actor) { state, _, me, _ in [try Complaints.take(state, complaint: id, lead: me, note: note)] }
        }
    }

    struct Instruct: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A lead tells the agent what to do; the agent reads it on the complaint.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        func validate() throws { try checkIdentifiers(["complaint id": id]) }
        @Argument(help: "The instructions.") var text: String

        func run() throws {
            try ComplaintSettings.change(store, actor) { state, _, me, _ in [try Complaints.instruct(state, complaint: id, lead: me, text: text)] }
        }
    }

    struct HandBack: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hand-back", abstract: "A lead returns the complaint to the agent who escalated it, with the answer.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        func validate() throws { try checkIdentifiers(["complaint id": id]) }
        @Argument(help: "The answer the agent is to give the customer.") var answer: String

        func run() throws {
            try ComplaintSettings.change(store, actor) { state, _, me, _ in [try Complaints.handBack(state, complaint: id, lead: me, answer: answer)] }
        }
    }

    struct Resolve: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the fix (owner or a lead); schedules the \"is everything working?\" follow-up.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        func validate() throws { try checkIdentifiers(["complaint id": id]) }
        @Option(help: "What was done for the customer.") var resolution: String

        func run() throws {
            try ComplaintSettings.change(store, actor) { state, now, me, rules in
                try Complaints.resolve(state, complaint: id, by: me, resolution: resolution, rules: rules, at: now)
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tick handling steps done (steps.json says which accepting, resolving and closing need).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        @Option(name: .customLong("step"), help: "A step done: \(HandlingChecklist.Step.allCases.map(\.rawValue).joined(separator: ", ")) (repeatable).")
        var steps: [HandlingChecklist.Step] = []

        func run() throws {
            try ComplaintSettings.change(store, actor) { state, _, _, _ in [try Complaints.check(state, complaint: id, steps: Set(steps))] }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Close a followed-up complaint (refused while a follow-up about it is open).")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        func validate() throws { try checkIdentifiers(["complaint id": id]) }
        @Option(help: "A closing note.") var note: String?

        func run() throws {
            try ComplaintSettings.change(store, actor) { state, _, _, rules in [try Complaints.close(state, complaint: id, note: note, rules: rules)] }
        }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reopen a resolved or closed complaint: the customer called again about it.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var actor: ActorOptions
        @Argument(help: "The complaint id.") var id: String
        func validate() throws { try checkIdentifiers(["complaint id": id]) }
        @Option(help: "What the customer says now.") var reason: String

        func run() throws {
            try reportingFailures {
                let store = try store.open()
                let me = try actor.entry(in: store)
                let archived = store.state.complaints[id] == nil
                    ? ComplaintArchive(try store.events(from: nil, to: nil)).complaints[id] : nil
                try store.commit(agent: me.agent) { state, _ in
                    try Complaints.reopen(state, complaint: id, archived: archived, reason: reason)
                }
            }
        }
    }
}

// MARK: - Output

/// A complaint as `--json` prints it: the record and its clocks now.
struct ComplaintEntry: Encodable {
    var complaint: Complaint
    var sla: SLASummary
}

/// The SLA clocks in the form a script reads.
struct SLASummary: Encodable {
    var firstResponseDue: Date
    var resolutionDue: Date
    /// "first-response" or "resolution" while a clock runs; absent once resolved.
    var running: SLAClock.Kind?
    /// Business seconds left on the running clock; negative when overdue.
    var businessSecondsLeft: Int?
    var firstResponseLate: Bool
    var resolutionLate: Bool
    var promiseBroken: Bool
    var overdue: Bool

    init(_ sla: ComplaintSLA) {
        firstResponseDue = sla.firstResponse.due
        resolutionDue = sla.resolution.due
        running = sla.running?.kind
        businessSecondsLeft = sla.running.map { Int($0.businessSecondsLeft.rounded()) }
        firstResponseLate = sla.firstResponse.isOverdue
        resolutionLate = sla.resolution.isOverdue
        promiseBroken = sla.promiseBroken
        overdue = sla.isOverdue
    }
}

// MARK: - Settings, time arguments and text

/// Reading the complaint rules, and the text the commands print.
enum ComplaintSettings {
    /// Reads `complaints/` of the resources directory (found as the scripts
    /// and phrase rules are: `$HELPDESK_RESOURCES`, beside the executable,
    /// or the source checkout).
    static func load() throws -> ComplaintRules {
        let names = ComplaintRules.fileNames
        let folder = "complaints"
        do {
            return try ComplaintRules.decode(
                categories: readResource(folder, names.categories), sla: readResource(folder, names.sla),
                calendar: readResource(folder, names.calendar), followUps: readResource(folder, names.followUps),
                steps: readResource(folder, names.steps))
        } catch let error as ComplaintConfigError {
            throw CLIFailure(message: "\(try resourcePath(folder))/\(error)", code: .storeUnavailable)
        }
    }

    /// Opens the store and the rules, then commits what `decide` returns as the acting agent.
    static func change(
        _ options: StoreOptions, _ actor: ActorOptions,
        _ decide: (LiveState, Date, RosterEntry, ComplaintRules) throws -> [EventBody]
    ) throws {
        try reportingFailures {
            let rules = try load()
            try actor.commit(options) { state, now, me in try decide(state, now, me, rules) }
        }
    }

    /// "2h05m left", "OVERDUE 0h30m", "PROMISE BROKEN", or "resolved".
    static func clockText(_ sla: ComplaintSLA) -> String {
        guard let clock = sla.running else { return sla.resolution.isOverdue ? "resolved late" : "resolved" }
        let span = span(abs(clock.businessSecondsLeft))
        let what = clock.kind == .firstResponse ? "response" : "fix"
        if clock.isOverdue { return "OVERDUE \(what) \(span)" }
        return sla.promiseBroken ? "PROMISE BROKEN, \(what) \(span) left" : "\(what) \(span) left"
    }

    /// Business time as hours and minutes: "26h05m".
    static func span(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded(.up))
        return String(format: "%dh%02dm", minutes / 60, minutes % 60)
    }

    /// A moment in the department's time zone: "2026-11-30 10:00".
    static func time(_ date: Date, _ rules: ComplaintRules) -> String {
        LocalTime.minute(date, in: rules.calendar.timeZone)
    }

    static func describe(_ c: Complaint, _ sla: ComplaintSLA, _ rules: ComplaintRules, _ language: Language) -> String {
        func line(_ label: String, _ value: String?) -> String? { value.map { label.padding(toLength: 16, withPad: " ", startingAt: 0) + sanitize($0) } }
        func clock(_ clock: SLAClock) -> String {
            let due = time(clock.due, rules)
            if let stopped = clock.stoppedAt { return "due \(due), " + (clock.isOverdue ? "late" : "met") + " at \(time(stopped, rules))" }
            return "due \(due), " + (clock.isOverdue ? "OVERDUE by \(span(-clock.businessSecondsLeft))" : "\(span(clock.businessSecondsLeft)) left")
        }
        let list = c.checklist
        let steps = [("listened", list.listened), ("stayed calm", list.stayedCalm), ("recorded key points", list.recordedKeyPoints),
                     ("explained", list.explained), ("escalated" + (list.escalatedTo.map { " to \($0)" } ?? ""), list.escalatedTo != nil),
                     ("gave feedback", list.gaveFeedback), ("told how long", list.toldHowLong)]
        var lines: [String?] = [
            "\(c.id)  \(c.status.rawValue)  \(sanitize(rules.categories.label(c.category, in: language)))" + (sla.isOverdue ? "  OVERDUE" : ""),
            line("customer", "\(c.customer.name)  \(c.customer.phone)  \(c.customer.tier.rawValue)"),
            line("call", c.call), line("product", c.product), line("branch", c.branch),
            line("severity", c.severity.rawValue),
            line("promised by", c.promisedBy.map { time($0, rules) + (sla.promiseBroken ? "  BROKEN" : "") } ?? "(no promise yet)"),
            line("owner", c.owner + (c.escalatedTo.map { "  escalated to \($0) by \(c.escalatedBy ?? "?")" } ?? "")),
            line("first response", clock(sla.firstResponse)),
            line("resolution", clock(sla.resolution)),
            line("filed", time(c.openedAt, rules) + (c.reopenedAt.map { ", reopened \(time($0, rules)) (\(c.reopenCount)×)" } ?? "")),
            line("checklist", "\(list.doneCount)/\(HandlingChecklist.stepCount)  "
                 + steps.map { ($0.1 ? "[x] " : "[ ] ") + $0.0 }.joined(separator: "  ")),
        ]
        lines.append("key points")
        lines += c.keyPoints.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + sanitize(String($0)) }
        if let wants = c.wants { lines.append("wants"); lines.append("  " + sanitize(wants)) }
        if !c.notes.isEmpty { lines.append("log") }
        for note in c.notes {
            lines.append("  \(time(note.at, rules))  \(sanitize(note.by ?? "-"))  \(note.action.rawValue) → \(note.status.rawValue)"
                         + (note.text.map { "  " + sanitize($0) } ?? ""))
        }
        return lines.compactMap { $0 }.joined(separator: "\n")
    }
}

/// A time on the command line: an ISO 8601 moment ("2026-11-30T10:00:00+08:00"),
/// a local one in the department's time zone ("2026-11-30 10:00"), or a
/// span from now ("90m", "2h", "3d").
struct WhenArgument: ExpressibleByArgument {
    static let help = "\"2026-11-30 10:00\" (the department's time zone), an ISO 8601 time, or from now: 90m, 2h, 3d."

    enum Value { case moment(Date), local(String), fromNow(TimeInterval) }
    var value: Value
    /// As typed, for the message when the time cannot be kept.
    var text: String

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces)
        self.text = text
        if let unit = text.last, let n = Double(text.dropLast()), n >= 0, let scale = ["m": 60.0, "h": 3600.0, "d": 86400.0][String(unit)] {
            value = .fromNow(n * scale)
        } else if let date = JournalCoding.parseDate(text) {
            value = .moment(date)
        } else if Self.localFormatter(TimeZone(identifier: "UTC")!).date(from: text) != nil {
            value = .local(text)
        } else {
            return nil
        }
    }

    /// The moment meant; a time the journal cannot hold (past the year
    /// 9999, or infinitely far) is refused with exit 64, naming `option`.
    func date(now: Date, in zone: TimeZone, option: String) throws -> Date {
        let date = switch value {
        case .moment(let date): date
        case .fromNow(let seconds): now.addingTimeInterval(seconds)
        case .local(let text): Self.localFormatter(zone).date(from: text) ?? now
        }
        guard JournalCoding.canRepresent(date) else {
            throw CLIFailure(message: "\(option) \(text): too far out; a time must fall in the years 0000–9999", code: .badInput)
        }
        return date
    }

    private static func localFormatter(_ zone: TimeZone) -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = zone
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f
    }
}

extension ComplaintCategory: ExpressibleByArgument {}
extension ComplaintStatus: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension HandlingChecklist.Step: ExpressibleByArgument {}
