import Foundation
import HelpDeskCore
import HelpDeskLog
import TermRender

/// Runs the console: waits on the terminal and the store's change
/// descriptor in one poll, feeds what happened to the model, carries out the
/// effects it returns against the store, and draws the new frame (the
/// terminal paints only the cells that changed). Frames for other agents'
/// changes are paced (`FramePacer`); keys are not. A wait ends at least once
/// a second so wait times count up with no key pressed.
public final class ConsoleRunner: ScreenLoop {
    let terminal: any Terminal
    let store: any FloorStore
    let clock: any Clock
    private let rules: ComplaintRules
    /// Where this process's logged warnings arrive, and how many were shown.
    private let notices: NoticeBoard
    private var warningsShown = 0
    var isQuitting: Bool { model.quitting }
    /// This console's hold on the agent's presence: the floor sees the agent
    /// as present while the process lives (nil in tests without one).
    private let presence: (any PresenceHold)?
    /// When the hold was last touched and the floor last checked for lost agents.
    private var lastLook = Date.distantPast
    public private(set) var model: ConsoleModel

    /// `roster` names leads (escalations go to one); `bell` rings the
    /// terminal when a lead's instruction arrives.
    public init(terminal: any Terminal, store: any FloorStore, me: RosterEntry, text: UIText,
                rules: ComplaintRules, codes: FloorCodes, roster: Roster = Roster(), bell: Bool = true,
                coaching: ConsoleCoaching = .none, clock: any Clock = SystemClock(), notices: NoticeBoard = .shared,
                presence: (any PresenceHold)? = nil) {
        self.terminal = terminal
        self.presence = presence
        self.notices = notices
        self.store = store
        self.rules = rules
        self.clock = clock
        model = ConsoleModel(me: me, text: text, live: store.state, now: clock.now(), size: terminal.size, codes: codes,
                             roster: roster, bell: bell, coaching: coaching)
        model.timeZone = rules.calendar.timeZone
        model.complaintRules = rules
    }

    /// Runs until the agent quits or a signal (SIGINT, SIGTERM, SIGHUP) ends
    /// the session. Drafts are already in the store by then: each edit wrote one.
    public func run() {
        start()
        runLoop()
        signOff()
    }

    /// Brings the agent onto the floor and reopens a draft left by an
    /// earlier session. A session of this agent that died without signing
    /// off is first recorded as lost where it was last seen.
    func start() {
        let me = model.me
        do {
            if let presence {
                try store.signOn(me, hold: presence)
            } else {
                try store.commit(agent: me.agent) { state, _ in try Presence.signOn(state, agent: me).map { [$0] } ?? [] }
            }
        } catch {
            report(error)
        }
        send(.floor(store.state, at: clock.now()))
        if let bytes = try? store.loadDraft(agent: model.me.agent), let draft = try? JournalCoding.decoder().decode(ComplaintDraft.self, from: bytes) {
            model.restore(draft: draft)
        }
    }

    /// Quitting takes the agent off the floor (the wall stops counting them
    /// ready), then lets go of their presence.
    func signOff() {
        store.signOff(model.me, hold: presence)
    }

    /// Every few seconds: marks this agent as seen, and records agents whose
    /// consoles died as lost (the wallboard does it too; whoever is first).
    private func lookAround() {
        let now = clock.now()
        guard now.timeIntervalSince(lastLook) >= 5 else { return }
        lastLook = now
        presence?.touch()
        do { try store.recordLostAgents() } catch { report(error) }
    }

    func draw() {
        let frame = ConsoleView(model: model).render()
        terminal.draw(frame.buffer, cursor: frame.cursor)
    }

