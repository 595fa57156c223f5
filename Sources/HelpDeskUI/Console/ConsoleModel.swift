import Foundation
import HelpDeskCore
import TermRender

/// Everything the agent console shows, as a value: the live floor as this
/// process last read it, the agent, which panel has focus, the open forms
/// and overlays. `update` changes it; `ConsoleView` draws it.
public struct ConsoleModel: Sendable {
    public enum Panel: Int, CaseIterable, Sendable {
        case queue, call, script, complaint
    }

    public enum Overlay: Hashable, Sendable {
        case help
        /// A yes/no question before a step that cannot be taken back.
        case confirm(Confirmation)
        /// The pause reason: a configured code and optional words.
        case pause(Form)
        /// A note a case step needs (instructions, the answer, the resolution).
        case caseNote(CaseNoteKind, String, TextEditor)
        /// The caller's name and form of address, product and appointment.
        case caller(CallerForm)
    }

    /// The steps the console asks about first: each ends something the
    /// agent cannot take back (a caller, an escalation, typed work).
    public enum Confirmation: Hashable, Sendable {
        case quit
        case hangUp(call: String)
        case escalate(complaint: String, lead: String)
        case discardComplaint
    }

    public var me: RosterEntry
    public var text: UIText
    public var live: LiveState
    public var now: Date
    public var size: Size
    public var policy: QueuePolicy
    public var panel: Panel = .queue
    public var queueSelection = 0
    /// Earlier contacts of the caller in hand, newest first.
    public var history: [Call] = []
    public var historyPhone: String?
    public var complaint: ComplaintForm?
    public var wrapUp: WrapUpForm?
    public var overlay: Overlay?
    /// A one-line message in the status area, and whether it is an error.
    public var message: (text: String, isError: Bool)?
    /// Why the floor cannot be reached, while it cannot: the status line
    /// says so whenever no newer message stands there.
    public var outage: String?
    public var quitting = false
    /// The department's time zone (its business calendar's), in which every
    /// date and time is shown: an agent on a remote host reads local times.
    public var timeZone: TimeZone = .current
    /// The complaint rules, for the case list's urgency order (the same as
    /// `helpdesk complaint list`); set by the runner.
    public var complaintRules: ComplaintRules?
    /// The scripts and phrase rules the console coaches with.
    public var coaching: ConsoleCoaching
    /// The scripts on the call in hand (nil with no call or no scripts).
    public internal(set) var callScript: CallScript?
    /// Phrase hits already journaled, per form field, so each is recorded once.
    var phraseTally = PhraseTally()
    /// The configured disposition and pause-reason codes.
    public var codes: FloorCodes
    /// Who is who: names leads in notices, and whom an escalation goes to.
    public var roster: Roster
    /// Rings the terminal bell when a lead's instruction arrives.
    public var bell: Bool
    /// A lead's latest instruction or answer to this agent, shown in the
    /// status bar until the agent looks at the complaint panel.
    public var leadNotice: String?
    /// The time of the newest lead note already noticed.
    var leadNotesSeen = Date.distantPast

    public init(me: RosterEntry, text: UIText, live: LiveState, now: Date, size: Size, codes: FloorCodes,
                roster: Roster = Roster(), bell: Bool = true, policy: QueuePolicy = .standard, coaching: ConsoleCoaching = .none) {
        self.coaching = coaching
        self.codes = codes
        self.roster = roster
        self.bell = bell
        self.me = me
        self.text = text
        self.live = live
        self.now = now
        self.size = size
        self.policy = policy
        deriveFromFloor()
        leadNotesSeen = leadNotes().last?.note.at ?? .distantPast
    }

    /// The callers waiting now, head first: ordered once per floor change
    /// or clock tick, never while drawing a frame.
    public private(set) var queue: [Call] = []
    /// The longest wait in the queue now, in seconds.
    public private(set) var longestWait: TimeInterval = 0
    /// The call this agent has in hand (talking or wrap-up).
    public private(set) var callInHand: Call?
    /// The caller's open complaints (newest first) and follow-ups, for the call panel.
    public private(set) var callerComplaints: [Complaint] = []
    public private(set) var callerFollowUps: [FollowUp] = []
    /// The complaints in the case list (see `CaseDesk.swift`).
    public private(set) var cases: [Complaint] = []
    public var caseSelection = 0

    /// Recomputes what the screens read from the floor, after the floor
    /// moved: each costs a pass over every live call, too much to repeat in
    /// every panel of every frame on a busy floor.
    mutating func deriveFromFloor() {
        deriveFromClock()
        callInHand = live.callInHand(of: me.agent)
        let phone = callInHand?.customer.phone
        callerComplaints = phone.map { phone in
            live.complaints.values.filter { $0.customer.phone == phone }.sorted { $0.openedAt > $1.openedAt }
        } ?? []
        callerFollowUps = phone.map(live.openFollowUps(phone:)) ?? []
        cases = Self.cases(for: me, in: live, caller: callerComplaints, rules: complaintRules, at: now)
        caseSelection = min(caseSelection, max(0, cases.count - 1))
    }

    /// Recomputes the part that changes with the clock alone (a tick): the
    /// queue's order and waits, as callbacks fall due and callers age.
    mutating func deriveFromClock() {
        queue = live.queue(at: now, policy: policy)
        let at = now
        longestWait = queue.lazy.map { $0.waited(at: at) }.max() ?? 0
        queueSelection = min(queueSelection, max(0, queue.count - 1))
    }

    public var myAgent: Agent? { live.agents[me.agent] }

    /// True when quitting would leave something unfinished.
    public var hasUnfinishedWork: Bool { callInHand != nil || complaint != nil }
}
