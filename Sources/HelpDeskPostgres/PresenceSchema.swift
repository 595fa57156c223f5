import Foundation

extension FloorSchema {
    /// The first key of every presence lock (`pg_try_advisory_lock(int, int)`);
    /// the second is the agent's `lock_key`. The two-key form never meets
    /// the one-key lock that guards schema changes.
    static let presenceLockClass: Int32 = 72_620_102

    /// Version 2: presence. A console holds a session advisory lock per
    /// agent on its connection, which the server drops with the connection
    /// (a killed console, a lost host); `helpdesk.presence` gives each agent
    /// the number of its lock and says when the holder last touched it.
    /// `released` marks a hold let go on purpose: its agent is gone at once,
    /// while a lock that vanished is given a grace to be taken again (a
    /// server restart drops every lock; consoles take theirs back within
    /// seconds of reconnecting).
    static let version2 = """
        CREATE TABLE helpdesk.presence (
          agent text PRIMARY KEY,
          lock_key int GENERATED ALWAYS AS IDENTITY UNIQUE,
          holder name NOT NULL DEFAULT current_user,
          last_seen timestamptz NOT NULL DEFAULT now(),
          released boolean NOT NULL DEFAULT false
        );
        GRANT SELECT, INSERT, UPDATE ON helpdesk.presence TO helpdesk_agent;
        """
}
