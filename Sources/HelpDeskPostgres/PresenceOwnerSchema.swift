import Foundation

extension FloorSchema {
    /// Version 7, first part: an agent's presence counts only when the session holding
    /// its lock speaks for that agent. Any role may take any advisory lock
    /// (`pg_try_advisory_lock` is open to all), and every agent role could
    /// update every row of `helpdesk.presence`, so one agent could keep a
    /// colleague whose console died looking present, never recorded lost.
    /// Now a lock counts only when the login role of the session holding it
    /// is the agent's (the roster's account for it, or the role named like
    /// it when the role has no roster row) or a lead's, and only such a
    /// role may make or touch the agent's row. The wall, the consoles and
    /// the trigger that lets any role record a lost agent read presence
    /// through the same `helpdesk.present_agents()`.
    static let presenceBySpeaker = """
        CREATE FUNCTION helpdesk.agent_of(role name) RETURNS text LANGUAGE sql STABLE AS $$
          SELECT COALESCE((SELECT entry->>'agent' FROM helpdesk.roster WHERE account = role), role::text)
        $$;
        CREATE FUNCTION helpdesk.speaks_for(role name, agent text) RETURNS boolean LANGUAGE sql STABLE AS $$
          SELECT helpdesk.agent_of(role) = agent OR pg_has_role(role, 'helpdesk_lead', 'MEMBER')
        $$;
        -- Reads pg_locks once (it takes nothing) for every agent at a time.
        CREATE FUNCTION helpdesk.present_agents() RETURNS SETOF text LANGUAGE sql STABLE AS $$
          SELECT p.agent FROM pg_locks l
            JOIN pg_stat_activity a ON a.pid = l.pid
            JOIN helpdesk.presence p ON p.lock_key::oid = l.objid
          WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid = \(presenceLockClass)::oid
            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND helpdesk.speaks_for(a.usename, p.agent)
        $$;
        CREATE OR REPLACE FUNCTION helpdesk.presence_held(lock_key int) RETURNS boolean LANGUAGE sql STABLE AS $$
          SELECT EXISTS (SELECT 1 FROM helpdesk.presence p
            WHERE p.lock_key = presence_held.lock_key AND p.agent IN (SELECT helpdesk.present_agents()))
        $$;
        ALTER TABLE helpdesk.presence ENABLE ROW LEVEL SECURITY;
        CREATE POLICY presence_read ON helpdesk.presence FOR SELECT USING (true);
        CREATE POLICY presence_own_insert ON helpdesk.presence FOR INSERT WITH CHECK (helpdesk.speaks_for(current_user, agent));
        CREATE POLICY presence_own_update ON helpdesk.presence FOR UPDATE
          USING (helpdesk.speaks_for(current_user, agent)) WITH CHECK (helpdesk.speaks_for(current_user, agent));
        """
}
