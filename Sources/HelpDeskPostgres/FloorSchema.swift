import Foundation

/// The floor's tables in the `helpdesk` schema of one database, made on
/// first use of an empty database and upgraded by `helpdesk store migrate`.
/// Each version is one step of SQL; `helpdesk.meta` says which steps ran
/// and that the database is helpdesk's. The grants and the lead-only
/// trigger are described in docs/security.md.
enum FloorSchema {
    /// The version this program writes and reads.
    static let current = 7

    /// A key of `pg_advisory_xact_lock`: makes and upgrades of the schema
    /// by processes starting at once wait for each other.
    static let lockKey = "7262010001"

    /// The SQL of each version, applied in order from the first missing one.
    static let steps: [Int: String] = [1: version1, 2: version2, 3: version3, 4: version4, 5: version5, 6: version6, 7: presenceBySpeaker + callersFromThePBX]

    /// Whether a database is helpdesk's, empty, or another program's.
    enum Found: Equatable {
        case empty
        case helpdesk(version: Int)
        case foreign(tables: [String])
    }

    static func inspect(_ conn: PGConnection) throws -> Found {
        if try conn.execute("SELECT to_regclass('helpdesk.meta')").string(0, 0) != nil {
            let rows = try conn.execute("SELECT key, value FROM helpdesk.meta WHERE key IN ('program', 'schema')")
            var meta: [String: String] = [:]
            for row in 0..<rows.count { meta[rows.string(row, 0) ?? ""] = rows.string(row, 1) }
            if meta["program"] == "helpdesk", let version = meta["schema"].flatMap(Int.init) { return .helpdesk(version: version) }
        }
        let tables = try conn.execute("""
            SELECT table_schema || '.' || table_name FROM information_schema.tables
            WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1
            """)
        let names = (0..<tables.count).compactMap { tables.string($0, 0) }
        return names.isEmpty ? .empty : .foreign(tables: names)
    }

    /// Makes the schema on an empty database and checks the version of an
    /// existing one; with `migrating`, applies the missing steps. Returns
    /// the steps applied. Runs in one transaction under an advisory lock.
    @discardableResult
    static func prepare(_ conn: PGConnection, migrating: Bool = false) throws -> [Int] {
        try conn.execute("BEGIN")
        do {
            try conn.execute("SELECT pg_advisory_xact_lock(\(lockKey))")
            let from: Int
            switch try inspect(conn) {
            case .empty: from = 0
            case .foreign(let tables): throw PostgresError.notHelpdesk(address: conn.shown, tables: tables)
            case .helpdesk(let version) where version > current:
                throw PostgresError.newerSchema(address: conn.shown, found: version, reads: current)
            case .helpdesk(let version) where version < current && !migrating:
                throw PostgresError.olderSchema(address: conn.shown, found: version, current: current)
            case .helpdesk(let version): from = version
            }
            let applied = from < current ? Array(from + 1 ... current) : []
            for version in applied {
                try conn.execute(steps[version]!)
                try conn.execute("UPDATE helpdesk.meta SET value = $1 WHERE key = 'schema'", [String(version)])
            }
            try conn.execute("COMMIT")
            return applied
        } catch {
            _ = try? conn.execute("ROLLBACK")
            throw error
        }
    }

    /// Version 1: the journal, the live state's snapshots, closed calls,
    /// roster and drafts; the two group roles and what each may do.
    static let version1 = """
        -- Roles belong to the whole server, so floors in two databases made at
        -- once may both try: the second finds the role there.
        DO $$ BEGIN
          BEGIN CREATE ROLE helpdesk_agent NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
          BEGIN CREATE ROLE helpdesk_lead NOLOGIN IN ROLE helpdesk_agent;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
        END $$;
        CREATE SCHEMA helpdesk;
        CREATE TABLE helpdesk.meta (key text PRIMARY KEY, value text NOT NULL);
        INSERT INTO helpdesk.meta VALUES ('program', 'helpdesk'), ('schema', '0');
        CREATE TABLE helpdesk.head (id int PRIMARY KEY CHECK (id = 1), seq bigint NOT NULL);
        INSERT INTO helpdesk.head VALUES (1, 0);
        CREATE TABLE helpdesk.events (
          seq bigint PRIMARY KEY,
          at timestamptz NOT NULL,
          written_by name NOT NULL DEFAULT current_user,
          event jsonb NOT NULL
        );
        CREATE INDEX events_at ON helpdesk.events (at);
        CREATE TABLE helpdesk.snapshots (seq bigint PRIMARY KEY, state jsonb NOT NULL);
        CREATE TABLE helpdesk.closed_calls (
          id text PRIMARY KEY, phone text NOT NULL, enqueued_at timestamptz NOT NULL, call jsonb NOT NULL
        );
        CREATE INDEX closed_calls_phone ON helpdesk.closed_calls (phone, enqueued_at DESC);
        CREATE TABLE helpdesk.roster (account text PRIMARY KEY, entry jsonb NOT NULL);
        CREATE TABLE helpdesk.drafts (
          written_by name NOT NULL DEFAULT current_user, agent text NOT NULL, draft text NOT NULL,
          PRIMARY KEY (written_by, agent)
        );
        ALTER TABLE helpdesk.drafts ENABLE ROW LEVEL SECURITY;
        CREATE POLICY own_drafts ON helpdesk.drafts USING (written_by = current_user) WITH CHECK (written_by = current_user);

        -- The server, not the program, says who wrote an event, and only a
        -- member of helpdesk_lead may mark customers or take, instruct and
        -- hand back escalations: a hand-written INSERT meets the same check.
        CREATE FUNCTION helpdesk.stamp_event() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          NEW.written_by := current_user;
          NEW.event := jsonb_set(NEW.event, '{user}', to_jsonb(current_user::text));
          IF (NEW.event->>'type' = 'customer.updated'
              OR (NEW.event->>'type' = 'complaint.changed' AND NEW.event->>'action' IN ('take', 'instruct', 'hand-back')))
             AND NOT pg_has_role(current_user, 'helpdesk_lead', 'MEMBER') THEN
            RAISE EXCEPTION 'only a team lead may make this change (%); the role % is not a member of helpdesk_lead',
              COALESCE(NEW.event->>'action', NEW.event->>'type'), current_user USING ERRCODE = '42501';
          END IF;
          RETURN NEW;
        END $f$;
        CREATE TRIGGER events_stamp BEFORE INSERT ON helpdesk.events FOR EACH ROW EXECUTE FUNCTION helpdesk.stamp_event();

        GRANT USAGE ON SCHEMA helpdesk TO helpdesk_agent;
        GRANT SELECT ON ALL TABLES IN SCHEMA helpdesk TO helpdesk_agent;
        GRANT INSERT ON helpdesk.events, helpdesk.snapshots, helpdesk.closed_calls TO helpdesk_agent;
        GRANT UPDATE ON helpdesk.head TO helpdesk_agent;
        GRANT INSERT, UPDATE, DELETE ON helpdesk.drafts TO helpdesk_agent;
        """
}

extension PostgresStore {
    /// `helpdesk store migrate`: makes the schema on an empty database or
    /// applies the steps an older one lacks. Returns the versions applied
    /// (none when it was current) and the version now.
    public static func migrate(uri: String) throws -> (applied: [Int], version: Int) {
        let conn = try PGConnection(uri: uri)
        return (try FloorSchema.prepare(conn, migrating: true), FloorSchema.current)
    }
}
