import Foundation

extension FloorSchema {
    /// Version 7, second part: callers come in and hang up through the PBX.
    /// An inbound caller rung into the queue (`call.rung`) and a caller who
    /// hung up while waiting (`call.abandoned`) name no agent, so the
    /// trigger tying roles to agents let any role write them, and an agent
    /// could ring in callers who never called and answer them, to pad the
    /// calls they handle and their first-contact resolution. Now only a
    /// member of `helpdesk_pbx` (the PBX's account) or of `helpdesk_lead`
    /// writes them. The one ring every console makes stays open to all: a
    /// follow-up falling due enters the queue as an outbound call that names
    /// its follow-up (`FollowUps.fallingDue`). A trigger of its own, beside
    /// the one that stamps the writer: one rule each.
    static let callersFromThePBX = """
        DO $$ BEGIN
          BEGIN CREATE ROLE helpdesk_pbx NOLOGIN IN ROLE helpdesk_agent;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
        END $$;
        CREATE FUNCTION helpdesk.callers_from_the_pbx() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          IF (NEW.event->>'type' = 'call.abandoned'
              OR (NEW.event->>'type' = 'call.rung'
                  AND (NEW.event->'call'->>'direction' IS DISTINCT FROM 'outbound' OR NEW.event->'call'->>'followUp' IS NULL)))
             AND NOT pg_has_role(current_user, 'helpdesk_pbx', 'MEMBER') AND NOT pg_has_role(current_user, 'helpdesk_lead', 'MEMBER') THEN
            RAISE EXCEPTION 'only the PBX (a member of helpdesk_pbx) or a team lead may record %; the role % is neither',
              CASE NEW.event->>'type' WHEN 'call.rung' THEN 'a caller ringing in' ELSE 'a caller hanging up' END, current_user
              USING ERRCODE = '42501';
          END IF;
          RETURN NEW;
        END $f$;
        CREATE TRIGGER events_from_the_pbx BEFORE INSERT ON helpdesk.events FOR EACH ROW EXECUTE FUNCTION helpdesk.callers_from_the_pbx();
        """
}
