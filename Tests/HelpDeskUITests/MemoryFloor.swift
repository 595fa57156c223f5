import Foundation
import HelpDeskCore

/// A floor held in memory, standing for any backend that is not the data
/// directory: what the console needs must come through `FloorStore`.
final class MemoryFloor: FloorStore, @unchecked Sendable {
    private let lock = NSLock()
    private var live = LiveState()
    private var drafts: [String: Data] = [:]
    private var present: [String: AgentPresence] = [:]
    private var down = false
    let clock: any Clock

    /// While true, every change, refresh and draft fails as a database
    /// server's floor does when its server is gone.
    var unreachable: Bool {
        get { lock.withLock { down } }
        set { lock.withLock { down = newValue } }
    }

    struct Outage: ReachabilityFailure, CustomStringConvertible {
        var floorUnreachable: Bool { true }
        var description: String { "the memory floor's server is gone" }
    }

    private func reach() throws { if down { throw Outage() } }

    init(clock: any Clock) { self.clock = clock }

    var state: LiveState { lock.withLock { live } }
    var roster: Roster { Roster() }
    var changeDescriptor: Int32 { -1 }
    func overrides() -> FloorOverrides { .none }

    func commit(agent: String?, _ decide: (LiveState, Date) throws -> [EventBody]) throws -> [Event] {
        try lock.withLock {
            try reach()
            let now = clock.now()
            let events = try decide(live, now).enumerated().map { index, body in
                Event(seq: live.lastSeq + 1 + index, at: now, agent: agent, user: "test", body: body)
            }
            for event in events { live.apply(event) }
            return events
        }
    }

    func refresh() throws -> [Event] { try lock.withLock { try reach() }; return [] }
    func events(from: Date?, to: Date?) throws -> [Event] { [] }
    func forEachEvent(from: Date?, to: Date?, _ body: (Event) throws -> Void) throws {}
    func history(phone: String, limit: Int) throws -> [Call] { [] }
    func waitForChange(timeout: Duration) -> Bool { false }

    func saveDraft(_ bytes: Data?, agent: String) throws {
        try lock.withLock {
            try reach()
            drafts[agent] = bytes
        }
    }
    func loadDraft(agent: String) throws -> Data? { lock.withLock { drafts[agent] } }

    func holdPresence(agent: String) throws -> any PresenceHold {
        let previous = presence(of: agent)
        setPresence(.held, of: agent)
        return MemoryHold(previous: previous) { [self] in setPresence(.gone(lastSeen: clock.now()), of: agent) }
    }

    func presence(of agent: String) -> AgentPresence { lock.withLock { present[agent] ?? .untracked } }
    func setPresence(_ presence: AgentPresence, of agent: String) { lock.withLock { present[agent] = presence } }
}

/// A hold whose release the memory floor hears of, as the kernel drops a lock.
final class MemoryHold: PresenceHold, @unchecked Sendable {
    let previous: AgentPresence
    private let onRelease: () -> Void
    init(previous: AgentPresence, onRelease: @escaping () -> Void) {
        self.previous = previous
        self.onRelease = onRelease
    }
    func touch() {}
    func release() { onRelease() }
}
