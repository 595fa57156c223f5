import Foundation
import HelpDeskCore

/// Presence on a PostgreSQL floor: not tracked yet. Every agent is
/// `untracked`, so quitting still signs an agent off (an event), but a
/// console that dies is not noticed. The natural way is a session advisory
/// lock per agent (`pg_try_advisory_lock`, held by the console's connection
/// and dropped by the server when the connection goes; `pg_locks` tells
/// others), with the last-seen time kept beside it.
extension PostgresStore {
    public func holdPresence(agent: String) throws -> any PresenceHold { UntrackedPresence() }

    public func presence(of agent: String) -> AgentPresence { .untracked }
}

/// A hold that tracks nothing (see above).
final class UntrackedPresence: PresenceHold {
    let previous = AgentPresence.untracked
    func touch() {}
    func release() {}
}
