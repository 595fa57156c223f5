import Foundation

extension FloorSchema {
    /// Version 5: the lead's overrides of the shipped call scripts and
    /// phrase rules, one row per file, as a data directory's `scripts/` and
    /// `phrases/` hold them. Every role reads them (its console coaches with
    /// them); only a member of helpdesk_lead may change them: the grant,
    /// not the program, says so.
    static let version5 = """
        CREATE TABLE helpdesk.overrides (
          folder text NOT NULL CHECK (folder IN ('scripts', 'phrases')),
          name text NOT NULL CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]*[.]json$'),
          body text NOT NULL,
          PRIMARY KEY (folder, name)
        );
        GRANT SELECT ON helpdesk.overrides TO helpdesk_agent;
        GRANT INSERT, UPDATE, DELETE ON helpdesk.overrides TO helpdesk_lead;
        """
}
