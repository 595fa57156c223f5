import Foundation
import HelpDeskCore

/// Presence on a PostgreSQL floor, as on the data directory without files:
/// the process speaking for an agent (a console, virtual agents) holds a
/// session advisory lock on its connection, keyed by the agent's row in
/// `helpdesk.presence`. The server drops the lock when the connection goes,
/// however the process ends (SIGKILL, a crash, a lost host), so no heartbeat
/// is journaled. Others read `pg_locks`, which takes nothing. The holder
/// touches `last_seen` every few seconds: when the agent was last seen.
///
/// A lock that vanished without its holder letting go (`released`) counts
/// as held for `Options.presenceGrace` after the later of the last touch
/// and the server's start: a restarted server has dropped every lock, and
/// consoles take theirs back as soon as they reconnect (see `retakePresence`).
extension PostgresStore {
    /// Signs this process on as the voice of `agent`, or refuses when
    /// another live session (another console, here or on another host) holds it.
    public func holdPresence(agent: String) throws -> any PresenceHold {
        try mutex.withLock {
            guard heldPresence[agent] == nil else { throw PostgresError.alreadySignedOn(agent: agent) }
            let previous = presence(of: agent)
            let key = try retryingOnce {
                try conn.execute("""
                    INSERT INTO helpdesk.presence (agent) VALUES ($1)
                    ON CONFLICT (agent) DO UPDATE SET agent = EXCLUDED.agent RETURNING lock_key
                    """, [agent]).string(0, 0) ?? ""
            }
            guard try takeLock(key) else { throw PostgresError.alreadySignedOn(agent: agent) }
            heldPresence[agent] = key
            try conn.execute("UPDATE helpdesk.presence SET holder = current_user, last_seen = now(), released = false WHERE agent = $1",
                             [agent])
            return PostgresPresenceHold(store: self, agent: agent, previous: previous)
        }
    }

    /// Whether a live session speaks for `agent`, and if one did and is
    /// gone, when it was last seen (the server's clock). One query; a floor
    /// that cannot be reached says `untracked`, which records nobody lost.
    public func presence(of agent: String) -> AgentPresence {
        mutex.withLock {
            if heldPresence[agent] != nil { return .held }
            return ((try? presenceRows(of: agent))?[agent]) ?? .untracked
        }
    }

    /// Records lost agents as the wall does every tick, asking the server
    /// about everyone in one query rather than one per agent (200 agents
    /// cost about 0.1 s a tick that way), first outside the transaction and
    /// then again inside it, so the decision sees locks as they are then.
    @discardableResult
    public func recordLostAgents() throws -> [Event] {
        try mutex.withLock {
            let seen = try presenceRows(of: nil)
            guard !Presence.lost(state, presence: { seen[$0] ?? .untracked }).isEmpty else { return [] }
            return try commit(agent: nil) { state, _ in
                let now = try self.presenceRows(of: nil)
                return Presence.lost(state) { now[$0] ?? .untracked }
            }
        }
    }

    /// The presence of `agent`, or of every agent when nil, in one query:
    /// `pg_locks` is read once (`helpdesk.present_agents()`, which counts a
    /// lock only when the session holding it speaks for its agent), and a
    /// lock gone without being released is held for the grace (see above).
    private func presenceRows(of agent: String?) throws -> [String: AgentPresence] {
        let rows = try retryingOnce {
            try conn.execute("""
                WITH held AS MATERIALIZED (SELECT helpdesk.present_agents() AS agent)
                SELECT p.agent, extract(epoch FROM p.last_seen)::float8, p.agent IN (SELECT agent FROM held),
                  p.released OR now() - greatest(p.last_seen, pg_postmaster_start_time()) > make_interval(secs => $2::float8)
                FROM helpdesk.presence p WHERE $1::text IS NULL OR p.agent = $1::text
                """, [agent, String(options.presenceGrace)])
        }
        var found: [String: AgentPresence] = [:]
        for row in 0..<rows.count {
            guard let id = rows.string(row, 0), let seen = rows.string(row, 1).flatMap(Double.init) else { continue }
            let present = heldPresence[id] != nil || rows.string(row, 2) == "t" || rows.string(row, 3) != "t"
            found[id] = present ? .held : .gone(lastSeen: Self.asStored(Date(timeIntervalSince1970: seen)))
        }
        return found
    }

    /// Marks the agent as seen now (the hold's `touch`).
    func touchPresence(of agent: String) {
        mutex.withLock {
            guard heldPresence[agent] != nil else { return }
            _ = try? retryingOnce { try conn.execute("UPDATE helpdesk.presence SET last_seen = now() WHERE agent = $1", [agent]) }
        }
    }

    /// Lets go of the agent: marked released first, so nobody waits out
    /// the grace for an agent who left on purpose.
    func releasePresence(of agent: String) {
        mutex.withLock {
            guard let key = heldPresence.removeValue(forKey: agent) else { return }
            _ = try? conn.execute("UPDATE helpdesk.presence SET last_seen = now(), released = true WHERE agent = $1", [agent])
            _ = try? conn.execute("SELECT pg_advisory_unlock($1::int, $2::int)", [String(FloorSchema.presenceLockClass), key])
        }
    }

    /// After the connection was made again the server has forgotten this
    /// session's locks: takes each back and marks it seen. One that another
    /// session took meanwhile (a second console opened during the outage)
    /// stays theirs.
    func retakePresence() {
        for (agent, key) in heldPresence {
            guard (try? takeLock(key)) == true else {
                heldPresence[agent] = nil
                continue
            }
            _ = try? conn.execute("UPDATE helpdesk.presence SET last_seen = now() WHERE agent = $1", [agent])
        }
    }

    private func takeLock(_ key: String) throws -> Bool {
        try conn.execute("SELECT pg_try_advisory_lock($1::int, $2::int)", [String(FloorSchema.presenceLockClass), key])
            .string(0, 0) == "t"
    }
}

/// A console's hold on an agent's presence on the PostgreSQL floor: the
/// lock lives on the store's connection, so it goes when the process does.
final class PostgresPresenceHold: PresenceHold, @unchecked Sendable {
    let previous: AgentPresence
    private let store: PostgresStore
    private let agent: String

    init(store: PostgresStore, agent: String, previous: AgentPresence) {
        self.store = store
        self.agent = agent
        self.previous = previous
    }

    deinit { release() }

    func touch() { store.touchPresence(of: agent) }

    func release() { store.releasePresence(of: agent) }
}
