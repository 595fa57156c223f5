import Foundation
import HelpDeskCore
import TermRender

/// Runs the console: waits on the terminal and the store's change
/// descriptor in one poll, feeds what happened to the model, carries out the
/// effects it returns against the store, and draws the new frame (the
/// terminal paints only the cells that changed). A wait ends at least once a
/// second so wait times count up with no key pressed.
public final class ConsoleRunner {
    /// Reads and writes the agent's complaint draft (JSON bytes, nil = none).
    public struct Drafts {
        public var load: () throws -> Data?
        public var save: (Data?) throws -> Void

        public init(load: @escaping () throws -> Data?, save: @escaping (Data?) throws -> Void) {
            self.load = load
            self.save = save
        }
    }

    private let terminal: any Terminal
    private let store: any FloorStore
    private let drafts: Drafts
    private let clock: any Clock
    public private(set) var model: ConsoleModel

    public init(terminal: any Terminal, store: any FloorStore, me: RosterEntry, text: UIText, drafts: Drafts,
                clock: any Clock = SystemClock()) {
        self.terminal = terminal
        self.store = store
        self.drafts = drafts
        self.clock = clock
        model = ConsoleModel(me: me, text: text, live: store.state, now: clock.now(), size: terminal.size)
    }

    /// Runs until the agent quits or a signal (SIGINT, SIGTERM, SIGHUP) ends
    /// the session. Drafts are already on disk by then: each edit wrote one.
    public func run() {
        start()
        while !model.quitting {
            draw()
            let event = terminal.nextEvent(timeoutMilliseconds: millisecondsToNextSecond(), watching: watched)
            handle(event)
        }
    }

    /// Brings the agent onto the floor and reopens a draft left by an
    /// earlier session.
    func start() {
        if model.myAgent == nil || model.myAgent?.status == .offline {
            perform([.setStatus(.ready, reason: nil)])
        }
        send(.floor(store.state, at: clock.now()))
        if let bytes = try? drafts.load(), let draft = try? JournalCoding.decoder().decode(ComplaintDraft.self, from: bytes) {
            model.restore(draft: draft)
        }
    }

    func draw() {
        let frame = ConsoleView(model: model).render()
        terminal.draw(frame.buffer, cursor: frame.cursor)
    }

    func handle(_ event: TerminalEvent) {
        switch event {
        case .key(let key):
            send(.key(key))
        case .readable:
            do {
                try store.refresh()
                send(.floor(store.state, at: clock.now()))
            } catch {
                send(.failed("\(error)"))
            }
        case .timeout:
            send(.tick(clock.now()))
        case .signal:
            model.quitting = true
        }
    }

    private var watched: [Int32] {
        let fd = store.changeDescriptor
        return fd >= 0 ? [fd] : []
    }

    private func millisecondsToNextSecond() -> Int {
        let t = clock.now().timeIntervalSince1970
        return max(10, Int((1 - (t - t.rounded(.down))) * 1000))
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
                send(.failed("\(error)"))
            }
        }
    }

    private func execute(_ effect: ConsoleEffect) throws -> String? {
        let me = model.me
        switch effect {
        case .claimNext:
            try store.commit(agent: me.agent) { state, now in try Floor.claimNext(state, agent: me.agent, at: now) }
        case .hangUp(let call):
            try store.commit(agent: me.agent) { state, _ in try Floor.hangUp(state, call: call) }
        case .complete(let call, let category, let disposition, let notes, let resolved, let satisfaction):
            try store.commit(agent: me.agent) { state, _ in
                var bodies = [try Floor.complete(state, call: call, agent: me.agent, category: category,
                                                 disposition: disposition, notes: notes, resolved: resolved)]
                if let satisfaction {
                    bodies.append(.satisfaction(SatisfactionRecorded(call: call, answer: satisfaction)))
                }
                return bodies
            }
        case .setStatus(let status, let reason):
            try store.commit(agent: me.agent) { state, _ in try Floor.setStatus(state, agent: me, status: status, reason: reason) }
        case .fileComplaint(let draft, let promised):
            let events = try store.commit(agent: me.agent) { state, now in
                [ComplaintFiling.file(state, draft: draft, promisedBy: promised, owner: me.agent, at: now)]
            }
            send(.floor(store.state, at: clock.now()))
            return "\(model.text.saved): \(events.first.flatMap(\.complaintID) ?? "")"
        case .saveDraft(let draft):
            try drafts.save(try draft.map { try JournalCoding.encoder().encode($0) })
            return nil
        case .loadHistory(let phone):
            send(.history(phone: phone, calls: try store.history(phone: phone, limit: 20)))
            return nil
        case .quit:
            return nil
        }
        send(.floor(store.state, at: clock.now()))
        return nil
    }
}
