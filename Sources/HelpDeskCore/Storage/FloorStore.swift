import Foundation

/// Where the floor's events live. The JSON data directory is one
/// implementation; a PostgreSQL one (claims with `FOR UPDATE SKIP LOCKED`,
/// the live feed with `LISTEN/NOTIFY`) can stand beside it, because the
/// domain and the faces speak only to this protocol.
public protocol FloorStore: AnyObject, Sendable {
    /// The live state as of the last event this process has read.
    var state: LiveState { get }

    /// Who is who on the floor: Unix accounts to agent numbers, names and roles.
    var roster: Roster { get }

    /// Runs `decide` on the caught-up live state while holding the store's
    /// exclusive lock, then durably appends the events it returns, stamped
    /// with time, agent and OS user. Returns them once they are on disk.
    /// `decide` throwing (a `DomainError`) appends nothing.
    @discardableResult
    func commit(agent: String?, _ decide: (LiveState, Date) throws -> [EventBody]) throws -> [Event]

    /// Reads what other processes appended since this one last looked and
    /// folds it into `state`. Returns the new events, oldest first.
    @discardableResult
    func refresh() throws -> [Event]

    /// Every event whose time lies in `[from, to)`, oldest first, including
    /// archived history: the input of the wallboard's day.
    func events(from: Date?, to: Date?) throws -> [Event]

    /// The same events handed to `body` one at a time, without holding them
    /// all: a month of a busy floor is millions of events (reports).
    func forEachEvent(from: Date?, to: Date?, _ body: (Event) throws -> Void) throws

    /// The closed and live calls of one phone number, newest first.
    func history(phone: String, limit: Int) throws -> [Call]

    /// A descriptor that becomes readable when another process changed the
    /// floor (inotify here; a LISTEN/NOTIFY socket for PostgreSQL), for a UI
    /// to poll beside its terminal; -1 if there is none. Then `refresh()`.
    var changeDescriptor: Int32 { get }

    /// Blocks until the floor changes or `timeout` passes; true on a change.
    func waitForChange(timeout: Duration) -> Bool

    /// Keeps what an agent has typed into a form and not yet saved (JSON
    /// bytes), replacing the last one; nil removes it. Drafts are the agent's
    /// own, not floor events, but they belong to the floor so that a console
    /// reopened anywhere on it finds them, whatever the backend.
    func saveDraft(_ bytes: Data?, agent: String) throws

    /// The agent's draft, if one was left.
    func loadDraft(agent: String) throws -> Data?

    /// The lead's overrides of the shipped call scripts and phrase rules,
    /// wherever this floor keeps them (a data directory's `scripts/` and
    /// `phrases/`, a database server's table), read afresh.
    func overrides() -> FloorOverrides

    /// Signs this process on as the one speaking for `agent` (its console):
    /// the floor sees the agent as present while the hold lives, and as gone
    /// the moment the process dies, however it dies. Refuses when another
    /// live process already holds the agent.
    func holdPresence(agent: String) throws -> any PresenceHold

    /// Whether a live process speaks for `agent`; cheap enough to ask for
    /// every agent on every wallboard tick.
    func presence(of agent: String) -> AgentPresence

    /// Records as lost, once, every agent whose console died without signing
    /// off (`Presence.lost`); the wallboard asks every tick. The default asks
    /// `presence(of:)` per agent; a store whose every question is a round
    /// trip to a server asks for everyone at once.
    @discardableResult
    func recordLostAgents() throws -> [Event]
}

extension FloorStore {
    /// Gathers `forEachEvent`, so each store writes its read of a period once.
    public func events(from: Date?, to: Date?) throws -> [Event] {
        var found: [Event] = []
        try forEachEvent(from: from, to: to) { found.append($0) }
        return found
    }

    /// Brings `agent` onto the floor under `hold` (`Presence.signOn`). A
    /// session of theirs that died without signing off is first recorded as
    /// lost where it was last seen, so its time in state ends there.
    public func signOn(_ agent: RosterEntry, hold: any PresenceHold) throws {
        if case .gone(let seen) = hold.previous {
            try commit(agent: nil) { state, _ in
                Presence.lost(state) { $0 == agent.agent ? .gone(lastSeen: seen) : .held }
            }
        }
        try commit(agent: agent.agent) { state, _ in try Presence.signOn(state, agent: agent).map { [$0] } ?? [] }
    }

    /// Takes `agent` off the floor (`Presence.signOff`), then lets go of the hold.
    public func signOff(_ agent: RosterEntry, hold: (any PresenceHold)?) {
        _ = try? commit(agent: agent.agent) { state, _ in Presence.signOff(state, agent: agent).map { [$0] } ?? [] }
        hold?.release()
    }

    /// Asked first on this process's state, so the usual answer (nobody)
    /// takes no lock and writes nothing; then decided again under the lock.
    @discardableResult
    public func recordLostAgents() throws -> [Event] {
        guard !Presence.lost(state, presence: presence(of:)).isEmpty else { return [] }
        return try commit(agent: nil) { state, _ in Presence.lost(state, presence: self.presence(of:)) }
    }

    /// Appends one decided event.
    @discardableResult
    public func commit(agent: String?, _ decide: (LiveState, Date) throws -> EventBody) throws -> Event {
        try commit(agent: agent) { state, now in [try decide(state, now)] }[0]
    }
}
