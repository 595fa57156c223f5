import Foundation

extension FloorSchema {
    /// Version 4: each role writes only for its own agent. The roster's
    /// `account` is the database role (as it is the Unix account: peer
    /// authentication makes them one), and its entry's `agent` the number
    /// that role speaks for; a role with no row speaks for the agent named
    /// like itself, as an account missing from the roster does. The trigger
    /// that stamps events refuses, for a role that is not a lead, an event
    /// naming another agent: a claim, a state change, a hand-written INSERT.
    /// One exception: any role may record another agent lost (offline with
    /// `lastSeen`) once that agent's presence lock is gone, as every console
    /// and the wall do. Leads keep the roster, so the mapping is theirs.
    static let version4 = """
        -- Whether a live session holds the presence lock of this key (pg_locks takes nothing).
        CREATE FUNCTION helpdesk.presence_held(lock_key int) RETURNS boolean LANGUAGE sql STABLE AS $$
          SELECT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
            AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND l.classid = \(presenceLockClass)::oid AND l.objid = lock_key::oid)
        $$;
        CREATE OR REPLACE FUNCTION helpdesk.stamp_event() RETURNS trigger LANGUAGE plpgsql AS $f$
        DECLARE
          ev jsonb := NEW.event;
          named text := ev->>'agent';
          mine text;
        BEGIN
          NEW.written_by := current_user;
          NEW.event := jsonb_set(NEW.event, '{user}', to_jsonb(current_user::text));
        \(eventRules)
        END $f$;
        GRANT INSERT, UPDATE, DELETE ON helpdesk.roster TO helpdesk_lead;
        """

    /// The checks of `helpdesk.stamp_event` once the event is stamped, on
    /// its fields as the `jsonb` variable `ev` (and `named`, its agent;
    /// `mine`, a text variable): lead-only changes, each role for its own
    /// agent, the lost-agent exception. Versions 4 and 6 declare the
    /// variables and stamp the event each its own way, then run these.
    static let eventRules = """
          IF pg_has_role(current_user, 'helpdesk_lead', 'MEMBER') THEN
            RETURN NEW;
          END IF;
          IF ev->>'type' = 'customer.updated'
             OR (ev->>'type' = 'complaint.changed' AND ev->>'action' IN ('take', 'instruct', 'hand-back')) THEN
            RAISE EXCEPTION 'only a team lead may make this change (%); the role % is not a member of helpdesk_lead',
              COALESCE(ev->>'action', ev->>'type'), current_user USING ERRCODE = '42501';
          END IF;
          IF named IS NULL THEN
            IF ev->>'type' IN ('call.claimed', 'agent.status') THEN
              RAISE EXCEPTION 'a % event must name its agent', ev->>'type' USING ERRCODE = '23502';
            END IF;
            RETURN NEW;
          END IF;
          SELECT entry->>'agent' INTO mine FROM helpdesk.roster WHERE account = current_user;
          mine := COALESCE(mine, current_user::text);
          IF named = mine THEN
            RETURN NEW;
          END IF;
          IF ev->>'type' = 'agent.status' AND ev->>'status' = 'offline' AND ev ? 'lastSeen'
             AND NOT EXISTS (SELECT 1 FROM helpdesk.presence p WHERE p.agent = named AND helpdesk.presence_held(p.lock_key)) THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'the role % speaks for agent % and may not write an event for agent %; only a team lead may',
            current_user, mine, named USING ERRCODE = '42501';
        """
}