    func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key):
            // A key happens now, not at the last tick: a script step said
            // mid-second starts the next countdown from the key press.
            model.now = clock.now()
            send(.key(key))
        case .readable:
            do {
                // Our own commits wake us too; only a floor the screen has
                // not shown yet is worth re-deriving.
                try store.refresh()
                send(.floorBack)
                let state = store.state
                guard state.lastSeq != model.live.lastSeq else { return }
                send(.floor(state, at: clock.now()))
            } catch {
                report(error)
            }
        case .timeout:
            lookForTheFloor()
            lookAround()
            queueDueFollowUps()
            send(.tick(clock.now()))
            showNewWarning()
        case .signal:
            model.quitting = true
        }
    }

    /// While the floor cannot be reached, asks it again every second (the
    /// store reconnects as it is used) and says when it answers.
    private func lookForTheFloor() {
        guard model.outage != nil, (try? store.refresh()) != nil else { return }
        send(.floorBack)
        send(.floor(store.state, at: clock.now()))
    }

    /// A failure on screen: a floor that cannot be reached is an outage the
    /// console keeps showing until it is back; anything else a message.
    private func report(_ error: any Error) {
        send(error.floorUnreachable ? .floorLost("\(error)") : .failed("\(error)"))
    }

    /// A warning logged since the last look (by the store, in this process)
    /// shows in the status bar: a console user reads no log file.
    private func showNewWarning() {
        guard let notice = notices.current, notice.count > warningsShown else { return }
        warningsShown = notice.count
        send(.warning(notice.text))
    }

    /// Follow-ups whose time has come join the queue as callbacks. Any
    /// console may do it: the decision runs again under the store's lock,
    /// so two consoles never queue the same follow-up twice.
    private func queueDueFollowUps() {
        guard !FollowUps.fallingDue(store.state, at: clock.now()).isEmpty else { return }
        do {
            try store.commit(agent: nil) { state, now in FollowUps.fallingDue(state, at: now) }
        } catch {
            report(error)
        }
    }

    /// Carries out a step on a complaint from the case list. An escalation
    /// goes to the lead `Complaints.escalationLead` chooses.
    private func take(_ step: CaseStep) throws {
        let me = model.me
        let (rules, roster) = (rules, model.roster)
        try store.commit(agent: me.agent) { state, now -> [EventBody] in
            switch step {
            case .escalate(let id):
                return [try Complaints.escalate(state, complaint: id, to: Complaints.escalationLead(for: me, roster: roster))]
            case .take(let id): return [try Complaints.take(state, complaint: id, lead: me)]
            case .instruct(let id, let text): return [try Complaints.instruct(state, complaint: id, lead: me, text: text)]
            case .handBack(let id, let answer): return [try Complaints.handBack(state, complaint: id, lead: me, answer: answer)]
            case .resolve(let id, let resolution):
                return try Complaints.resolve(state, complaint: id, by: me, resolution: resolution, rules: rules, at: now)
            }
        }
    }

    private func send(_ message: ConsoleMessage) {
        perform(model.update(message))
    }

    /// Carries out effects; failures come back to the model as a message
    /// naming what went wrong, and nothing on disk is half-changed.
    private func perform(_ effects: [ConsoleEffect]) {
        for effect in effects {
            do {
                if let confirmation = try execute(effect) { send(.done(confirmation)) }
            } catch {
                report(error)
            }
        }
    }

    /// Carries out one effect; returns a confirmation for the agent, if any.
    private func execute(_ effect: ConsoleEffect) throws -> String? {
        let me = model.me
        var confirmation: String?
        switch effect {
        case .claimNext:
            try store.commit(agent: me.agent) { state, now in try Floor.claimNext(state, agent: me.agent, at: now) }
        case .hangUp(let call):
            try store.commit(agent: me.agent) { state, _ in try Floor.hangUp(state, call: call) }
        case .complete(let facts):
            let (rules, codes) = (rules, model.codes)
            try store.commit(agent: me.agent) { state, now in
                try WrapUp.complete(state, facts, agent: me.agent, codes: codes, rules: rules, at: now)
            }
        case .caseStep(let step):
            try take(step)
        case .nameCaller(let call, let surname, let honorific):
            try store.commit(agent: me.agent) { state, _ in
                try Floor.nameCaller(state, call: call, surname: surname, honorific: honorific, by: me.agent)
            }
        case .updateCustomer(let customer, let call):
            try store.commit(agent: me.agent) { _, _ in try Floor.mark(customer, call: call, by: me) }
        case .setStatus(let status):
            try store.commit(agent: me.agent) { state, _ in try Floor.setStatus(state, agent: me, status: status, reason: nil) }
        case .pause(let reason, let note):
            let codes = model.codes.pauseReasons
            try store.commit(agent: me.agent) { state, _ in try Floor.pause(state, agent: me, reason: reason, note: note, codes: codes) }
        case .bell:
            terminal.bell()
            return nil
        case .fileComplaint(let draft, let promised):
            let facts = NewComplaint(call: draft.call, customer: draft.customer, category: draft.category,
                                     product: draft.product, keyPoints: draft.keyPoints, wants: draft.wants,
                                     severity: draft.severity, promisedBy: promised, promiseReason: draft.promiseReason,
                                     checklist: draft.checklist ?? HandlingChecklist())
            let events: [Event]
            do {
                events = try store.commit(agent: me.agent) { state, now in
                    try Complaints.file(state, facts, by: me.agent, rules: rules, at: now)
                }
            } catch {
                // Nothing typed is lost: the form comes back for the agent to correct.
                model.restore(draft: draft)
                throw error
            }
            try store.saveDraft(nil, agent: me.agent)
            let id = events.lazy.compactMap { event -> String? in
                if case .complaintFiled(let p) = event.body { return p.complaint.id }
                return nil
            }.first
            confirmation = "\(model.text.saved): \(id ?? "")"
        case .saveDraft(let draft):
            try store.saveDraft(try draft.map { try JournalCoding.encoder().encode($0) }, agent: me.agent)
            return nil
        case .record(let bodies):
            try store.commit(agent: me.agent) { _, _ in bodies }
        case .loadHistory(let phone):
            send(.history(phone: phone, calls: try store.history(phone: phone, limit: 20)))
            return nil
        case .quit:
            return nil
        }
        send(.floor(store.state, at: clock.now()))
        return confirmation
    }
}
